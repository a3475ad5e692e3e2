package layout

import (
	"strconv"

	"gazette/fonts"
	"gazette/gazette"
)

// furniture adds the running head and the folio to TOC and body pages; the
// cover, inside cover, blank pages and back cover have none (house style).
func (c *composer) furniture(p *Page) {
	if p.Kind != PageTOC && p.Kind != PageBody {
		return
	}
	if c.s.RunningHeads {
		c.runningHead(p)
	}
	c.folio(p)
}

// runningHeadText is what the head of page n says: the gazette's name and
// issue on even (verso) pages, the section on odd (recto) pages.
func (c *composer) runningHeadText(p *Page) string {
	if p.Number%2 == 0 {
		return c.is.Title + "　" + c.is.Label()
	}
	if p.Kind == PageTOC {
		return "目　录"
	}
	return p.Section
}

// runningHead sets the head in Song 9 at the outside edge of the text
// block, above a 0.5 pt rule 2 mm below it.
func (c *composer) runningHead(p *Page) { c.drawRunningHead(p, c.runningHeadText(p)) }

// drawRunningHead sets text as the running head of p (see runningHead).
func (c *composer) drawRunningHead(p *Page, text string) {
	const size = 9.0
	ruleY := p.Block.Y - MM(5)
	p.Rules = append(p.Rules, Rule{X0: p.Block.X, Y0: ruleY, X1: p.Block.X + p.Block.W, Y1: ruleY, Width: 0.5, Color: Black})
	if text == "" {
		return
	}
	l := simpleLine(c.set, fonts.Song, size, text, 0)
	x := p.Block.X
	if p.Number%2 == 1 {
		x = p.Block.X + p.Block.W - l.Width
	}
	drawLine(p, textLine{line: l, y: ruleY - MM(2) - (1-ascentFrac)*size, src: SrcPos{Article: -1, Block: -1}}, x, 0)
}

// folioText is the printed page number, an em dash each side: "— 3 —"
// (GB/T 9704-2012 §7.5).
func folioText(n int) string { return "— " + strconv.Itoa(n) + " —" }

// folio sets the page number 7 mm below the text block, at the outer
// corner one character in (odd pages right, even pages left), or centred
// (GB/T 9704-2012 §7.5).
func (c *composer) folio(p *Page) {
	size := folioSize(c.s)
	l := simpleLine(c.set, fonts.Song, size, folioText(p.Number), 0)
	var x float64
	switch {
	case c.s.FolioStyle == gazette.FolioCenter:
		x = p.Block.X + (p.Block.W-l.Width)/2
	case p.Number%2 == 1:
		x = p.Block.X + p.Block.W - size - l.Width
	default:
		x = p.Block.X + size
	}
	y := p.Block.Y + p.Block.H + MM(7) + ascentFrac*size
	drawLine(p, textLine{line: l, y: y, src: SrcPos{Article: -1, Block: -1}}, x, 0)
}
