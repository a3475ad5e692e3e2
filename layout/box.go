package layout

import (
	"gazette/fonts"
	"gazette/layout/para"
)

// textLine is a set line inside a box: x from the column's left edge, y the
// baseline from the box's top.
type textLine struct {
	line  para.Line
	x, y  float64
	color Color
	src   SrcPos // Article and Block; Rune comes from each glyph
}

// box is one unbreakable piece of the vertical flow of an article: a body
// line, a title, a table row, an image, a gap. Boxes do not know where they
// land; the paginator places them and the materialiser draws them.
type box struct {
	h float64 // height taken in the column, pt
	// grid snaps the box's top to the body grid before it is placed (body
	// lines, headings on the grid).
	grid bool
	// keep forbids a page or column break after the box.
	keep bool
	// discard drops the box at the top of a column (vertical space).
	discard bool
	// newPage starts a new page before the box (documents, page breaks).
	newPage bool
	// span, in two columns, sets the box across both at the top of its page
	// (a document's title, 文号 and date).
	span    bool
	lines   []textLine
	rules   []Rule  // relative: x from column left, y from box top
	images  []Image // relative likewise
	anchors []Anchor
	links   []Link // relative likewise
	// table links a table row to its table, for the frame and for header rows
	// repeated after a break.
	table *tableFlow
	// header marks a header row of its table.
	header bool
	// article is the reading-order index of the article the box belongs to
	// (-1 for none); section is its section's name.
	article int
	section string
	src     SrcPos
	// findings are problems met while setting the box (emergency breaks);
	// they get their page number when the box is placed.
	findings []Finding
	// marker, on a zero-height box, marks where an article starts.
	marker *articleMark
}

// articleMark is where an article begins in the flow: for the TOC, the
// outline and the running heads.
type articleMark struct {
	index        int // reading-order index
	title        string
	section      string
	sectionStart bool // the first article of its section
}

// tableFlow is what the rows of one table share on the way to the page.
type tableFlow struct {
	headers []*box // header rows, repeated at the top of a continued table
	width   float64
	x       float64 // left edge from the column's left
}

// textWidth returns the natural width of text in one face and size, with
// fallback faces for characters the face lacks.
func textWidth(set *fonts.Set, st fonts.Style, size float64, text string) float64 {
	w := 0.0
	for _, r := range text {
		f, gid, _ := set.Lookup(st, r)
		w += float64(f.Advance(gid)) / float64(f.UnitsPerEm) * size
	}
	return w
}

// simpleLine sets text on one line without breaking, starting at x 0: for
// running heads, folios, leaders and other one-line furniture.
func simpleLine(set *fonts.Set, st fonts.Style, size float64, text string, src int) para.Line {
	var l para.Line
	x := 0.0
	i := 0
	for _, r := range text {
		f, gid, _ := set.Lookup(st, r)
		l.Glyphs = append(l.Glyphs, para.Glyph{Font: f, GID: gid, Text: string(r), X: x, Size: size, Src: src + i})
		x += float64(f.Advance(gid)) / float64(f.UnitsPerEm) * size
		i++
	}
	l.Width = x
	l.Ascent = ascentFrac * size
	l.Descent = (1 - ascentFrac) * size
	return l
}

// shiftLine moves every glyph of l right by dx.
func shiftLine(l para.Line, dx float64) para.Line {
	if dx == 0 {
		return l
	}
	g := make([]para.Glyph, len(l.Glyphs))
	copy(g, l.Glyphs)
	for i := range g {
		g[i].X += dx
	}
	l.Glyphs = g
	l.Width += dx
	return l
}
