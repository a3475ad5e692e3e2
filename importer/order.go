package importer

import (
	"gazette/gazette"

	"regexp"
	"strings"
)

// A government order (令, GB/T 9704-2012 §10.2) has no 文号 line: its head
// is the 发文机关标志 "某某区人民政府令" and, on a line of its own, the 令号
// "第3号"; the order is signed by the head of the body (区长　张三, 总理　李克强)
// above its date, and the rules it publishes (条例、办法、规定) follow with
// their title. The article's DocNumber is the head and the 令号 together
// (中华人民共和国国务院令第707号), as a gazette's 目录 and the State Council's
// own listing give it; its Title is the published rules' title (the 令's
// head when it publishes none); its issuer the body.

// orderNumber matches a 令号 alone on its line: 第3号, 第 12 号, 第三号.
var orderNumber = regexp.MustCompile(`^第\s*[0-9一二三四五六七八九十百〇零]{1,6}\s*号$`)

// isOrderNumber reports whether line text s is a 令号 alone (see
// orderNumber), in full-width figures too (第３号), as the text may still
// hold them where it is read before its lines are normalised.
func isOrderNumber(s string) bool {
	s, _ = fullWidthDigits(noSpace(s))
	return orderNumber.MatchString(s)
}

// orderTitle reports whether t (without spaces) is the head of an order:
// a body's name followed by 令 (某某区人民政府令), not a sentence.
func orderTitle(t string) bool {
	return strings.HasSuffix(t, "令") && runeLen(t) <= 30 && orgName(strings.TrimSuffix(t, "令"))
}

// orderNumberAt reports whether line i is the 令号 of an order: 第N号
// alone, the content line above it an order's head.
func (p *parser) orderNumberAt(i int) bool {
	l := &p.lines[i]
	if l.blank || l.tab || l.pipe || l.comment != "" || !isOrderNumber(l.text) {
		return false
	}
	above := p.prevContent(i)
	return above >= 0 && orderTitle(noSpace(plainOf(p.lines[above].text)))
}

// tocOrderEntry matches a TOC entry of an order, in either shape a 目录
// gives it: the head with the 令号 in brackets, then the rules' title
// (某某区人民政府令（第3号）, 中华人民共和国国务院令（第706号）专利代理条例); or the
// rules' title, then head and 令号 in brackets (…实施条例（中华人民共和国国务院令第707号）).
var tocOrderEntry = regexp.MustCompile(`^(.*?)\s*[（(]\s*(\S*?(?:令|公告))?\s*(第\s*[0-9０-９一二三四五六七八九十百〇零]{1,6}\s*号)\s*[）)]\s*(.*)$`)

// tocOrder reads an order's TOC entry into its DocNumber (head and 令号)
// and its title (the rules', "" when the entry names only the order).
func tocOrder(entry string) (docNumber, title string, ok bool) {
	m := tocOrderEntry.FindStringSubmatch(entry)
	if m == nil {
		return "", "", false
	}
	before, head, number, after := noSpace(m[1]), noSpace(m[2]), noSpace(m[3]), noSpace(m[4])
	number, _ = fullWidthDigits(number)
	switch {
	case head == "" && orderTitle(before): // 某某区人民政府令（第3号）专利代理条例
		return before + number, after, true
	case head == "" && noticeTitle(before) && after == "": // 某市人民代表大会常务委员会公告（第12号）
		return before + number, "", true
	case head != "" && orderTitle(head) && after == "": // 条例（某某令第707号）
		return head + number, before, true
	}
	return "", "", false
}

// enclosesTitle reports whether an unnumbered heading of the article is
// title (spaces ignored): the rules an order publishes, or the text a
// notice carries, which a printed TOC may list as an entry of its own.
func enclosesTitle(a *gazette.Article, title string) bool {
	found := false
	gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) {
		found = found || b.Type == gazette.BlockHeading && b.HeadingKind == gazette.HeadingPlain && noSpace(b.Text()) == title
	})
	return found
}

// signerLine matches the signature of an order: the office of the one who
// signs it and a name (区长　张三, 县长 李四; GB/T 9704-2012 §10.2: 令 is
// signed by the head of the body, 签发人职务 and 姓名).
var signerLineRe = regexp.MustCompile(`^(总理|省长|市长|县长|区长|州长|旗长|镇长|乡长|主任|局长|主席|部长|署长|行长|委员长|院长|厅长|盟长)[ \x{3000}]+\p{Han}[\p{Han} \x{3000}]{0,4}\p{Han}$`)

// signerLine reports whether t is an order's 签发人 line (see signerLineRe).
func signerLine(t string) bool { return signerLineRe.MatchString(t) }

// titleAfterDate reports whether line x is a "#" title just under a date
// alone: the rules an order publishes, set after the order's signature,
// so the signature is looked for above it.
func (p *parser) titleAfterDate(x int) bool {
	if p.lines[x].hashes == 0 || numberingOf(p.lines[x].text).marker != "" {
		return false
	}
	above := p.prevContent(x)
	if above < 0 || !p.plainLine(above) {
		return false
	}
	_, ok := dateAlone(tidySpaces(plainOf(p.text(above))))
	return ok
}

// orderIssuer is the body that issues an order with head h (某某区人民政府令):
// the name before 令, without the state's name a central body's order
// carries (中华人民共和国国务院令 is signed by 国务院).
func orderIssuer(h string) string {
	n := strings.TrimSuffix(h, "令")
	if t := strings.TrimPrefix(n, "中华人民共和国"); orgName(t) {
		return t
	}
	return n
}

// isOrder reports whether a's head is an order's: the 令 head as its title
// and the 令号 after it as its DocNumber (see head).
func isOrder(a *gazette.Article) bool {
	t := noSpace(a.Title)
	return orderTitle(t) && strings.HasPrefix(a.DocNumber, t) && a.DocNumber != t
}

// orderRulesTitle makes the title of the rules an order publishes the
// order's title: the first unnumbered heading (or title-like paragraph
// ending with a 文种) after the order's signature, taken out of the body.
func orderRulesTitle(a *gazette.Article) {
	signed := false
	for i := range a.Blocks {
		b := &a.Blocks[i]
		if b.Type == gazette.BlockSignature {
			signed = true
			continue
		}
		if !signed {
			continue
		}
		t := strings.TrimSpace(b.Text())
		if (b.Type == gazette.BlockHeading && b.HeadingKind == gazette.HeadingPlain) ||
			(b.Type == gazette.BlockParagraph && runeLen(t) <= 60 && !strings.ContainsAny(t, "。，；：") && endsWithGenre(noSpace(t))) {
			a.Title, a.TitleLines = squeezeSpaces(t, nil), nil
			a.Blocks = append(a.Blocks[:i], a.Blocks[i+1:]...)
		}
		return
	}
}
