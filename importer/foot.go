package importer

import (
	"strings"

	"gazette/gazette"
)

// The foot of a document (part of stage 6, the body): the signature —
// issuer lines and a date alone on a line, GB/T 9704-2012 §7.3.5 — found
// before the body is read, and the date it gives the article.

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
			if !signatureLine(plainOf(p.text(y))) { // seal.go
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
			if !signatureLine(plainOf(p.text(y))) { // seal.go
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

// dateOnce lists the head's date as removed when the signature at the
// foot prints it: a date is printed once (GB/T 9704-2012 §7.3.5 puts the
// 成文日期 under the signature).
func (p *parser) dateOnce(a *gazette.Article) {
	if p.headDateText != "" && a.Date != "" && signatureDated(a.Blocks, a.DateLabel()) {
		p.remove(p.headDateLine, p.headDateText, ReasonDateTwice)
	}
	p.headDateLine, p.headDateText = 0, ""
}
