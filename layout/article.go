package layout

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout/para"
)

// setter turns one article into the boxes of its vertical flow, for one
// column measure. It does not know pages.
type setter struct {
	set     *fonts.Set
	s       *gazette.Settings
	g       geometry
	measure float64
	art     int    // reading-order index of the article
	section string // its section
	block   int    // gazette.WalkBlocks index of the block being set
	next    int    // gazette.WalkBlocks index of the next block
	boxes   []*box
}

func (st *setter) src(block int) SrcPos { return SrcPos{Article: st.art, Block: block} }

func (st *setter) add(b *box) *box {
	b.article = st.art
	b.section = st.section
	st.boxes = append(st.boxes, b)
	return b
}

// gap adds vertical space that disappears at the top of a column.
func (st *setter) gap(h float64, keep bool) {
	st.add(&box{h: h, discard: true, keep: keep})
}

// spans turns inline runs into line-engine spans: lead-ins in their level's
// face, bold runs in Hei, superscripts and subscripts smaller and shifted.
func (st *setter) spans(runs []gazette.Run, face fonts.Style, size float64) []para.Span {
	out := make([]para.Span, 0, len(runs))
	off := 0
	for _, r := range runs {
		f, sz, rise := face, size, 0.0
		switch {
		case r.LeadIn > 0:
			f = leadInFace(st.s, r.LeadIn)
		case r.Bold && face != fonts.SongBold && face != fonts.Hei && face != fonts.HeiBold:
			f = boldFace()
		}
		if r.Sup || r.Sub {
			sz, rise = supSize(size), supRise(size, r.Sup)
		}
		out = append(out, para.Span{Text: r.Text, Style: f, Size: sz, Rise: rise, Src: off})
		off += utf8.RuneCountInString(r.Text)
	}
	return out
}

// breakAllowedAfter reports whether a page or column may break after line i
// (0-based) of an n-line paragraph: no widow and no orphan, at least two
// lines on each side of the break (docs/typesetting.md §4, clreq §3.5 孤行).
func breakAllowedAfter(i, n int) bool { return i+1 >= 2 && n-i-1 >= 2 }

// lineBoxes adds one box per set line, each lead high, with the widow and
// orphan rule as keeps; keepAll keeps every line with the next box
// (headings, which never end a column).
func (st *setter) lineBoxes(lines []para.Line, src SrcPos, lead, size float64, grid, keepAll bool, col Color) {
	for i, l := range lines {
		b := &box{h: lead, grid: grid, src: src}
		b.lines = []textLine{{line: l, y: baselineIn(lead, size), color: col, src: src}}
		b.keep = keepAll || (i < len(lines)-1 && !breakAllowedAfter(i, len(lines)))
		if l.Emergency {
			fsrc := src
			if len(l.Glyphs) > 0 {
				fsrc.Rune = l.Glyphs[0].Src
			}
			b.findings = append(b.findings, Finding{Error: true, Src: fsrc,
				Message: fmt.Sprintf("无法按避头尾规则断行，已强制断行：“%s”", clip(l.Text(), 16))})
		}
		st.add(b)
	}
}

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// em is the body em, the unit of indents.
func (st *setter) em() float64 { return st.s.BodySize }

// bodyPara sets runs as a body paragraph on the grid.
func (st *setter) bodyPara(runs []gazette.Run, indent float64, align para.Align, keepAll bool) {
	st.bodyParaAt(runs, 0, indent, align, keepAll)
}

// bodyParaAt is bodyPara for text starting at rune offset off of its block
// (the items of a list).
func (st *setter) bodyParaAt(runs []gazette.Run, off int, indent float64, align para.Align, keepAll bool) {
	st.bodyParaHang(runs, off, indent, 0, align, keepAll)
}

// bodyParaHang is bodyParaAt with a hanging indent for the lines after the
// first.
func (st *setter) bodyParaHang(runs []gazette.Run, off int, indent, hang float64, align para.Align, keepAll bool) {
	size := st.s.BodySize
	spans := st.spans(runs, bodyFace(st.s), size)
	for i := range spans {
		spans[i].Src += off
	}
	var lines []para.Line
	switch {
	case st.s.Official() && (align == para.Justify || align == para.Left):
		lines = gridSet(spans, st.measure, indent, hang, size, st.set) // grid.go
	case st.s.Official() && indent == 0 && hang == 0:
		lines = gridAligned(spans, st.measure, size, st.set, align)
	default:
		lines = para.Set(spans, para.Options{
			Measure: st.measure, Indent: indent, Hang: hang, Align: align, Fonts: st.set})
	}
	st.lineBoxes(lines, st.src(st.block), st.g.pitch, size, true, keepAll, Black)
}

// article sets the whole article: head, blocks, disclosure note.
func (st *setter) article(a *gazette.Article) {
	st.head(a)
	st.next = 0
	disclosed := false
	for i := range a.Blocks {
		b := &a.Blocks[i]
		if (b.Type == gazette.BlockAttachment || gazette.RecordBlock(b)) && !disclosed { // the 附注 before the 版记 (gazette/record.go)
			st.disclosure(a)
			disclosed = true
		}
		n := len(st.boxes)
		st.setBlock(b)
		st.keepLeadWithTable(a.Blocks, i, n)
	}
	if !disclosed {
		st.disclosure(a)
	}
	st.source(a)
}

// head sets the title, the 文号 and date line, subtitle and source, and the
// addressee; all of it is kept with the first lines of the body.
func (st *setter) head(a *gazette.Article) {
	src := st.src(-1)
	size, lead := titleSize(st.s, a.Kind)
	// In two columns a document's head spans both (it starts a page).
	measure := st.measure
	span := st.g.columns > 1 && !isRunOn(a.Kind)
	if span {
		measure = st.g.blockW
	}
	first := len(st.boxes)
	var lines []para.Line
	var heights, sizes []float64 // each line's share of the title box, its size
	titleLines := a.TitleLines
	if issuerLineFirst(titleLines) {
		is, il := issuerSize(st.s, size, lead)
		for _, l := range para.Set([]para.Span{{Text: titleLines[0], Style: fonts.SongBold, Size: is}},
			para.Options{Measure: measure, Align: para.Center, Balance: true, Fonts: st.set}) {
			lines, heights, sizes = append(lines, l), append(heights, il), append(sizes, is)
		}
		titleLines = titleLines[1:]
	}
	if len(titleLines) > 0 {
		// The editor's own lines; one that does not fit turns balanced.
		for _, t := range titleLines {
			for _, l := range para.Set([]para.Span{{Text: t, Style: fonts.SongBold, Size: size}},
				para.Options{Measure: measure, Align: para.Center, Balance: true, Fonts: st.set}) {
				lines, heights, sizes = append(lines, l), append(heights, lead), append(sizes, size)
			}
		}
	} else if a.Title != "" {
		for _, l := range para.Set([]para.Span{{Text: a.Title, Style: fonts.SongBold, Size: size}},
			para.Options{Measure: measure, Align: para.Center, Balance: true, Fonts: st.set}) {
			lines, heights, sizes = append(lines, l), append(heights, lead), append(sizes, size)
		}
	}
	if len(lines) > 0 {
		tb := &box{keep: true, src: src}
		for i, l := range lines {
			tb.lines = append(tb.lines, textLine{line: l, y: tb.h + baselineIn(heights[i], sizes[i]), src: src})
			tb.h += heights[i]
		}
		st.add(tb)
	}
	meta := ""
	if a.DocNumber != "" && !strings.Contains(a.Subtitle, a.DocNumber) { // a 题注 that names the 令 prints it once
		meta = a.DocNumber
	}
	if d := a.DateLabel(); d != "" && !signedWithDate(a, d) && !datedNote(a.Subtitle, d) {
		if meta != "" {
			meta += "　"
		}
		meta += d
	}
	for _, t := range []string{meta, a.Subtitle} {
		if t == "" {
			continue
		}
		ls := para.Set([]para.Span{{Text: t, Style: fonts.Kai, Size: st.s.BodySize}},
			para.Options{Measure: measure, Align: para.Center, Fonts: st.set})
		st.lineBoxes(ls, src, st.g.pitch, st.s.BodySize, true, true, Black)
	}
	if t := jointIssuers(a); t != "" {
		spans := []para.Span{{Text: t, Style: bodyFace(st.s), Size: st.s.BodySize}}
		var ls []para.Line
		if st.s.Official() {
			ls = gridAligned(spans, measure, st.s.BodySize, st.set, para.Center) // grid.go
		} else {
			ls = para.Set(spans, para.Options{Measure: measure, Align: para.Center, Balance: true, Fonts: st.set})
		}
		st.lineBoxes(ls, src, st.g.pitch, st.s.BodySize, true, true, Black)
	}
	if len(lines) > 0 {
		st.gap(st.g.pitch, true)
	}
	if span {
		for _, b := range st.boxes[first:] {
			b.span = true
		}
	}
	if a.Addressee != "" {
		spans := []para.Span{{Text: addresseeText(a.Addressee), Style: bodyFace(st.s), Size: st.s.BodySize}}
		var ls []para.Line
		if st.s.Official() {
			ls = gridSet(spans, st.measure, 0, 0, st.s.BodySize, st.set) // grid.go
		} else {
			ls = para.Set(spans, para.Options{Measure: st.measure, Fonts: st.set})
		}
		st.lineBoxes(ls, src, st.g.pitch, st.s.BodySize, true, true, Black)
	}
}

// issuerLineFirst reports whether the first of a title's lines is its
// issuer line: the issuing organ(s) on a line of their own, the next line
// opening the 事由 with 关于 (景德镇市人民政府 / 关于授予…的决定), as the
// importer keeps a source that prints them so and an editor sets them.
func issuerLineFirst(lines []string) bool {
	return len(lines) >= 2 && !strings.Contains(lines[0], "关于") && strings.HasPrefix(lines[1], "关于")
}

// issuerSize returns the size and leading of the issuer line above a title:
// Song Bold 16 in the 公报 house style (Settings.IssuerSize), never larger
// than the title, the leading in proportion; the title's own when the
// settings give none (the 公文 preset).
func issuerSize(s *gazette.Settings, size, lead float64) (float64, float64) {
	if s.IssuerSize <= 0 || s.IssuerSize >= size {
		return size, lead
	}
	return s.IssuerSize, lead * s.IssuerSize / size
}

// addresseeText is the addressee line as printed: a full-width colon after
// the last addressee (GB/T 9704-2012 §7.3.2 主送机关), added when the text
// lacks it.
func addresseeText(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":") {
		return s
	}
	return s + "："
}

// titleSize returns the title's size and leading: the settings' for
// documents; statistics and news items, which run on in the text, take at
// most 三号 16 pt, the leading in proportion.
func titleSize(s *gazette.Settings, k gazette.Kind) (size, lead float64) {
	size, lead = s.TitleSize, s.TitleLeading
	if isRunOn(k) && size > 16 {
		lead *= 16 / size
		size = 16
	}
	return size, lead
}

// attachNoteLabel returns how many characters the label "附件：" of an
// attachment note (附件说明) takes when a list is one, else 0: its further
// items and every turned line are set under the first attachment's name,
// GB/T 9704-2012 §7.3.4 (回行时与上一行附件名称对齐).
func attachNoteLabel(items [][]gazette.Run) int {
	if len(items) == 0 {
		return 0
	}
	t := gazette.RunsText(items[0])
	for _, l := range []string{"附件：", "附件:"} {
		if strings.HasPrefix(t, l) {
			return 3
		}
	}
	return 0
}

// signedWithDate reports whether the body has a signature block that
// already carries the date (发文机关署名和成文日期, GB/T 9704-2012 §7.3.5; a
// 令's signature, §10.2): the date is then not repeated under the title. The
// signature need not end the body — a notice that encloses a 方案 or a 令
// that publishes a 办法 is signed before the enclosed text.
func signedWithDate(a *gazette.Article, date string) bool {
	for i := range a.Blocks {
		b := &a.Blocks[i]
		if b.Type == gazette.BlockSignature && (strings.Contains(b.Text(), date) || endsWithDate(b.Text())) {
			return true
		}
	}
	return false
}

// datedNote reports whether the subtitle is a 题注 that carries the date —
// （2023年5月31日…会议通过）, in figures or in Chinese numerals — so the
// head does not print the date again.
func datedNote(subtitle, date string) bool {
	if strings.Contains(subtitle, date) {
		return true
	}
	s := strings.TrimSuffix(strings.TrimSuffix(subtitle, "）"), ")")
	return (strings.HasSuffix(s, "通过") || strings.HasSuffix(s, "批准")) && strings.Contains(s, "年") && strings.Contains(s, "月") && strings.Contains(s, "日")
}

// endsWithDate reports whether a signature's last line is a date — in
// figures or in Chinese numerals (二〇二四年三月五日), which the 成文日期 of
// older documents uses (GB/T 9704-2012 §7.3.5 asks for figures; the text
// is printed as the office wrote it) — so the head does not repeat it.
func endsWithDate(sig string) bool {
	lines := strings.Split(strings.TrimSpace(sig), "\n")
	last := []rune(strings.TrimSpace(lines[len(lines)-1]))
	if len(last) < 6 || len(last) > 14 || last[len(last)-1] != '日' {
		return false
	}
	s := string(last)
	y, m := strings.Index(s, "年"), strings.Index(s, "月")
	return y > 0 && m > y
}

// jointIssuers is the line of issuing organs printed under the 文号 line
// (gazette.Article.PrintedIssuers), separated by full-width spaces.
func jointIssuers(a *gazette.Article) string {
	return strings.Join(a.PrintedIssuers(), "\u3000")
}

// source sets a news item's source note, （来源：景德镇日报）, flush right
// after its body, as newspapers' reprints are credited.
func (st *setter) source(a *gazette.Article) {
	if a.Source == "" {
		return
	}
	st.block = -1
	st.bodyPara([]gazette.Run{{Text: sourceText(a.Source)}}, 0, para.Right, false)
}

// sourceText is the printed source note: the text in full-width parentheses,
// with the label 来源： added when the stored source lacks it.
func sourceText(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "（"), "(")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "）"), ")")
	if !strings.HasPrefix(s, "来源") {
		s = "来源：" + s
	}
	return "（" + s + "）"
}

// disclosure sets the note （此件主动公开） after a document's body, indented
// 2 em (GB/T 9704-2012 §7.3.7 附注 position).
func (st *setter) disclosure(a *gazette.Article) {
	if a.Disclosure == "" || a.Kind == gazette.KindNews || a.Kind == gazette.KindStatistics {
		return
	}
	runs := []gazette.Run{{Text: "（此件" + a.Disclosure + "）"}}
	st.block = -1
	st.bodyPara(runs, 2*st.em(), para.Left, false)
}

// setBlock sets one body block (and, for attachments, its blocks), numbering
// blocks in gazette.WalkBlocks order.
func (st *setter) setBlock(b *gazette.Block) {
	st.block = st.next
	st.next++
	em := st.em()
	switch b.Type {
	case gazette.BlockParagraph:
		if k := attachNoteLabel([][]gazette.Run{b.Runs}); k > 0 {
			// A one-line 附件说明 turns under the attachment's name too.
			st.bodyParaHang(b.Runs, 0, 2*em, 2*em+float64(k)*em, para.Justify, false)
			break
		}
		st.bodyPara(b.Runs, 2*em, para.Justify, false)
	case gazette.BlockHeading:
		st.heading(b)
	case gazette.BlockList:
		off := 0
		first, rest := 2*em, 2*em
		if k := attachNoteLabel(b.Items); k > 0 {
			rest = first + float64(k)*em
		}
		for i, it := range b.Items {
			in := first
			if i > 0 {
				in = rest
			}
			st.bodyParaHang(it, off, in, rest, para.Justify, false)
			off += utf8.RuneCountInString(gazette.RunsText(it)) + 1
		}
	case gazette.BlockSignature:
		st.signature(b)
	case gazette.BlockTable:
		if b.Table != nil {
			st.table(b.Table)
		}
	case gazette.BlockImage:
		if b.Image != nil {
			st.image(b.Image)
		}
	case gazette.BlockPageBreak:
		st.add(&box{newPage: true, discard: true, src: st.src(st.block)})
	case gazette.BlockAttachment:
		if b.Attachment != nil {
			st.attachment(b.Attachment)
		}
	}
}
