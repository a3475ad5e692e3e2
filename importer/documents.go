package importer

import (
	"fmt"
	"strings"

	"gazette/gazette"
)

// Several documents in one text. An editor pastes, or saves into one
// .txt/.docx, several documents one after another; each becomes an article
// of its own, found by the whole issue's segmentation stage (segment.go:
// docStarts, cutArticles) on a text without masthead or 目录. A document
// begins only where that stage sees a document's head — a 文号 line (or
// 令号, 公告 number) under or over its title, a 题注 under it — never at a
// title alone: a 请示 or an attachment a notice carries, with its own
// title, stays in the notice.

// ParseDocuments reads a text holding one or several documents (a .txt
// file, DocxText's output, pasted text) into one article per document, in
// the order of the text, each read as ParseDocument reads one: head
// (title, issuer, 文号, date, addressee), body, attachments, disclosure
// note. A text of one document gives exactly ParseDocument's article. The
// report lists each document found with the line it starts on; the text
// before the first document's head (nothing a head begins) stays with the
// first document, never dropped. The articles have fresh IDs; the caller
// files each in a section (SectionFor suggests one).
func ParseDocuments(name, text string) ([]gazette.Article, *Report, error) {
	p := newParser(name, text)
	arts, err := p.parseDocuments()
	return arts, p.report(), err
}

// parseDocuments is ParseDocuments on a parser: page furniture dropped
// (as parseDocument drops it), the text cut (documentSegments), each
// segment read into an article.
func (p *parser) parseDocuments() ([]gazette.Article, error) {
	if lastContent(p.lines, 0, len(p.lines)) < 0 {
		return nil, fmt.Errorf("%s: 没有可导入的内容", p.warn.file)
	}
	p.dropFurniture(0, furniture{})
	segs := p.documentSegments()
	arts := make([]gazette.Article, 0, len(segs))
	for _, s := range segs {
		a := p.article(s.from, s.to, nil)
		n := 1
		if s.from > 0 {
			n = p.lines[s.from].n
		}
		if strings.TrimSpace(a.Title) == "" {
			if len(segs) == 1 {
				p.warn.guess(0, "未找到标题") // as parseDocument says it
			} else {
				p.warn.guess(n, "未找到标题")
			}
		}
		arts = append(arts, a)
		p.docs = append(p.docs, reportDoc(n, &a))
	}
	return arts, nil
}

// reportDoc is article a, found on line n, as the report lists it.
func reportDoc(n int, a *gazette.Article) ReportDoc {
	return ReportDoc{Line: n, Title: a.Title, DocNumber: a.DocNumber, Date: a.Date, Issuers: a.Issuers, Kind: a.Kind}
}

// documentSegments cuts p's lines, page furniture dropped, into one
// segment per document: the whole issue's segmentation stage with no
// masthead and no 目录, cut only where a document's head begins
// (docStarts). The first segment starts at line 0, whatever stands before
// the first head; a text of one document is one segment, all its lines. A
// copy of the parser does the cutting, so that p reports its
// normalisations in the order ParseDocument does.
func (p *parser) documentSegments() []segment {
	q := &parser{warn: warnList{file: p.warn.file}, lines: append([]srcLine(nil), p.lines...)}
	starts, docFirst := q.docStarts()
	segs := []segment{{from: 0, to: len(p.lines)}}
	for k, s := range q.cutArticles(0, starts, docFirst) {
		from := s.from
		if _, first := docFirst[from]; !first && starts[from] {
			prev := -1
			if k > 0 {
				prev = segs[len(segs)-1].from
			}
			from = q.titleOverClosing(from, prev)
		}
		last := &segs[len(segs)-1]
		switch {
		case k == 0 && !(starts[s.from] && from > 0 && q.closes(q.prevText(from)) && q.hasSentence(0, from)):
			// the text before the first head is the first document's
		case k > 0 && (!starts[s.from] || !q.hasSentence(last.from, from)):
			// a title alone, or a head over no text yet: the same document
		default:
			last.to = from
			segs = append(segs, segment{from: from, to: len(p.lines)})
		}
	}
	return segs
}

// closes reports whether line j closes a document: its disclosure note,
// or its date alone on a line (the 成文日期 under the signature).
func (p *parser) closes(j int) bool {
	if j < 0 || !p.plainLine(j) {
		return false
	}
	s := tidySpaces(plainOf(p.text(j)))
	_, date := dateAlone(s)
	return date || isDisclosure(s)
}

// hasSentence reports whether lines[from:to] hold a line of running text
// (one with a sentence's full stop): a document's body, which a title, a
// 文号 line or a page's running head never is. Before a document has one,
// a head further down is no new document's (a running head's date between
// a title and its 文号 line looks like the head of one).
func (p *parser) hasSentence(from, to int) bool {
	for j := from; j < to; j++ {
		if !p.lines[j].blank && p.plainLine(j) && strings.ContainsAny(p.lines[j].text, "。；！？") {
			return true
		}
	}
	return false
}

// titleOverClosing returns the first line of the title that ends above
// line t, where the segmentation stage began a document (the line above
// its 文号 line and what titleStart took with it): up to two more
// title-like lines above — no sentence, no colon — when what stands over
// them closes the document before (its disclosure note or its date alone
// on a line, after), so that a title broken over three lines whose second
// ends like a 文种 (…记录制度) is read whole. prev is where the document
// before begins; t itself without that evidence.
func (p *parser) titleOverClosing(t, prev int) int {
	top := t
	for j, k := p.prevText(t), 0; j > prev && k < 2 && !p.closes(j); j, k = p.prevText(j), k+1 {
		s := tidySpaces(plainOf(p.text(j)))
		if !p.titleLike(j) || endsSentence(s) || strings.ContainsAny(s, "：:") {
			return t
		}
		top = j
	}
	if above := p.prevText(top); top != t && above > prev && p.closes(above) {
		return top
	}
	return t
}

// prevText returns the last line before i that is neither blank nor a
// .docx paragraph's end (docx.go's breakComment), or -1.
func (p *parser) prevText(i int) int {
	j := p.prevContent(i)
	for j >= 0 && p.lines[j].comment == "break" {
		j = p.prevContent(j)
	}
	return j
}
