package fontsubset

// Writing outlines as Type 2 charstrings on a grid, in the shortest
// operator forms (Adobe Technical Note 5177).

import (
	"math"
)

// Type 2 charstring operators written by encodeCharstring.
const (
	t2Vmoveto   = 4
	t2Rlineto   = 5
	t2Hlineto   = 6
	t2Vlineto   = 7
	t2Rrcurveto = 8
	t2Endchar   = 14
	t2Rmoveto   = 21
	t2Hmoveto   = 22
	t2Vvcurveto = 26
	t2Hhcurveto = 27
	t2Vhcurveto = 30
	t2Hvcurveto = 31
)

// gridLimit bounds the rounded coordinates, so that every delta between two
// of them fits a charstring's 16-bit integer.
const gridLimit = 16383

// gridRound maps one coordinate in font units onto the grid of sc, rounding
// half away from zero (the same as sc.v for whole numbers), within
// ±gridLimit.
func gridRound(sc scaler, x float64) int {
	if sc.from > 0 {
		x = x * float64(sc.to) / float64(sc.from)
	}
	switch {
	case x != x: // NaN
		return 0
	case x > gridLimit:
		return gridLimit
	case x < -gridLimit:
		return -gridLimit
	}
	return int(math.Round(x))
}

// csSeg is one segment of a contour on the grid, relative to the point
// before it: a line by d[0], or a cubic curve by d[0], d[1], d[2].
type csSeg struct {
	curve bool
	d     [3][2]int
}

// csContour is one contour on the grid: where it starts, its segments and
// where its last segment ends.
type csContour struct {
	start, end [2]int
	segs       []csSeg
}

// gridContours rounds a path onto the grid of sc. On a coarser grid it
// drops what is empty there (zero-length lines and curves, contours without
// a segment) and makes a curve whose control points lie on its chord a
// line; on the font's own grid (sc.from == sc.to) it keeps every segment, so
// that the outline reads back exactly as it was. Either way a contour's last
// line is dropped when it ends where the contour starts: the closing line is
// implicit.
func gridContours(p []pathOp, sc scaler) []csContour {
	var e csEncoder
	return e.gridContours(p, sc)
}

// gridContours is the package function of that name, with e's buffers:
// the contours it returns hold until the next call.
func (e *csEncoder) gridContours(p []pathOp, sc scaler) []csContour {
	simplify := sc.from != sc.to
	out := e.conts[:0]
	segs := e.segs[:0]
	spans := e.spans[:0] // each contour's segments in segs
	var cur [2]int       // the current point
	var c *csContour
	first := 0 // where c's segments start in segs
	finish := func() {
		if c == nil {
			return
		}
		if n := len(segs); n > first && !segs[n-1].curve && cur == c.start && segs[n-1].d[0] != [2]int{} {
			d := segs[n-1].d[0]
			cur = [2]int{cur[0] - d[0], cur[1] - d[1]}
			segs = segs[:n-1]
		}
		c.end = cur
		if len(segs) > first || !simplify {
			out = append(out, *c)
			spans = append(spans, [2]int{first, len(segs)})
		}
		c = nil
		first = len(segs)
	}
	for _, op := range p {
		var q [3][2]int
		for i := range q {
			q[i] = [2]int{gridRound(sc, op.pts[i][0]), gridRound(sc, op.pts[i][1])}
		}
		if op.op == 'M' {
			finish()
			c, cur = &csContour{start: q[0]}, q[0]
			first = len(segs)
			continue
		}
		if c == nil { // drawing without a moveto: start at the current point
			c = &csContour{start: cur}
			first = len(segs)
		}
		to := q[0]
		if op.op == 'C' {
			to = q[2]
		}
		rel := func(a, b [2]int) [2]int { return [2]int{b[0] - a[0], b[1] - a[1]} }
		switch {
		case op.op == 'C' && !(simplify && to != cur && onChord(cur, q[0], to) && onChord(cur, q[1], to)):
			if simplify && q[0] == cur && q[1] == cur && to == cur {
				continue
			}
			segs = append(segs, csSeg{curve: true, d: [3][2]int{rel(cur, q[0]), rel(q[0], q[1]), rel(q[1], to)}})
		case simplify && to == cur:
			continue
		default:
			segs = append(segs, csSeg{d: [3][2]int{rel(cur, to)}})
		}
		cur = to
	}
	finish()
	// The contours' segments, from segs's final array.
	for i, sp := range spans {
		out[i].segs = segs[sp[0]:sp[1]:sp[1]]
	}
	e.conts, e.segs, e.spans = out, segs, spans
	return out
}

// onChord reports whether p lies on the closed segment from a to b.
func onChord(a, p, b [2]int) bool {
	return onSegment(point{x: a[0], y: a[1]}, point{x: p[0], y: p[1]}, point{x: b[0], y: b[1]})
}

// encodeCharstring writes p as a Type 2 charstring: every point rounded
// onto the grid of sc (x*sc.to/sc.from, half away from zero), deltas taken
// between rounded points so that no error accumulates, no hints, no width,
// in the shortest operator forms (see encodeSegs), ending in endchar.
// On a coarser grid, zero-length segments are dropped and a curve whose
// control points fall on its chord becomes a line; on the font's own grid
// the segments stay as they are (see gridContours). Coordinates are bounded
// to ±16383 grid units.
func encodeCharstring(p []pathOp, sc scaler) []byte {
	var e csEncoder
	return e.encode(nil, p, sc)
}

// csEncoder writes charstrings glyph after glyph, reusing its buffers (a
// glyph's outline, segments and the encoder's table take some kilobytes).
type csEncoder struct {
	path  []pathOp
	conts []csContour
	segs  []csSeg
	spans [][2]int
	nodes [][nKinds]csNode
	forms []csForm
}

// encode appends the charstring of p on the grid of sc to out (see
// encodeCharstring).
func (e *csEncoder) encode(out []byte, p []pathOp, sc scaler) []byte {
	var pen [2]int
	for _, c := range e.gridContours(p, sc) {
		dx, dy := c.start[0]-pen[0], c.start[1]-pen[1]
		switch {
		case dy == 0:
			out = append(appendT2Int(out, dx), t2Hmoveto)
		case dx == 0:
			out = append(appendT2Int(out, dy), t2Vmoveto)
		default:
			out = append(appendT2Int(appendT2Int(out, dx), dy), t2Rmoveto)
		}
		out = e.encodeSegs(out, c.segs)
		pen = c.end
	}
	return append(out, t2Endchar)
}

// appendT2Int appends integer v (|v| ≤ 32767) in its shortest charstring
// form (5177 section 3.2): the DICT forms of that range (5176 table 3),
// which the two share.
func appendT2Int(b []byte, v int) []byte {
	return appendDictInt(b, max(-32768, min(32767, v)))
}

// t2IntLen is the length of appendT2Int's encoding of v.
func t2IntLen(v int) int {
	switch {
	case v >= -107 && v <= 107:
		return 1
	case v >= -1131 && v <= 1131:
		return 2
	}
	return 3
}

// csKind is what the operator that the last encoded segment belongs to can
// still take (see encodeSegs).
type csKind uint8

const (
	kClosed  csKind = iota // nothing: the next segment starts an operator
	kRLine                 // rlineto: more lines
	kHLine                 // hlineto/vlineto, next line horizontal
	kVLine                 // hlineto/vlineto, next line vertical
	kRRCurve               // rrcurveto: more curves
	kHH                    // hhcurveto: curves starting and ending horizontally
	kVV                    // vvcurveto: curves starting and ending vertically
	kHV                    // hv/vhcurveto, next curve starts horizontally
	kVH                    // hv/vhcurveto, next curve starts vertically
	nKinds
)

// csForm is one way of writing a segment: as the first of a new operator
// (fresh) or appended to the open one, with its arguments, the operator
// that the group becomes and what it can take next.
type csForm struct {
	fresh bool
	op    byte
	to    csKind
	na    int
	args  [6]int
}

// form returns a csForm with the given arguments.
func form(fresh bool, op byte, to csKind, args ...int) csForm {
	f := csForm{fresh: fresh, op: op, to: to, na: len(args)}
	copy(f.args[:], args)
	return f
}

// freshForms returns the ways segment g can start an operator (the first
// n of the array: no allocation, as it runs for every segment).
func freshForms(g csSeg) (fs [5]csForm, n int) {
	add := func(f csForm) { fs[n] = f; n++ }
	d := g.d
	if !g.curve {
		dx, dy := d[0][0], d[0][1]
		add(form(true, t2Rlineto, kRLine, dx, dy))
		if dy == 0 {
			add(form(true, t2Hlineto, kVLine, dx))
		}
		if dx == 0 {
			add(form(true, t2Vlineto, kHLine, dy))
		}
		return fs, n
	}
	ax, ay, bx, by, cx, cy := d[0][0], d[0][1], d[1][0], d[1][1], d[2][0], d[2][1]
	add(form(true, t2Rrcurveto, kRRCurve, ax, ay, bx, by, cx, cy))
	switch {
	case cy == 0 && ay == 0:
		add(form(true, t2Hhcurveto, kHH, ax, bx, by, cx))
	case cy == 0:
		add(form(true, t2Hhcurveto, kHH, ay, ax, bx, by, cx))
	}
	switch {
	case cx == 0 && ax == 0:
		add(form(true, t2Vvcurveto, kVV, ay, bx, by, cy))
	case cx == 0:
		add(form(true, t2Vvcurveto, kVV, ax, ay, bx, by, cy))
	}
	if ay == 0 {
		add(hvForm(true, t2Hvcurveto, false, g))
	}
	if ax == 0 {
		add(hvForm(true, t2Vhcurveto, true, g))
	}
	return fs, n
}

// hvForm writes curve g, which starts vertically (or horizontally), as a
// member of an hvcurveto/vhcurveto group: with four arguments when it ends
// on the other axis (the group goes on), else five (the group ends).
func hvForm(fresh bool, op byte, vertical bool, g csSeg) csForm {
	d := g.d
	ax, ay, bx, by, cx, cy := d[0][0], d[0][1], d[1][0], d[1][1], d[2][0], d[2][1]
	if vertical {
		if cy == 0 {
			return form(fresh, op, kHV, ay, bx, by, cx)
		}
		return form(fresh, op, kClosed, ay, bx, by, cx, cy)
	}
	if cx == 0 {
		return form(fresh, op, kVH, ax, bx, by, cy)
	}
	return form(fresh, op, kClosed, ax, bx, by, cy, cx)
}

// extendForm returns the way segment g can be appended to an open operator
// op of kind k, if there is one.
func extendForm(g csSeg, k csKind, op byte) (csForm, bool) {
	d := g.d
	ax, ay, bx, by, cx, cy := d[0][0], d[0][1], d[1][0], d[1][1], d[2][0], d[2][1]
	switch {
	case k == kRLine && !g.curve:
		return form(false, op, kRLine, ax, ay), true
	case k == kHLine && !g.curve && ay == 0:
		return form(false, op, kVLine, ax), true
	case k == kVLine && !g.curve && ax == 0:
		return form(false, op, kHLine, ay), true
	case !g.curve:
		return csForm{}, false
	case k == kRRCurve:
		return form(false, op, kRRCurve, ax, ay, bx, by, cx, cy), true
	case k == kHH && ay == 0 && cy == 0:
		return form(false, op, kHH, ax, bx, by, cx), true
	case k == kVV && ax == 0 && cx == 0:
		return form(false, op, kVV, ay, bx, by, cy), true
	case k == kHV && ay == 0:
		return hvForm(false, op, false, g), true
	case k == kVH && ax == 0:
		return hvForm(false, op, true, g), true
	}
	return csForm{}, false
}

// formCost is the number of bytes a form adds: its arguments, and the
// operator byte of a fresh operator.
func formCost(f csForm) int {
	n := 0
	if f.fresh {
		n = 1
	}
	for _, a := range f.args[:f.na] {
		n += t2IntLen(a)
	}
	return n
}

// csNode is the cheapest encoding found of the segments up to one, ending
// in a given kind: its cost in bytes, the arguments its open operator holds,
// the kind before the last segment and the form the last segment took.
type csNode struct {
	ok   bool
	cost int
	n    int
	prev csKind
	f    csForm
}

// encodeSegs appends the segments of one contour in the fewest bytes the
// operators allow: runs of lines in rlineto or alternating hlineto/vlineto,
// runs of curves in rrcurveto, or in hhcurveto/vvcurveto/hvcurveto/
// vhcurveto where tangents are axis-parallel. A dynamic program over the
// segments picks the forms; each state keeps the count of arguments of its
// cheapest path, so that no operator takes more than 48. rcurveline and
// rlinecurve are left out on purpose: they save a byte each but break the
// runs of like operators that Flate compresses, and the seed issue's Song
// glyphs on the 212 grid came out 1.1 % larger compressed with them.
func (e *csEncoder) encodeSegs(out []byte, segs []csSeg) []byte {
	if len(segs) == 0 {
		return out
	}
	if cap(e.nodes) < len(segs) {
		e.nodes = make([][nKinds]csNode, len(segs))
	}
	nodes := e.nodes[:len(segs)]
	clear(nodes)
	start := [nKinds]csNode{kClosed: {ok: true}}
	for i, g := range segs {
		prev := &start
		if i > 0 {
			prev = &nodes[i-1]
		}
		cur := &nodes[i]
		try := func(from csKind, base csNode, f csForm) {
			n := f.na
			if !f.fresh {
				n += base.n
			}
			if n > t2MaxStack {
				return
			}
			c := base.cost + formCost(f)
			// On a tie, the longer operator: fewer operator bytes compress better.
			if old := cur[f.to]; !old.ok || c < old.cost || c == old.cost && !f.fresh && old.f.fresh {
				cur[f.to] = csNode{ok: true, cost: c, n: n, prev: from, f: f}
			}
		}
		best := csKind(0)
		for k := range prev {
			if prev[k].ok && (!prev[best].ok || prev[k].cost < prev[best].cost) {
				best = csKind(k)
			}
		}
		fs, nf := freshForms(g)
		for _, f := range fs[:nf] {
			try(best, prev[best], f)
		}
		for k := range prev {
			if !prev[k].ok || k == int(kClosed) {
				continue
			}
			if f, ok := extendForm(g, csKind(k), prev[k].f.op); ok {
				try(csKind(k), prev[k], f)
			}
		}
	}
	// Walk back from the cheapest end to find each segment's form.
	if cap(e.forms) < len(segs) {
		e.forms = make([]csForm, len(segs))
	}
	forms := e.forms[:len(segs)]
	k := csKind(0)
	last := &nodes[len(segs)-1]
	for j := range last {
		if last[j].ok && (!last[k].ok || last[j].cost < last[k].cost) {
			k = csKind(j)
		}
	}
	for i := len(segs) - 1; i >= 0; i-- {
		forms[i] = nodes[i][k].f
		k = nodes[i][k].prev
	}
	for i, f := range forms {
		for _, a := range f.args[:f.na] {
			out = appendT2Int(out, a)
		}
		if i+1 == len(forms) || forms[i+1].fresh {
			out = append(out, f.op)
		}
	}
	return out
}
