package importer

// Where the printed 目录 ends. A 目录 is not guessed from what follows it:
// its lines have the shape of entries (a title with a leader and a page
// number, a tab, an order's entry 某某令（第5号）…), or they name a document
// that is printed again further on (a 目录 without page numbers), or they
// are page furniture. None of these lines can be part of a document's
// title, however title-like it looks; tocLines marks them so that finding
// a document's first line (titleStart, docStart, titleAbove) stops there.

import "strings"

// tocLines returns the lines of the printed 目录, and the line where the
// 目录 ends (0 without one). The 目录 runs from its label over lines shaped
// like an entry, folios, lines whose text is printed again below as one to
// three lines (the title of the document an entry without page number
// lists), running heads, and section names and the first lines of wrapped
// entries followed by such a line; it ends at the first other line, or at
// a head line (a 文号, a 令号: heads[i]; a 题注). The lines returned are the
// entries, folios, running heads and label: none can be part of a
// document's title.
func (p *parser) tocLines(heads map[int]bool) (map[int]bool, int) {
	out := map[int]bool{}
	heads = p.withNotes(heads)
	label := p.tocLabel(heads)
	if label < 0 {
		return out, 0
	}
	out[label] = true
	memo := map[int]bool{}
	var runs map[string][]int // built once, when first asked (printedAgain)
	entry := func(j int) bool {
		if v, ok := memo[j]; ok {
			return v
		}
		l := &p.lines[j]
		raw := strings.TrimSpace(l.text)
		memo[j] = l.tab || tocShaped(raw) || p.printedAgain(j, &runs, label)
		return memo[j]
	}
	j := label + 1
	for k := 0; j < len(p.lines) && !heads[j] && k < maxTOCLines; j++ {
		l := &p.lines[j]
		if l.blank || l.comment != "" {
			continue
		}
		k++
		if entry(j) || folioKind(furnitureKey(l.text)) != "" || mastheadKind(noSpace(plainOf(l.text))) != "" {
			out[j] = true
			continue
		}
		// A wrapped entry's first line, then its last: an entry.
		wrapped := func(j int) bool {
			next := p.nextContent(j)
			return next < len(p.lines) && !heads[next] && notSentence(p.lines[j].text) && entry(next)
		}
		if next := p.nextContent(j); tocSection(l.text) && next < len(p.lines) && !heads[next] && (entry(next) || wrapped(next)) {
			continue // a section name over its entries
		}
		if wrapped(j) {
			out[j] = true
			continue
		}
		break
	}
	return out, j
}

// tocLabel returns the line of the 目录's label (目录, 本期目录), or -1
// when none comes before the first head line (heads).
func (p *parser) tocLabel(heads map[int]bool) int {
	for i := range p.lines {
		if heads[i] {
			return -1 // no 目录 before the first document
		}
		l := &p.lines[i]
		if !l.blank && l.comment == "" && mastheadKind(noSpace(plainOf(l.text))) == "toc" {
			return i
		}
	}
	return -1
}

// tocSection reports whether a 目录 line may be a section name: short once
// its decoration is off (【】, 一、, ■), without a sentence's punctuation.
func tocSection(raw string) bool {
	s := noSpace(sectionName(plainOf(raw)))
	return s != "" && runeLen(s) <= 16 && !strings.ContainsAny(s, "，。；：！？、,;:!?")
}

// maxTOCLines bounds the lines read as a 目录 (a whole issue's 目录 has a
// few dozen entries).
const maxTOCLines = 300

// tocShaped reports whether a line has the shape of a 目录 entry: a title,
// a leader or spaces, a page number (（3）, 12); or an order's entry with
// its 令号 in brackets (某县人民政府令（第5号）　某县…办法).
func tocShaped(raw string) bool {
	if tocEntryRe.MatchString(raw) || strings.Contains(raw, "……") {
		return true
	}
	if m := tocPageTail.FindStringSubmatch(raw); m != nil && runeLen(m[1]) > 4 {
		return true
	}
	_, _, ok := tocOrder(raw)
	return ok
}

// printedAgain reports whether line j's text (spaces aside, at least six
// characters) is printed again after it as one to three consecutive lines,
// more often than the 目录 lines between from and j list it (listedBefore):
// each printing is named by one entry, so the second of two documents of
// the same title (任免 通知 are often titled alike) is no entry of a 目录
// that lists both already. *runs maps the text of every such run after
// line from to the lines it starts at; it is built on the first call.
func (p *parser) printedAgain(j int, runs *map[string][]int, from int) bool {
	want := noSpace(plainOf(p.lines[j].text))
	if runeLen(want) < 6 {
		return false
	}
	if *runs == nil {
		*runs = map[string][]int{}
		for k := from + 1; k < len(p.lines); k++ {
			if p.lines[k].blank || len(p.lines[k].text) > maxTitleLine {
				continue
			}
			run := ""
			for x, m := k, 0; x < len(p.lines) && m < 3; x++ {
				l := &p.lines[x]
				if l.blank {
					continue
				}
				if l.tab || l.pipe || l.comment != "" || len(l.text) > maxTitleLine {
					break
				}
				run, m = run+noSpace(plainOf(l.text)), m+1
				if at := (*runs)[run]; len(at) == 0 || at[len(at)-1] != k {
					(*runs)[run] = append(at, k)
				}
			}
		}
	}
	after := 0
	for _, k := range (*runs)[want] {
		if k > j {
			after++
		}
	}
	return after > p.listedBefore(want, from, j)
}

// maxTitleLine is the longest line (in bytes) that may be a line of a
// title: 80 characters (titleLike's bound), 3 bytes each.
const maxTitleLine = 240

// tocRemoval reports whether line i, read in the 目录, may be removed as
// part of it: a line shaped like an entry, a folio; before the 目录's end
// (tocLines) also a section name or a line that is no sentence (the first
// line of an entry the 目录 wrapped).
// A sentence — a line that ends like one or holds a colon — is no 目录's:
// it is kept, never removed under a wrong reason.
func (p *parser) tocRemoval(i int) bool {
	raw := strings.TrimSpace(p.lines[i].text)
	if p.lines[i].tab || tocShaped(raw) || folioKind(furnitureKey(raw)) != "" {
		return true
	}
	if p.tocEnd > 0 && i >= p.tocEnd {
		return false // after the 目录's end (tocLines): no section name, no wrapped entry
	}
	if tocSection(raw) {
		return true
	}
	s := tidySpaces(plainOf(raw))
	return !endsSentence(s) && !strings.ContainsAny(s, "：:；;")
}

// removeTOCLine reads line i into the 目录 t and lists it as removed: a
// folio as a folio, any other line as the 目录's.
func (p *parser) removeTOCLine(t *toc, i int) {
	l := &p.lines[i]
	if folioKind(furnitureKey(l.text)) == "decorated" && !l.tab {
		p.remove(l.n, l.text, ReasonFolio)
		return
	}
	t.line(l.text)
	p.remove(l.n, l.text, ReasonTOC)
}

// flush makes the line waiting for a page number an entry of its own: the
// 目录 lists it without one (a section name or the 目录's end follows).
func (t *toc) flush() {
	if p := strings.TrimSpace(t.pending); p != "" {
		t.pending = ""
		t.entry(p)
	}
}

// flushComplete flushes the waiting line when it is a whole entry (a
// title ending with its 文种, an order's entry) and another line without
// page number follows: two entries of a 目录 without page numbers.
func (t *toc) flushComplete() {
	p := noSpace(t.pending)
	if _, _, ok := tocOrder(t.pending); ok || endsWithGenre(p) {
		t.flush()
	}
}

// sameTitleBut reports whether a 目录 entry's title and a document's title
// (both without spaces) are one title, one with the issuer before it and
// one without: 关于修改《某市城市绿化条例》的决定 and
// 某市人民代表大会常务委员会关于修改《某市城市绿化条例》的决定 (a 目录 under
// the issuer's section name often leaves the issuer out).
func sameTitleBut(a, b string) bool {
	if runeLen(a) > runeLen(b) {
		a, b = b, a
	}
	if runeLen(a) < 6 || a == b || !strings.HasSuffix(b, a) {
		return false
	}
	return orgName(strings.TrimSuffix(b, a))
}

// notSentence reports whether a line may be the first line of a wrapped
// 目录 entry: it does not end like a sentence and holds no colon.
func notSentence(raw string) bool {
	s := tidySpaces(plainOf(raw))
	return !endsSentence(s) && !strings.ContainsAny(s, "：:；;")
}

// withNotes is heads with the 题注 lines added (a 题注 opens a document).
func (p *parser) withNotes(heads map[int]bool) map[int]bool {
	out := make(map[int]bool, len(heads))
	for i, h := range heads {
		out[i] = h
	}
	for i := range p.lines {
		if !out[i] && p.noteLine(i) {
			out[i] = true
		}
	}
	return out
}
