package importer

import "strings"

// The masthead ends at the printed 目录 when text follows it that no
// masthead field takes. The lines between the 目录's end and the first
// document found are either colophon lines (主办：…, 编辑：…, 内部资料　免费赠阅,
// a board's names) or the text of a document whose head the segmentation
// did not know (a speech, a title without 文号): such a line is never filed
// as a colophon line, where it would leave the body silently; it begins
// the untitled text the editor is asked to file (untitledLead).

// afterTOC returns where the masthead ends, given mastEnd, the first
// document's line: the first line after the 目录's end (p.tocEnd) that is
// no masthead line (mastheadLine), or mastEnd.
func (p *parser) afterTOC(mastEnd int) int {
	if p.tocEnd <= 0 {
		return mastEnd
	}
	for j := p.tocEnd; j < mastEnd && j < len(p.lines); j++ {
		if l := &p.lines[j]; !l.blank && l.comment == "" && !p.tocBar[j] && !p.mastheadLine(j) {
			return j
		}
	}
	return mastEnd
}

// mastheadLine reports whether line i may be read by the masthead: a line
// of a kind mastheadKind names, a "label：value" line, a slogan, page
// furniture, a date of publication, a colophon note, the value under a
// label alone, or a line of names (an editorial board's names carried
// over).
func (p *parser) mastheadLine(i int) bool {
	raw := strings.TrimSpace(plainOf(p.lines[i].text))
	s := noSpace(raw)
	if mastheadKind(s) != "" || strings.ContainsAny(s, "：:") || sloganLike(raw) || colophonNote(s) ||
		folioKind(furnitureKey(raw)) != "" || p.tocRemoval(i) && tocShaped(raw) {
		return true
	}
	if _, ok := publicationDate(raw); ok {
		return true
	}
	if prev := p.prevContent(i); prev >= 0 && strings.TrimRight(strings.TrimSpace(p.lines[prev].text), "：:") != strings.TrimSpace(p.lines[prev].text) {
		return true // the value under a label alone (主管主办： / 景德镇市人民政府)
	}
	f := strings.Fields(raw)
	for _, w := range f {
		if !personName(w) && !(runeLen(w) == 1 && hanzi(firstRune(w))) {
			return false
		}
	}
	return len(f) > 1
}
