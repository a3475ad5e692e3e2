package importer

import "strings"

// Stage 4 of the importer, segmentation: the lines of a whole issue, page
// furniture removed (stage 3, furniture.go), cut into the masthead and one
// segment per article, the printed 目录 guiding where an item begins
// (toc.allows, toc.lists). Each segment then goes to the head (stage 5,
// head.go) and the body (stage 6, blocks.go).

// segment is the lines of one article.
type segment struct {
	from, to int
}

// segments cuts the input into articles and returns them with the end of
// the masthead. A document begins at the title above its 文号 line (or at
// its 版头 when the 文号 comes first), and a statistics table or news item
// at a "#" title that comes after a document's disclosure note (or after
// another such item), unless it is an attachment's title or the title of
// the text a 印发/转发 notice carries.
func (p *parser) segments() ([]segment, int) {
	starts, docFirst := p.docStarts()
	mastEnd := len(p.lines)
	for t := range starts {
		mastEnd = min(mastEnd, t)
	}
	if len(starts) == 0 {
		mastEnd = p.mastheadEnd()
	}
	mastEnd = p.afterTOC(mastEnd) // mastend.go
	segs := p.cutArticles(mastEnd, starts, docFirst)
	return p.untitledLead(segs, mastEnd), mastEnd
}

// docStarts finds where each document begins: the title lines above each
// 文号 line, or the 文号 line and the 版头 lines above it when the title
// comes after (docFirst maps such a start to its 文号 line), and the
// documents without a 文号 line (noNumberStarts). It marks the printed
// 目录's lines first (tocLines): no title includes them.
func (p *parser) docStarts() (map[int]bool, map[int]int) {
	starts := map[int]bool{}
	docFirst := map[int]int{}
	heads := map[int]bool{}
	for i := range p.lines {
		heads[i] = p.headLine(i)
	}
	p.tocBar, p.tocEnd = p.tocLines(heads)
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank || l.hashes > 0 || l.tab || l.pipe || !strings.Contains(l.text, "号") {
			continue
		}
		order := p.orderNumberAt(i)
		if !order && !isDocLine(tidySpaces(p.text(i))) {
			continue
		}
		t := -1
		if !order {
			t = p.docStart(i)
		}
		if t < 0 {
			t = p.titleStart(i)
		} else {
			docFirst[t] = i
		}
		starts[t] = true
	}
	for _, t := range p.noNumberStarts(heads, starts, p.tocBar, p.tocEnd) {
		starts[t] = true
	}
	return starts, docFirst
}

// segItem is the article being cut: its title (spaces aside), whether a
// disclosure note closed it, whether it is a news item or statistics
// table, and how many content lines followed its title.
type segItem struct {
	title  string
	closed bool
	nonDoc bool
	body   int
}

// cutArticles cuts lines[mastEnd:] at the document starts and at the items
// a title begins.
func (p *parser) cutArticles(mastEnd int, starts map[int]bool, docFirst map[int]int) []segment {
	var segs []segment
	n := len(p.lines)
	var c *segItem
	prevLabel := false
	wordForm := !p.hasHashes()
	contents := p.preTOC(mastEnd)
	for i := mastEnd; i < n; i++ {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		plain := plainOf(l.text)
		isLabel := isAttachLabel(plain)
		newArt := starts[i]
		switch {
		case !newArt && l.hashes > 0 && !isLabel && !prevLabel && numberingOf(plain).marker == "":
			if h := noSpace(squeezeSpaces(plain, nil)); p.headingOpensItem(i, h, c, contents) {
				newArt, c = true, &segItem{title: h, nonDoc: true}
			}
		case newArt && c != nil && carriedAttachment(prevLabel, p.docTitleKey(i, docFirst), contents): // attach_doc.go
			newArt = false
		case newArt:
			c = &segItem{title: p.docTitleKey(i, docFirst)}
		case wordForm && !isLabel && !prevLabel && p.wordTitleOpensItem(i, plain, c, contents):
			newArt, c = true, &segItem{title: noSpace(squeezeSpaces(plain, nil)), nonDoc: true}
		}
		if newArt {
			if len(segs) > 0 {
				segs[len(segs)-1].to = i
			}
			segs = append(segs, segment{from: i, to: n})
		} else if c != nil {
			c.body++
			if isDisclosure(plain) {
				c.closed = true
			}
		}
		prevLabel = isLabel
	}
	return segs
}

// headingOpensItem reports whether the "#" heading h on line i begins an
// item of its own: the first of the text, one after a finished document or
// item that is no part of its title and that the 目录 allows, or one the
// 目录 names that is no text a signed order or notice carries.
func (p *parser) headingOpensItem(i int, h string, c *segItem, contents *toc) bool {
	if c == nil {
		return true
	}
	if (c.closed || c.nonDoc) && !(len(h) >= 6 && strings.Contains(c.title, h)) && contents.allows(h) {
		return true
	}
	return h != c.title && contents.lists(h) && !p.titleAfterDate(i)
}

// wordTitleOpensItem reports whether line i (plain, its text) of a Word
// export, which marks no title with "#", begins an item: a title-like line
// after a finished document (or news item) starts a news item or a
// statistics table, unless it is the title of the text the document
// carries or the 目录 does not allow it.
func (p *parser) wordTitleOpensItem(i int, plain string, c *segItem, contents *toc) bool {
	if c == nil || c.body == 0 || !(c.closed || c.nonDoc) || numberingOf(plain).marker != "" || !p.docFormTitle(i) {
		return false
	}
	h := noSpace(squeezeSpaces(plain, nil))
	return !(runeLen(h) >= 6 && strings.Contains(c.title, h)) && contents.allows(h)
}

// docTitleKey is the title (spaces aside) of the document that starts at
// line i: the title-like lines after its 文号 line when the 文号 comes
// first, else the lines (up to four) down to its 文号 line or its 题注.
func (p *parser) docTitleKey(i int, docFirst map[int]int) string {
	n := len(p.lines)
	var t []string
	if d, ok := docFirst[i]; ok {
		for j, k := d+1, 0; j < n && k < 3; j++ {
			if p.lines[j].blank || p.signerLine(j) {
				continue
			}
			if !p.titleHash(j) && !p.titleLike(j) {
				break
			}
			t, k = append(t, p.lines[j].text), k+1
		}
	} else {
		for j := i; j < n && len(t) < 4 && !isDocLine(tidySpaces(p.lines[j].text)) && !p.noteLine(j); j++ {
			if !p.lines[j].blank {
				t = append(t, p.lines[j].text)
			}
		}
	}
	return noSpace(strings.Join(t, ""))
}

// untitledLead makes the text after the masthead that no article took (no
// title opened one yet) an article of its own, for the editor to file:
// never dropped.
func (p *parser) untitledLead(segs []segment, mastEnd int) []segment {
	first := len(p.lines)
	if len(segs) > 0 {
		first = segs[0].from
	}
	for i := mastEnd; i < first; i++ {
		if !p.lines[i].blank {
			p.warn.guess(p.lines[i].n, "刊头之后、第一篇文章之前的内容没有标题，作为一篇文章导入，请检查")
			return append([]segment{{from: i, to: first}}, segs...)
		}
	}
	return segs
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
	if t = p.prevText(i); t < 0 || p.tocBar[t] {
		return i
	}
	for j, k := t-1, 0; j >= 0 && k < 2; j-- {
		if p.lines[j].blank || p.lines[j].comment == "break" {
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
	for below < len(p.lines) && (p.headSkip(below) || p.signerLine(below)) {
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
