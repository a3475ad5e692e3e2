package importer

// Documents without a 文号 line. A document is recognised first by its
// head: the 文号 line (or the 令号 of an order) under or over its title. Many
// documents a gazette prints have none: a people's congress standing
// committee's 决定, 决议 and 任免名单, a government's 规章 and its 政府工作报告
// carry a 题注 under the title instead — （2023年5月31日…第十二次会议通过） —
// or nothing at all. Such a document begins at the title over its 题注, or
// at the title the issue's own 目录 lists (the 目录 is the authority: an
// entry names a document, and the document begins where its title is
// printed).

import (
	"fmt"
	"regexp"
	"strings"
)

// headLine reports whether line i holds the number of a document's head:
// a 文号 line, an order's 令号, a 公告's number.
func (p *parser) headLine(i int) bool {
	l := &p.lines[i]
	if l.blank || l.hashes > 0 || l.tab || l.pipe || !strings.Contains(l.text, "号") {
		return false
	}
	return p.orderNumberAt(i) || p.noticeNumberAt(i) || isDocLine(tidySpaces(p.text(i)))
}

// noticeTitle reports whether t (without spaces) is the head of a numbered
// announcement: a body's name followed by 公告 (某市人民代表大会常务委员会公告,
// 某市人民政府公告), which a people's congress standing committee publishes
// each law or regulation with, numbered 第N号 under it.
func noticeTitle(t string) bool {
	return strings.HasSuffix(t, "公告") && runeLen(t) <= 32 && orgName(strings.TrimSuffix(t, "公告"))
}

// noticeNumber returns the number of an announcement's number line —
// 第12号, （第12号） — or "".
func noticeNumber(t string) string {
	t = noSpace(t)
	for _, b := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if strings.HasPrefix(t, b[0]) && strings.HasSuffix(t, b[1]) {
			t = t[len(b[0]) : len(t)-len(b[1])]
		}
	}
	if !isOrderNumber(t) {
		return ""
	}
	t, _ = fullWidthDigits(t)
	return t
}

// noticeNumberAt reports whether line i is the number of an announcement:
// 第N号 (in brackets or not) alone, the content line above its head.
func (p *parser) noticeNumberAt(i int) bool {
	l := &p.lines[i]
	if l.blank || len(l.text) > 40 || !strings.Contains(l.text, "号") || !p.plainLine(i) || noticeNumber(l.text) == "" {
		return false
	}
	above := p.prevContent(i)
	return above >= 0 && noticeTitle(noSpace(plainOf(p.lines[above].text)))
}

// noteLine reports whether line i is a 题注 (see adoptionNote).
func (p *parser) noteLine(i int) bool {
	if !p.plainLine(i) || p.lines[i].blank {
		return false
	}
	if r := firstRune(strings.TrimLeft(p.lines[i].text, " \t\u3000")); r != '（' && r != '(' {
		return false // the cheap test first
	}
	_, _, ok := adoptionNote(tidySpaces(plainOf(p.text(i))))
	return ok
}

// titleAbove returns the first line of the title printed over line i (a
// 题注): up to three title-like lines, not of the 目录, not a 目录 section's
// name (sections, printed over the documents), not a folio, not a
// disclosure note; a line above the last that ends a sentence, ends with
// a 文种 or holds a colon belongs to what comes before. It returns -1 when
// no title stands there.
func (p *parser) titleAbove(i int, toc map[int]bool, sections map[string]bool) int {
	t := -1
	for j, k := p.prevContent(i), 0; j >= 0 && k < 3; j, k = p.prevContent(j), k+1 {
		s := tidySpaces(plainOf(p.text(j)))
		if toc[j] || sections[noSpace(sectionName(s))] || !(p.titleLike(j) || p.titleHash(j)) || folioKind(furnitureKey(s)) != "" || isDisclosure(s) ||
			strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(") || mastheadKind(noSpace(s)) != "" {
			break
		}
		if k > 0 && (endsSentence(s) || endsWithGenre(noSpace(s)) || strings.ContainsAny(s, "：:") || runeLen(s) > 40) {
			break
		}
		t = j
		if _, ok := issuerLine(s); ok {
			break // the issuer opens the title: nothing above is the title's
		}
	}
	return t
}

// noNumberStarts returns the first lines of the documents without a 文号
// line: the title over each 题注, and the first printing after the 目录 of
// each title the 目录 lists without a 文号 (one with a 文号 begins at its
// 文号 line), and the head of each numbered 公告. A title over a 题注 that
// the document before names (the 办法 a 印发 notice carries, adopted by a
// meeting) is that document's; so is a title that is part of a 文号
// document's head (the title under a 版头's 文号, or over a 文号 line).
func (p *parser) noNumberStarts(heads, starts, toc map[int]bool, tocEnd int) []int {
	var out []int
	seen := map[int]bool{}
	add := func(j int) {
		if j >= 0 && !seen[j] && !p.inNumberedHead(j, heads) {
			seen[j] = true
			out = append(out, j)
		}
	}
	listed := p.preTOC(tocEnd)
	sections := map[string]bool{}
	for _, name := range listed.sections {
		sections[noSpace(name)] = true
	}
	for i := range p.lines {
		if p.noticeNumberAt(i) && !seen[p.prevContent(i)] {
			seen[p.prevContent(i)] = true // a numbered announcement begins at its head
			out = append(out, p.prevContent(i))
		}
		if p.noteLine(i) {
			if j := p.titleAbove(i, toc, sections); j >= 0 && !p.orderRules(j) && !p.carried(j, i, starts) {
				add(j)
			}
		}
	}
	p.listedStarts(listed, toc, tocEnd, add)
	return out
}

// listedStarts adds (add) the start of each title the 目录 (listed) lists
// without a 文号, each looked for once, in one pass: the first run of one
// to three lines after the 目录 (from tocEnd, its lines toc aside) that is
// it (listedStart).
func (p *parser) listedStarts(listed *toc, toc map[int]bool, tocEnd int, add func(int)) {
	want := map[string]bool{}
	for _, e := range listed.entries {
		if e.docNumber == "" && runeLen(e.title) >= 4 {
			want[e.title] = true
		}
	}
	for j := tocEnd; j < len(p.lines) && len(want) > 0; j++ {
		if p.lines[j].blank || toc[j] {
			continue
		}
		run := ""
		for x, m := j, 0; x < len(p.lines) && m < 3; x++ {
			l := &p.lines[x]
			if l.blank {
				continue
			}
			if l.tab || l.pipe || l.comment != "" {
				break
			}
			run, m = run+noSpace(plainOf(l.text)), m+1
			if !want[run] {
				continue
			}
			if p.titleLike(j) {
				delete(want, run)
				p.listedStart(j, x, toc, add)
			}
			break
		}
	}
}

// listedStart adds the start of the document whose title, as the 目录
// lists it, is printed on lines [j, x]: at its issuer line above when the
// 目录 leaves the issuer out; none for the rules under an order's date, or
// a title over a 题注 (the 题注 finds it).
func (p *parser) listedStart(j, x int, toc map[int]bool, add func(int)) {
	if up := p.prevContent(j); up >= 0 && !toc[up] && p.titleLike(up) {
		if _, ok := issuerLine(tidySpaces(plainOf(p.text(up)))); ok {
			j = up
		}
	}
	if next := p.nextContent(x); !p.orderRules(j) && !(next < len(p.lines) && p.noteLine(next)) {
		add(j)
	}
}

// inNumberedHead reports whether title line j belongs to the head of a
// document known by its 文号 (heads): a 文号 or 令号 line among the three
// content lines just above it (the 版头 order) or just below it (the
// gazette's order), with only title-like lines between.
func (p *parser) inNumberedHead(j int, heads map[int]bool) bool {
	for x, k := j, 0; x >= 0 && k < 4; x, k = p.prevContent(x), k+1 {
		if heads[x] {
			return true
		}
		if x != j && !p.titleLike(x) {
			break
		}
	}
	for x, k := j, 0; x < len(p.lines) && k < 4; x, k = p.nextContent(x), k+1 {
		if heads[x] {
			return true
		}
		if x != j && !p.titleLike(x) {
			break
		}
	}
	return false
}

// nextContent returns the first non-blank line after i, or len(lines).
func (p *parser) nextContent(i int) int {
	for j := i + 1; j < len(p.lines); j++ {
		if !p.lines[j].blank {
			return j
		}
	}
	return len(p.lines)
}

// issuerOpeningTitle reads the issuer of a title without 关于 that begins
// with a body's name and ends with the kind of document, as a 题注'd
// document's title does (某市人民代表大会常务委员会任免名单): the longest
// opening that is a body's name, with at most eight characters after it.
func issuerOpeningTitle(title string) []string {
	t := []rune(noSpace(title))
	for k := len(t) - 2; k >= 3; k-- {
		if len(t)-k <= 8 && orgName(string(t[:k])) {
			return []string{string(t[:k])}
		}
	}
	return nil
}

// dashSubtitle reports whether a line under a title is its subtitle
// introduced by a dash (破折号, GB/T 15834-2011 §4.9: 副标题之前): the
// occasion of a report or speech, ——2021年1月25日在…会议上.
func dashSubtitle(t string) bool {
	return strings.HasPrefix(t, "——") && runeLen(t) <= 80 && !endsSentence(t) && !strings.ContainsAny(t, "：:")
}

// orderRules reports whether title line j is the title of the rules an
// order publishes: under the order's date, the order's 令号 a few lines
// above (GB/T 9704-2012 §10.2; a 目录 may list the rules as an entry of
// their own).
func (p *parser) orderRules(j int) bool {
	d := p.prevContent(j)
	if d < 0 {
		return false
	}
	if _, ok := dateAlone(tidySpaces(plainOf(p.text(d)))); !ok {
		return false
	}
	for x, k := p.prevContent(d), 0; x >= 0 && k < 8; x, k = p.prevContent(x), k+1 {
		if p.orderNumberAt(x) {
			return true
		}
	}
	return false
}

// noDocument is the error for a whole issue's text in which no document
// is found: an issue of a masthead alone is no import (its text would be
// kept only as colophon lines or the 目录).
func noDocument(name string) error {
	return fmt.Errorf("%s: 未找到任何文件或文章（没有标题下的文号、令号或题注，也没有目录所列的标题），未导入；请检查是否为整期公报的文本", name)
}

// joinWrappedNotes joins a 题注 that the extraction broke over two or three
// lines — （2023年5月31日某市第十六届人民代表大会常务委员会 / 第十二次会议通过）
// — into its first line (a 题注 is one unit; a narrow column wraps it), so
// that it is read as the note under the title. The lines it took become
// blank; each join is reported on its line.
func (p *parser) joinWrappedNotes() {
	for i := range p.lines {
		l := &p.lines[i]
		s := strings.TrimSpace(l.text)
		if l.blank || !p.plainLine(i) || !(strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(")) || strings.ContainsAny(s, "）)") {
			continue
		}
		joined, took := s, []int(nil)
		for j := i + 1; j < len(p.lines) && len(took) < 2 && !p.lines[j].blank && p.plainLine(j); j++ {
			t := strings.TrimSpace(p.lines[j].text)
			joined, took = joined+t, append(took, j)
			if !strings.HasSuffix(t, "）") && !strings.HasSuffix(t, ")") {
				continue
			}
			if _, _, ok := adoptionNote(tidySpaces(joined)); ok {
				l.text = joined
				for _, k := range took {
					p.lines[k].text, p.lines[k].blank = "", true
				}
				p.warn.add(l.n, "题注分在%d行，已合为一行", len(took)+1)
			}
			break
		}
	}
}

// noteOrderRe finds the order that published a 规章 in its 题注:
// …通过　2023年6月8日某市人民政府令第12号公布　自…起施行.
var noteOrderRe = regexp.MustCompile(`(?:日|\s)([^\s]{2,30}?令)\s*(第\s*[0-9一二三四五六七八九十百〇零]{1,6}\s*号)\s*公布`)

// noteOrder returns the 文号 of the order a 题注 names as publishing the
// rules (某市人民政府令第12号, as the 目录 lists it), or "".
func noteOrder(note string) string {
	m := noteOrderRe.FindStringSubmatch(note)
	if m == nil || !orderTitle(m[1]) {
		return ""
	}
	d, _ := fullWidthDigits(m[1] + noSpace(m[2]))
	return d
}

// carried reports whether the title on lines [j, note) is named in the
// title of the document that begins before it (starts): the text a 印发 or
// 转发 notice carries, printed after the notice with its own 题注.
func (p *parser) carried(j, note int, starts map[int]bool) bool {
	title := ""
	for x := j; x < note; x++ {
		if !p.lines[x].blank {
			title += noSpace(plainOf(p.lines[x].text))
		}
	}
	if runeLen(title) < 4 {
		return false
	}
	for s := j - 1; s >= 0; s-- {
		if !starts[s] {
			continue
		}
		head := ""
		for x, k := s, 0; x < len(p.lines) && x < j && k < 4; x, k = p.nextContent(x), k+1 {
			head += noSpace(plainOf(p.lines[x].text))
		}
		return strings.Contains(head, title)
	}
	return false
}
