package layout

import (
	"strconv"

	"gazette/fonts"
	"gazette/layout/para"
)

// TOC type (house style: title Hei 22, section labels Hei 12, entries Song 11
// with 3 pt between them).
const (
	tocTitleSize = 22.0
	tocLabelSize = 12.0
	tocEntrySize = 11.0
	tocLead      = 18.0
	tocEntryGap  = 3.0
)

// tocPages sets the table of contents on pages numbered from first; body
// page i is page firstBody+i.
func (c *composer) tocPages(first, firstBody int, starts map[int]start) []*Page {
	src := SrcPos{Article: -1, Block: -1}
	W := c.g.blockW
	var boxes []*box
	// "目　录", 20 mm below the top of the text block.
	tl := simpleLine(c.set, fonts.Hei, tocTitleSize, "目　录", 0)
	tb := &box{h: MM(20) + tocTitleSize*2.5}
	tb.lines = []textLine{{line: tl, x: (W - tl.Width) / 2, y: MM(20) + ascentFrac*tocTitleSize, src: src}}
	boxes = append(boxes, tb)

	indent := 4 * tocLabelSize
	numW := textWidth(c.set, fonts.Song, tocEntrySize, "888") + tocEntrySize
	index := 0
	for si := range c.is.Sections {
		sec := &c.is.Sections[si]
		for ai := range sec.Articles {
			a := &sec.Articles[ai]
			text := a.Title
			if a.DocNumber != "" {
				text += "（" + a.DocNumber + "）"
			}
			lines := c.tocLines[text]
			if lines == nil {
				lines = para.Set([]para.Span{{Text: text, Style: fonts.Song, Size: tocEntrySize}},
					para.Options{Measure: W - indent - numW, Align: para.Justify, Fonts: c.set})
				c.tocLines[text] = lines
			}
			b := &box{h: float64(len(lines))*tocLead + tocEntryGap}
			if ai == 0 && si > 0 {
				b.h += tocEntryGap * 2
			}
			top := b.h - float64(len(lines))*tocLead - tocEntryGap
			base := top + baselineIn(tocLead, tocEntrySize)
			if ai == 0 {
				ll := simpleLine(c.set, fonts.Hei, tocLabelSize, sec.Name, 0)
				if ll.Width > indent-tocLabelSize/2 {
					// A long section name gets its own line; the entries go below it.
					b.lines = append(b.lines, textLine{line: ll, y: base, src: src})
					b.h += tocLead
					top += tocLead
					base += tocLead
				} else {
					b.lines = append(b.lines, textLine{line: ll, y: base, src: src})
				}
			}
			for i, l := range lines {
				b.lines = append(b.lines, textLine{line: l, x: indent, y: base + float64(i)*tocLead, src: src})
			}
			st, ok := starts[index]
			last := lines[len(lines)-1]
			if ok {
				page := firstBody + st.page
				num := simpleLine(c.set, fonts.Song, tocEntrySize, strconv.Itoa(page), 0)
				y := base + float64(len(lines)-1)*tocLead
				b.lines = append(b.lines, textLine{line: num, x: W - num.Width, y: y, src: src})
				if ld := leaders(c.set, indent+last.Width, W-num.Width); len(ld.Glyphs) > 0 {
					b.lines = append(b.lines, textLine{line: ld, y: y, src: src})
				}
				b.links = []Link{{Rect: Rect{X: indent, Y: top, W: W - indent, H: float64(len(lines)) * tocLead},
					Page: page, Y: c.g.top + st.y}}
			}
			boxes = append(boxes, b)
			index++
		}
	}
	g := c.g
	g.columns = 1
	pg := &paginator{g: g}
	var pages []*Page
	for i := 0; i < len(boxes); {
		col, next := pg.fill(boxes, i, g.blockH)
		if next == i {
			col, next = []placed{{b: boxes[i]}}, i+1
		}
		n := first + len(pages)
		p := c.g.page(n, PageTOC)
		for _, pl := range col {
			drawBox(p, pl.b, p.Block.X, p.Block.Y+pl.y)
		}
		pages = append(pages, p)
		i = next
	}
	return pages
}

// leaders sets dot leaders (·) between x0 and x1, the dots on a half-em
// grid so that the leaders of all entries line up, with at least half an em
// clear of the text and the number (house style).
func leaders(set *fonts.Set, x0, x1 float64) para.Line {
	const size = tocEntrySize
	step := size / 2
	f, gid, _ := set.Lookup(fonts.Song, '·')
	adv := float64(f.Advance(gid)) / float64(f.UnitsPerEm) * size
	var l para.Line
	for k := int((x0+step)/step) + 1; float64(k)*step+adv <= x1-step/2; k++ {
		l.Glyphs = append(l.Glyphs, para.Glyph{Font: f, GID: gid, Text: "·", X: float64(k) * step, Size: size})
	}
	l.Width = x1
	return l
}
