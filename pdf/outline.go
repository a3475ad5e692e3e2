package pdf

import (
	"fmt"
	"strings"
	"time"

	"gazette/layout"
)

// outlineItem is one bookmark.
type outlineItem struct {
	title    string
	page     int // object of the page
	y        float64
	ref      int
	children []*outlineItem
}

// writeOutlines writes the document outline from the pages' anchors —
// sections (level 0) holding their articles (level 1), each jumping to the
// anchor's place — and returns the outline dictionary's object, or 0 when
// no page has anchors.
func writeOutlines(pf *file, pages []*layout.Page, pageRef map[int]int, geo map[int]geometry) int {
	var top []*outlineItem
	var section *outlineItem
	for _, p := range pages {
		g := geo[p.Number]
		for _, a := range p.Anchors {
			it := &outlineItem{title: a.Title, page: pageRef[p.Number], y: g.y(a.Y)}
			if a.Level > 0 && section != nil {
				section.children = append(section.children, it)
				continue
			}
			top = append(top, it)
			if a.Level <= 0 {
				section = it
			}
		}
	}
	if len(top) == 0 {
		return 0
	}
	root := pf.alloc()
	count := writeItems(pf, top, root)
	pf.set(root, fmt.Appendf(nil, "<</Type /Outlines /First %d 0 R /Last %d 0 R /Count %d>>",
		top[0].ref, top[len(top)-1].ref, count))
	return root
}

// writeItems writes a level of outline items under parent and returns how
// many items are visible (all, every level open).
func writeItems(pf *file, items []*outlineItem, parent int) int {
	for _, it := range items {
		it.ref = pf.alloc()
	}
	count := len(items)
	for i, it := range items {
		var b strings.Builder
		fmt.Fprintf(&b, "<</Title %s /Parent %d 0 R /Dest [%d 0 R /XYZ null %s null]",
			textString(it.title), parent, it.page, num(it.y))
		if i > 0 {
			fmt.Fprintf(&b, " /Prev %d 0 R", items[i-1].ref)
		}
		if i+1 < len(items) {
			fmt.Fprintf(&b, " /Next %d 0 R", items[i+1].ref)
		}
		if len(it.children) > 0 {
			n := writeItems(pf, it.children, it.ref)
			count += n
			fmt.Fprintf(&b, " /First %d 0 R /Last %d 0 R /Count %d", it.children[0].ref, it.children[len(it.children)-1].ref, n)
		}
		b.WriteString(">>")
		pf.set(it.ref, []byte(b.String()))
	}
	return count
}

// pdfDate formats t as a PDF date with its zone offset, e.g.
// D:20200721093000+08'00'.
func pdfDate(t time.Time) string {
	s := t.Format("D:20060102150405")
	_, off := t.Zone()
	if off == 0 {
		return s + "Z"
	}
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("%s%c%02d'%02d'", s, sign, off/3600, off%3600/60)
}
