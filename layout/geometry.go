package layout

import (
	"gazette/gazette"
)

// geometry is the page frame derived from the settings: trim, bleed and the
// text block of odd and even pages, in points.
type geometry struct {
	width, height, bleed float64
	top, bottom          float64 // margins
	inside, outside      float64
	blockW, blockH       float64
	columns              int
	gutter               float64
	colW                 float64 // measure of one column
	pitch                float64 // body grid pitch
}

func newGeometry(s *gazette.Settings) geometry {
	g := geometry{
		width:   MM(s.TrimWidth),
		height:  MM(s.TrimHeight),
		bleed:   MM(s.Bleed),
		top:     MM(s.MarginTop),
		bottom:  MM(s.MarginBottom),
		inside:  MM(s.MarginInside),
		outside: MM(s.MarginOutside),
		columns: s.Columns,
		gutter:  MM(s.Gutter),
		pitch:   s.BodyPitch,
	}
	if g.columns < 1 {
		g.columns = 1
	}
	if g.columns > 2 {
		g.columns = 2
	}
	if g.pitch <= 0 {
		g.pitch = 20
	}
	g.blockW = g.width - g.inside - g.outside
	g.blockH = g.height - g.top - g.bottom
	g.colW = g.blockW
	if g.columns == 2 {
		g.colW = (g.blockW - g.gutter) / 2
	}
	return g
}

// block returns the text block of page number n. Margins are mirrored for
// facing pages: odd (recto) pages have the binding margin on the left, even
// (verso) pages on the right.
func (g geometry) block(n int) Rect {
	x := g.inside
	if n%2 == 0 {
		x = g.outside
	}
	return Rect{X: x, Y: g.top, W: g.blockW, H: g.blockH}
}

// colX returns the left edge of column c on page n.
func (g geometry) colX(n, c int) float64 {
	return g.block(n).X + float64(c)*(g.colW+g.gutter)
}

// page returns an empty page of kind k with number n.
func (g geometry) page(n int, k PageKind) *Page {
	return &Page{Number: n, Kind: k, Width: g.width, Height: g.height, Bleed: g.bleed, Block: g.block(n)}
}
