package layout

// drawLine draws a set line on p with the box's top-left corner at (x0, y0):
// consecutive glyphs of one font, size and baseline share a GlyphRun.
func drawLine(p *Page, tl textLine, x0, y0 float64) {
	col := tl.color
	if col == (Color{}) {
		col = Black
	}
	base := y0 + tl.y
	gs := tl.line.Glyphs
	for a := 0; a < len(gs); {
		b := a + 1
		for b < len(gs) && gs[b].Font == gs[a].Font && gs[b].Size == gs[a].Size && gs[b].Rise == gs[a].Rise {
			b++
		}
		out := make([]Glyph, b-a)
		for k, g := range gs[a:b] {
			out[k] = Glyph{
				GID:  g.GID,
				Text: g.Text,
				X:    x0 + tl.x + g.X,
				Src:  SrcPos{Article: tl.src.Article, Block: tl.src.Block, Rune: g.Src},
			}
		}
		p.Runs = append(p.Runs, GlyphRun{Font: gs[a].Font, Size: gs[a].Size, Color: col, Y: base - gs[a].Rise, Glyphs: out})
		a = b
	}
}

// drawBox draws a placed box on p with its top-left corner at (x0, y0).
func drawBox(p *Page, b *box, x0, y0 float64) {
	for _, tl := range b.lines {
		drawLine(p, tl, x0, y0)
	}
	for _, r := range b.rules {
		r.X0 += x0
		r.X1 += x0
		r.Y0 += y0
		r.Y1 += y0
		p.Rules = append(p.Rules, r)
	}
	for _, im := range b.images {
		im.X += x0
		im.Y += y0
		p.Images = append(p.Images, im)
	}
	for _, l := range b.links {
		l.X += x0
		l.Rect.Y += y0
		p.Links = append(p.Links, l)
	}
	for _, a := range b.anchors {
		a.Y += y0
		p.Anchors = append(p.Anchors, a)
	}
}
