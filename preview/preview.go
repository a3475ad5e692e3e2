// Package preview draws laid-out pages (package layout) into images for the
// screen: the same fonts, glyph positions, rules, boxes, images and colours
// as the PDF, with CMYK shown through layout.Color.RGB, so that what the
// designer sees is what prints. It rasterises glyph outlines itself
// (golang.org/x/image/font/sfnt and vector) and keeps the glyph masks it made,
// so redrawing a page is cheap.
package preview

import (
	"image"
	"image/color"
	"math"

	"gazette/layout"
)

// Options control one drawing of a page.
type Options struct {
	// DPI is the resolution: pixels per inch of the printed page (72 draws
	// one pixel per point). Zero means 72.
	DPI float64
	// Trim outlines the trim box (where the sheet is cut).
	Trim bool
	// Bleed draws the bleed beyond the trim too: the picture is then the
	// bleed box (the print PDF's MediaBox without crop marks).
	Bleed bool
	// TextBlock outlines the page's text block (type area).
	TextBlock bool
	// Highlights mark glyph ranges (search hits, the selection) with
	// translucent yellow boxes.
	Highlights []Highlight
}

// Highlight is a range of source text to mark: the runes [RuneStart,
// RuneEnd) of block Block of article Article, numbered as in layout.SrcPos.
type Highlight struct {
	Article, Block, RuneStart, RuneEnd int
}

// Render draws page p: the trim area, plus the bleed when opt.Bleed. Pixel
// (0,0) is the top-left corner of the trim (or of the bleed box). p is not
// changed.
func Render(p *layout.Page, opt Options) *image.RGBA {
	c := newCanvas(p, opt)
	c.fill(color.RGBA{255, 255, 255, 255})
	p.Paint(painter{c, p, opt.Highlights})
	c.overlays(p, opt)
	return c.dst
}

// painter draws a page's elements on a canvas in the order Page.Paint
// gives (the PDF's), the highlights just under the text.
type painter struct {
	c  *canvas
	p  *layout.Page
	hs []Highlight
}

func (pt painter) Boxes(bs []layout.Box) {
	for i := range bs {
		pt.c.box(&bs[i])
	}
}

func (pt painter) Images(ims []layout.Image) {
	for i := range ims {
		pt.c.image(&ims[i])
	}
}

func (pt painter) Rules(rs []layout.Rule) {
	for i := range rs {
		pt.c.rule(&rs[i])
	}
}

func (pt painter) Runs(rs []layout.GlyphRun) {
	if len(pt.hs) > 0 {
		pt.c.highlights(pt.p, pt.hs)
	}
	for i := range rs {
		pt.c.run(&rs[i])
	}
}

// PixelSize returns the size in pixels of page p drawn with opt, as Render
// makes it.
func PixelSize(p *layout.Page, opt Options) (w, h int) {
	s := scaleOf(opt.DPI)
	pw, ph := p.Width, p.Height
	if opt.Bleed {
		pw += 2 * p.Bleed
		ph += 2 * p.Bleed
	}
	w = int(math.Round(pw * s))
	h = int(math.Round(ph * s))
	return max(w, 1), max(h, 1)
}

// scaleOf returns pixels per point at dpi (72 when dpi is not positive).
func scaleOf(dpi float64) float64 {
	if dpi <= 0 {
		dpi = 72
	}
	return dpi / 72
}

// rgba returns the screen colour of a process colour.
func rgba(c layout.Color) color.RGBA {
	r, g, b := c.RGB()
	return color.RGBA{r, g, b, 255}
}
