package importer

// The text dialect read by ParseIssue and ParseDocument (and written by
// DocxText): plain text as a PDF extraction gives it, with a little
// Markdown (the marks themselves are read by exchange/markup).
//
//   - Paragraphs are separated by blank lines. A line that ends with two
//     spaces continues the same Markdown paragraph on the next line (a hard
//     break); the importer treats each such line as its own line.
//   - "#", "##" … start a heading line. How many "#" is noise: heading
//     levels come from the numbering (一、 （一） 1. （1） 第X章 第X节); a "#"
//     line without numbering is an unnumbered heading, an article title, an
//     attachment title or a masthead line, by position.
//   - A line split by a column or page break (it ends without closing
//     punctuation, and the next line continues the sentence) is joined to
//     its continuation, even across a blank line or a misplaced page.
//   - **bold**, <sup>x</sup>, <sub>x</sub> mark inline runs.
//   - Tables: consecutive lines holding tabs (one row a line, cells split
//     at tabs), or GFM pipe tables ("| a | b |"); the rows above a
//     "|---|---|" separator are header rows (a tab table's header rows are
//     detected: leading rows without numbers). Extensions: in a pipe table a
//     cell holding only "<<" is merged into the cell to its left (colspan),
//     one holding only "^^" into the cell above (rowspan); "\<<" and "\^^"
//     are the literal texts, "\|" a literal bar.
//   - An image is a line of its own: ![caption](data:image/png;base64,…)
//     or data:image/jpeg, optionally ![caption](data:… "file.png") to keep
//     the original file name.
//   - A text without any "#" line is read as a Word export: a document's
//     title is the line above its 文号 (which may stand in brackets), and a
//     short title-like line after a finished document starts a news item or
//     statistics table. A page's running head (刊名 and 期号) or folio
//     (— 5 —) left on a line of its own is dropped with a warning.
//   - Lines beginning 任命/免去/聘任… are a 任免 list: one item a line, never
//     joined.
//   - 附件 / 附件1 / 附件 2 on a line of its own starts an attachment; the
//     "#" line after it is the attachment's title. "附件：…" in the body
//     is the attachment note (附件说明), its numbered items on hard-broken
//     lines. （此件主动公开） and the other disclosure notes set the
//     article's Disclosure. A last line （来源：…） sets a news item's source.
//
// Comments a Word export (DocxText) writes, one a line:
//
//	<!-- gazette:break -->       ends a paragraph that would otherwise be joined to the next
//	<!-- gazette:signature -->   the hard-broken lines that follow are a signature block
//	<!-- gazette:pagebreak -->   a page break
//	<!-- gazette:caption TEXT --> the title of the table that follows
//
// A text that opens with a gazette:issue comment is the exchange form
// (exchange.WriteText): it is read exactly by exchange.ReadText, never by
// these heuristics (exported.go).

import (
	"regexp"
	"strings"

	marks "gazette/exchange/markup"
	"gazette/gazette"
)

// --- the marks of the text dialect (exchange/markup) -------------------

// numbering is what a line's numbering says about it (marks.Numbering).
type numbering struct {
	kind   gazette.HeadingKind // numbered, chapter, section; "" for none
	level  int                 // 1–4 for numbered
	clause bool                // 第X条
	marker string              // the numbering itself, e.g. "（一）"
}

// cnDigits are the Chinese numerals of a heading number.
const cnDigits = marks.CNDigits

// asciiDigit reports whether r is 0–9.
func asciiDigit(r rune) bool { return r >= '0' && r <= '9' }

// numberingOf reads the numbering at the start of s (marks.NumberingOf).
func numberingOf(s string) numbering {
	n := marks.NumberingOf(s)
	return numbering{kind: n.Kind, level: n.Level, clause: n.Clause, marker: n.Marker}
}

// parseRuns reads **bold**, <sup>…</sup> and <sub>…</sub> in s.
func parseRuns(s string) []gazette.Run { return marks.ParseRuns(s) }

// mergeRuns joins neighbouring runs of the same style.
func mergeRuns(runs []gazette.Run) []gazette.Run { return marks.MergeRuns(runs) }

// boldOpensOnto reports whether bold text may start with r.
func boldOpensOnto(r rune) bool { return marks.BoldOpensOnto(r) }

// startsWithAny returns the length of the one of marks s starts with, or 0.
func startsWithAny(s string, m ...string) int { return marks.StartsWithAny(s, m...) }

// plainOf removes the inline markup from s.
func plainOf(s string) string { return marks.Plain(s) }

// pipeTable builds a table from GFM pipe rows (marks.PipeTable).
func pipeTable(rows []string) *gazette.Table { return marks.PipeTable(rows) }

// imageBlock decodes an image line (marks.ImageBlock).
func imageBlock(s string) (gazette.Block, string, bool) { return marks.ImageBlock(s) }

// --- sentence ends -----------------------------------------------------

// endsSentence reports whether a line ends where a paragraph may end: after
// a stop (。！？；：…), after a closing bracket (a note such as （市卫健委）),
// or after a closing quote that follows a stop. A line that ends on a
// hanzi, a digit, a pause mark or an opening mark was cut by a line, column
// or page break of the source (clreq §3.1: the sentence goes on).
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t")
	r := lastRune(s)
	switch r {
	case '。', '！', '？', '；', '：', '…', '!', '?', ';', ':', '）', ')', '】', '〕', '.', '」', '』':
		return true
	case '”', '’':
		t := strings.TrimRight(s[:len(s)-len(string(r))], "”’")
		switch lastRune(t) {
		case '。', '！', '？', '…', '；':
			return true
		}
		return false
	}
	return false
}

// phoneEnd matches a contact line: a name, then a telephone number.
var phoneEnd = regexp.MustCompile(`[\s：:]\(?\d{3,4}\)?[-\s]?\d{6,8}$`)

// OpenEnded reports whether a paragraph's text ends mid-sentence, so that
// the importer would join the next plain paragraph to it. exchange.WriteText
// puts a <!-- gazette:break --> after such a paragraph.
func OpenEnded(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" || endsSentence(text) || (text[len(text)-1] >= '0' && text[len(text)-1] <= '9' && phoneEnd.MatchString(text)) {
		return false
	}
	return true
}

// --- the body ----------------------------------------------------------

// stream is where body blocks go: the document's own body, or one of its
// attachments.
type stream struct {
	blocks []gazette.Block
	att    *gazette.Attachment // nil for the main body
	open   bool                // the last block is a paragraph cut mid-sentence
	ended  bool                // the disclosure or the attachment note was seen: the body proper is over
}

// body parses the blocks of one article.
type body struct {
	p           *parser
	streams     []*stream
	active      int
	interrupted int // a stream whose open paragraph an attachment label cut off, or -1
	confirm     func(l, r string) bool
	disclosure  string
	source      string
	caption     string
	// sigFrom and sigTo are the lines of the signature footSignature found
	// in plain text (-1 for none); footText and footLine are the date that
	// ends a signature, and its line.
	sigFrom, sigTo int
	footText       string
	footLine       int
	footIssuers    []string
	// appointing says the last block is a 任免 list still taking lines.
	appointing bool
	// title is the article's title, to tell the title of a text a notice
	// carries (印发的方案) from a paragraph.
	title string
}

var (
	disclosureLine = regexp.MustCompile(`^[（(]\s*此件\s*(.+?)\s*[）)]$`)
	sourceLine     = regexp.MustCompile(`^[（(]?\s*(?:来源|稿源|信息来源)\s*[：:]\s*(.+?)\s*[）)]?$`)
	attachLabel    = regexp.MustCompile(`^附\s*件\s*([0-9０-９一二三四五六七八九十]*)$`)
	attachNote     = regexp.MustCompile(`^(?:[-*]\s+)?附\s*件\s*[：:]`)
)

// disclosureOf returns the disclosure of a note such as （此件主动公开）.
func disclosureOf(s string) (string, bool) {
	if !(strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(")) || !(strings.HasSuffix(s, "）") || strings.HasSuffix(s, ")")) ||
		!strings.Contains(s, "此件") {
		return "", false
	}
	m := disclosureLine.FindStringSubmatch(s)
	if m == nil || noSpace(m[1]) == "" {
		return "", false
	}
	return m[1], true
}

// isDisclosure reports whether s is a disclosure note.
func isDisclosure(s string) bool {
	_, ok := disclosureOf(s)
	return ok
}

// sourceOf returns the source of a note such as （来源：景德镇日报）.
func sourceOf(s string) (string, bool) {
	if startsWithAny(s, "（", "(", "来源", "稿源", "信息来源") == 0 || !strings.Contains(s, "源") {
		return "", false
	}
	m := sourceLine.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// isAttachNote reports whether s starts the attachment note (附件：…).
func isAttachNote(s string) bool {
	return strings.Contains(s[:min(len(s), 24)], "附") && attachNote.MatchString(s)
}

func newBody(p *parser, confirm func(l, r string) bool) *body {
	return &body{p: p, streams: []*stream{{}}, interrupted: -1, confirm: confirm, sigFrom: -1, sigTo: -1}
}

func (b *body) cur() *stream { return b.streams[b.active] }

func (b *body) add(bl gazette.Block, open bool) {
	s := b.cur()
	if b.caption != "" && bl.Type == gazette.BlockTable {
		bl.Table.Title = b.caption
		b.caption = ""
	}
	s.blocks = append(s.blocks, bl)
	s.open = open
	b.appointing = false
}

// blocks returns the body with its attachments at the end.
func (b *body) blocks() []gazette.Block {
	out := b.streams[0].blocks
	for _, s := range b.streams[1:] {
		s.att.Blocks = s.blocks
		if s.att.Blocks == nil {
			s.att.Blocks = []gazette.Block{}
		}
		out = append(out, gazette.Block{Type: gazette.BlockAttachment, Attachment: s.att})
	}
	return out
}

// parse reads lines[from:to] into the body.
func (b *body) parse(from, to int) {
	for i := from; i < to; i++ {
		switch {
		case b.p.breakLine(i):
			b.cur().open = false // the paragraph ends here (breaks.go)
		case b.p.lines[i].blank:
		case i == b.sigFrom:
			i = b.signature(i, b.sigTo+1)
		default:
			if j, ok := b.markedLine(i, to); ok {
				i = j
			} else {
				i = b.textLine(i, from, to)
			}
		}
	}
}

// markedLine reads line i when it is a gazette comment, a table's first
// row or an image, and returns the last line it took.
func (b *body) markedLine(i, to int) (int, bool) {
	p := b.p
	l := &p.lines[i]
	switch {
	case l.comment != "":
		return b.comment(i, to), true
	case l.tab:
		rows, j := b.tabRows(i, to)
		b.add(gazette.Block{Type: gazette.BlockTable, Table: tabTable(rows)}, false)
		return j - 1, true
	case l.pipe:
		j := i
		var rows []string
		for ; j < to && p.lines[j].pipe && !p.lines[j].blank; j++ {
			rows = append(rows, p.text(j))
		}
		if tb := pipeTable(rows); len(tb.Rows) > 0 { // a separator line alone holds no table
			b.add(gazette.Block{Type: gazette.BlockTable, Table: tb}, false)
		}
		return j - 1, true
	case strings.HasPrefix(l.text, "!["):
		if bl, msg, ok := imageBlock(l.text); ok {
			if msg != "" {
				p.warn.add(l.n, "%s，已略去该图片", msg)
			} else {
				b.add(bl, false)
			}
			return i, true
		}
	}
	return i, false
}

// textLine reads text line i of the body on lines[from:to] — a disclosure
// note, the source, an attachment's label or note, a heading, a signature
// or a line of a paragraph or unit — and returns the last line it took.
func (b *body) textLine(i, from, to int) int {
	p := b.p
	l := &p.lines[i]
	text := p.text(i)
	plain := plainOf(text)
	if d, ok := disclosureOf(plain); ok {
		if b.disclosure == "" {
			b.setDisclosure(l.n, d)
			return i
		}
		// A second note is kept as text, so nothing is lost; the
		// editor deletes whichever is wrong.
		b.p.warn.add(l.n, "文中第二处公开属性“%s”保留为正文（已采用前一处“%s”），请删去多余的一处", noSpace(d), b.disclosure)
	}
	if src, ok := sourceOf(plain); ok && i == lastContent(p.lines, from, to) {
		b.source = src
		return i
	}
	if label, title, ok := b.labelTitle(i, plain); ok {
		return b.labelledAttachment(i, label, title) // 附件2：标题 (attach_forms.go)
	}
	switch {
	case isAttachLabel(plain):
		m := attachLabel.FindStringSubmatch(noSpace(plain))
		return b.attachment(i, to, "附件"+m[1])
	case isAttachNote(plain):
		return b.note(i, to)
	case l.hashes == 0 && b.carriedDocNumber(text, plain): // attach_doc.go
		return i
	case l.hashes > 0:
		b.headingLine(text, plain)
		return i
	case b.enclosedTitle(i, plain):
		h := squeezeSpaces(plain, b.confirm)
		b.add(gazette.Block{Type: gazette.BlockHeading, HeadingKind: gazette.HeadingPlain, Runs: []gazette.Run{{Text: h}}}, false)
		return b.issuersUnder(i, to) // joins.go
	}
	if j := b.signatureRun(i, to); j > i {
		b.add(gazette.Block{Type: gazette.BlockSignature, Runs: parseRuns(b.joinLines(i, j+1))}, false)
		return j
	}
	if s := b.cur(); len(s.blocks) > 0 && s.blocks[len(s.blocks)-1].Type == gazette.BlockParagraph && p.wrapContinues(i) {
		s.open = true // wrap.go
	}
	b.line(l, text, b.nextIsPlain(i+1, to), b.cutByPage(i, to) || (b.nextIsPlain(i+1, to) && p.wrapped(i))) // wrap.go
	return i
}

// headingLine reads a "#" line of the body: a numbered heading (or a 第X条
// paragraph), else an unnumbered heading.
func (b *body) headingLine(text, plain string) {
	nb := numberingOf(plain)
	if nb.marker != "" {
		bl := numberedBlock(tidySpaces(text), nb, !nb.clause, headingIfPhrase)
		b.add(bl, bl.Type == gazette.BlockParagraph && OpenEnded(bl.Text()))
		return
	}
	h := squeezeSpaces(plain, b.confirm)
	b.add(gazette.Block{Type: gazette.BlockHeading, HeadingKind: gazette.HeadingPlain, Runs: []gazette.Run{{Text: h}}}, false)
}

// signatureRun returns the date line of a signature that starts at line i
// inside the body — one to three issuer lines, then a date alone: the
// signature of a text a notice carries (a report it 转发s) — or -1. The
// document's own signature is found by footSignature; a Word export
// marks its signatures.
func (b *body) signatureRun(i, to int) int {
	p := b.p
	k := 0
	for j := i; j < to; j++ {
		if p.lines[j].blank {
			continue
		}
		if !p.plainLine(j) || j == b.sigFrom {
			return -1
		}
		t := tidySpaces(plainOf(p.text(j)))
		if _, ok := dateAlone(t); ok {
			if k == 0 {
				return -1
			}
			return j
		}
		if _, ok := issuerLine(t); !ok || k == 3 {
			return -1
		}
		k++
	}
	return -1
}

// joinLines is the text of lines[from:to], one a line, blanks left out.
func (b *body) joinLines(from, to int) string {
	var parts []string
	for j := from; j < to; j++ {
		if !b.p.lines[j].blank {
			parts = append(parts, b.p.text(j))
		}
	}
	return strings.Join(parts, "\n")
}

// cutByPage reports whether a page break cut line i: page furniture was
// removed between it and the next content line, and that line goes on
// plain (no numbering, heading or table). A numbered line so cut, without
// closing punctuation, is a paragraph's start, not a heading.
func (b *body) cutByPage(i, to int) bool {
	p := b.p
	furniture := false
	for j := i + 1; j < to; j++ {
		l := &p.lines[j]
		if l.furniture {
			furniture = true
		}
		if l.blank {
			continue
		}
		return furniture && b.nextIsPlain(j, to)
	}
	return false
}

// nextIsPlain reports whether the next content line from i is a plain
// paragraph line: not numbered, not a heading, table or label.
func (b *body) nextIsPlain(i, to int) bool {
	p := b.p
	for ; i < to; i++ {
		l := &p.lines[i]
		if l.blank && !p.breakLine(i) {
			continue
		}
		if l.hashes > 0 || l.tab || l.pipe || l.comment != "" || i == b.sigFrom {
			return false // a signature is no paragraph
		}
		t := plainOf(l.text)
		return numberingOf(t).marker == "" && !isAttachLabel(t) && !isAttachNote(t) &&
			!strings.HasPrefix(t, "- ") && !isDisclosure(t)
	}
	return false
}

// lastContent returns the index of the last non-blank line of lines[from:to].
func lastContent(lines []srcLine, from, to int) int {
	for j := to - 1; j >= from; j-- {
		if !lines[j].blank {
			return j
		}
	}
	return -1
}

// line handles a plain line: a paragraph, a numbered heading or paragraph,
// or the continuation of a paragraph cut by a break.
func (b *body) line(l *srcLine, text string, nextPlain, cut bool) {
	bullet := false
	if strings.HasPrefix(text, "- ") || strings.HasPrefix(text, "* ") {
		text = strings.TrimSpace(text[2:])
		bullet = true
	}
	text = b.unspaced(l.n, tidySpaces(text)) // bodyspacing.go
	if !bullet && (appointmentLine(plainOf(text)) || b.appointeeLine(plainOf(text))) {
		b.appointment(text)
		return
	}
	nb := numberingOf(plainOf(text))
	if b.cur().open && clauseReference(plainOf(text), nb) {
		nb = numbering{} // a cross-reference a wrap put first: the sentence goes on (clauseref.go)
	}
	_, dated := dateAlone(plainOf(text))
	if nb.marker == "" && !bullet && (dated || unitLine(plainOf(text))) {
		// One line, one unit: a date, a name in a list, a 联系人 or 电话 line.
		b.add(gazette.Block{Type: gazette.BlockParagraph, Runs: parseRuns(b.listIndent(l, text))}, false)
		return
	}
	if nb.marker == "" && !bullet && !strings.HasPrefix(text, "**") && !b.startsNewItem(text) { // joins.go
		if t := b.continuation(); t >= 0 {
			b.join(t, text, l.hard)
			return
		}
	}
	var bl gazette.Block
	if nb.marker != "" {
		mode := headingIfPhrase
		switch {
		case bullet, cut && !endsSentence(text):
			mode = noHeading
		case nextPlain:
			mode = headingIfShortSentence
		}
		bl = b.siblingLeadIn(numberedBlock(text, nb, false, mode), nb) // joins.go
	} else {
		bl = gazette.Block{Type: gazette.BlockParagraph, Runs: parseRuns(text)}
	}
	b.add(bl, bl.Type == gazette.BlockParagraph && OpenEnded(bl.Text()) && !wholeBold(text))
}

// continuation returns the stream whose last paragraph a plain line
// continues, switching streams when a page of an attachment was spliced
// into the body (or the body into an attachment), or -1.
func (b *body) continuation() int {
	cur := b.cur()
	if b.interrupted >= 0 && b.interrupted != b.active {
		other := b.streams[b.interrupted]
		if other.open && (cur.open || cur.ended) {
			t := b.interrupted
			b.interrupted = -1
			if cur.open {
				b.interrupted = b.active
			}
			b.active = t
			return t
		}
	}
	if cur.open {
		return b.active
	}
	return -1
}

// join appends text to the last paragraph of stream t: with a space
// between ASCII words, and at a hard break between Latin and Chinese,
// never next to a full-width mark (where tidySpaces would drop it).
func (b *body) join(t int, text string, hard bool) {
	s := b.streams[t]
	last := &s.blocks[len(s.blocks)-1]
	prev := last.Text()
	l, r := lastRune(prev), firstRune(plainOf(text))
	ascii := l < 0x80 && r < 0x80 && l != ' '
	mixed := hard && (l < 0x80) != (r < 0x80) && !cjkPunct(l) && !cjkPunct(r)
	switch {
	case len(last.Runs) == 1 && last.Runs[0].LeadIn == gazette.LeadInArticle:
		text = clauseGap + text // 第一条 alone on its line, its text on the next
	case prev != "" && (ascii || mixed):
		text = " " + text
	}
	// The joined text is read as one line would be: its half-width marks
	// with what precedes them (a mark the break left at a line's start or
	// end), and a plain run again with the text, for a bold the break cut
	// (**加快 / 组织落实。**).
	runs, before := last.Runs, l
	if k := len(runs) - 1; k >= 0 && runs[k] == (gazette.Run{Text: runs[k].Text}) {
		text, runs, before = runs[k].Text+text, runs[:k], 0
	}
	text = fixHalfWidthPunctAfter(before, text)
	last.Runs = mergeRuns(append(runs, parseRuns(text)...))
	s.open = OpenEnded(last.Text())
}

func (b *body) setDisclosure(line int, d string) {
	d = noSpace(d)
	switch d {
	case gazette.DisclosurePublic, gazette.DisclosureOnRequest, gazette.DisclosureNone, gazette.DisclosurePublished:
	default:
		b.p.warn.add(line, "公开属性“%s”不是主动公开、依申请公开、不予公开或公开发布", d)
	}
	b.disclosure = d
	b.cur().ended = true
	b.cur().open = false
}

// attachment starts an attachment at the label on line i and reads its
// title; it returns the last line consumed.
func (b *body) attachment(i, to int, label string) int {
	p := b.p
	if b.cur().open {
		b.interrupted = b.active
	}
	att := &gazette.Attachment{Label: label}
	b.streams = append(b.streams, &stream{att: att})
	b.active = len(b.streams) - 1
	j := i + 1
	for j < to && p.lines[j].blank {
		j++
	}
	if j < to {
		nl := &p.lines[j]
		t := plainOf(p.text(j))
		if !nl.tab && !nl.pipe && nl.comment == "" && numberingOf(t).marker == "" && !isAttachLabel(t) &&
			(nl.hashes > 0 || (runeLen(t) <= 40 && !strings.ContainsAny(t, "。，；：！？") && lastContent(p.lines, j, to) > j)) {
			k := j
			if nl.hashes == 0 {
				k = b.attachTitleRest(j, to, t) // a title over two lines (attach_forms.go)
			}
			att.Title = b.attachTitle(j, k)
			return k
		}
	}
	return i
}

// note reads the attachment note (附件：…) starting on line i, with its
// items on the hard-broken lines after it, and returns the last line
// consumed.
func (b *body) note(i, to int) int {
	p := b.p
	first := strings.TrimSpace(p.text(i))
	if strings.HasPrefix(first, "- ") || strings.HasPrefix(first, "* ") {
		first = strings.TrimSpace(first[2:])
	}
	first = strings.Replace(tidySpaces(first), "附件:", "附件：", 1)
	items := []string{first}
	j := i + 1
	for ; j < to && p.lines[j].hard && !p.lines[j].blank && !p.lines[j].tab && !p.lines[j].pipe; j++ {
		t := tidySpaces(p.text(j))
		if isDisclosure(t) || isAttachLabel(t) {
			break
		}
		if numberingOf(t).level == 3 || numberingOf(t).level == 4 {
			items = append(items, t)
			continue
		}
		last := &items[len(items)-1]
		*last += t
	}
	items, j = b.noteItemsAfterBlanks(items, j, to)
	if len(items) == 1 {
		b.add(gazette.Block{Type: gazette.BlockParagraph, Runs: parseRuns(items[0])}, false)
	} else {
		bl := gazette.Block{Type: gazette.BlockList}
		for _, it := range items {
			bl.Items = append(bl.Items, parseRuns(it))
		}
		b.add(bl, false)
	}
	b.cur().ended = true
	return j - 1
}

// comment handles a gazette comment in the body and returns the last line
// consumed.
func (b *body) comment(i, to int) int {
	p := b.p
	l := &p.lines[i]
	switch l.comment {
	case "break":
		b.cur().open = false
	case "pagebreak":
		b.add(gazette.Block{Type: gazette.BlockPageBreak}, false)
	case "caption":
		b.caption = l.payload
	case "signature":
		j := i + 1
		for j < to && !p.lines[j].blank {
			j++
		}
		b.signature(i+1, j)
		return j - 1
	}
	return i
}

// signature adds the signature on the non-blank lines[from:to] (issuer
// names, then the date, set flush right) and returns the last line
// consumed. A date on its last line is kept for footDate.
func (b *body) signature(from, to int) int {
	p := b.p
	var parts []string
	last := from - 1
	for j := from; j < to; j++ {
		if !p.lines[j].blank {
			parts = append(parts, p.text(j))
			last = j
		}
	}
	if len(parts) == 0 {
		return to - 1
	}
	if t := plainOf(parts[len(parts)-1]); b.active == 0 {
		if _, ok := dateAlone(t); ok {
			b.footText, b.footLine = strings.TrimSpace(t), p.lines[last].n
			b.footIssuers = nil
			for _, s := range parts[:len(parts)-1] {
				if names, ok := issuerLine(plainOf(s)); ok {
					b.footIssuers = append(b.footIssuers, names...)
				}
			}
		}
	}
	b.add(gazette.Block{Type: gazette.BlockSignature, Runs: parseRuns(strings.Join(parts, "\n"))}, false)
	return to - 1
}

// IsNumbered reports whether text starts with a heading number the
// importer reads (一、 （一） 1. （1） 第X章 第X节 第X条).
func IsNumbered(text string) bool { return numberingOf(plainOf(text)).marker != "" }

// isAttachLabel reports whether s is an attachment label line (附件, 附件1).
func isAttachLabel(s string) bool {
	return strings.HasPrefix(s, "附") && len(s) <= 24 && attachLabel.MatchString(noSpace(s))
}
