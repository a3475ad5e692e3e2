package importer

import (
	"regexp"
	"strconv"
	"strings"
)

// Page furniture (GB/T 9704-2012 §7.5 页码; a gazette's running head, 书眉)
// is what a page carries besides its text: the folio and the running head
// with the gazette's name, its year and number (2019年第2期), its running
// number (总第46期) or its date, alone or together. A text extracted from a
// printed issue has them on lines of their own wherever a page broke — at
// the top or the bottom of a page, inside a paragraph, between a title and
// its 文号 line, between two rows of a table. They are recognised from the
// issue itself (its masthead says its name and number), removed, and
// listed with their lines (Report.Removed); the paragraph or table they
// cut is joined again.

// furniture is what the issue's masthead says it is called.
type furniture struct {
	names    []string // the gazette's name, folded, without spaces
	labels   []string // 2019年第2期, 总第46期 — each alone is a running head
	dates    []string // the issue's date, a running head only with a name or label
	sections []string // the 目录's sections, part of a running head only with a name or label
	numbers  []string // 第5期: the number without its year, a running head alone or with the name
	isoDates []string // the issue's date as YYYY-MM-DD, a running head alone beside other furniture (runninghead.go)
	titles   []string // the 目录's entry titles: a section name equal to one is no running head
}

var (
	// folioDecorated is a folio with marks around it: — 12 —, -4-, —6—, ·12·, （12）.
	folioDecorated = regexp.MustCompile(`^(?:[—－\-–·•~～]{1,2}|[(（])\d{1,4}(?:[—－\-–·•~～]{1,2}|[)）])$`)
	// folioWords is a folio in words: 第 3 页, 第3页 共40页.
	folioWords = regexp.MustCompile(`^第\d{1,4}页(?:[,，/／]?共\d{1,4}页)?$`)
	folioBare  = regexp.MustCompile(`^\d{1,4}$`)
	// furnitureSeparators may stand between the parts of a running head.
	furnitureSeparators = "()（）·•|｜/／—－-–~～,，、 "
)

// furnitureKey is a line's text as furniture is compared: without spaces or
// markup, full-width digits and letters folded to ASCII.
func furnitureKey(s string) string {
	var b strings.Builder
	for _, r := range plainOf(s) {
		if r >= 0xFF10 && r <= 0xFF19 || r >= 0xFF21 && r <= 0xFF3A || r >= 0xFF41 && r <= 0xFF5A {
			r -= 0xFEE0
		}
		if r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' {
			continue
		}
		b.WriteRune(r)
	}
	return canonNumbers(b.String())
}

// learnFurniture reads the gazette's name, number and date from the
// masthead on lines[:to], and the sections of its 目录 (a running head may
// name the section: 某市人民政府公报·市政府文件).
func (p *parser) learnFurniture(to int) furniture {
	var f furniture
	add := func(list *[]string, s string) {
		for _, x := range *list {
			if x == s {
				return
			}
		}
		*list = append(*list, s)
	}
	for i := 0; i < to && i < len(p.lines); i++ {
		l := &p.lines[i]
		if l.blank || l.comment != "" || l.tab {
			continue
		}
		k := furnitureKey(l.text)
		if name, j, ok := p.twoLineName(i, to); ok {
			add(&f.names, name)
			i = j
			continue
		}
		switch mastheadKind(k) {
		case "title":
			add(&f.names, k)
		case "number":
			if y, n, ok := issueNumberOf(k); ok {
				add(&f.labels, strconv.Itoa(y)+"年第"+strconv.Itoa(n)+"期")
				add(&f.numbers, "第"+strconv.Itoa(n)+"期")
			}
			if t, ok := totalNumberOf(k); ok {
				add(&f.labels, "总第"+strconv.Itoa(t)+"期")
			}
			if n, ok := numberAloneOf(k); ok {
				add(&f.numbers, "第"+strconv.Itoa(n)+"期")
			}
		}
		if strings.HasPrefix(k, "出版日期") || strings.HasPrefix(k, "出版时间") {
			if iso, ok := dateAlone(afterColon(k)); ok && iso != "" {
				add(&f.dates, noSpace(strings.TrimSpace(afterColon(k))))
				add(&f.isoDates, iso)
			}
		}
		if iso, ok := publicationDate(k); ok {
			add(&f.dates, strings.TrimSuffix(k, "出版"))
			add(&f.isoDates, iso)
		}
	}
	contents := p.preTOC(to)
	for _, s := range contents.sections {
		add(&f.sections, furnitureKey(s))
	}
	for _, e := range contents.entries {
		add(&f.titles, e.title)
	}
	return f
}

// folioKind reports whether key (a furnitureKey) is a folio: "decorated"
// (— 12 —, 第3页), "bare" (12: a folio only beside other furniture), or "".
func folioKind(key string) string {
	switch {
	case folioDecorated.MatchString(key) || folioWords.MatchString(key) || folioOfPages(key):
		return "decorated"
	case folioBare.MatchString(key):
		return "bare"
	}
	return ""
}

// runningHeadOf reports whether key is a running head of this issue: made
// of its name, its number label and its date (and at most a folio), with
// separators between, and at least the name or a label among them. With
// no masthead known, the generic test runningHead applies.
func (f *furniture) runningHeadOf(key string) bool {
	if len(f.names) == 0 && len(f.labels) == 0 {
		return false
	}
	rest, found := key, false
	take := func(list []string) {
		for _, s := range list {
			if s != "" && strings.Contains(rest, s) {
				rest = strings.ReplaceAll(rest, s, "")
				found = true
			}
		}
	}
	take(f.names)
	if !found {
		rest, found = f.shortName(rest)
	}
	take(f.labels)
	take(f.numbers) // 第5期 alone, once the labels holding it are taken
	if !found {
		return false
	}
	for _, d := range f.dates {
		rest = strings.ReplaceAll(rest, d, "")
	}
	for _, s := range f.sections {
		if s != "" {
			rest = strings.ReplaceAll(rest, s, "")
		}
	}
	for _, ch := range furnitureSeparators {
		rest = strings.ReplaceAll(rest, string(ch), "")
	}
	rest = strings.TrimPrefix(strings.TrimSuffix(rest, "页"), "第")
	return rest == "" || folioBare.MatchString(rest)
}

// dropFurniture removes the running heads and folios on lines[from:],
// lists each, and returns how many it removed. A bare number is a folio
// only beside other furniture (the folio of the page that ends above the
// running head of the next), or beside the next bare number.
func (p *parser) dropFurniture(from int, f furniture) int {
	cands := p.furnitureCands(from, f)
	removed := 0
	for k, c := range cands {
		reason := c.reason
		if c.bare >= 0 && (besideFurniture(cands, k-1, c.bare) || besideFurniture(cands, k+1, c.bare)) {
			reason = ReasonFolio
		}
		if c.alone != "" && p.aloneIsFurniture(cands, k) {
			reason = ReasonRunningHead
		}
		if reason == "" || reason == "-" {
			continue
		}
		l := &p.lines[c.i]
		p.warn.add(l.n, "页眉或页码“%s”不是正文，已略去", l.text)
		p.remove(l.n, l.text, reason)
		l.blank, l.furniture, l.text = true, true, ""
		removed++
	}
	removed += p.dropContinuedLabels(from) // continued.go
	if removed > 0 {
		p.continueSpaceTables(from) // spacetable.go
	}
	return removed
}

// furnitureCand is a content line of lines[from:] as dropFurniture sees
// it: a folio or running head (reason), a bare number that may be a folio
// (bare ≥ 0, reason ""), or content (reason "-").
type furnitureCand struct {
	i      int
	reason string
	bare   int
	alone  string // a date or section name alone: furniture by its context (runninghead.go)
	key    string // the content line's furnitureKey
}

// furnitureCands classifies the content lines of lines[from:].
func (p *parser) furnitureCands(from int, f furniture) []furnitureCand {
	var cands []furnitureCand
	for i := from; i < len(p.lines); i++ {
		l := &p.lines[i]
		if l.blank || l.tab || l.pipe || l.comment != "" {
			continue
		}
		key := furnitureKey(l.text)
		switch {
		case l.hashes == 0 && folioKind(key) == "decorated":
			cands = append(cands, furnitureCand{i: i, reason: ReasonFolio, bare: -1})
		case l.hashes == 0 && folioKind(key) == "bare":
			n, _ := strconv.Atoi(key)
			cands = append(cands, furnitureCand{i: i, bare: n})
		case f.runningHeadOf(key) || (l.hashes == 0 && runningHead(l.text)):
			cands = append(cands, furnitureCand{i: i, reason: ReasonRunningHead, bare: -1})
		default:
			c := furnitureCand{i: i, reason: "-", bare: -1, key: key} // content
			if l.hashes == 0 {
				c.alone = f.aloneHead(key)
			}
			cands = append(cands, c)
		}
	}
	return cands
}

// besideFurniture reports whether cands[j], next to a bare number n, is
// page furniture or the next or previous bare number: what makes n a
// folio.
func besideFurniture(cands []furnitureCand, j, n int) bool {
	if j < 0 || j >= len(cands) {
		return false
	}
	o := cands[j]
	return o.reason == ReasonFolio || o.reason == ReasonRunningHead || (o.bare >= 0 && (o.bare == n+1 || o.bare == n-1))
}
