package importer

import (
	"regexp"
	"strings"

	"gazette/gazette"
)

// The head of a document (GB/T 9704-2012 §7.2, §7.3.1–7.3.2) comes in two
// orders. A gazette prints the title first, the 文号 and 成文日期 on one
// line under it:
//
//	景德镇市人民政府
//	关于……的决定
//	景府字〔2020〕30号 2020年7月21日
//	各县（市、区）人民政府，……：
//
// A document as issued (a .docx or its text) has the 版头 first — 份号,
// 密级, 紧急程度, the 发文机关标志 (景德镇市人民政府文件), the 文号 (with 签发人 in
// an upward document) — then the title, the addressee, the body, and the
// signature with the 成文日期 at the foot:
//
//	景德镇市人民政府文件
//	景府字〔2020〕30号
//	关于……的决定
//	各县（市、区）人民政府，……：
//	……
//	景德镇市人民政府
//	2020年7月21日
//
// head reads either order; footSignature and footDate read the foot.

// headSkip reports whether the head reader passes over line i: a blank
// line, or a gazette comment other than a signature or a table caption (a
// break or page break between head lines means nothing there).
func (p *parser) headSkip(i int) bool {
	l := &p.lines[i]
	return l.blank || (l.comment != "" && l.comment != "signature" && l.comment != "caption")
}

// headReader reads the head of one document (stage 5 of the importer,
// after segmentation): i is the next line to look at, end the line after
// the last one taken, kept the blocks that must open the body.
type headReader struct {
	p        *parser
	a        *gazette.Article
	to       int
	i, end   int
	kept     []gazette.Block
	confirm  func(l, r string) bool
	docFirst bool // the 版头 and 文号 came before the title
	noted    bool // a 题注 under the title: no addressee follows (see docstart.go)
	spoken   bool // a speech's dated note: a speech has no issuer (head_speech.go)
}

// next returns the first line from i the head reader does not pass over.
func (h *headReader) next(i int) int {
	for i < h.to && h.p.headSkip(i) {
		i++
	}
	return i
}

// consume takes line j into the head.
func (h *headReader) consume(j int) { h.i, h.end = h.next(j+1), j+1 }

// head reads the head of the article on lines[from:to] into a — title,
// issuers, 文号, date, addressee or subtitle — and returns the first line
// of the body, with any blocks that must open the body (the text of a date
// the head could not read, kept so nothing is lost).
func (p *parser) head(a *gazette.Article, from, to int, confirm func(l, r string) bool) (int, []gazette.Block) {
	h := &headReader{p: p, a: a, to: to, end: from, confirm: confirm}
	h.i = h.next(from)
	signIssuers := h.banner()
	h.title(h.titleLines())
	if len(a.Issuers) == 0 && len(signIssuers) > 0 {
		a.Issuers = signIssuers
	}
	h.docLine()
	h.speech() // head_speech.go
	h.issuerLines()
	h.addresseeOrSubtitle()
	if len(a.Issuers) == 0 {
		a.Issuers = issuersFromTitle(a.Title)
	}
	if len(a.Issuers) == 0 && h.noted && !h.spoken {
		a.Issuers = issuerOpeningTitle(a.Title)
	}
	return h.end, h.kept
}

// banner reads the 版头, when the 文号 comes before the title, and returns
// the issuers its 发文机关标志 names.
func (h *headReader) banner() []string {
	j, ok := h.p.bannerEnd(h.i, h.to, h.next)
	if !ok {
		return nil
	}
	var signIssuers []string
	for x := h.i; x < j; x = h.next(x + 1) {
		signIssuers = append(signIssuers, h.p.bannerLine(x)...)
	}
	h.kept = h.p.docLineInto(h.a, j, h.kept)
	h.consume(j)
	h.kept = h.p.dateUnderDocNumber(h.a, h.i, h.to, h.kept, h.consume)
	if k := h.p.skipSigners(h.i, h.to, h.next); k != h.i {
		h.i, h.end = k, k // head_signer.go
	}
	h.docFirst = true
	return signIssuers
}

// titleLines takes the title's lines: the "#" lines; or, in plain text,
// the lines before a 文号 line close below (or, after the 版头, the
// title-like lines).
func (h *headReader) titleLines() []int {
	var parts []int
	for h.i < h.to && h.p.titleHash(h.i) {
		parts = append(parts, h.i)
		h.consume(h.i)
	}
	switch {
	case len(parts) > 0 || h.i >= h.to:
		return parts
	case h.docFirst:
		return h.titleAfterBanner()
	}
	return h.titleAboveDocLine()
}

// titleAfterBanner takes up to three title-like lines after the 版头, up to
// one that ends with a 文种.
func (h *headReader) titleAfterBanner() []int {
	p := h.p
	var parts []int
	var sofar string
	for k := 0; h.i < h.to && k < 3 && p.titleLike(h.i) && !endsWithGenre(sofar); k++ {
		if k > 0 && lastContent(p.lines, h.i+1, h.to) < 0 {
			break // the last line is the body, not the title's end
		}
		parts = append(parts, h.i)
		sofar += noSpace(plainOf(p.text(h.i)))
		h.consume(h.i)
	}
	return parts
}

// titleAboveDocLine takes the lines above a 文号 line among the next four,
// or else the first line (the 文号 line itself when it comes first) if it
// may be a title (short, no sentence's end).
func (h *headReader) titleAboveDocLine() []int {
	p := h.p
	var parts []int
	for j, k := h.i, 0; j < h.to && k < 4; j, k = h.next(j+1), k+1 {
		if isDocLine(plainOf(p.text(j))) || (k > 0 && p.noteLine(j)) {
			for x := h.i; x < j; x = h.next(x + 1) {
				parts = append(parts, x)
			}
			h.i, h.end = j, j
			if len(parts) > 0 {
				return parts
			}
			break // the 文号 line first: the line below is tried as the title
		}
	}
	l := &p.lines[h.i]
	if !l.tab && !l.pipe && l.comment == "" && runeLen(l.text) <= 80 && !endsSentence(l.text) {
		parts = append(parts, h.i)
		h.consume(h.i)
	}
	return parts
}

// title sets the article's title (and its lines, and an issuer alone on
// the first of several lines) from the title lines parts.
func (h *headReader) title(parts []int) {
	a := h.a
	var titleText []string
	for x, j := range parts {
		t := plainOf(h.p.text(j))
		if x == 0 && len(parts) > 1 {
			if names, ok := issuerLine(t); ok && len(names) == 1 && !strings.Contains(t, "关于") {
				a.Issuers = names
			}
		}
		titleText = append(titleText, t)
	}
	confirm := h.confirm
	if letterSpaced(strings.Join(titleText, " ")) {
		confirm = nil // 几 个 问 题 的 通 知: no space is kept (spacing.go)
	}
	a.Title = squeezeSpaces(strings.Join(titleText, " "), confirm)
	a.TitleLines = issuerTitleLines(titleText, a.Title, confirm)
}

// docLine reads the line under the title: the 文号 and date, a 令号, a
// date alone, a numbered 公告's number, or a 人大 题注.
func (h *headReader) docLine() {
	p, a, i := h.p, h.a, h.i
	if i >= h.to || p.lines[i].comment != "" {
		return
	}
	t := tidySpaces(plainOf(p.text(i)))
	if !h.docFirst && isDocLine(t) {
		h.kept = p.docLineInto(a, i, h.kept)
		h.consume(i)
		h.kept = p.dateUnderDocNumber(a, h.i, h.to, h.kept, h.consume)
		return
	}
	if !h.docFirst && a.DocNumber == "" && orderTitle(noSpace(a.Title)) && isOrderNumber(t) {
		head := noSpace(a.Title)
		a.DocNumber, _ = fullWidthDigits(head + noSpace(t)) // 机关令 and 令号, GB/T 9704-2012 §10.2
		a.Issuers = []string{orderIssuer(head)}
		h.consume(i)
		return
	}
	if n := noticeNumber(t); !h.docFirst && n != "" && a.DocNumber == "" && noticeTitle(noSpace(a.Title)) {
		head := noSpace(a.Title)
		a.DocNumber = head + n // the announcement and its number, as a 目录 lists it (see docstart.go)
		a.Issuers = []string{strings.TrimSuffix(head, "公告")}
		p.keepRestAs(p.lines[i].n, p.lines[i].text, ReasonDocLine, n)
		h.consume(i)
		return
	}
	if iso, ok := dateAlone(t); ok && a.Date == "" {
		h.kept = p.headDate(a, i, t, iso, h.kept)
		h.consume(i)
		return
	}
	if note, iso, ok := adoptionNote(t); ok && a.DocNumber == "" && a.Date == "" {
		a.Subtitle, a.Date, h.noted = note, iso, true
		a.DocNumber = noteOrder(note)
		h.published(note) // note_published.go
		if note != t {
			p.warn.add(p.lines[i].n, "题注“%s”的括号改为全角", t)
		}
		h.consume(i)
	}
}

// issuerLines reads issuer lines under the head's first lines; a single
// organ that already opens the title is listed as removed (not printed
// again).
func (h *headReader) issuerLines() {
	p := h.p
	var issuers []string
	var issuerAt []int
	for h.i < h.to && p.plainLine(h.i) {
		names, ok := issuerLine(plainOf(p.text(h.i)))
		if !ok || lastContent(p.lines, h.i+1, h.to) < 0 {
			break // nothing follows: the organ signs the body, it does not head it
		}
		issuers = append(issuers, names...)
		issuerAt = append(issuerAt, h.i)
		h.consume(h.i)
	}
	if len(issuers) == 0 {
		return
	}
	h.a.Issuers = issuers
	if len(issuers) == 1 && strings.HasPrefix(noSpace(h.a.Title), issuers[0]) {
		for _, j := range issuerAt {
			p.remove(p.lines[j].n, p.lines[j].text, ReasonIssuer)
		}
	}
}

// addresseeOrSubtitle reads the addressee (主送机关, a line ending in a
// colon) of a document with a 文号 or date, or the subtitle (刘锋主持) of
// an item without.
func (h *headReader) addresseeOrSubtitle() {
	p, a, i := h.p, h.a, h.i
	if i >= h.to || !p.plainLine(i) {
		return
	}
	t := tidySpaces(plainOf(p.text(i)))
	switch {
	case !h.noted && (a.DocNumber != "" || a.Date != "") && addresseeLine(t):
		a.Addressee = strings.TrimRight(t, "：:")
		h.consume(i)
	case !h.noted && (a.DocNumber != "" || a.Date != "") && h.wrappedTo(i) > i: // addressee_wrap.go
		k := h.wrappedTo(i)
		a.Addressee, _ = h.wrappedAddressee(i)
		h.consume(k)
	case a.DocNumber == "" && a.Date == "" && subtitleLine(t):
		if j := h.next(i + 1); j < h.to && !p.lines[j].tab && !p.lines[j].pipe {
			a.Subtitle = t
			h.consume(i)
		}
	}
}

// addresseeLine reports whether t reads as an addressee line: it ends in
// one colon (the addressee is read without it, the page prints one: a
// second would be lost), holds no full stop, no numbering, and starts no
// sentence.
func addresseeLine(t string) bool {
	k := strings.TrimRight(t, "：:")
	return (strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) && k != "" && runeLen(t)-runeLen(k) == 1 &&
		!strings.Contains(t, "。") && runeLen(t) <= 200 && numberingOf(t).marker == "" && !notAddressee.MatchString(t)
}

// subtitleLine reports whether t may be a news item's subtitle: short, no
// punctuation (or a dash subtitle, ——…会议上), no numbering, no attachment
// label.
func subtitleLine(t string) bool {
	return (runeLen(t) <= 16 && !strings.ContainsAny(t, "，。：；！？、,.:;!?") || dashSubtitle(t)) &&
		numberingOf(t).marker == "" && !isAttachLabel(t)
}

// issuerTitleLines returns a title's lines when its source prints the
// issuing organ(s) on a line of their own above the 事由 (a line of its own,
// or a space where the printed line broke, right before 关于):
// [景德镇市人民政府, 关于授予…的决定]. The layout sets that line apart
// (house style: Song Bold 16). Otherwise nil: the title is set balanced.
func issuerTitleLines(parts []string, title string, confirm func(left, right string) bool) []string {
	raw := strings.Join(parts, " ")
	k := strings.Index(raw, "关于")
	if k <= 0 || strings.TrimRight(raw[:k], " \t\u3000") == raw[:k] {
		return nil // no title before 关于, or no break right before it
	}
	head := squeezeSpaces(raw[:k], confirm)
	rest, ok := strings.CutPrefix(title, head)
	if !ok || !strings.HasPrefix(rest, "关于") || issuersFromTitle(head+"关于") == nil {
		return nil
	}
	return []string{head, rest}
}

// plainLine reports whether line i is a plain text line: not a table row,
// a "#" line or a comment.
func (p *parser) plainLine(i int) bool {
	l := &p.lines[i]
	return !l.tab && !l.pipe && l.hashes == 0 && l.comment == ""
}

// titleHash reports whether line i is a "#" line of a title: without
// numbering, not an attachment label.
func (p *parser) titleHash(i int) bool {
	l := &p.lines[i]
	return l.hashes > 0 && numberingOf(l.text).marker == "" && !isAttachLabel(l.text)
}

// titleLike reports whether plain line i may be (part of) a title after
// the 版头: a short line without numbering and without a sentence's
// punctuation, not a date, 文号, attachment label or addressee.
func (p *parser) titleLike(i int) bool {
	if !p.plainLine(i) {
		return false
	}
	t := tidySpaces(plainOf(p.text(i)))
	if runeLen(t) > 80 || strings.ContainsAny(t, "。；！？") || numberingOf(t).marker != "" || isAttachLabel(t) || isDocLine(t) || signerText(t) || gazette.RecordLine(t) {
		return false
	}
	if _, ok := dateAlone(t); ok {
		return false
	}
	switch lastRune(t) {
	case '：', ':', '，', '、', '…':
		return false
	}
	return true
}

// genres are the kinds of document (文种) a title ends with (GB/T 9704-2012
// §7.3.1: 标题由发文机关名称、事由和文种组成; 《党政机关公文处理工作条例》第八条).
var genres = []string{"决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复",
	"议案", "函", "纪要", "办法", "规定", "细则", "方案", "规划", "条例", "规则", "制度", "计划", "要点", "公示"}

// endsWithGenre reports whether a title ends with a 文种 (possibly followed
// by a bracketed note such as （试行）).
func endsWithGenre(t string) bool {
	if t == "" {
		return false
	}
	if k := strings.LastIndexAny(t, "（("); k > 0 && (strings.HasSuffix(t, "）") || strings.HasSuffix(t, ")")) {
		t = t[:k]
	}
	for _, g := range genres {
		if strings.HasSuffix(t, g) {
			return true
		}
	}
	return false
}

// bannerEnd reports whether the head starting at line i puts the 文号 before
// the title: a 文号 line among the first five lines, with only 版头 lines
// (份号, 密级, 紧急程度, 发文机关标志) above it. It returns the 文号 line.
func (p *parser) bannerEnd(i, to int, next func(int) int) (int, bool) {
	for k := 0; i < to && k < 5; i, k = next(i+1), k+1 {
		l := &p.lines[i]
		if l.tab || l.pipe || l.comment != "" {
			return 0, false
		}
		t := tidySpaces(plainOf(p.text(i)))
		if d, _ := splitSigner(t); isDocLine(d) {
			return i, true
		}
		if bannerKind(t) == "" {
			return 0, false
		}
	}
	return 0, false
}

// bannerKind names a 版头 line (GB/T 9704-2012 §7.2): "copy" for a 份号,
// "mark" for 密级 and 紧急程度, "signer" for a 签发人 line, "sign" for a 发文机关标志 (issuer names,
// optionally followed by 文件), or "".
func bannerKind(t string) string {
	if t == "" {
		return ""
	}
	if signerText(t) {
		return "signer" // head_signer.go
	}
	if len(t) <= 8 && strings.Trim(t, "0123456789") == "" {
		return "copy"
	}
	marks := true
	for _, f := range strings.Fields(t) {
		switch {
		case f == "特急" || f == "加急" || f == "平急" || f == "特提":
		case strings.HasPrefix(f, "绝密") || strings.HasPrefix(f, "机密") || strings.HasPrefix(f, "秘密"):
		default:
			marks = false
		}
	}
	if marks {
		return "mark"
	}
	if strings.Contains(t, "关于") {
		return ""
	}
	if _, ok := issuerLine(strings.TrimSuffix(t, "文件")); ok {
		return "sign"
	}
	return ""
}

// bannerLine reads 版头 line i: a 发文机关标志 gives the issuers; what the
// article has no field for is reported.
func (p *parser) bannerLine(i int) []string {
	t := tidySpaces(plainOf(p.text(i)))
	switch bannerKind(t) {
	case "signer":
		p.skipSigners(i, i+1, func(k int) int { return k })
	case "sign":
		// The gazette prints no 版头: the editor is told where its line went.
		names, _ := issuerLine(strings.TrimSuffix(t, "文件"))
		p.warn.add(p.lines[i].n, "发文机关标志“%s”读作发文机关“%s”", t, strings.Join(names, " "))
		p.remove(p.lines[i].n, p.lines[i].text, ReasonBanner)
		return names
	default:
		p.warn.add(p.lines[i].n, "版头中的份号、密级或紧急程度“%s”未导入", t)
		p.remove(p.lines[i].n, p.lines[i].text, ReasonBanner)
	}
	return nil
}

// splitSigner splits "景府字〔2020〕30号 签发人：张三" into the 文号 and the
// 签发人 part (GB/T 9704-2012 §7.2.4).
func splitSigner(t string) (string, string) {
	k := strings.Index(t, "签发人")
	if k < 0 {
		return t, ""
	}
	return strings.TrimSpace(t[:k]), strings.TrimSpace(t[k:])
}

// docLineInto reads the 文号 line i into a. A date on it that is no real
// date (2020年2月30日) is reported and its text kept as a paragraph that
// opens the body; a 签发人 is reported.
func (p *parser) docLineInto(a *gazette.Article, i int, kept []gazette.Block) []gazette.Block {
	t, signer := splitSigner(docLineText(tidySpaces(plainOf(p.text(i)))))
	if signer != "" {
		p.warn.add(p.lines[i].n, "文号行中的“%s”未导入", signer)
		p.remove(p.lines[i].n, signer, ReasonBanner)
	}
	m := docLine.FindStringSubmatch(t)
	if m == nil { // the callers test the line first: kept, should they not
		return append(kept, gazette.Block{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: t}}})
	}
	a.DocNumber = noSpace(m[1])
	date := strings.TrimSpace(t[len(m[1]):])
	p.keepRestAs(p.lines[i].n, p.lines[i].text, ReasonDocLine, a.DocNumber, date, signer)
	if m[2] == "" {
		return kept
	}
	if iso := isoDate(m[2], m[3], m[4]); iso != "" {
		a.Date = iso
		p.dateForm(p.lines[i].n, date, iso)
		return kept
	}
	p.warn.add(p.lines[i].n, "文号行“%s”中的日期“%s”不是有效日期，未作为成文日期，已作为正文保留，请改正", t, date)
	return append(kept, gazette.Block{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: date}}})
}

// headDate reads a date alone on head line i (text t, iso its reading).
func (p *parser) headDate(a *gazette.Article, i int, t, iso string, kept []gazette.Block) []gazette.Block {
	n := p.lines[i].n
	switch {
	case iso == "":
		p.warn.add(n, "日期“%s”不是有效日期，未作为成文日期，已作为正文保留，请改正", t)
		return append(kept, gazette.Block{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: t}}})
	case !inFigures(t):
		p.warn.add(n, "成文日期“%s”改用阿拉伯数字（GB/T 9704-2012 §7.3.5）", t)
	}
	a.Date = iso
	p.dateForm(n, t, iso)
	return kept
}

// dateForm records the text of a head date that is printed in another
// form (汉字数字, a leading zero: 2020年07月21日 is printed 2020年7月21日),
// so the editor sees what the source said.
func (p *parser) dateForm(n int, text, iso string) {
	p.headDateLine, p.headDateText = n, text
	if noSpace(text) != gazette.DateLabel(iso) {
		p.remove(n, text, ReasonDateFigures)
		p.headDateText = ""
	}
}

// adoptionRe finds the date in a 题注: 2023年5月31日, 二〇二三年五月三十一日.
var adoptionRe = regexp.MustCompile(`([0-9〇○零一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日`)

// adoptionNote reads the 题注 under the title of a decision or rules
// adopted by a people's congress, its standing committee or a government
// meeting — （2023年5月31日某市第十六届人民代表大会常务委员会第十二次会议通过）
// — into the note as printed (full-width brackets, GB/T 15834 §4.5) and the
// date of adoption, the document's date.
func adoptionNote(t string) (string, string, bool) {
	if runeLen(t) > 200 || !(strings.HasPrefix(t, "（") || strings.HasPrefix(t, "(")) || !(strings.HasSuffix(t, "）") || strings.HasSuffix(t, ")")) {
		return "", "", false
	}
	inner := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(t, "（"), "("), "）"), ")")
	if !(strings.HasSuffix(inner, "通过") || strings.HasSuffix(inner, "批准") || strings.Contains(inner, "会议通过") || datedNote(inner)) {
		return "", "", false
	}
	m := adoptionRe.FindStringSubmatch(inner)
	if m == nil {
		return "", "", false
	}
	iso := isoDate(m[1], m[2], m[3])
	if iso == "" {
		return "", "", false
	}
	return "（" + inner + "）", iso, true
}
