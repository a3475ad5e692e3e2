// Package layout sets an issue in pages: from the gazette model and its
// layout settings to immutable pages of positioned glyph runs, rules,
// rectangles and images. The PDF writer (package pdf) and the preview
// (package preview) only draw these pages, so both show the same thing.
//
// Units: points (1/72 in). Coordinates: origin at the top-left corner of the
// trim box, x to the right, y downwards. The bleed lies outside the trim, at
// negative coordinates and beyond the trim size.
package layout

import (
	"gazette/fonts"
)

// Color is a process colour: cyan, magenta, yellow and black, each 0–1.
type Color struct{ C, M, Y, K float64 }

// Black is 100 % K, the colour of text, rules and folios.
var Black = Color{K: 1}

// RGB converts the colour naively to 8-bit RGB for screens.
func (c Color) RGB() (r, g, b uint8) {
	f := func(x float64) uint8 {
		v := 255 * (1 - x) * (1 - c.K)
		if v < 0 {
			v = 0
		}
		if v > 255 {
			v = 255
		}
		return uint8(v + 0.5)
	}
	return f(c.C), f(c.M), f(c.Y)
}

// Rect is an axis-aligned rectangle in points.
type Rect struct{ X, Y, W, H float64 }

// SrcPos points back into the issue: which article, which block (in
// gazette.WalkBlocks order, attachments' blocks included) and which rune of
// that block's text. Article -1 marks text that is not from an article (running
// heads, folios, the TOC, the cover). Block -1 marks the article's head
// (title, 文号 line, addressee, disclosure).
type SrcPos struct {
	Article int // index in reading order over all sections
	Block   int
	Rune    int
}

// Glyph is one glyph at a fixed pen position.
type Glyph struct {
	GID  uint16
	Text string  // the characters the glyph stands for (for text extraction)
	X    float64 // pen x of the glyph's origin, absolute on the page
	Src  SrcPos
}

// GlyphRun is glyphs of one font, size and colour on one baseline.
type GlyphRun struct {
	Font   *fonts.Font
	Size   float64 // pt
	Color  Color
	Y      float64 // baseline, absolute on the page
	Glyphs []Glyph
}

// Rule is a straight line.
type Rule struct {
	X0, Y0, X1, Y1 float64
	Width          float64 // stroke width, pt
	Color          Color
}

// Box is a filled and/or stroked rectangle.
type Box struct {
	Rect
	Fill      *Color // nil: no fill
	Stroke    *Color // nil: no stroke
	LineWidth float64
}

// Image is a picture placed on the page.
type Image struct {
	Rect
	Format string // "png" or "jpeg"
	Data   []byte // the encoded image
	Key    string // identity for caching (e.g. a hash of Data)
}

// Link makes a rectangle of the page jump to another page.
type Link struct {
	Rect
	Page int     // target page number (1-based)
	Y    float64 // target y on that page
}

// Anchor is a PDF outline (bookmark) entry pointing at a place on this page.
type Anchor struct {
	Title string
	Level int // 0 = section, 1 = article
	Y     float64
}

// PageKind says what a page is for.
type PageKind string

// The kinds of page.
const (
	PageCover  PageKind = "cover"
	PageInside PageKind = "inside" // inside cover: board and colophon
	PageTOC    PageKind = "toc"
	PageBody   PageKind = "body"
	PageBlank  PageKind = "blank"
	PageBack   PageKind = "back"
)

// Page is one finished page. It is immutable once made: drawers must not
// change it.
type Page struct {
	Number int      // 1-based; the cover is 1
	Kind   PageKind //
	Width  float64  // trim width, pt
	Height float64  // trim height, pt
	Bleed  float64  // bleed beyond the trim on every side, pt
	// Block is the text block (type area) of the page, for overlays.
	Block Rect
	// Section is the section a body page belongs to ("" elsewhere).
	Section string

	Boxes   []Box
	Images  []Image
	Rules   []Rule
	Runs    []GlyphRun
	Links   []Link
	Anchors []Anchor
}

// Painter draws a page's elements, one kind at a time (Page.Paint).
type Painter interface {
	Boxes([]Box)
	Images([]Image)
	Rules([]Rule)
	Runs([]GlyphRun)
}

// Paint hands the page's elements to pt in paint order, bottom first:
// tinted and framed boxes, then pictures, then rules, then the text on top.
// This is the one place the order is written: the PDF writer and the
// preview both paint through it, so the screen stacks what overlaps as the
// print does.
func (p *Page) Paint(pt Painter) {
	pt.Boxes(p.Boxes)
	pt.Images(p.Images)
	pt.Rules(p.Rules)
	pt.Runs(p.Runs)
}

// Document is a laid-out issue: its pages and what the PDF needs beyond them.
type Document struct {
	Title   string // e.g. 景德镇市人民政府公报 2020年第8期
	Subject string
	Pages   []*Page
	// Findings are what layout found wrong or worth a look (emergency breaks,
	// overset text, blank pages added): preflight reports them.
	Findings []Finding
}

// Finding is a layout problem tied to a place in the issue.
type Finding struct {
	Error   bool // true for errors, false for warnings
	Page    int  // page number, 0 if none
	Src     SrcPos
	Message string // Chinese
}

// MM converts millimetres to points.
func MM(mm float64) float64 { return mm * 72 / 25.4 }
