package importer

import "regexp"

// A table cut by a page break is often continued under a label, 续表 (or
// 续表1, （续表）, 续上表), above its header repeated. The label is page
// furniture of the continuation: the table is joined again into one (with
// one header; the layout repeats it on every page), and the label is
// listed as removed.

// ReasonContinued is the reason of a removal: a 续表 label.
const ReasonContinued = "续表标签（表格跨页接续，已接为一张表）"

// continuedLabel matches a 续表 label alone on its line (furniture key).
var continuedLabel = regexp.MustCompile(`^[（(]?(?:续表|续上表)[0-9０-９一二三四五六七八九十]*[）)]?$`)

// dropContinuedLabels removes the 续表 labels on lines[from:] that stand
// between two rows of a tab table (page furniture already removed).
func (p *parser) dropContinuedLabels(from int) int {
	removed := 0
	for i := from; i < len(p.lines); i++ {
		l := &p.lines[i]
		if l.blank || l.tab || l.pipe || l.comment != "" || l.hashes > 0 || !continuedLabel.MatchString(furnitureKey(l.text)) {
			continue
		}
		prev, next := i-1, i+1
		for prev >= 0 && p.lines[prev].blank {
			prev--
		}
		for next < len(p.lines) && p.lines[next].blank {
			next++
		}
		if prev < 0 || next >= len(p.lines) || !p.lines[prev].tab || !p.lines[next].tab {
			continue
		}
		p.warn.add(l.n, "续表标签“%s”不是正文，表格已接为一张，已略去", l.text)
		p.remove(l.n, l.text, ReasonContinued)
		l.blank, l.furniture, l.text = true, true, ""
		removed++
	}
	return removed
}
