package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"gazette/layout"
)

// tapPage is the large page of 版面预览: its image with an edge, and a tap
// on it reported in page points (origin at the trim's top-left corner),
// so that a 目录 entry can be followed and a paragraph opened.
type tapPage struct {
	widget.BaseWidget
	img   *canvas.Image
	onTap func(x, y float64)
	// toPoints maps a position on the widget to page points (set with
	// each drawing).
	toPoints func(fyne.Position) (float64, float64)
	hover    bool // the pointer is over a link
	isLink   func(x, y float64) bool
}

func newTapPage(img *canvas.Image) *tapPage {
	t := &tapPage{img: img}
	t.ExtendBaseWidget(t)
	return t
}

// CreateRenderer draws the edge under the image.
func (t *tapPage) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(newPageEdge(), t.img))
}

// MinSize is the image's size.
func (t *tapPage) MinSize() fyne.Size { return t.img.MinSize() }

// Tapped reports the place tapped in page points.
func (t *tapPage) Tapped(ev *fyne.PointEvent) {
	if t.onTap != nil && t.toPoints != nil {
		t.onTap(t.toPoints(ev.Position))
	}
}

// Cursor is a pointing hand over a link (a 目录 entry), else the arrow.
func (t *tapPage) Cursor() desktop.Cursor {
	if t.hover {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// MouseIn, MouseMoved and MouseOut follow the pointer for the cursor.
func (t *tapPage) MouseIn(ev *desktop.MouseEvent) { t.MouseMoved(ev) }

// MouseMoved notes whether the pointer is over a link.
func (t *tapPage) MouseMoved(ev *desktop.MouseEvent) {
	if t.toPoints == nil || t.isLink == nil {
		return
	}
	t.hover = t.isLink(t.toPoints(ev.Position))
}

// MouseOut forgets the link under the pointer.
func (t *tapPage) MouseOut() { t.hover = false }

// linkAt returns the link of page pg at (x, y) in points, or nil.
func linkAt(pg *layout.Page, x, y float64) *layout.Link {
	for i := range pg.Links {
		l := &pg.Links[i]
		r := l.Rect // l.Y is the target's y, not the rectangle's
		if x >= r.X && x <= r.X+r.W && y >= r.Y && y <= r.Y+r.H {
			return l
		}
	}
	return nil
}

// glyphAt returns the source of the article glyph of page pg nearest to
// (x, y) on the same line, or false when there is none there.
func glyphAt(pg *layout.Page, x, y float64) (layout.SrcPos, bool) {
	best, found := 0.0, false
	var src layout.SrcPos
	for _, r := range pg.Runs {
		if y < r.Y-r.Size || y > r.Y+r.Size*0.3 {
			continue
		}
		for _, g := range r.Glyphs {
			if g.Src.Article < 0 {
				continue
			}
			d := x - g.X
			if d < 0 {
				d = -d
			}
			if d <= r.Size*1.5 && (!found || d < best) {
				best, src, found = d, g.Src, true
			}
		}
	}
	return src, found
}
