package importer

import (
	"strings"

	"gazette/gazette"
)

// Documents of the same title. Cities title most 任免 通知 alike
// (某市人民政府关于任免工作人员的通知), so an issue often prints several, and
// its 目录 lists each once, told apart by 文号 or page only. Each 目录 entry
// names one printing: the entries are consumed one to one.

// listedBefore counts the 目录 lines between from and j (both excluded)
// whose entry is titled want (spaces aside; an entry's 文号, leader and
// page number are no part of its title), or that are want alone (an entry
// without page number).
func (p *parser) listedBefore(want string, from, j int) int {
	n := 0
	for k := from + 1; k < j && k < len(p.lines); k++ {
		l := &p.lines[k]
		raw := strings.TrimSpace(l.text)
		if l.blank || l.comment != "" {
			continue
		}
		if noSpace(plainOf(raw)) == want {
			n++ // an entry without page number: the title alone
			continue
		}
		if !(l.tab || tocShaped(raw)) {
			continue
		}
		t := &toc{}
		t.line(l.text)
		t.flush()
		for _, e := range t.entries {
			if e.title == want {
				n++
			}
		}
	}
	return n
}

// entryNames reports whether 目录 entry e names article a (title its
// title without spaces): by 文号, by title, by a heading inside it, or by
// its title less the issuer.
func entryNames(e *tocEntry, a *gazette.Article, title string) bool {
	return (e.docNumber != "" && e.docNumber == a.DocNumber) || e.title == title || enclosesTitle(a, e.title) ||
		(e.docNumber == "" && sameTitleBut(e.title, title))
}

// consume reports whether entry x names one of arts (titles their titles
// without spaces) and marks the article it takes as used. An entry that
// repeats an earlier one (same title and 文号) takes an article no entry
// took: two entries of one title name two documents.
func (t *toc) consume(x int, arts []*gazette.Article, titles []string, used map[int]bool) bool {
	e := &t.entries[x]
	repeat := t.repeats(x)
	taken := -1
	for k, a := range arts {
		if !entryNames(e, a, titles[k]) {
			continue
		}
		if !used[k] {
			used[k] = true
			return true
		}
		taken = k
	}
	return taken >= 0 && !repeat
}

// repeats reports whether entry x repeats an earlier entry: the same
// title and 文号.
func (t *toc) repeats(x int) bool {
	for y := 0; y < x; y++ {
		if t.entries[y].title == t.entries[x].title && t.entries[y].docNumber == t.entries[x].docNumber {
			return true
		}
	}
	return false
}
