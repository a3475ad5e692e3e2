package importer

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"gazette/exchange"
	"gazette/gazette"
)

// parser holds one input being read.
type parser struct {
	warn    warnList
	lines   []srcLine
	removed []Removal
	// headDateLine and headDateText are where the current article's head
	// date stood and its text, until dateOnce has looked at them.
	headDateLine int
	headDateText string
	// tocBar marks the lines of the printed 目录 (see tocLines): no
	// document's title includes them.
	tocBar map[int]bool
	// tocEnd is the line where the printed 目录 ends (0 without one): a
	// line after it is removed as 目录 only if shaped like an entry.
	tocEnd int
	// docs and unmatched are what the import report lists: the articles
	// found, the TOC entries no article matched.
	docs      []ReportDoc
	unmatched []string
	// measure is the line length a hard-wrapped text was cut at, 0 for
	// none; measured says it was looked for (wrap.go).
	measure  int
	measured bool
}

// newParser splits text into lines for reading; name labels its warnings.
// Bytes that are not UTF-8 become U+FFFD first: the files and the clipboard
// reach here decoded, but a caller's string might not be, and markup taken
// out of it (an empty **) must not join stray bytes into a character.
func newParser(name, text string) *parser {
	text = strings.ToValidUTF8(text, "\uFFFD")
	p := &parser{warn: warnList{file: name}, lines: splitLines(text)}
	p.markSpaceTables() // spacetable.go
	p.foldBreaks()      // breaks.go
	p.decodeEntities()  // entities.go
	p.dropEntityTails()
	p.dropRules()        // record.go
	p.joinWrappedNotes() // docstart.go
	return p
}

// text returns line i's content after the editorial normalisations
// (reported once as warnings).
func (p *parser) text(i int) string {
	l := &p.lines[i]
	if !l.cleaned {
		l.cleaned = true
		if l.comment == "" && !strings.HasPrefix(l.text, "![") {
			l.text = p.normalizeText(l.n, l.text)
		}
	}
	return l.text
}

// ParseIssue reads the text of a whole issue — masthead, printed TOC,
// editorial board and colophon, then its documents, statistics and news —
// into a draft issue with default layout settings. The printed TOC is not
// content: it names the sections and their order. Where the text has no
// TOC, SectionFor files each article. Warnings report every editorial
// change and every guess that an editor should check; the error is for
// input that holds no issue at all, or a masthead and no document.
func ParseIssue(name, text string) (*gazette.Issue, []Warning, error) {
	if exchange.IsText(text) {
		is, rep, err := readExported(name, text)
		return is, rep.Warnings, err
	}
	p := newParser(name, text)
	is, err := p.parseIssue()
	return is, p.warn.list, err
}

// parseIssue is ParseIssue on a parser.
func (p *parser) parseIssue() (*gazette.Issue, error) {
	name := p.warn.file
	is := gazette.New("", 0, 0)
	is.Frequency = ""
	is.Statement = ""
	is.Sections = []gazette.Section{}
	if lastContent(p.lines, 0, len(p.lines)) < 0 {
		return nil, fmt.Errorf("%s: 没有可导入的内容", name)
	}
	segs, mastEnd := p.segments()
	// Furniture removed, the documents are found again: a running head
	// between a title and its 文号 line hid the title.
	if from := p.furnitureFrom(mastEnd); p.dropFurniture(from, p.learnFurniture(from)) > 0 {
		segs, mastEnd = p.segments()
	}
	toc := p.masthead(is, 0, mastEnd)
	p.cutImprint(is, segs) // imprint.go
	var tocText []string
	for _, e := range toc.entries {
		tocText = append(tocText, e.raw)
	}
	type placed struct {
		a       gazette.Article
		section string
	}
	var arts []placed
	for _, s := range segs {
		a := p.article(s.from, s.to, tocText)
		sec := toc.sectionOf(&a)
		if sec == "" {
			sec = SectionFor(&a)
			p.sectionGuessed(p.lines[s.from].n, &a, sec, len(toc.sections) > 0) // sectionguess.go
		}
		arts = append(arts, placed{a, sec})
		p.docs = append(p.docs, ReportDoc{Line: p.lines[min(s.from, len(p.lines)-1)].n, Section: sec, Title: a.Title,
			DocNumber: a.DocNumber, Date: a.Date, Issuers: a.Issuers, Kind: a.Kind})
	}
	for _, pa := range arts {
		is.AddArticle(pa.section, pa.a)
	}
	toc.order(is)
	toc.check(p, is)
	toc.checkSections(p, is) // tocitems.go
	if is.Title == "" {
		p.warn.add(0, "未找到刊名")
	}
	if is.ArticleCount() == 0 {
		if is.Title != "" && is.Year > 0 {
			return nil, noDocument(name)
		}
		p.warn.add(0, "未找到任何文章") // nor a masthead: the caller says what the text is not (app.CheckMasthead)
	}
	return is, nil
}

// preTOC reads the printed TOC on lines[:to] ahead of the masthead, without
// warnings or removals (masthead reads it again for good), so that finding
// the articles can ask it.
func (p *parser) preTOC(to int) *toc {
	t := &toc{}
	inTOC := false
	for i := 0; i < to && i < len(p.lines); i++ {
		l := &p.lines[i]
		if l.blank || l.comment != "" {
			continue
		}
		raw := l.text
		if inTOC && (l.tab || strings.Contains(raw, "……")) {
			t.line(raw)
			continue
		}
		switch mastheadKind(noSpace(raw)) {
		case "toc":
			inTOC = true
			continue
		case "board":
			inTOC = false
			continue
		case "":
		default:
			continue
		}
		if inTOC && l.hashes == 0 && !sloganLike(raw) && !strings.ContainsAny(raw, "：:") {
			t.line(raw)
		}
	}
	t.flush()
	return t
}

// lists reports whether the 目录 has an entry without a 文号 whose title is
// h (spaces aside): a heading that begins an article even where the one
// before has no disclosure note to close it (人大常委会 decisions carry
// neither 文号 nor note).
func (t *toc) lists(h string) bool {
	if runeLen(h) < 6 {
		return false
	}
	for _, e := range t.entries {
		if e.title == h && e.docNumber == "" { // one with a 文号 begins at its 文号 line
			return true
		}
	}
	return false
}

// allows reports whether a heading h after a finished document may begin
// an item of its own (a news item, a statistics table): the 目录 is the
// authority — with entries, h must be one of them, or the 目录 must have a
// section for news or statistics; a section it lacks is never invented.
// Without a 目录 any such heading may.
func (t *toc) allows(h string) bool {
	if len(t.entries) == 0 {
		return true
	}
	for _, e := range t.entries {
		if e.title != "" && (e.title == h || runeLen(h) >= 6 && (strings.Contains(e.title, h) || strings.Contains(h, e.title))) {
			return true
		}
	}
	for _, s := range t.sections {
		if newsSection(s) || statsSection(s) {
			return true
		}
	}
	return false
}

// mastheadEnd finds where the masthead ends in a text without documents:
// at the first "#" line the masthead does not know.
func (p *parser) mastheadEnd() int {
	for i := range p.lines {
		l := &p.lines[i]
		if l.hashes > 0 && mastheadKind(noSpace(l.text)) == "" && !sloganLike(l.text) {
			return i
		}
	}
	return len(p.lines)
}

// --- the printed TOC ---------------------------------------------------

// toc is the printed table of contents: section names in order, with the
// entries listed under them.
type toc struct {
	sections []string
	entries  []tocEntry
	current  string
	pending  string   // a wrapped entry's first line, waiting for its page number
	columns  []string // the sections of a 目录 set in columns, side by side (toccolumns.go)
}

// wordTOCEntry reports whether a TOC line is one entry as Word's TOC field
// exports it: the title, a tab, the page number (GB/T 9704 has no rule for
// a gazette TOC; this is the export's shape, not a section and a title).
func wordTOCEntry(raw string) bool {
	m := tocPageTail.FindStringSubmatch(strings.TrimSpace(raw))
	return m != nil && !strings.Contains(m[1], "\t") && strings.Count(strings.TrimSpace(raw), "\t") == 1
}

type tocEntry struct {
	section   string
	title     string // without spaces
	docNumber string
	raw       string
	speaker   string // the speaker a speech's entry names after its title (tocspeaker.go)
}

var (
	tocEntryRe  = regexp.MustCompile(`\s*(.+?)\s*[…\.·]{2,}\s*[（(]?\s*\d+\s*[）)]?`)
	tocDocNumRe = regexp.MustCompile(`[（(]\s*([^（()）]*?[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号)\s*[）)]$`)
)

func (t *toc) addSection(s string) {
	s = sectionName(s)
	t.flush() // an entry without page number before the section
	t.current = s
	for _, x := range t.sections {
		if x == s {
			return
		}
	}
	t.sections = append(t.sections, s)
}

// sectionName is a TOC section heading without its decoration: 【市政府文件】,
// 〔部门文件〕, 一、市政府文件, ◆ 政务动态 are named 市政府文件, 部门文件 ….
func sectionName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "◆◇■□●○▲△★☆▶►·•※")
	if nb := numberingOf(s); nb.marker != "" && !nb.clause && nb.kind == gazette.HeadingNumbered {
		s = s[len(nb.marker):]
	}
	for _, p := range [][2]string{{"【", "】"}, {"〔", "〕"}, {"［", "］"}, {"[", "]"}, {"《", "》"}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) {
			s = s[len(p[0]) : len(s)-len(p[1])]
		}
	}
	return strings.TrimSpace(s)
}

// line reads one line of the printed TOC.
func (t *toc) line(raw string) {
	rest := raw
	if k := strings.Index(raw, "\t"); k >= 0 && !wordTOCEntry(raw) {
		if sec := noSpace(raw[:k]); sec != "" {
			t.addSection(sec)
		}
		rest = raw[k+1:]
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return
	}
	ms := tocEntryRe.FindAllStringSubmatch(rest, -1)
	if len(ms) == 0 {
		if m := tocPageTail.FindStringSubmatch(rest); m != nil && runeLen(m[1]) > 4 {
			ms = [][]string{m}
		}
	}
	if len(ms) == 0 && t.sideBySide(rest) { // toccolumns.go
		return
	}
	if len(ms) == 0 {
		if name := sectionName(rest); !strings.ContainsAny(name, "…（(") && runeLen(name) <= 12 {
			t.addSection(noSpace(rest))
		} else {
			t.flushComplete()
			t.pending += rest // the first line of an entry the TOC wrapped, or an entry without page number
		}
		return
	}
	for k, m := range ms {
		t.column(k, len(ms))         // toccolumns.go
		if t.wrappedDocEntry(m[1]) { // tocwrap.go
			continue
		}
		title := t.pending + strings.TrimSpace(m[1])
		t.pending = ""
		t.entry(title)
	}
}

// entry adds the 目录 entry title (as printed, without leader and page).
func (t *toc) entry(title string) {
	e := tocEntry{section: t.current, raw: title}
	if d := tocDocNumRe.FindStringSubmatch(title); d != nil {
		e.docNumber, _ = fixDocNumberBrackets(noSpace(d[1]))
		title = strings.TrimSpace(title[:len(title)-len(d[0])])
	}
	if e.docNumber == "" {
		title, e.speaker = tocSpeaker(title)
	}
	e.title = noSpace(title)
	if d, ti, ok := tocOrder(title); ok && e.docNumber == "" {
		e.docNumber, e.title = d, ti
	}
	t.entries = append(t.entries, e)
}

// find returns the TOC entry of an article, by 文号 or by title.
func (t *toc) find(a *gazette.Article) *tocEntry {
	title := noSpace(a.Title)
	for k := range t.entries {
		e := &t.entries[k]
		if (a.DocNumber != "" && e.docNumber == a.DocNumber) || (e.title != "" && e.title == title) {
			return e
		}
	}
	for k := range t.entries { // an entry that leaves out (or adds) the issuer
		if e := &t.entries[k]; e.docNumber == "" && sameTitleBut(e.title, title) {
			return e
		}
	}
	return nil
}

func statsSection(s string) bool {
	return strings.Contains(s, "统计") || strings.Contains(s, "数据")
}
func newsSection(s string) bool {
	return strings.Contains(s, "活动") || strings.Contains(s, "新闻") || strings.Contains(s, "动态") || strings.Contains(s, "要闻")
}

// sectionOf returns the printed TOC's section for an article, or "" when
// the TOC does not say (no TOC, no entry, or an entry filed under a section
// that does not fit the article's kind, as when an extraction lost a
// section label).
func (t *toc) sectionOf(a *gazette.Article) string {
	if len(t.sections) == 0 {
		return ""
	}
	e := t.find(a)
	switch a.Kind {
	case gazette.KindStatistics, gazette.KindNews:
		fits := statsSection
		if a.Kind == gazette.KindNews {
			fits = newsSection
		}
		if e != nil && (fits(e.section) || t.itemSection(e.section)) {
			return e.section // tocitems.go
		}
		for _, s := range t.sections {
			if fits(s) {
				return s
			}
		}
		if e != nil && a.Kind == gazette.KindNews {
			return e.section // the 目录 lists it and has no news section: never invent one
		}
		return ""
	}
	if e != nil {
		return e.section
	}
	return ""
}

// order sorts the issue's sections into the printed TOC's order; a section
// the TOC does not name stays after the section it follows in the text.
func (t *toc) order(is *gazette.Issue) {
	if len(t.sections) == 0 {
		return
	}
	key := make([]float64, len(is.Sections))
	prev := -1.0
	for i, s := range is.Sections {
		k := -1
		for j, n := range t.sections {
			if n == s.Name {
				k = j
			}
		}
		if k >= 0 {
			key[i], prev = float64(k), float64(k)
		} else {
			prev += 0.001
			key[i] = prev + 0.5
		}
	}
	idx := make([]int, len(is.Sections))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return key[idx[a]] < key[idx[b]] })
	out := make([]gazette.Section, len(idx))
	for i, j := range idx {
		out[i] = is.Sections[j]
	}
	is.Sections = out
}

// check warns about TOC entries that match no article.
func (t *toc) check(p *parser, is *gazette.Issue) {
	var arts []*gazette.Article
	var titles []string // without spaces, once each
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		arts, titles = append(arts, a), append(titles, noSpace(a.Title))
		return true
	})
	used := map[int]bool{}
	for x, e := range t.entries {
		if !t.consume(x, arts, titles, used) {
			p.warn.guess(0, "目录所列“%s”在正文中未找到", e.raw)
			p.unmatched = append(p.unmatched, e.raw)
		}
	}
}

// titleOr is a title for a message: "（无标题）" when empty.
func titleOr(t string) string {
	if strings.TrimSpace(t) == "" {
		return "（无标题）"
	}
	return t
}
