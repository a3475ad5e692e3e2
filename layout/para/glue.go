package para

// Squeeze priorities, in the order clreq (justification) and docs/typesetting.md §3 take
// them: Latin word spaces down to ¼ em, then brackets and ，、；： to ½ em,
// then CJK–Latin gaps down to ⅛ em, then 。？！ to ½ em. (Line-end marks lose
// their blank half before any of these: the glue after a line's last atom is
// dropped.)
const (
	sqWordSpace = iota
	sqBracket
	sqCJKLatin
	sqStop
	nSqueeze
)

// Stretch priorities (clreq (justification)): word spaces up to ½ em, then CJK–Latin
// gaps up to ½ em, then every inter-character gap alike.
const (
	stWordSpace = iota
	stCJKLatin
	nStretch
)

// glue is what lies between atom i and atom i+1: the blank halves of
// full-width marks, CJK–Latin spacing, word spaces, and whether the line may
// break there.
type glue struct {
	nat     float64           // natural width, pt
	shrink  [nSqueeze]float64 // how much each squeeze priority may take away
	stretch [nStretch]float64 // how much each stretch priority may add
	even    bool              // takes part in even inter-character stretching
	brk     bool              // a legal line break
	forced  bool              // a forced break (newline)
	noTitle bool              // no break here in a balanced title
}

// buildGlue computes the glue between the visible atoms. The glue of a run of
// transparent atoms (spaces, newlines, zero-width characters) sits after the
// run's last atom, so that spaces end a line rather than begin one and vanish
// with the glue at the break.
func buildGlue(atoms []atom, gl []glue) []glue {
	n := len(atoms)
	if cap(gl) < n {
		gl = make([]glue, n)
	}
	gl = gl[:n]
	clear(gl)
	prev := -1
	urlRun := false // the Latin run through prev looks like a URL
	runStart := -1
	for j := 0; j < n; j++ {
		b := &atoms[j]
		if b.cls.transparent() {
			continue
		}
		if b.cls.latinJoining() && (j == 0 || prev != j-1 || !atoms[prev].cls.latinJoining()) {
			runStart = j
			urlRun = urlLikeRun(atoms, j)
		}
		if prev >= 0 {
			gl[j-1] = between(&atoms[prev], b, atoms[prev+1:j], urlRun && runStart <= prev)
		}
		prev = j
	}
	return gl
}

// urlLikeRun reports whether the Latin run starting at atoms[i] looks like a
// URL, an e-mail address or a long machine string (24 characters or more),
// whose URL punctuation gives break opportunities.
func urlLikeRun(atoms []atom, i int) bool {
	n := 0
	for k := i; k < len(atoms) && atoms[k].cls.latinJoining(); k++ {
		n++
		switch atoms[k].r {
		case '@':
			return true
		case ':':
			if k+2 < len(atoms) && atoms[k+1].r == '/' && atoms[k+2].r == '/' {
				return true
			}
		case '.':
			if k-i >= 3 && atoms[k-1].r|0x20 == 'w' && atoms[k-2].r|0x20 == 'w' && atoms[k-3].r|0x20 == 'w' {
				return true
			}
		}
	}
	return n >= 24
}

// between computes the glue from visible atom a to visible atom b with the
// transparent atoms run between them.
func between(a, b *atom, run []atom, url bool) glue {
	var g glue
	var spaces, nbsp, zwsp, newline bool
	spaceW := 0.0
	for i := range run {
		switch run[i].cls {
		case clsSpace, clsNBSP:
			if run[i].cls == clsSpace {
				spaces = true
			} else {
				nbsp = true
			}
			spaceW += adv(run[i].font, run[i].gid, run[i].size)
		case clsZWSP:
			zwsp = true
		case clsNewline:
			newline = true
		}
	}
	if newline {
		g.brk, g.forced = true, true
		return g
	}
	ca, cb := a.cls, b.cls
	marks := ca.isMark() || cb.isMark()
	switch {
	case ca.isMark() && cb.isMark():
		adjacentMarks(&g, a, b)
	default:
		markBlanks(&g, a, b)
	}
	em := max(a.size, b.size)
	switch {
	case cjkLatinGap(ca, cb):
		hanSize := a.size
		if cb == clsHan {
			hanSize = b.size
		}
		q := hanSize / 4
		g.nat += q
		g.shrink[sqCJKLatin] += q / 2
		g.stretch[stCJKLatin] += q
	case (spaces || nbsp) && !marks:
		wordSpace(&g, spaceW, em)
	}
	g.even = !(ca.latinJoining() && cb.latinJoining() && !spaces && !nbsp) && !inseparable(a.r, b.r, ca, cb)
	g.brk = breakAllowed(a, b, spaces || zwsp, nbsp && !spaces && !zwsp, url)
	return g
}

// breakAllowed decides whether a line may break between visible atoms a and
// b, by the rules of class.go in their order of strength.
func breakAllowed(a, b *atom, space, nbspOnly, url bool) bool {
	ca, cb := a.cls, b.cls
	switch {
	case nbspOnly:
		return false
	case notAtLineStart(cb), notAtLineEnd(ca):
		return false
	case inseparable(a.r, b.r, ca, cb), numberWithUnit(a.r, b.r, ca, cb):
		return false
	case space:
		return true
	case latinWord(ca, cb):
		return latinBreakAfter(a.r, ca, cb, url)
	}
	return true
}

// markBlanks: clreq (punctuation width adjustment, GB style) — a full-width mark
// takes a full em: its ink half is the atom, its blank half is glue (right of
// a closing mark or stop, left of an opening mark). The blank of a bracket or
// pause mark may be squeezed away before the blank of a stop.
func markBlanks(g *glue, a, b *atom) {
	if a.cls.closingLike() {
		half := a.size / 2
		g.nat += half
		if a.cls == clsStop {
			g.shrink[sqStop] += half
		} else {
			g.shrink[sqBracket] += half
		}
	}
	if b.cls == clsOpen {
		half := b.size / 2
		g.nat += half
		g.shrink[sqBracket] += half
	}
}

// adjacentMarks: clreq (punctuation width adjustment, adjacent marks, GB style) — two
// adjacent full-width marks that would take 2 em take 1.5 em: a closing mark
// or stop followed by an opening mark keeps ½ em between the inks; two
// closing marks (。” ）。) or two opening marks (（“) lose the blank between
// them altogether.
func adjacentMarks(g *glue, a, b *atom) {
	if a.cls.closingLike() && b.cls == clsOpen {
		half := a.size / 2
		g.nat = half
		g.shrink[sqBracket] = half
	}
}

// wordSpace: clreq (justification) — a Latin word space keeps its natural width (the
// face's space), may shrink to ¼ em and stretch to ½ em.
func wordSpace(g *glue, w, em float64) {
	g.nat += w
	g.shrink[sqWordSpace] += max(0, w-em/4)
	g.stretch[stWordSpace] += max(0, em/2-w)
}
