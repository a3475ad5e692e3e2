package para

// eps is the tolerance of width comparisons, pt.
const eps = 1e-6

// engine holds one paragraph being set: its atoms, the glue after each, and
// prefix sums that give any line's width in constant time.
type engine struct {
	opt   Options
	atoms []atom
	glue  []glue
	// aw[k], gw[k], gs[k]: widths of atoms 0..k-1, natural glue 0..k-1 and
	// the glue's total shrink 0..k-1.
	aw, gw, gs []float64
	brks       []brk
	// tier[q]: how good a title break before atom q is (markTitlePhrases).
	tier []tier
}

// brk is one line as atom indices: atoms s..e, with e's glue dropped at the
// break.
type brk struct {
	s, e      int
	emergency bool // broken where no rule allowed it
	forced    bool // ends at a newline
}

func (en *engine) prepare() {
	n := len(en.atoms)
	en.aw = grow(en.aw, n+1)
	en.gw = grow(en.gw, n+1)
	en.gs = grow(en.gs, n+1)
	for k := 0; k < n; k++ {
		g := &en.glue[k]
		sh := 0.0
		for _, v := range g.shrink {
			sh += v
		}
		en.aw[k+1] = en.aw[k] + en.atoms[k].w
		en.gw[k+1] = en.gw[k] + g.nat
		en.gs[k+1] = en.gs[k] + sh
	}
}

func grow(b []float64, n int) []float64 {
	if cap(b) < n {
		return make([]float64, n)
	}
	return b[:n]
}

// natural is the natural width of atoms s..e with the glue between them.
func (en *engine) natural(s, e int) float64 {
	return en.aw[e+1] - en.aw[s] + en.gw[e] - en.gw[s]
}

// tightest is the width of atoms s..e with every squeeze taken.
func (en *engine) tightest(s, e int) float64 {
	return en.natural(s, e) - (en.gs[e] - en.gs[s])
}

// avail is the width line number i may fill: the measure less the first
// line's indent or the hanging indent of the others.
func (en *engine) avail(i int) float64 {
	if i == 0 {
		return en.opt.Measure - en.opt.Indent
	}
	return en.opt.Measure - en.opt.Hang
}

// legal reports whether the line may end after atom e (the paragraph end
// always may).
func (en *engine) legal(e int, title bool) bool {
	if e == len(en.atoms)-1 {
		return true
	}
	g := &en.glue[e]
	return g.brk && (g.forced || !title || !g.noTitle)
}

// breakLines breaks atoms from..to into lines, the first of them being line
// number line of the paragraph. Each line takes as much as fits when squeezed
// (clreq, prohibition rules: adjust by squeezing before pushing /
// docs/typesetting.md §1: squeeze a mark onto the line before pushing a character
// down; justification squeezes before it stretches); a
// line with no legal break that fits is broken at the last atom that fits and
// reported (emergencyBreak).
func (en *engine) breakLines(from, to, line int, title bool, out []brk) []brk {
	s := from
	for s <= to {
		T := en.avail(line) + eps
		best, lastFit, forced := -1, -1, false
		for e := s; e <= to; e++ {
			if en.tightest(s, e) > T {
				break
			}
			lastFit = e
			if e == to || en.legal(e, title) {
				best = e
				if e < len(en.glue) && en.glue[e].forced {
					forced = true
					break
				}
			}
		}
		b := brk{s: s, e: best, forced: forced}
		if best < 0 {
			b = emergencyBreak(s, lastFit)
		}
		out = append(out, b)
		s = b.e + 1
		line++
	}
	return out
}

// emergencyBreak: docs/typesetting.md §1 — when no legal break exists within the
// measure (a 300-character URL, 200 marks in a row) the line is broken after
// the last character that fits (at least one), the only case where a rule may
// be broken, and always reported (Line.Emergency).
func emergencyBreak(s, lastFit int) brk {
	if lastFit < s {
		lastFit = s
	}
	return brk{s: s, e: lastFit, emergency: true}
}

// isLoneHan: clreq (paragraph adjustment: no lone character on the last
// line) / docs/typesetting.md §4 — a last line holding a single
// Han character, optionally with one mark, is a 孤字 (orphaned character).
func (en *engine) isLoneHan(b brk) bool {
	han, marks := 0, 0
	for k := b.s; k <= b.e; k++ {
		switch c := en.atoms[k].cls; {
		case c.transparent():
		case c == clsHan:
			han++
		case c.isMark():
			marks++
		default:
			return false
		}
	}
	return han == 1 && marks <= 1
}

// noLoneHan: clreq (paragraph adjustment: no lone character on the last
// line) / docs/typesetting.md §4 — no last line of a paragraph
// holds a lone Han character (孤字): pull one more character (the smallest
// legal piece) down from the line before, if the new last line fits.
func (en *engine) noLoneHan(lines []brk, title bool) {
	n := len(lines)
	if n < 2 || !en.isLoneHan(lines[n-1]) {
		return
	}
	prev, last := &lines[n-2], &lines[n-1]
	if prev.forced || prev.emergency || last.emergency {
		return
	}
	for e := prev.e - 1; e >= prev.s; e-- {
		if !en.legal(e, title) {
			continue
		}
		if en.tightest(e+1, last.e) > en.avail(n-1)+eps {
			return
		}
		prev.e, last.s = e, e+1
		return
	}
}
