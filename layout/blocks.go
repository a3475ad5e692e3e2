package layout

import (
	"hash/fnv"
	"strconv"
	"strings"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout/para"
)

// heading sets a heading block by kind and level: numbered headings on the
// grid with a 2-em indent in their level's face (GB/T 9704-2012 §7.3.3),
// chapters in Hei 14 centred with a blank line before and after, 第X节 and
// plain subheadings in Hei centred. A heading is kept with what follows.
func (st *setter) heading(b *gazette.Block) {
	size := st.s.BodySize
	switch b.HeadingKind {
	case gazette.HeadingChapter:
		st.gap(st.g.pitch, true)
		st.centredHeading(b.Runs, fonts.Hei, size+2)
		st.gap(st.g.pitch, true)
	case gazette.HeadingSection, gazette.HeadingPlain:
		st.centredHeading(b.Runs, fonts.Hei, size)
	default:
		lvl := b.Level
		if lvl < 1 {
			lvl = 1
		}
		spans := st.spans(b.Runs, headingFace(st.s, lvl), size)
		var lines []para.Line
		if st.s.Official() {
			lines = gridSet(spans, st.measure, 2*st.em(), 0, size, st.set) // grid.go
		} else {
			lines = para.Set(spans, para.Options{Measure: st.measure, Indent: 2 * st.em(), Align: para.Justify, Fonts: st.set})
		}
		st.lineBoxes(lines, st.src(st.block), st.g.pitch, size, true, true, Black)
	}
}

func (st *setter) centredHeading(runs []gazette.Run, face fonts.Style, size float64) {
	lines := para.Set(st.spans(runs, face, size), para.Options{
		Measure: st.measure, Align: para.Center, Balance: true, Fonts: st.set})
	st.lineBoxes(lines, st.src(st.block), st.g.pitch, size, true, true, Black)
}

// keepLeadWithTable keeps a short paragraph that introduces the table after
// it — a unit line (单位：万元), a group label (一等奖（5项）) — with the
// table's first rows, so that it never stands alone at the foot of a page
// (docs/typesetting.md §4; clreq §3.5 孤行). blocks[i] was set as the boxes from
// first on; a paragraph of one or two lines qualifies.
func (st *setter) keepLeadWithTable(blocks []gazette.Block, i, first int) {
	if i+1 >= len(blocks) || blocks[i].Type != gazette.BlockParagraph || blocks[i+1].Type != gazette.BlockTable {
		return
	}
	if n := len(st.boxes) - first; n < 1 || n > 2 {
		return
	}
	for _, b := range st.boxes[first:] {
		b.keep = true
	}
}

// signature sets the signature and date lines flush right, a blank line
// above them (GB/T 9704-2012 §7.3.5), kept together.
func (st *setter) signature(b *gazette.Block) {
	st.gap(st.g.pitch, false)
	size := st.s.BodySize
	off := 0
	text := gazette.RunsText(b.Runs)
	parts := strings.Split(text, "\n")
	for i, p := range parts {
		n := len([]rune(p))
		if strings.TrimSpace(p) != "" {
			lines := para.Set([]para.Span{{Text: p, Style: bodyFace(st.s), Size: size, Src: off}},
				para.Options{Measure: st.measure, Align: para.Right, Fonts: st.set})
			st.lineBoxes(lines, st.src(st.block), st.g.pitch, size, true, i < len(parts)-1, Black)
		}
		off += n + 1
	}
}

// image places a picture scaled to the measure (never taller than the
// column), centred, its caption under it.
func (st *setter) image(im *gazette.Image) {
	w, h := float64(im.Width), float64(im.Height)
	if w <= 0 || h <= 0 {
		w, h = 4, 3
	}
	dw := st.measure
	dh := dw * h / w
	if max := st.g.blockH * 0.9; dh > max {
		dh = max
		dw = dh * w / h
	}
	b := &box{h: dh + st.g.pitch/2, src: st.src(st.block)}
	b.images = []Image{placedImage(im, Rect{X: (st.measure - dw) / 2, Y: st.g.pitch / 4, W: dw, H: dh})}
	b.keep = im.Caption != ""
	st.add(b)
	if im.Caption != "" {
		size := st.s.TableSize
		lines := para.Set([]para.Span{{Text: im.Caption, Style: bodyFace(st.s), Size: size}},
			para.Options{Measure: st.measure, Align: para.Center, Fonts: st.set})
		st.lineBoxes(lines, st.src(st.block), st.g.pitch, size, true, false, Black)
	}
}

// attachment sets an attachment after its document, running on: the label
// (附件1) in Hei flush left, the title in Song Bold 16 centred and balanced
// (GB/T 9704-2012 §8 附件), then its blocks.
func (st *setter) attachment(at *gazette.Attachment) {
	src := st.src(st.block)
	size := st.s.BodySize
	st.gap(st.g.pitch, true)
	if at.Label != "" {
		l := simpleLine(st.set, fonts.Hei, size, at.Label, 0)
		st.lineBoxes([]para.Line{l}, src, st.g.pitch, size, true, true, Black)
	}
	if at.Title != "" {
		tsize := 16.0
		lead := tsize * 1.5
		off := len([]rune(at.Label)) + 1
		lines := para.Set([]para.Span{{Text: at.Title, Style: fonts.SongBold, Size: tsize, Src: off}},
			para.Options{Measure: st.measure, Align: para.Center, Balance: true, Fonts: st.set})
		tb := &box{h: lead * float64(len(lines)), keep: true, src: src}
		for i, l := range lines {
			tb.lines = append(tb.lines, textLine{line: l, y: float64(i)*lead + baselineIn(lead, tsize), src: src})
		}
		st.add(tb)
		st.gap(st.g.pitch/2, true)
	}
	for i := range at.Blocks {
		n := len(st.boxes)
		st.setBlock(&at.Blocks[i])
		st.keepLeadWithTable(at.Blocks, i, n)
	}
}

// placedImage is the picture im set in r: its format named as the PDF
// writer knows it (jpg → jpeg) and keyed by a hash of its data, so that a
// picture used twice is embedded once.
func placedImage(im *gazette.Image, r Rect) Image {
	hs := fnv.New64a()
	hs.Write(im.Data)
	format := im.Format
	if format == "jpg" {
		format = "jpeg"
	}
	return Image{Rect: r, Format: format, Data: im.Data, Key: strconv.FormatUint(hs.Sum64(), 16)}
}
