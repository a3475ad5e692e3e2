package importer

import (
	"gazette/gazette"

	"regexp"
	"strings"
)

// A government order (令, GB/T 9704-2012 §10.2) has no 文号 line: its head
// is the 发文机关标志 "某某区人民政府令" and, on a line of its own, the 令号
// "第3号". The importer keeps the order's head as the article's title
// ("某某区人民政府令") and its 令号 as the article's DocNumber ("第3号"); the
// rules the order publishes (办法、规定) follow in the same article, their
// title an unnumbered heading.

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

// tocOrderNumber matches the 令号 a printed TOC puts after an order's head:
// "某某区人民政府令（第3号）".
var tocOrderNumber = regexp.MustCompile(`[（(]\s*第\s*[0-9０-９一二三四五六七八九十百〇零]{1,6}\s*号\s*[）)]$`)

// tocOrderTitle returns a TOC entry's title without the 令号 in brackets
// after an order's head, so that it is the article's title.
func tocOrderTitle(title string) string {
	if loc := tocOrderNumber.FindStringIndex(title); loc != nil && orderTitle(noSpace(title[:loc[0]])) {
		return strings.TrimSpace(title[:loc[0]])
	}
	return title
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
var signerLineRe = regexp.MustCompile(`^(省长|市长|县长|区长|州长|旗长|镇长|乡长|主任|局长|主席)[ \x{3000}]+\p{Han}{2,4}$`)

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
