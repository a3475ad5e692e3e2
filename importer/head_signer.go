package importer

import "strings"

// A document as issued may print its 签发人 (GB/T 9704-2012 §7.2.4: in an
// upward document, right of the 文号) on a line of its own under or above
// the 文号 when its text was extracted: 签发人：李　明. It is part of the 版头,
// which a gazette does not print: it is neither the title nor an issuer,
// and it is listed for the editor whole, its name as written (the
// full-width space inside a two-character name kept).

// signerText reports whether t (a line's text) is a 签发人 line.
func signerText(t string) bool {
	return strings.HasPrefix(noSpace(plainOf(t)), "签发人")
}

// signerLine reports whether plain line i is a 签发人 line.
func (p *parser) signerLine(i int) bool {
	return i < len(p.lines) && p.plainLine(i) && !p.lines[i].blank && signerText(p.lines[i].text)
}

// skipSigners lists the 签发人 lines from line i on (blank lines aside) as
// removed 版头 and returns the first line after them.
func (p *parser) skipSigners(i, to int, next func(int) int) int {
	for i < to && p.signerLine(i) {
		l := &p.lines[i]
		p.warn.add(l.n, "签发人行“%s”属版头，公报不印，已列入略去的内容", strings.TrimSpace(l.text))
		p.remove(l.n, l.text, ReasonBanner)
		i = next(i + 1)
	}
	return i
}
