package importer

import (
	"bytes"
	"encoding/base64"
	"image"
	_ "image/gif" // GIF pictures are converted to PNG
	"image/png"
	"path"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	_ "golang.org/x/image/bmp"  // BMP pictures are converted to PNG
	_ "golang.org/x/image/tiff" // TIFF pictures are converted to PNG
)

// maxImagePixels bounds a picture that has to be decoded (to convert it to
// PNG), so a tiny file cannot claim a gigapixel canvas.
const maxImagePixels = 40_000_000

// span is a stretch of paragraph text with one style.
type span struct {
	text           string
	bold, sup, sub bool
}

// pitem is one thing met inside a paragraph: a span of text, or a block
// (an image line) that interrupts the text, or blocks (a text box) that
// follow the paragraph.
type pitem struct {
	span      *span
	block     string
	after     []string
	pageBreak bool
}

// blocks converts the block-level elements of the body, a text box or a
// table cell, appending to d.out.
func (d *docx) blocks(kids []*xnode) {
	for _, k := range kids {
		switch k.name {
		case "p":
			d.paragraph(k)
		case "tbl":
			d.table(k)
		case "sdt":
			if c := k.child("sdtContent"); c != nil {
				d.blocks(c.kids)
			}
		case "sdtContent", "customXml", "ins", "moveTo", "smartTag":
			d.blocks(k.kids)
		case "AlternateContent":
			if c := k.child("Choice"); c != nil {
				d.blocks(c.kids)
			} else if c := k.child("Fallback"); c != nil {
				d.blocks(c.kids)
			}
		case "altChunk":
			d.note("文档中嵌入的其他格式内容（altChunk）未能导入")
		}
	}
}

// emit appends a converted block.
func (d *docx) emit(s string) {
	d.out = append(d.out, s)
}

// paragraph converts one w:p: its numbering, its runs, and its heading
// level or caption role from its style.
func (d *docx) paragraph(p *xnode) {
	ppr := p.child("pPr")
	styleID := ""
	if ps := ppr.child("pStyle"); ps != nil {
		styleID = ps.attr("val")
	}
	level, role := d.paragraphLevel(ppr, styleID)
	jc, _ := ppr.val("jc")
	right := jc == "right" || jc == "end"
	prefix := d.paragraphNumber(ppr, styleID)
	items := d.inline(p.kids, styleID, nil)
	var spans []span
	var after []string
	if prefix != "" {
		spans = append(spans, span{text: prefix})
	}
	flush := func() {
		heading := level > 0 || role == roleTitle
		text := renderSpans(spans, heading)
		spans = nil
		if text == "" {
			return
		}
		if heading { // a title broken over lines is one title
			text = strings.ReplaceAll(text, "\n", "")
		} else { // a line break (w:br) is a Markdown hard break
			text = strings.ReplaceAll(text, "\n", "  \n")
		}
		if role == roleCaption && d.lastImage >= 0 && d.lastImage == len(d.out)-1 {
			d.out[d.lastImage] = "![" + plainSpans(text) + "](" + strings.TrimPrefix(d.out[d.lastImage], "![](")
			d.lastImage = -1
			return
		}
		mark := headingMark(level, role)
		if mark == "" && right {
			mark = rightMark
		}
		d.emit(mark + text)
		d.lastImage = -1
	}
	if onOff(ppr, "pageBreakBefore") > 0 {
		d.pageBreak()
	}
	for _, it := range items {
		switch {
		case it.pageBreak:
			flush()
			d.pageBreak()
		case it.span != nil:
			spans = append(spans, *it.span)
		case it.block != "":
			flush()
			d.emit(it.block)
			d.lastImage = len(d.out) - 1
		default:
			after = append(after, it.after...)
		}
	}
	flush()
	for _, b := range after {
		d.emit(b)
		d.lastImage = -1
	}
}

// paragraphLevel is a paragraph's heading level and role: its style's,
// unless the paragraph sets an outline level of its own.
func (d *docx) paragraphLevel(ppr *xnode, styleID string) (int, int) {
	level, role := d.styleHeading(styleID)
	if v, ok := ppr.val("outlineLvl"); ok {
		if n, err := strconv.Atoi(v); err == nil && n >= 0 && n < 9 {
			level, role = n+1, roleBody
		}
	}
	return level, role
}

// paragraphNumber is the number Word shows before a paragraph (its own
// numbering, else its style's), advancing the list's counter; "" for none.
func (d *docx) paragraphNumber(ppr *xnode, styleID string) string {
	numID, lvl := d.styleNum(styleID)
	if np := ppr.child("numPr"); np != nil {
		if v, ok := np.val("numId"); ok {
			numID = v
		}
		if v, ok := np.val("ilvl"); ok {
			lvl, _ = strconv.Atoi(v)
		}
	}
	if numID == "" {
		return ""
	}
	return d.nums.next(numID, lvl)
}

// pageBreakComment is the dialect's page break.
const pageBreakComment = "<!-- gazette:pagebreak -->"

// pageBreak emits a page break where Word has one (w:br w:type="page",
// w:pageBreakBefore), unless nothing precedes it or a page break does.
func (d *docx) pageBreak() {
	if n := len(d.out); n > 0 && d.out[n-1] != pageBreakComment {
		d.emit(pageBreakComment)
		d.lastImage = -1
	}
}

// rightMark starts a block that is set flush right in Word (a signature
// or date line); convert turns runs of them into a signature block and
// removes the mark.
const rightMark = "\x00R"

// headingMark is the dialect's mark for a heading paragraph: "# " for a
// title or level-1 heading, "## " for deeper levels, "" for body text.
func headingMark(level, role int) string {
	switch {
	case role == roleTitle || level == 1:
		return "# "
	case level > 1:
		return "## "
	}
	return ""
}

// inline walks the run-level content of a paragraph (or hyperlink, field,
// inserted text …) and returns its items. Deleted text, field codes and
// hidden text are left out.
func (d *docx) inline(kids []*xnode, pStyle string, items []pitem) []pitem {
	for _, k := range kids {
		switch k.name {
		case "r":
			items = d.run(k, pStyle, items)
		case "hyperlink", "smartTag", "ins", "moveTo", "fldSimple", "customXml", "bdo", "dir", "sdtContent":
			items = d.inline(k.kids, pStyle, items)
		case "sdt":
			if c := k.child("sdtContent"); c != nil {
				items = d.inline(c.kids, pStyle, items)
			}
		case "AlternateContent":
			if c := k.child("Choice"); c != nil {
				items = d.inline(c.kids, pStyle, items)
			}
		case "oMath", "oMathPara":
			items = append(items, pitem{span: &span{text: mathText(k)}})
		}
	}
	return items
}

// mathText returns the text of an equation (the m:t elements in order).
func mathText(n *xnode) string {
	var b strings.Builder
	var walk func(*xnode)
	walk = func(n *xnode) {
		if n.name == "t" {
			b.WriteString(n.text)
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(n)
	return b.String()
}

// run converts one w:r with its character formatting.
func (d *docx) run(r *xnode, pStyle string, items []pitem) []pitem {
	rpr := r.child("rPr")
	if onOff(rpr, "vanish") > 0 {
		return items
	}
	rStyle := ""
	if rs := rpr.child("rStyle"); rs != nil {
		rStyle = rs.attr("val")
	}
	bold := onOff(rpr, "b")
	if bold == 0 {
		bold = d.styleBold(rStyle)
	}
	if bold == 0 {
		bold = d.styleBold(pStyle)
	}
	vert, ok := rpr.val("vertAlign")
	if !ok {
		if vert = d.styleVert(rStyle); vert == "" {
			vert = d.styleVert(pStyle)
		}
	}
	sp := span{bold: bold > 0, sup: vert == "superscript", sub: vert == "subscript"}
	add := func(s string) {
		items = append(items, pitem{span: &span{text: s, bold: sp.bold, sup: sp.sup, sub: sp.sub}})
	}
	for _, k := range r.kids {
		switch k.name {
		case "t":
			add(strings.ReplaceAll(k.text, "\t", " "))
		case "tab", "ptab":
			add(" ")
		case "br":
			switch k.attr("type") {
			case "page":
				items = append(items, pitem{pageBreak: true})
			case "column":
			default:
				add("\n")
			}
		case "cr":
			add("\n")
		case "noBreakHyphen":
			add("-")
		case "sym":
			if c, err := strconv.ParseUint(k.attr("char"), 16, 32); err == nil {
				if r := rune(c); r < 0xF000 || r > 0xF0FF { // F0xx: a symbol-font glyph, no Unicode
					add(string(r))
				}
			}
		case "drawing", "pict", "object":
			items = d.graphic(k, items)
		case "AlternateContent":
			if c := k.child("Choice"); c != nil {
				items = d.run(&xnode{name: "r", kids: append([]*xnode{{name: "rPr", kids: rpr.kidsOrNil()}}, c.kids...)}, pStyle, items)
			}
		case "footnoteReference", "endnoteReference":
			d.note("文档中的脚注、尾注未导入，请在正文中核对")
		case "ruby":
			if base := k.child("rubyBase"); base != nil {
				items = d.inline(base.kids, pStyle, items)
			}
		}
	}
	return items
}

// kidsOrNil returns the children of n, or nil for a nil node.
func (n *xnode) kidsOrNil() []*xnode {
	if n == nil {
		return nil
	}
	return n.kids
}

// graphic converts a w:drawing, w:pict or w:object: a picture becomes an
// image line, a text box its paragraphs, a chart a note.
func (d *docx) graphic(g *xnode, items []pitem) []pitem {
	if blip := g.find("blip"); blip != nil && blip.attr("embed") != "" {
		if line := d.image(blip.attr("embed")); line != "" {
			items = append(items, pitem{block: line})
		}
		return items
	}
	if im := g.find("imagedata"); im != nil && im.attr("id") != "" {
		if line := d.image(im.attr("id")); line != "" {
			items = append(items, pitem{block: line})
		}
		return items
	}
	if tb := g.find("txbxContent"); tb != nil {
		saved, savedLast := d.out, d.lastImage
		d.out, d.lastImage = nil, -1
		d.blocks(tb.kids)
		inner := d.out
		d.out, d.lastImage = saved, savedLast
		return append(items, pitem{after: inner})
	}
	if g.find("chart") != nil {
		d.note("文档中的图表未能导入，请另存为图片后插入")
	} else {
		d.note("文档中有无法识别的图形对象，未能导入")
	}
	return items
}

// image reads the picture with relationship id rid and returns its dialect
// line, ![](data:image/png;base64,…). PNG and JPEG are kept as they are;
// GIF, BMP and TIFF become PNG; anything else (EMF, WMF, SVG) is left out
// with a note.
func (d *docx) image(rid string) string {
	target := d.rels[rid]
	if target == "" {
		d.note("文档中有图片缺少图片数据，已略去")
		return ""
	}
	data, err := d.part(target)
	if err != nil {
		if d.err == nil {
			d.err = err
		}
		return ""
	}
	if data == nil {
		d.note("文档中的图片“%s”缺失，已略去", path.Base(target))
		return ""
	}
	d.images++
	var format string
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		format = "png"
	case bytes.HasPrefix(data, []byte("\xFF\xD8\xFF")):
		format = "jpeg"
	default:
		cfg, kind, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			ext := strings.ToUpper(strings.TrimPrefix(path.Ext(target), "."))
			d.note("文档中的第%d张图片是 %s 格式，无法导入，已略去；请在 Word 中把它另存为 PNG 或 JPEG 图片后重新插入", d.images, ext)
			return ""
		}
		if cfg.Width*cfg.Height > maxImagePixels || cfg.Width <= 0 || cfg.Height <= 0 {
			d.note("文档中的第%d张图片尺寸异常（%d×%d 像素），已略去", d.images, cfg.Width, cfg.Height)
			return ""
		}
		img, _, err := image.Decode(bytes.NewReader(data))
		var buf bytes.Buffer
		if err == nil {
			err = png.Encode(&buf, img)
		}
		if err != nil {
			d.note("文档中的第%d张图片（%s）已损坏，已略去", d.images, kind)
			return ""
		}
		data, format = buf.Bytes(), "png"
	}
	return "![](data:image/" + format + ";base64," + base64.StdEncoding.EncodeToString(data) + ` "` + imageName(target, format) + `")`
}

// imageName is the file name kept with a picture: the part's base name,
// with the extension of the format it is stored in.
func imageName(target, format string) string {
	base := strings.TrimSuffix(path.Base(target), path.Ext(target))
	base = strings.Map(func(r rune) rune {
		if r == '"' || r == ')' || r < 0x20 {
			return '_'
		}
		return r
	}, base)
	if format == "jpeg" {
		return base + ".jpg"
	}
	return base + "." + format
}

// renderSpans writes spans in the dialect: adjacent spans of one style
// merged, bold as **…**, superscript and subscript as <sup>/<sub>. A
// paragraph that is bold throughout (or a heading) carries no bold marks:
// that is its look, not an emphasis. Line breaks are kept; ends trimmed.
func renderSpans(spans []span, heading bool) string {
	var merged []span
	for _, s := range spans {
		if s.text == "" {
			continue
		}
		if n := len(merged); n > 0 && merged[n-1].bold == s.bold && merged[n-1].sup == s.sup && merged[n-1].sub == s.sub {
			merged[n-1].text += s.text
			continue
		}
		merged = append(merged, s)
	}
	allBold := true
	for _, s := range merged {
		if !s.bold && strings.TrimSpace(s.text) != "" {
			allBold = false
		}
	}
	var b strings.Builder
	for _, s := range merged {
		for i, piece := range strings.Split(s.text, "\n") {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(markup(piece, s, !(allBold || heading)))
		}
	}
	lines := strings.Split(b.String(), "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimRightFunc(l, unicode.IsSpace); strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// markup wraps one line piece of a span in its marks, keeping surrounding
// spaces outside the marks.
func markup(piece string, s span, bold bool) string {
	core := strings.TrimSpace(piece)
	if core == "" {
		return piece
	}
	i := strings.Index(piece, core)
	lead, trail := piece[:i], piece[i+len(core):]
	if s.sup {
		core = "<sup>" + core + "</sup>"
	} else if s.sub {
		core = "<sub>" + core + "</sub>"
	}
	if s.bold && bold {
		// Marks bold cannot open onto (boldMark) stay before it, unbolded.
		k := 0
		for k < len(core) {
			r, n := utf8.DecodeRuneInString(core[k:])
			if boldOpensOnto(r) {
				break
			}
			k += n
		}
		if k < len(core) {
			lead, core = lead+core[:k], "**"+core[k:]+"**"
		}
	}
	return lead + core + trail
}

// plainSpans strips the dialect's inline marks from text, for a caption.
func plainSpans(s string) string {
	return strings.NewReplacer("**", "", "<sup>", "", "</sup>", "", "<sub>", "", "</sub>", "", "\n", " ", "]", "］").Replace(s)
}

// table converts a w:tbl into a pipe table. A cell spanning columns
// (gridSpan) is followed by "<<" cells; a cell continuing a vertical merge
// (vMerge) is "^^". A one-cell table, which Word users draw as a frame
// around text, is unwrapped into its paragraphs.
func (d *docx) table(tbl *xnode) {
	rows := flatten(tbl.kids, "tr")
	if len(rows) == 1 {
		if cells := flatten(rows[0].kids, "tc"); len(cells) == 1 {
			d.blocks(cells[0].kids)
			return
		}
	}
	var grid [][]string
	width, header := 0, 0
	for ri, tr := range rows {
		var row []string
		trpr := tr.child("trPr")
		if onOff(trpr, "tblHeader") > 0 && header == ri {
			header = ri + 1
		}
		for i := gridCount(trpr, "gridBefore"); i > 0; i-- {
			row = append(row, "")
		}
		for _, tc := range flatten(tr.kids, "tc") {
			tcpr := tc.child("tcPr")
			span := max(gridCount(tcpr, "gridSpan"), 1)
			text := d.cellText(tc)
			if vm := tcpr.child("vMerge"); vm != nil && vm.attr("val") != "restart" {
				text = "^^"
			}
			if hm := tcpr.child("hMerge"); hm != nil && hm.attr("val") != "restart" {
				text = "<<"
			}
			row = append(row, text)
			for i := 1; i < span; i++ {
				row = append(row, "<<")
			}
		}
		for i := gridCount(trpr, "gridAfter"); i > 0; i-- {
			row = append(row, "")
		}
		width = max(width, len(row))
		grid = append(grid, row)
	}
	if width == 0 {
		return
	}
	var b strings.Builder
	for ri, row := range grid {
		for len(row) < width {
			row = append(row, "")
		}
		if ri > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("| " + strings.Join(row, " | ") + " |")
		if ri == max(header, 1)-1 {
			b.WriteString("\n|" + strings.Repeat(" --- |", width))
		}
	}
	d.emit(b.String())
	d.lastImage = -1
}

// gridCount reads a count property (w:gridSpan, w:gridBefore …) of a
// row or cell property element, bounded to keep a hostile file small.
func gridCount(props *xnode, local string) int {
	v, _ := props.val(local)
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0
	}
	return min(n, 64)
}

// flatten returns the children named local, looking through the content
// controls and custom XML that may wrap rows and cells.
func flatten(kids []*xnode, local string) []*xnode {
	var out []*xnode
	for _, k := range kids {
		switch k.name {
		case local:
			out = append(out, k)
		case "sdt":
			if c := k.child("sdtContent"); c != nil {
				out = append(out, flatten(c.kids, local)...)
			}
		case "customXml", "ins", "sdtContent":
			out = append(out, flatten(k.kids, local)...)
		}
	}
	return out
}

// cellText converts a table cell into one line of the pipe table: its
// paragraphs (and any nested table's cells) joined by spaces, "|" escaped
// as "\|", a cell holding only "<<" or "^^" escaped as "\<<", "\^^".
// Pictures inside cells are left out with a note.
func (d *docx) cellText(tc *xnode) string {
	saved, savedLast := d.out, d.lastImage
	d.out, d.lastImage = nil, -1
	d.blocks(tc.kids)
	inner := d.out
	d.out, d.lastImage = saved, savedLast
	var parts []string
	for _, blk := range inner {
		for _, line := range strings.Split(strings.TrimPrefix(blk, rightMark), "\n") {
			line = strings.TrimSpace(strings.TrimLeft(line, "#"))
			switch {
			case strings.HasPrefix(line, "<!--"): // a page break
				continue
			case strings.HasPrefix(line, "![]("), strings.HasPrefix(line, "!["):
				d.note("表格单元格中的图片未能导入")
				continue
			case strings.HasPrefix(line, "|"): // a nested table: its cells
				if strings.Trim(line, "|- ") == "" {
					continue
				}
				line = strings.TrimSpace(strings.Trim(line, "|"))
				line = strings.ReplaceAll(strings.ReplaceAll(line, " | ", " "), "<<", "")
				line = strings.ReplaceAll(line, "^^", "")
			}
			if line != "" {
				parts = append(parts, line)
			}
		}
	}
	s := strings.ReplaceAll(strings.Join(parts, " "), "|", `\|`)
	if s == "<<" || s == "^^" { // the literal text, not a merge
		s = `\` + s
	}
	return s
}
