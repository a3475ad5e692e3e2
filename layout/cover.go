package layout

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout/para"
)

// coverColor converts the cover's CMYK percentages to a Color.
func coverColor(c gazette.CMYK) Color {
	clamp := func(v float64) float64 { return min(max(v/100, 0), 1) }
	return Color{C: clamp(c.C), M: clamp(c.M), Y: clamp(c.Y), K: clamp(c.K)}
}

// fitSize returns size, or the largest smaller size at which text fits in
// width on one line (a long 刊名 shrinks rather than overflow).
func fitSize(set *fonts.Set, st fonts.Style, size float64, text string, width float64) float64 {
	w := textWidth(set, st, size, text)
	if w <= width || w == 0 {
		return size
	}
	return size * width / w
}

// centred draws one line of text centred on the text block, baseline y.
func (c *composer) centred(p *Page, st fonts.Style, size float64, text string, y float64, col Color) {
	if text == "" {
		return
	}
	size = fitSize(c.set, st, size, text, p.Block.W)
	l := simpleLine(c.set, st, size, text, 0)
	drawLine(p, textLine{line: l, y: y, color: col, src: SrcPos{Article: -1, Block: -1}}, p.Block.X+(p.Block.W-l.Width)/2, 0)
}

// coverPage sets page 1: the masthead in the cover colour, the issue line,
// the coloured rule and the statement, the cover TOC or picture, and the
// sponsor and date at the foot (house style, Cover).
func (c *composer) coverPage() *Page {
	p := c.g.page(c.offset()+1, PageCover)
	is := c.is
	red := coverColor(is.Cover.Color)
	y := MM(45)
	const mast = 44.0
	c.centred(p, fonts.SongBlack, mast, is.Title, y+ascentFrac*mast, red)
	y += mast + 8
	if is.Frequency != "" {
		c.centred(p, fonts.Song, 14, "（"+is.Frequency+"）", y+ascentFrac*14, Black)
		y += 14 + 8
	}
	c.centred(p, fonts.Hei, 16, is.Label(), y+ascentFrac*16, Black)
	y += 16 + 6
	if is.TotalNumber > 0 {
		c.centred(p, fonts.Song, 12, "（"+is.TotalLabel()+"）", y+ascentFrac*12, Black)
		y += 12
	}
	y += MM(6)
	p.Rules = append(p.Rules, Rule{X0: p.Block.X, Y0: y, X1: p.Block.X + p.Block.W, Y1: y, Width: 1.5, Color: red})
	y += MM(6)
	if is.Statement != "" {
		c.centred(p, fonts.Hei, 10.5, "● "+is.Statement, y+ascentFrac*10.5, Black)
	}
	// The foot: sponsor and date, the slogan above them by setting.
	foot := p.Block.Y + p.Block.H
	var footLines []string
	if is.Cover.SloganOnCover && is.Slogan != "" {
		footLines = append(footLines, is.Slogan)
	}
	if is.Sponsor != "" {
		footLines = append(footLines, is.Sponsor+"主管主办")
	}
	if d := gazette.DateLabel(is.Date); d != "" {
		footLines = append(footLines, d+"出版")
	}
	fy := foot - float64(len(footLines))*20
	for i, t := range footLines {
		c.centred(p, fonts.Song, 12, t, fy+float64(i)*20+baselineIn(20, 12), Black)
	}
	// Below the statement: the cover TOC or the cover image.
	top := y + MM(14)
	bottom := fy - MM(8)
	if is.Cover.Mode == gazette.CoverImage && is.Cover.Image != nil && len(is.Cover.Image.Data) > 0 {
		c.coverImage(p, is.Cover.Image, top, bottom)
	} else {
		c.coverTOC(p, top, bottom)
	}
	return p
}

// coverImage fits the cover picture into the lower half, centred.
func (c *composer) coverImage(p *Page, im *gazette.Image, top, bottom float64) {
	w, h := float64(im.Width), float64(im.Height)
	if w <= 0 || h <= 0 {
		w, h = 4, 3
	}
	dw, dh := p.Block.W, p.Block.W*h/w
	if dh > bottom-top {
		dh = bottom - top
		dw = dh * w / h
	}
	p.Images = append(p.Images, placedImage(im, Rect{X: p.Block.X + (p.Block.W-dw)/2, Y: top, W: dw, H: dh}))
}

// listedInTOC says whether a section appears in a 目录: a section with no
// document is left out, on the cover as on the 目录 page, which lists
// sections only through their documents (a heading with nothing under it
// would name a 栏目 the issue does not print).
func listedInTOC(sec *gazette.Section) bool { return len(sec.Articles) > 0 }

// coverTOC lists the sections and titles (no page numbers) between top and
// bottom, shrinking the type down to 9 pt if it must; what still does not
// fit is reported.
func (c *composer) coverTOC(p *Page, top, bottom float64) {
	src := SrcPos{Article: -1, Block: -1}
	for _, size := range []float64{10.5, 10, 9.5, 9} {
		lead := size * 1.45
		indent := 4 * size
		var lines []textLine
		y := 0.0
		listed := 0
		for si := range c.is.Sections {
			sec := &c.is.Sections[si]
			if !listedInTOC(sec) {
				continue
			}
			if listed > 0 {
				y += lead / 3
			}
			listed++
			ll := simpleLine(c.set, fonts.Hei, size, sec.Name, 0)
			lines = append(lines, textLine{line: ll, y: y + baselineIn(lead, size), src: src})
			if ll.Width > indent-size/2 {
				y += lead
			}
			for ai := range sec.Articles {
				ls := para.Set([]para.Span{{Text: sec.Articles[ai].Title, Style: fonts.Song, Size: size}},
					para.Options{Measure: p.Block.W - indent, Align: para.Justify, Fonts: c.set})
				for _, l := range ls {
					lines = append(lines, textLine{line: l, x: indent, y: y + baselineIn(lead, size), src: src})
					y += lead
				}
			}
		}
		if top+y <= bottom || size == 9 {
			for _, tl := range lines {
				if top+tl.y > bottom {
					c.findings = append(c.findings, Finding{Page: 1, Src: src,
						Message: "封面目录太长，放不下，后面的条目没有印出"})
					break
				}
				drawLine(p, tl, p.Block.X, top)
			}
			return
		}
	}
}

// insidePage sets the editorial board and the colophon, and the slogan at
// the foot: on page 2 (kind PageInside) or on the back cover (PageBack).
func (c *composer) insidePage(n int, kind PageKind) *Page {
	p := c.g.page(n, kind)
	is := c.is
	src := SrcPos{Article: -1, Block: -1}
	const size, lead = 10.5, 20.0
	y := p.Block.Y + MM(10)
	if len(is.Board) > 0 {
		c.centred(p, fonts.Hei, 16, "编辑委员会", y+ascentFrac*16, Black)
		y += 16 + lead
		// Two columns of role–name pairs: roles in Hei, names in Kai.
		colW := (p.Block.W - 2*size) / 2
		row := 0.0
		for i, e := range is.Board {
			x := p.Block.X + size
			if i%2 == 1 {
				x += colW
			}
			role := simpleLine(c.set, fonts.Hei, size, e.Role+"：", 0)
			names := c.nameLines(e.Names, size, colW-role.Width-size)
			drawLine(p, textLine{line: role, y: y + baselineIn(lead, size), src: src}, x, 0)
			for k, l := range names {
				drawLine(p, textLine{line: l, y: y + float64(k)*lead + baselineIn(lead, size), src: src}, x+role.Width, 0)
			}
			if h := float64(len(names)) * lead; h > row {
				row = h
			}
			if i%2 == 1 || i == len(is.Board)-1 {
				y += row
				row = 0
			}
		}
		y += lead
	}
	// The colophon: a two-column table without rules.
	col := is.Colophon
	var items [][2]string
	labelW := textWidth(c.set, fonts.Song, size, "主管主办：") + size
	for _, f := range gazette.ColophonFields {
		it := [2]string{colophonLabel(col.Label(f.Key)), *f.Value(&col)}
		items = append(items, it)
		if w := textWidth(c.set, fonts.Song, size, it[0]+"：") + size; it[1] != "" && w > labelW {
			labelW = w
		}
	}
	// Further imprint lines an imported masthead had: a labelled one
	// (主办：某市人民政府办公室) in the table with the fields, the others
	// (内部资料　免费赠阅) each as written under them.
	var rest []string
	for _, t := range strings.Split(col.Lines, "\n") {
		if t = strings.TrimSpace(t); t == "" {
			continue
		}
		if l, v, ok := strings.Cut(t, "："); ok && l != "" && utf8.RuneCountInString(l) <= 4 && !strings.ContainsAny(l, " \u3000") && strings.TrimSpace(v) != "" {
			items = append(items, [2]string{colophonLabel(l), strings.TrimSpace(v)})
			continue
		}
		rest = append(rest, t)
	}
	for _, it := range items {
		if it[1] == "" {
			continue
		}
		x := p.Block.X + size
		drawLine(p, textLine{line: simpleLine(c.set, fonts.Song, size, it[0]+"：", 0), y: y + baselineIn(lead, size), src: src}, x, 0)
		ls := para.Set([]para.Span{{Text: it[1], Style: fonts.Song, Size: size}},
			para.Options{Measure: p.Block.W - 2*size - labelW, Align: para.Left, Fonts: c.set})
		for k, l := range ls {
			drawLine(p, textLine{line: l, y: y + float64(k)*lead + baselineIn(lead, size), src: src}, x+labelW, 0)
		}
		y += float64(len(ls)) * lead
	}
	for _, t := range rest {
		ls := para.Set([]para.Span{{Text: t, Style: fonts.Song, Size: size}},
			para.Options{Measure: p.Block.W - 2*size, Align: para.Left, Fonts: c.set})
		for k, l := range ls {
			drawLine(p, textLine{line: l, y: y + float64(k)*lead + baselineIn(lead, size), src: src}, p.Block.X+size, 0)
		}
		y += float64(len(ls)) * lead
	}
	if is.Slogan != "" && !is.Cover.SloganOnCover {
		c.centred(p, fonts.Hei, 12, is.Slogan, p.Block.Y+p.Block.H-lead+baselineIn(lead, 12), Black)
	}
	if y > p.Block.Y+p.Block.H-lead {
		c.findings = append(c.findings, Finding{Error: true, Page: n, Src: src,
			Message: fmt.Sprintf("第%d页：编辑委员会和版权信息太长，超出版心", n)})
	}
	return p
}

// nameLines sets people's names in Kai an em apart, wrapping only between
// names: a name is never split over two lines.
func (c *composer) nameLines(names []string, size, width float64) []para.Line {
	var out []para.Line
	var cur para.Line
	for _, n := range names {
		l := simpleLine(c.set, fonts.Kai, size, n, 0)
		x := 0.0
		if len(cur.Glyphs) > 0 {
			x = cur.Width + size
			if x+l.Width > width {
				out = append(out, cur)
				cur, x = para.Line{}, 0
			}
		}
		l = shiftLine(l, x)
		cur.Glyphs = append(cur.Glyphs, l.Glyphs...)
		cur.Width = l.Width
	}
	if len(cur.Glyphs) > 0 || len(out) == 0 {
		out = append(out, cur)
	}
	return out
}

// colophonLabel sets a two-character label of the colophon over the width
// of four (地　　址), so that the labels of the table align as in the
// gazettes' imprints.
func colophonLabel(l string) string {
	if r := []rune(l); len(r) == 2 {
		return string(r[0]) + "\u3000\u3000" + string(r[1])
	}
	return l
}
