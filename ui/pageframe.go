package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// The colours around a drawn page: a grey desk and a darker edge, so that
// a white page shows where it ends (its trim, or its bleed when drawn).
var (
	deskColor = color.NRGBA{R: 0xd4, G: 0xd4, B: 0xd4, A: 0xff}
	edgeColor = color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0xff}
)

// newPageFrame puts a page image on the desk: as large as fits at the
// page's own proportions, centred, with an edge. Refresh the frame when
// the image changes size (another trim), so it is laid out again.
func newPageFrame(img *canvas.Image) *fyne.Container {
	desk := canvas.NewRectangle(deskColor)
	return container.New(&pageFrameLayout{img: img}, desk, newPageEdge(), img)
}

// newPageEdge is the thin dark edge drawn around a page.
func newPageEdge() *canvas.Rectangle {
	edge := canvas.NewRectangle(color.White)
	edge.StrokeColor = edgeColor
	edge.StrokeWidth = 1
	return edge
}

// pageFrameLayout places the desk (object 0) over the whole frame and the
// edge (1) and the page image (2) at the largest rectangle of the image's
// proportions that fits inside a padding.
type pageFrameLayout struct{ img *canvas.Image }

// aspect is the image's width over its height (A4 before it is drawn).
func (l *pageFrameLayout) aspect() float32 {
	if l.img.Image != nil {
		if b := l.img.Image.Bounds(); b.Dx() > 1 && b.Dy() > 1 {
			return float32(b.Dx()) / float32(b.Dy())
		}
	}
	return 210.0 / 297
}

// Layout fits the page into size.
func (l *pageFrameLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) < 3 {
		return
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	pad := theme.Padding() * 2
	w, h := size.Width-2*pad, size.Height-2*pad
	if w <= 0 || h <= 0 {
		objs[1].Hide()
		objs[2].Hide()
		return
	}
	objs[1].Show()
	objs[2].Show()
	a := l.aspect()
	if w/h > a {
		w = h * a
	} else {
		h = w / a
	}
	pos := fyne.NewPos((size.Width-w)/2, (size.Height-h)/2)
	objs[1].Move(pos.SubtractXY(1, 1))
	objs[1].Resize(fyne.NewSize(w+2, h+2))
	objs[2].Move(pos)
	objs[2].Resize(fyne.NewSize(w, h))
}

// MinSize is the image's minimum size and the padding around it.
func (l *pageFrameLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding() * 4
	return l.img.MinSize().AddWidthHeight(pad, pad)
}
