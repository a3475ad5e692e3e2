package importer

import (
	"regexp"
	"strconv"
	"strings"
)

// Running heads recognised from the issue itself, beyond its full name
// and number (furniture.go): a gazette prints on each page, alone or
// together, its name in a short form (某省政府公报 for 某省人民政府公报), its
// number alone (第5期) or in 〇 numerals (二〇二一年第五期), its date of
// issue (2021年3月15日), or the name of the section the page belongs to
// (省政府文件, often decorated: 【省政府文件】, ·省政府文件·) — the 目录's
// section names printed again at the top of its pages. A date or a section
// name alone on a line is a running head only where the page evidence
// says so: beside a folio or another running head, or recurring on the
// pages; a date under a signature is the document's own date.

// furnitureFrom returns the first line where page furniture may stand:
// after the masthead's own lines and its printed 目录 (the last entry with
// a page number), or at the first folio after the masthead, or at mastEnd
// — whichever comes first. The 目录's section names and the masthead's
// number are no furniture where they are printed as the masthead.
func (p *parser) furnitureFrom(mastEnd int) int {
	lastEntry, tocAt := -1, -1
	for i := 0; i < mastEnd && i < len(p.lines); i++ {
		l := &p.lines[i]
		if l.blank || l.comment != "" {
			continue
		}
		raw := strings.TrimSpace(l.text)
		if mastheadKind(noSpace(raw)) == "toc" {
			tocAt = i
			continue
		}
		if tocAt >= 0 && (tocEntryRe.MatchString(raw) || tocPageTail.MatchString(raw)) {
			lastEntry = i
		}
	}
	if lastEntry >= 0 {
		return lastEntry + 1
	}
	numberSeen := false
	for i := 0; i < mastEnd && i < len(p.lines); i++ {
		l := &p.lines[i]
		if l.blank || l.comment != "" {
			continue
		}
		key := furnitureKey(l.text)
		if mastheadKind(key) == "number" {
			numberSeen = true
		}
		if numberSeen && folioKind(key) == "decorated" {
			return i
		}
	}
	return mastEnd
}

// shortName takes out of key a short form of the gazette's name (某省政府公报,
// 某省政报 for 某省人民政府公报): the run of hanzi that ends in 公报 or 政报,
// opens with the name's first character and is made of the name's
// characters in their order. It reports whether it took one.
func (f *furniture) shortName(key string) (string, bool) {
	for _, end := range []string{"公报", "政报"} {
		k := strings.Index(key, end)
		if k < 0 {
			continue
		}
		run := []rune(key[:k+len(end)])
		start := len(run) - 2
		for start > 0 && hanzi(run[start-1]) {
			start--
		}
		for s := start; len(run)-s >= 4; s++ {
			cand := string(run[s:])
			for _, name := range f.names {
				if firstRune(cand) == firstRune(name) && subsequence(cand, name) {
					return string(run[:s]) + key[k+len(end):], true
				}
			}
		}
	}
	return key, false
}

// subsequence reports whether every character of s appears in t, in order.
func subsequence(s, t string) bool {
	rt := []rune(t)
	j := 0
	for _, r := range s {
		for j < len(rt) && rt[j] != r {
			j++
		}
		if j == len(rt) {
			return false
		}
		j++
	}
	return true
}

// sectionKey is a line's furniture key without the decoration a section
// name carries in a running head: 【省政府文件】, ·省政府文件·, ■ 省政府文件.
func sectionKey(key string) string {
	return strings.Trim(sectionName(key), furnitureSeparators+"◆◇■□●○▲△★☆▶►※【】〔〕［］[]")
}

// aloneHead reports whether key, a whole line, is a date or a section name
// the issue may print as a running head: the date (in any form), or
// one of its 目录's section names that is no entry's title (a section
// 政府工作报告 holding the report of that title). Such a line is furniture
// only with the page's evidence (dropFurniture).
func (f *furniture) aloneHead(key string) string {
	if iso, ok := dateAlone(key); ok && iso != "" {
		for _, d := range f.isoDates {
			if d == iso {
				return "date"
			}
		}
		return ""
	}
	s := sectionKey(key)
	for _, t := range f.titles {
		if t == s {
			return ""
		}
	}
	for _, sec := range f.sections {
		if sec != "" && sec == s {
			return "section"
		}
	}
	return ""
}

// aloneIsFurniture reports whether cands[k], a date or section name alone
// (aloneHead), is a running head by the page's evidence: beside a folio,
// a running head or a bare number, or recurring on other lines — unless it
// is a date under a signature (signedAbove).
func (p *parser) aloneIsFurniture(cands []furnitureCand, k int) bool {
	c := cands[k]
	near := func(j int) bool {
		return j >= 0 && j < len(cands) && (cands[j].reason == ReasonFolio || cands[j].reason == ReasonRunningHead || cands[j].bare >= 0)
	}
	recurs := 0
	for _, o := range cands {
		if o.alone != "" && o.key == c.key {
			recurs++
		}
	}
	return (near(k-1) || near(k+1) || recurs > 1) && !(c.alone == "date" && p.signedAbove(c.i))
}

// signedAbove reports whether the content line before line i (furniture
// aside) is a signature — an issuing body's name —, so that a date on line
// i is the document's date, not a running head.
func (p *parser) signedAbove(i int) bool {
	for j := i - 1; j >= 0; j-- {
		l := &p.lines[j]
		if l.blank || l.comment != "" {
			continue
		}
		key := furnitureKey(l.text)
		if folioKind(key) != "" {
			continue
		}
		return orgName(key) || signerName(l.text)
	}
	return false
}

// signerName reports whether t is a signature by office and name, as a
// 令 is signed: 总理　　李克强, 省长　王　强 — an office, a wide gap, a name
// of two to four hanzi.
func signerName(t string) bool {
	g := wideGaps(strings.TrimSpace(t))
	if len(g) < 2 || runeLen(t) > 30 {
		return false
	}
	name := noSpace(strings.Join(g[1:], ""))
	return allHanzi(noSpace(g[0])) && runeLen(noSpace(g[0])) <= 8 && allHanzi(name) && runeLen(name) >= 2 && runeLen(name) <= 4
}

// folioOf is a folio with the page count: 3/12, 3／12.
var folioOf = regexp.MustCompile(`^(\d{1,4})[/／](\d{1,4})$`)

// folioOfPages reports whether key is a folio N/M with N at most M.
func folioOfPages(key string) bool {
	m := folioOf.FindStringSubmatch(key)
	if m == nil {
		return false
	}
	n, _ := strconv.Atoi(m[1])
	total, _ := strconv.Atoi(m[2])
	return n >= 1 && n <= total
}
