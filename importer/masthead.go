package importer

import (
	"regexp"
	"strings"

	"gazette/gazette"
)

// The masthead of a whole issue (read after segmentation, on the lines
// before the first article): the issue's name, number, sponsor and the
// other fields, the editorial board, the colophon, and the printed 目录
// (toc), which names the sections.

var (
	issueNumber = regexp.MustCompile(`(` + cnYear + `)\s*年\s*第\s*(` + cnCount + `)\s*([期号])`) // see issue_number.go
	totalNumber = regexp.MustCompile(`总\s*第\s*([0-9]+)\s*([期号])`)
	frequency   = regexp.MustCompile(`^[（(]?(月刊|半月刊|双月刊|季刊|旬刊|周刊|年刊)[）)]?$`)
	boardRole   = regexp.MustCompile(`([^\s：:]+)\s*[：:]`)
)

// mastheadKind names a masthead line by its text without spaces: "toc",
// "board", "sponsor", "title", "frequency", "number", "statement", or "".
func mastheadKind(s string) string {
	switch {
	case s == "目录":
		return "toc"
	case s == "编辑委员会" || s == "编委会":
		return "board"
	case strings.HasSuffix(s, "主管主办") && runeLen(s) > 4:
		return "sponsor"
	case (strings.HasSuffix(s, "公报") || strings.HasSuffix(s, "政报")) && !strings.ContainsAny(s, "：:"):
		return "title"
	case frequency.MatchString(s):
		return "frequency"
	case issueNumber.MatchString(s) || totalNumber.MatchString(s) || numberAlone.MatchString(s):
		return "number"
	case strings.HasPrefix(s, "●") || strings.Contains(s, "同等效力"):
		return "statement"
	case colophonNote(s) && !strings.ContainsAny(s, "：:"):
		return "colophon" // 内部资料　免费赠阅 (masthead_lines.go)
	}
	return ""
}

// sloganLike reports whether s is a slogan: three or more groups of 2–8
// hanzi separated by spaces, without punctuation.
func sloganLike(s string) bool {
	f := strings.Fields(s)
	if len(f) < 3 {
		return false
	}
	for _, w := range f {
		if runeLen(w) < 2 || runeLen(w) > 8 {
			return false
		}
		for _, r := range w {
			if !hanzi(r) {
				return false
			}
		}
	}
	return true
}

// colophonField returns the colophon field a label names, or nil.
func colophonField(c *gazette.Colophon, label string) *string {
	switch {
	case strings.Contains(label, "主管") || strings.Contains(label, "主办"):
		return &c.Sponsor
	case strings.Contains(label, "编辑出版") || label == "出版":
		return &c.Publisher
	case label == "地址" || strings.HasSuffix(label, "地址") && !strings.Contains(label, "邮"):
		return &c.Address
	case strings.Contains(label, "邮编") || strings.Contains(label, "邮政编码"):
		return &c.Postcode
	case strings.HasPrefix(label, "印刷"):
		return &c.Printer
	case strings.HasSuffix(label, "网站") || strings.HasSuffix(label, "网址"):
		return &c.Website
	case strings.Contains(label, "电话"):
		return &c.Phone
	case strings.Contains(label, "邮箱") || strings.Contains(strings.ToLower(label), "mail"):
		return &c.Email
	}
	return nil
}

// masthead reads the masthead on lines[from:to] into is and returns the
// printed TOC found there. Every character of it is kept: a line's value
// goes to its field and the rest of the line (its label, the brackets
// around 月刊) is listed as a removal; the printed TOC is listed whole; a
// line that maps to no field, or to a field already filled, is kept as a
// colophon line (Colophon.Lines).
func (p *parser) masthead(is *gazette.Issue, from, to int) *toc {
	m := &mastReader{p: p, is: is, toc: &toc{}, to: to, numberAt: -1}
	for i := from; i < to; i++ {
		if l := &p.lines[i]; !l.blank && l.comment == "" {
			i = m.line(i)
		}
	}
	for k := range is.Board {
		if is.Board[k].Names == nil {
			is.Board[k].Names = []string{}
		}
	}
	if !p.yearFromDate(is, m.numberAt) { // no year: the number is kept as a colophon line
		is.Number = 0
		m.extra = append(m.extra, numberAlone.FindString(noSpace(p.lines[m.numberAt].text)))
	}
	is.Colophon.Lines = strings.Join(m.extra, "\n")
	m.toc.flush()
	return m.toc
}

// mastReader reads the masthead line by line: whether the printed TOC or
// the editorial board is being read, the board role names go to, the
// lines kept as colophon lines.
type mastReader struct {
	p              *parser
	is             *gazette.Issue
	toc            *toc
	to             int
	inTOC, inBoard bool
	role           *gazette.BoardEntry
	extra          []string
	numberAt       int // the line of a number printed without its year, or -1
}

// line reads masthead line i and returns the last line it took.
func (m *mastReader) line(i int) int {
	p, l := m.p, &m.p.lines[i]
	raw := l.text
	if m.inTOC && (l.tab || strings.Contains(raw, "……")) {
		p.removeTOCLine(m.toc, i)
		return i
	}
	s := noSpace(raw)
	if name, j, ok := p.twoLineName(i, m.to); ok && m.is.Title == "" {
		m.is.Title = name
		p.keepRest(l.n, raw, s)
		p.keepRest(p.lines[j].n, p.lines[j].text, name[len(s):])
		return j
	}
	kind := mastheadKind(s)
	if kind == "" && strings.ContainsAny(s, "：:") {
		if j, ok := m.labelled(i, s); ok {
			return j
		}
	}
	switch {
	case m.field(i, kind, s):
		return i
	case m.inBoard && m.boardLine(i):
		return i
	case m.publicationDate(i):
		return i
	case sloganLike(raw) && m.is.Slogan == "":
		m.is.Slogan = strings.Join(strings.Fields(raw), "\u3000")
		return i
	case m.inTOC && l.hashes == 0 && kind == "" && !colophonNote(s) && p.tocRemoval(i):
		p.removeTOCLine(m.toc, i)
		return i
	}
	t := strings.TrimSpace(p.text(i))
	m.extra = append(m.extra, t)
	p.warn.add(l.n, "刊头中的“%s”没有对应的栏目，作为版权页附加行保留", t)
	return i
}

// labelled reads a "label：value" line i (s without spaces): the
// publication date, or a colophon field not yet filled (its value on the
// next line when the label stands alone). It returns the last line taken.
func (m *mastReader) labelled(i int, s string) (int, bool) {
	p, is, l := m.p, m.is, &m.p.lines[i]
	raw := l.text
	label := s[:strings.IndexAny(s, "：:")]
	if label == "出版日期" || label == "出版时间" || label == "印发日期" {
		if iso, ok := dateAlone(afterColon(p.text(i))); ok && iso != "" && is.Date == "" {
			is.Date = iso
			p.keepRest(l.n, raw, gazette.DateLabel(iso))
			return i, true
		}
	}
	f := colophonField(&is.Colophon, label)
	if f == nil || *f != "" {
		return i, false
	}
	colophonLabel(is, f, label) // colophon_labels.go
	txt := p.text(i)
	c := strings.IndexAny(txt, "：:")
	v := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(txt[c:], "："), ":"))
	if v == "" {
		p.remove(l.n, raw, ReasonLabel)
		for j := i + 1; j < m.to; j++ {
			if !p.lines[j].blank {
				v, i = strings.TrimSpace(p.text(j)), j
				break
			}
		}
		*f = strings.Trim(v, "<>")
		p.keepRest(p.lines[i].n, p.lines[i].text, *f)
	} else {
		*f = strings.Trim(v, "<>")
		p.keepRest(l.n, raw, *f)
	}
	m.inBoard = false
	return i, true
}

// field reads masthead line i of a kind mastheadKind names into its field
// and reports whether it took the line.
func (m *mastReader) field(i int, kind, s string) bool {
	p, is, l := m.p, m.is, &m.p.lines[i]
	raw := l.text
	switch kind {
	case "toc":
		m.inTOC = true
		p.remove(l.n, raw, ReasonLabel)
		return true
	case "board":
		m.inBoard, m.inTOC = true, false
		p.remove(l.n, raw, ReasonLabel)
		return true
	case "sponsor":
		if is.Sponsor == "" {
			is.Sponsor = strings.TrimSuffix(s, "主管主办")
			p.keepRest(l.n, raw, is.Sponsor)
			return true
		}
	case "title":
		switch is.Title {
		case s:
			p.remove(l.n, raw, ReasonRunningHead) // the name again, over the TOC or a page
			return true
		case "":
			is.Title = s
			p.keepRest(l.n, raw, s)
			return true
		}
	case "frequency":
		if is.Frequency == "" {
			is.Frequency = frequency.FindStringSubmatch(s)[1]
			p.keepRest(l.n, raw, is.Frequency)
			return true
		}
	case "number":
		return m.number(i, s)
	case "statement":
		if is.Statement == "" {
			is.Statement = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p.text(i)), "●"))
			p.keepRest(l.n, raw, is.Statement)
			return true
		}
	}
	return false
}

// number reads the issue's year and number and its 总期号 from line i (s
// without spaces); the number as read before is a running head.
func (m *mastReader) number(i int, s string) bool {
	p, is, l := m.p, m.is, &m.p.lines[i]
	var vals []string
	again := true
	if y, n, ok := issueNumberOf(s); ok {
		again = again && y == is.Year && n == is.Number
		if is.Year == 0 && y > 0 && n > 0 {
			is.Year, is.Number = y, n
			is.Unit = unitOf(issueNumber, s)
			vals = append(vals, is.Label())
		}
	}
	if t, ok := totalNumberOf(s); ok {
		again = again && t == is.TotalNumber
		if is.TotalNumber == 0 && t > 0 {
			is.TotalNumber = t
			if is.Unit == "" {
				is.Unit = unitOf(totalNumber, s)
			}
			vals = append(vals, is.TotalLabel())
		}
	}
	if n, ok := numberAloneOf(s); ok && is.Year == 0 && is.Number == 0 {
		is.Number, m.numberAt = n, i // its year is the issue date's (see masthead)
		vals = append(vals, numberAlone.FindString(s))
	}
	switch {
	case len(vals) > 0:
		p.keepRest(l.n, l.text, vals...)
		return true
	case again && is.Year > 0:
		p.remove(l.n, l.text, ReasonRunningHead)
		return true
	}
	return false
}

// publicationDate reads line i when it gives the date of issue as …日出版
// (二〇二一年三月十五日出版) and the issue has no date yet; it reports
// whether it took the line.
func (m *mastReader) publicationDate(i int) bool {
	p, l := m.p, &m.p.lines[i]
	raw := l.text
	iso, ok := publicationDate(p.text(i))
	if !ok || m.is.Date != "" {
		return false
	}
	m.is.Date = iso
	p.keepRestAs(l.n, raw, ReasonIssueForm, gazette.DateLabel(iso))
	return true
}

// boardLine reads line i of the editorial board: roles with their names
// (总 编：→ 总编：), or more names for the role before; it reports whether
// it took the line.
func (m *mastReader) boardLine(i int) bool {
	p, is, l := m.p, m.is, &m.p.lines[i]
	txt := p.text(i)
	if k := strings.IndexAny(txt, "：:"); k > 0 && !strings.ContainsAny(strings.TrimSpace(txt[:k]), "：:") && runeLen(noSpace(txt[:k])) <= 8 {
		txt = noSpace(txt[:k]) + txt[k:]
	}
	locs := boardRole.FindAllStringSubmatchIndex(txt, -1)
	if len(locs) == 0 && m.role != nil {
		names := strings.Fields(txt)
		m.role.Names = joinNameHalves(append(m.role.Names, names...))
		p.keepRest(l.n, l.text, names...)
		return true
	}
	if len(locs) == 0 || strings.TrimSpace(txt[:locs[0][0]]) != "" {
		return false
	}
	var vals []string
	for k, loc := range locs {
		end := len(txt)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		e := gazette.BoardEntry{Role: noSpace(txt[loc[2]:loc[3]]), Names: joinNameHalves(strings.Fields(txt[loc[1]:end]))}
		is.Board = append(is.Board, e)
		vals = append(append(vals, e.Role), e.Names...)
	}
	m.role = &is.Board[len(is.Board)-1]
	p.keepRest(l.n, l.text, vals...)
	return true
}
