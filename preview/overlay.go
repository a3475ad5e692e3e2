package preview

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"unicode/utf8"

	"gazette/layout"
)

// The overlay colours: guides are drawn in screen colours that never print.
var (
	trimColor      = color.RGBA{0, 160, 220, 255}   // cyan: the trim box
	blockColor     = color.RGBA{120, 120, 255, 255} // violet: the text block
	highlightColor = color.RGBA{255, 230, 0, 255}   // yellow, drawn translucent
)

// highlightAlpha is the opacity of highlight boxes.
const highlightAlpha = 0.45

// overlays draws the guides asked for in opt over the page.
func (c *canvas) overlays(p *layout.Page, opt Options) {
	if opt.TextBlock && p.Block.W > 0 && p.Block.H > 0 {
		c.strokeRect(p.Block, 1/c.scale, blockColor)
	}
	if opt.Trim {
		c.strokeRect(layout.Rect{W: p.Width, H: p.Height}, 1/c.scale, trimColor)
	}
}

// highlights marks the glyphs of the highlighted source ranges: the union of
// their em boxes is tinted once, so overlapping boxes do not darken.
func (c *canvas) highlights(p *layout.Page, hs []Highlight) {
	var m *image.Alpha
	for i := range p.Runs {
		r := &p.Runs[i]
		if r.Font == nil || len(r.Glyphs) == 0 {
			continue
		}
		em := float64(r.Font.UnitsPerEm)
		asc, desc := 0.88*r.Size, 0.12*r.Size // the ideographic em box
		if em > 0 && r.Font.Ascent > 0 {
			asc = float64(r.Font.Ascent) / em * r.Size
			desc = -float64(r.Font.Descent) / em * r.Size
		}
		for _, g := range r.Glyphs {
			if !highlighted(g, hs) {
				continue
			}
			adv := r.Size
			if em > 0 {
				adv = float64(r.Font.Advance(g.GID)) / em * r.Size
			}
			x0, y0 := c.px(g.X, r.Y-asc)
			x1, y1 := c.px(g.X+adv, r.Y+desc)
			rr := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1))).Intersect(c.dst.Bounds())
			if rr.Empty() {
				continue
			}
			if m == nil {
				m = image.NewAlpha(c.dst.Bounds())
			}
			draw.Draw(m, rr, image.Opaque, image.Point{}, draw.Src)
		}
	}
	if m == nil {
		return
	}
	a := uint8(math.Round(highlightAlpha * 255))
	col := color.NRGBA{highlightColor.R, highlightColor.G, highlightColor.B, a}
	draw.DrawMask(c.dst, c.dst.Bounds(), image.NewUniform(col), image.Point{}, m, image.Point{}, draw.Over)
}

// highlighted reports whether any of the glyph's characters lies in one of
// the ranges.
func highlighted(g layout.Glyph, hs []Highlight) bool {
	n := max(utf8.RuneCountInString(g.Text), 1)
	for _, h := range hs {
		if g.Src.Article == h.Article && g.Src.Block == h.Block &&
			g.Src.Rune < h.RuneEnd && g.Src.Rune+n > h.RuneStart {
			return true
		}
	}
	return false
}
