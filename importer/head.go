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

// head reads the head of the article on lines[from:to] into a — title,
// issuers, 文号, date, addressee or subtitle — and returns the first line
// of the body, with any blocks that must open the body (the text of a date
// the head could not read, kept so nothing is lost).
func (p *parser) head(a *gazette.Article, from, to int, confirm func(l, r string) bool) (int, []gazette.Block) {
	next := func(i int) int {
		for i < to && p.headSkip(i) {
			i++
		}
		return i
	}
	var kept []gazette.Block
	i, end := next(from), from
	consume := func(j int) { i, end = next(j+1), j+1 }
	// The 版头, when the 文号 comes before the title.
	docFirst := false
	noted := false // a 题注 under the title: no addressee follows (see docstart.go)
	var signIssuers []string
	if j, ok := p.bannerEnd(i, to, next); ok {
		for x := i; x < j; x = next(x + 1) {
			signIssuers = append(signIssuers, p.bannerLine(x)...)
		}
		kept = p.docLineInto(a, j, kept)
		consume(j)
		kept = p.dateUnderDocNumber(a, i, to, kept, consume)
		docFirst = true
	}
	// The title: the "#" lines; or, in plain text, the lines before a 文号
	// line close below (or, after the 版头, the title-like lines).
	var parts []int
	for i < to && p.titleHash(i) {
		parts = append(parts, i)
		consume(i)
	}
	if len(parts) == 0 && i < to {
		if docFirst {
			var sofar string
			for k := 0; i < to && k < 3 && p.titleLike(i) && !endsWithGenre(sofar); k++ {
				if k > 0 && lastContent(p.lines, i+1, to) < 0 {
					break // the last line is the body, not the title's end
				}
				parts = append(parts, i)
				sofar += noSpace(plainOf(p.text(i)))
				consume(i)
			}
		} else {
			for j, k := i, 0; j < to && k < 4; j, k = next(j+1), k+1 {
				if isDocLine(plainOf(p.text(j))) || (k > 0 && p.noteLine(j)) {
					for x := i; x < j; x = next(x + 1) {
						parts = append(parts, x)
					}
					i, end = j, j
					break
				}
			}
			if len(parts) == 0 && !p.lines[i].tab && !p.lines[i].pipe && p.lines[i].comment == "" &&
				runeLen(p.lines[i].text) <= 80 && !endsSentence(p.lines[i].text) {
				parts = append(parts, i)
				consume(i)
			}
		}
	}
	var titleText []string
	for x, j := range parts {
		t := plainOf(p.text(j))
		if x == 0 && len(parts) > 1 {
			if names, ok := issuerLine(t); ok && len(names) == 1 && !strings.Contains(t, "关于") {
				a.Issuers = names
			}
		}
		titleText = append(titleText, t)
	}
	a.Title = squeezeSpaces(strings.Join(titleText, " "), confirm)
	a.TitleLines = issuerTitleLines(titleText, a.Title, confirm)
	if len(a.Issuers) == 0 && len(signIssuers) > 0 {
		a.Issuers = signIssuers
	}
	// 文号 and date, or a date alone.
	if i < to && p.lines[i].comment == "" {
		t := tidySpaces(plainOf(p.text(i)))
		if !docFirst && isDocLine(t) {
			kept = p.docLineInto(a, i, kept)
			consume(i)
			kept = p.dateUnderDocNumber(a, i, to, kept, consume)
		} else if !docFirst && a.DocNumber == "" && orderTitle(noSpace(a.Title)) && isOrderNumber(t) {
			head := noSpace(a.Title)
			a.DocNumber, _ = fullWidthDigits(head + noSpace(t)) // 机关令 and 令号, GB/T 9704-2012 §10.2
			a.Issuers = []string{orderIssuer(head)}
			consume(i)
		} else if n := noticeNumber(t); !docFirst && n != "" && a.DocNumber == "" && noticeTitle(noSpace(a.Title)) {
			head := noSpace(a.Title)
			a.DocNumber = head + n // the announcement and its number, as a 目录 lists it (see docstart.go)
			a.Issuers = []string{strings.TrimSuffix(head, "公告")}
			p.keepRestAs(p.lines[i].n, p.lines[i].text, ReasonDocLine, n)
			consume(i)
		} else if iso, ok := dateAlone(t); ok && a.Date == "" {
			kept = p.headDate(a, i, t, iso, kept)
			consume(i)
		} else if note, iso, ok := adoptionNote(t); ok && a.DocNumber == "" && a.Date == "" {
			a.Subtitle, a.Date, noted = note, iso, true
			a.DocNumber = noteOrder(note)
			if note != t {
				p.warn.add(p.lines[i].n, "题注“%s”的括号改为全角", t)
			}
			consume(i)
		}
	}
	// Issuer lines, then the addressee.
	var issuers []string
	var issuerAt []int
	for i < to && p.plainLine(i) {
		names, ok := issuerLine(plainOf(p.text(i)))
		if !ok {
			break
		}
		if lastContent(p.lines, i+1, to) < 0 {
			break // nothing follows: the organ signs the body, it does not head it
		}
		issuers = append(issuers, names...)
		issuerAt = append(issuerAt, i)
		consume(i)
	}
	if len(issuers) > 0 {
		a.Issuers = issuers
		if len(issuers) == 1 && strings.HasPrefix(noSpace(a.Title), issuers[0]) {
			for _, j := range issuerAt { // a single organ already opens the title: not printed again
				p.remove(p.lines[j].n, p.lines[j].text, ReasonIssuer)
			}
		}
	}
	if i < to && p.plainLine(i) {
		t := tidySpaces(plainOf(p.text(i)))
		switch {
		case !noted && (a.DocNumber != "" || a.Date != "") && (strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) && strings.TrimRight(t, "：:") != "" &&
			!strings.Contains(t, "。") && runeLen(t) <= 200 && numberingOf(t).marker == "" && !notAddressee.MatchString(t):
			a.Addressee = strings.TrimRight(t, "：:")
			consume(i)
		case a.DocNumber == "" && a.Date == "" && (runeLen(t) <= 16 && !strings.ContainsAny(t, "，。：；！？、,.:;!?") || dashSubtitle(t)) &&
			numberingOf(t).marker == "" && !isAttachLabel(t):
			if j := next(i + 1); j < to && !p.lines[j].tab && !p.lines[j].pipe {
				a.Subtitle = t
				consume(i)
			}
		}
	}
	if len(a.Issuers) == 0 {
		a.Issuers = issuersFromTitle(a.Title)
	}
	if len(a.Issuers) == 0 && noted {
		a.Issuers = issuerOpeningTitle(a.Title)
	}
	return end, kept
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
	if runeLen(t) > 80 || strings.ContainsAny(t, "。；！？") || numberingOf(t).marker != "" || isAttachLabel(t) || isDocLine(t) {
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
// "mark" for 密级 and 紧急程度, "sign" for a 发文机关标志 (issuer names,
// optionally followed by 文件), or "".
func bannerKind(t string) string {
	if t == "" {
		return ""
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

// dateOnce lists the head's date as removed when the signature at the
// foot prints it: a date is printed once (GB/T 9704-2012 §7.3.5 puts the
// 成文日期 under the signature).
func (p *parser) dateOnce(a *gazette.Article) {
	if p.headDateText != "" && a.Date != "" && signatureDated(a.Blocks, a.DateLabel()) {
		p.remove(p.headDateLine, p.headDateText, ReasonDateTwice)
	}
	p.headDateLine, p.headDateText = 0, ""
}

// footSignature finds the signature at the foot of the body on
// lines[from:to] (GB/T 9704-2012 §7.3.5): a date alone on a line among the
// last four lines before the attachments, with the issuer lines just above
// it. It returns the signature's first and last lines, or -1, -1.
func (p *parser) footSignature(from, to int) (int, int) {
	if s, x := p.innerSignature(from, to); s >= 0 {
		return s, x
	}
	end := to
	for x := from; x < to; x++ {
		if p.plainLine(x) && !p.lines[x].blank && (isAttachLabel(p.lines[x].text) || signatureEnd(p.lines[x].text)) || p.titleAfterDate(x) {
			end = x
			break
		}
	}
	after := 0
	for x := end - 1; x >= from && after <= 3; x-- {
		l := &p.lines[x]
		if l.blank || l.comment != "" {
			continue
		}
		if !p.plainLine(x) {
			return -1, -1
		}
		t := tidySpaces(plainOf(p.text(x)))
		if _, ok := dateAlone(t); !ok {
			after++
			continue
		}
		s := x
		for y, k := x-1, 0; y >= from && k < 3; y-- {
			if p.lines[y].blank {
				continue
			}
			if !p.plainLine(y) {
				if p.lines[y].comment == "signature" {
					return -1, -1 // marked already
				}
				break
			}
			if _, ok := issuerLine(plainOf(p.text(y))); !ok && !signerLine(tidySpaces(plainOf(p.text(y)))) {
				break
			}
			s, k = y, k+1
		}
		if lastContent(p.lines, from, s) < 0 {
			return -1, -1 // nothing but the signature: no body
		}
		return s, x
	}
	return -1, -1
}

// innerSignature finds the signature of a document that carries another
// text after it (a 印发/转发 notice, GB/T 9704-2012 §7.3.5 and §8.1): the
// first line that is a date alone, with one to three issuer lines right
// above it and a body before them, followed by the end, a note in
// brackets (（本文有删减）), a disclosure note, an attachment label or a
// title. The signature of the carried text, further on, is its own.
func (p *parser) innerSignature(from, to int) (int, int) {
	for x := from; x < to; x++ {
		if p.lines[x].blank || !p.plainLine(x) {
			continue
		}
		if _, ok := dateAlone(tidySpaces(plainOf(p.text(x)))); !ok {
			continue
		}
		s, k := x, 0
		for y := x - 1; y >= from && k < 3; y-- {
			if p.lines[y].blank {
				continue
			}
			if p.lines[y].comment == "signature" {
				return -1, -1 // marked already
			}
			if !p.plainLine(y) {
				break
			}
			if _, ok := issuerLine(plainOf(p.text(y))); !ok && !signerLine(tidySpaces(plainOf(p.text(y)))) {
				break
			}
			s, k = y, k+1
		}
		if k == 0 || lastContent(p.lines, from, s) < 0 {
			continue
		}
		nx := x + 1
		for nx < to && p.lines[nx].blank {
			nx++
		}
		if nx >= to {
			return s, x
		}
		t := tidySpaces(plainOf(p.text(nx)))
		if p.lines[nx].hashes > 0 || bracketNote(t) || isDisclosure(t) || isAttachLabel(t) || isAttachNote(t) || p.titleLike(nx) {
			return s, x
		}
	}
	return -1, -1
}

// bracketNote reports whether t is a short note wholly in brackets:
// （本文有删减）, （此件公开发布）.
func bracketNote(t string) bool {
	return runeLen(t) <= 40 && (strings.HasPrefix(t, "（") && strings.HasSuffix(t, "）") || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")"))
}

// footDate sets the article's date from the date of its signature when
// the head has none, and its issuers from the signature's names when
// neither the head nor the title name them; it reports a signature date
// that is no real date or differs from the head's.
func (p *parser) footDate(a *gazette.Article, b *body) {
	if b.footText == "" {
		return
	}
	if len(a.Issuers) == 0 {
		a.Issuers = b.footIssuers
	}
	iso, _ := dateAlone(b.footText)
	switch {
	case iso == "":
		p.warn.add(b.footLine, "文末日期“%s”不是有效日期，未作为成文日期", b.footText)
	case a.Date == "":
		a.Date = iso
	case a.Date != iso:
		p.warn.guess(b.footLine, "文末日期“%s”与文号行的日期“%s”不一致，采用后者", b.footText, a.DateLabel())
	}
}

// prevContent returns the last non-blank line before i, or -1.
func (p *parser) prevContent(i int) int {
	for j := i - 1; j >= 0; j-- {
		if !p.lines[j].blank {
			return j
		}
	}
	return -1
}

// titleStart returns the first line of the title above the 文号 line i, in
// a whole issue's text: the "#" lines just above it; or, in plain text,
// the line just above it and up to two title-like lines above that, which
// an extraction broke off the same title (a line that ends a sentence,
// ends with a 文种, or holds a colon belongs to what comes before).
func (p *parser) titleStart(i int) int {
	t := i
	for j, k := i-1, 0; j >= 0 && k < 3; j-- {
		if p.lines[j].blank {
			continue
		}
		if p.lines[j].hashes == 0 || numberingOf(p.lines[j].text).marker != "" {
			break
		}
		t, k = j, k+1
	}
	if t != i {
		return t
	}
	if t = p.prevContent(i); t < 0 || p.tocBar[t] {
		return i
	}
	for j, k := t-1, 0; j >= 0 && k < 2; j-- {
		if p.lines[j].blank {
			continue
		}
		s := tidySpaces(plainOf(p.text(j)))
		if p.tocBar[j] || !p.titleLike(j) || endsSentence(s) || endsWithGenre(noSpace(s)) || strings.ContainsAny(s, "：:") ||
			runeLen(s) > 40 || mastheadKind(noSpace(s)) != "" || sloganLike(s) {
			break
		}
		t, k = j, k+1
	}
	return t
}

// docStart returns the first line of a document whose 文号 line i comes
// before its title, in a whole issue's text: the 版头 lines above the 文号
// (or the 文号 line itself) when the line above is a 版头 line or cannot be
// a title, and a title follows. It returns -1 for a title-first document.
func (p *parser) docStart(i int) int {
	below := i + 1
	for below < len(p.lines) && p.headSkip(below) {
		below++
	}
	if below >= len(p.lines) || !(p.titleHash(below) || p.titleLike(below)) {
		return -1
	}
	above := p.prevContent(i)
	if above >= 0 && p.tocBar[above] {
		return i // the 目录 above: the 文号 line opens the document
	}
	if above >= 0 && p.lines[above].comment == "" && bannerKind(tidySpaces(plainOf(p.text(above)))) == "" {
		s := tidySpaces(plainOf(p.text(above)))
		if p.titleHash(above) || (p.titleLike(above) && (!endsSentence(s) || endsWithGenre(noSpace(s)))) {
			return -1
		}
		return i
	}
	t := i
	for j, k := above, 0; j >= 0 && k < 4; j, k = p.prevContent(j), k+1 {
		if p.lines[j].comment != "" || bannerKind(tidySpaces(plainOf(p.text(j)))) == "" {
			break
		}
		t = j
	}
	return t
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
	if !(strings.HasSuffix(inner, "通过") || strings.HasSuffix(inner, "批准") || strings.Contains(inner, "会议通过")) {
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
