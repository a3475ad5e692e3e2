package importer

import (
	"strings"
	"unicode"
)

// Text copied from a PDF (pdftotext, a reader's copy) is hard-wrapped: every
// line of a paragraph ends where the printed line ended, at the measure,
// and only the last line of a paragraph is shorter. A numbered paragraph
// (一、同意乌鲁木齐、昌吉、石河子3个高新技术产业开发区 / （以下统称…）) then opens
// with a line that reads like a heading — no sentence mark at its end —
// but runs to the measure: it continues on the next line, a run-in number
// of a paragraph, never a heading cut mid-word (…建设国家自主创 / 新示范区).
// The measure is read from the text itself: the line length most of its
// long lines share (the lines of a list aside).

// lineWidth returns the spaces that open raw and its length in
// characters, trailing spaces aside. A web page's no-break and en spaces
// (U+00A0, U+2002) open a line as ASCII spaces would, its em space
// (U+2003) as U+3000: the lead is given in those two.
func lineWidth(raw string) (lead string, width int) {
	raw = strings.TrimRightFunc(raw, unicode.IsSpace)
	body := strings.TrimLeft(raw, " \u3000\u00a0\u2002\u2003")
	return leadSpaces.Replace(raw[:len(raw)-len(body)]), runeLen(raw)
}

// leadSpaces writes the spaces of a line's lead as ASCII and U+3000.
var leadSpaces = strings.NewReplacer("\u00a0", " ", "\u2002", " ", "\u2003", "\u3000")

// wrapMeasure returns the length a hard-wrapped text was cut at: the line
// length shared by at least three lines and by a quarter or more of the
// lines of twelve characters or more; 0 when the text is not so wrapped
// (a text with one paragraph a line has no such length).
func (p *parser) wrapMeasure() int {
	if p.measured {
		return p.measure
	}
	p.measured = true
	count := map[int]int{}
	long := 0
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank || l.tab || l.pipe || l.comment != "" || l.hashes > 0 || l.width < 12 || unitLine(plainOf(l.text)) {
			continue // a list's lines (names, 联系人) share a length without being wrapped
		}
		count[l.width]++
		long++
	}
	best, n := 0, 0
	for w, c := range count {
		if c > n || c == n && w > best {
			best, n = w, c
		}
	}
	if n >= 3 && n*4 >= long {
		p.measure = best
	}
	return p.measure
}

// wrapped reports whether plain line i was cut at the measure inside a
// paragraph: it runs to the measure and ends no sentence. Two characters
// either way are the same measure: a line ended before a mark that may not
// open one, a paragraph's first line whose indent the copy dropped or
// wrote as ASCII spaces. The caller knows the next line is plain text.
func (p *parser) wrapped(i int) bool {
	l := &p.lines[i]
	m := p.wrapMeasure()
	if m == 0 || l.width < m-2 || l.width > m+2 {
		return false
	}
	return !endsSentence(plainOf(l.text))
}

// indentedParagraphs reports whether the text marks its paragraphs by an
// indent (two full-width spaces, or four ASCII ones, on three lines or
// more): then a line without one never opens a paragraph.
func (p *parser) indentedParagraphs() bool {
	n := 0
	for i := range p.lines {
		l := &p.lines[i]
		if !l.blank && (strings.HasPrefix(l.lead, "\u3000\u3000") || strings.HasPrefix(l.lead, "    ")) {
			n++
		}
	}
	return n >= 3
}

// wrapContinues reports whether plain line i continues the paragraph of
// the line before it though that line ended a sentence: in a hard-wrapped
// text whose paragraphs open with an indent, the line before ran to the
// measure and line i has no indent (…予以公布。 / 请遵照执行).
func (p *parser) wrapContinues(i int) bool {
	if p.wrapMeasure() == 0 || p.lines[i].lead != "" || !p.plainLine(i) {
		return false
	}
	j := i - 1
	for j >= 0 && p.lines[j].blank {
		if !p.lines[j].furniture {
			return false // a blank line parts paragraphs
		}
		j-- // page furniture between: the paragraph runs on over the page
	}
	if j < 0 || !p.plainLine(j) {
		return false
	}
	m := p.wrapMeasure()
	return p.lines[j].width >= m-2 && p.lines[j].width <= m+2 && p.indentedParagraphs()
}
