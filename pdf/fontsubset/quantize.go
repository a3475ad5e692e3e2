package fontsubset

import (
	"encoding/binary"
	"errors"
	"math"
)

// OutlineTolerance is how far, in millimetres on paper, an outline point of
// an embedded glyph may move when its font is embedded on a coarser grid
// than the font's own (see OutlineGrid): 0.01 mm, about one device dot of a
// 2400 dpi platesetter (0.0106 mm) and far below what ink spread on offset
// paper (0.015–0.025 mm) or the eye at reading distance (~0.09 mm) can show.
// Chinese office faces are drawn on a coarser grid still: SimSun and SimHei
// have 256 units to the em.
const OutlineTolerance = 0.01

// SizeClass is the class of type sizes that share one subset of a face:
// sizes up to 12 pt are class 0, above 12 up to 24 pt class 1, above 24 up to
// 48 pt class 2, and so on — an octave each, so that a few display lines do
// not hold the text sizes of a face to their finer grid.
func SizeClass(size float64) int {
	c := 0
	for top := 12.0; size > top && c < 16; top *= 2 {
		c++
	}
	return c
}

// OutlineGrid returns the units to the em of the grid on which a glyph drawn
// at most at maxSize points keeps every outline point within
// OutlineTolerance of its exact place: a point rounded to a grid of N units
// moves by at most half a unit, size/(2N) on paper. It returns the font's
// own units (the outlines as they are) when that grid would not be coarser.
func OutlineGrid(maxSize float64, upm int) int {
	sizeMM := maxSize * 25.4 / 72
	n := int(math.Ceil(sizeMM/(2*OutlineTolerance) - 1e-9))
	if n < 16 {
		n = 16 // the smallest unitsPerEm OpenType allows
	}
	if n >= upm || maxSize <= 0 {
		return upm
	}
	return n
}

// scaler maps font units onto a coarser grid of units to the em.
type scaler struct{ from, to int }

// v scales one coordinate or metric, rounding half away from zero (in
// integers: exact, and a glyph's thousands of points cost nothing).
func (s scaler) v(x int) int {
	n := x * s.to
	if n < 0 {
		return -((-2*n + s.from) / (2 * s.from))
	}
	return (2*n + s.from) / (2 * s.from)
}

// point is one outline point of a simple TrueType glyph.
type point struct {
	x, y int
	on   bool
}

// simpleGlyph is a decoded simple glyph of a glyf table (OpenType glyf:
// "Simple Glyph Description").
type simpleGlyph struct {
	ends    []uint16 // index of the last point of each contour
	pts     []point
	overlap bool // OVERLAP_SIMPLE on the first flag
}

// Simple glyph flags (OpenType glyf).
const (
	onCurve      = 0x01
	xShort       = 0x02
	yShort       = 0x04
	repeatFlag   = 0x08
	xSameOrPos   = 0x10
	ySameOrPos   = 0x20
	overlapFlag  = 0x40
	argsAreXY    = 0x0002
	weHaveInstrs = 0x0100
)

var errGlyph = errors.New("malformed glyph")

// decodeSimple decodes a simple glyph (numberOfContours ≥ 0).
func decodeSimple(g []byte) (*simpleGlyph, error) {
	if len(g) < 10 {
		return nil, errGlyph
	}
	nc := int(int16(binary.BigEndian.Uint16(g)))
	p := 10
	if nc < 0 || len(g) < p+2*nc+2 {
		return nil, errGlyph
	}
	sg := &simpleGlyph{ends: make([]uint16, nc)}
	for i := range sg.ends {
		sg.ends[i] = binary.BigEndian.Uint16(g[p:])
		if i > 0 && sg.ends[i] <= sg.ends[i-1] {
			return nil, errGlyph
		}
		p += 2
	}
	n := 0
	if nc > 0 {
		n = int(sg.ends[nc-1]) + 1
	}
	il := int(binary.BigEndian.Uint16(g[p:]))
	p += 2 + il
	if p > len(g) {
		return nil, errGlyph
	}
	flags := make([]byte, 0, n)
	for len(flags) < n {
		if p >= len(g) {
			return nil, errGlyph
		}
		f := g[p]
		p++
		flags = append(flags, f)
		if f&repeatFlag != 0 {
			if p >= len(g) {
				return nil, errGlyph
			}
			for r := int(g[p]); r > 0 && len(flags) < n; r-- {
				flags = append(flags, f)
			}
			p++
		}
	}
	sg.pts = make([]point, n)
	if n > 0 {
		sg.overlap = flags[0]&overlapFlag != 0
	}
	coord := func(short, same byte, set func(i, v int)) error {
		v := 0
		for i, f := range flags {
			switch {
			case f&short != 0:
				if p >= len(g) {
					return errGlyph
				}
				d := int(g[p])
				p++
				if f&same == 0 {
					d = -d
				}
				v += d
			case f&same == 0:
				if p+2 > len(g) {
					return errGlyph
				}
				v += int(int16(binary.BigEndian.Uint16(g[p:])))
				p += 2
			}
			set(i, v)
		}
		return nil
	}
	if err := coord(xShort, xSameOrPos, func(i, v int) { sg.pts[i].x = v }); err != nil {
		return nil, err
	}
	if err := coord(yShort, ySameOrPos, func(i, v int) { sg.pts[i].y = v }); err != nil {
		return nil, err
	}
	for i, f := range flags {
		sg.pts[i].on = f&onCurve != 0
	}
	return sg, nil
}

// dropStraightPoints removes the points that rounding has put on the
// straight segment between two on-curve neighbours (or onto one of them):
// the outline is the same without them — an on-curve point there splits a
// line in two, and a quadratic curve whose control point lies there traces
// that very segment. A contour keeps at least three points.
func (sg *simpleGlyph) dropStraightPoints() {
	straight := func(a, p, b point) bool { return a.on && b.on && onSegment(a, p, b) }
	var out []point // one contour's kept points
	w, start := 0, 0
	for k, e := range sg.ends {
		c := sg.pts[start : int(e)+1]
		start = int(e) + 1
		out = out[:0]
		for _, p := range c {
			for len(out) >= 2 && straight(out[len(out)-2], out[len(out)-1], p) {
				out = out[:len(out)-1]
			}
			out = append(out, p)
		}
		// Where the contour closes: its last point between the one before
		// and the first, and its first between the last and the second.
		for len(out) > 3 {
			n := len(out)
			if straight(out[n-2], out[n-1], out[0]) {
				out = out[:n-1]
			} else if straight(out[n-1], out[0], out[1]) {
				out = out[1:]
			} else {
				break
			}
		}
		if len(out) < 3 { // a contour with no area: keep it as it was
			out = append(out[:0], c...)
		}
		w += copy(sg.pts[w:], out) // never past start: the contour is read
		sg.ends[k] = uint16(w - 1)
	}
	sg.pts = sg.pts[:w]
}

// onSegment reports whether p lies on the closed segment from a to b.
func onSegment(a, p, b point) bool {
	if (b.x-a.x)*(p.y-a.y) != (b.y-a.y)*(p.x-a.x) {
		return false
	}
	return min(a.x, b.x) <= p.x && p.x <= max(a.x, b.x) && min(a.y, b.y) <= p.y && p.y <= max(a.y, b.y)
}

// bbox returns the glyph's bounding box (zero for a glyph without points).
func (sg *simpleGlyph) bbox() (xMin, yMin, xMax, yMax int) {
	for i, pt := range sg.pts {
		if i == 0 || pt.x < xMin {
			xMin = pt.x
		}
		if i == 0 || pt.y < yMin {
			yMin = pt.y
		}
		if i == 0 || pt.x > xMax {
			xMax = pt.x
		}
		if i == 0 || pt.y > yMax {
			yMax = pt.y
		}
	}
	return
}

// encode writes the glyph in its shortest form: no instructions, each
// delta as "same", one byte or two, and runs of equal flags repeated.
func (sg *simpleGlyph) encode() []byte {
	xMin, yMin, xMax, yMax := sg.bbox()
	out := make([]byte, 10, 12+2*len(sg.ends)+5*len(sg.pts))
	binary.BigEndian.PutUint16(out, uint16(len(sg.ends)))
	for i, v := range []int{xMin, yMin, xMax, yMax} {
		binary.BigEndian.PutUint16(out[2+2*i:], uint16(int16(v)))
	}
	for _, e := range sg.ends {
		out = binary.BigEndian.AppendUint16(out, e)
	}
	out = append(out, 0, 0) // instructionLength
	flags := make([]byte, len(sg.pts))
	var xs, ys []byte
	px, py := 0, 0
	for i, pt := range sg.pts {
		var f byte
		if pt.on {
			f |= onCurve
		}
		if i == 0 && sg.overlap {
			f |= overlapFlag
		}
		f, xs = deltaBytes(f, pt.x-px, xShort, xSameOrPos, xs)
		f, ys = deltaBytes(f, pt.y-py, yShort, ySameOrPos, ys)
		flags[i] = f
		px, py = pt.x, pt.y
	}
	for i := 0; i < len(flags); {
		j := i + 1
		for j < len(flags) && flags[j] == flags[i] && j-i <= 255 {
			j++
		}
		if j-i >= 3 {
			out = append(out, flags[i]|repeatFlag, byte(j-i-1))
		} else {
			out = append(out, flags[i:j]...)
		}
		i = j
	}
	out = append(out, xs...)
	return append(out, ys...)
}

// deltaBytes sets the flag bits of one coordinate delta and appends its
// bytes: none for 0, one for |d| < 256, else two.
func deltaBytes(f byte, d int, short, same byte, b []byte) (byte, []byte) {
	switch {
	case d == 0:
		return f | same, b
	case d > -256 && d < 256:
		if d > 0 {
			return f | short | same, append(b, byte(d))
		}
		return f | short, append(b, byte(-d))
	default:
		return f, binary.BigEndian.AppendUint16(b, uint16(int16(d)))
	}
}

// scaleGlyph returns glyph g (simple or composite) with its outline on the
// grid of s, without instructions, and its new xMin (for the left side
// bearing). Components of a composite keep their IDs; their offsets are
// scaled.
func scaleGlyph(g []byte, s scaler) ([]byte, int, error) {
	if len(g) == 0 {
		return nil, 0, nil
	}
	if len(g) < 10 {
		return nil, 0, errGlyph
	}
	if int16(binary.BigEndian.Uint16(g)) >= 0 {
		sg, err := decodeSimple(g)
		if err != nil {
			return nil, 0, err
		}
		for i := range sg.pts {
			sg.pts[i].x, sg.pts[i].y = s.v(sg.pts[i].x), s.v(sg.pts[i].y)
		}
		sg.dropStraightPoints()
		xMin, _, _, _ := sg.bbox()
		return sg.encode(), xMin, nil
	}
	return scaleComposite(g, s)
}

// scaleComposite scales a composite glyph's bounding box and the x/y
// offsets of its components (written as words), and drops its instructions.
func scaleComposite(g []byte, s scaler) ([]byte, int, error) {
	out := make([]byte, 10, len(g)+16)
	copy(out, g[:2])
	for i := 0; i < 4; i++ {
		v := int(int16(binary.BigEndian.Uint16(g[2+2*i:])))
		binary.BigEndian.PutUint16(out[2+2*i:], uint16(int16(s.v(v))))
	}
	p := 10
	for {
		if p+4 > len(g) {
			return nil, 0, errGlyph
		}
		flags := binary.BigEndian.Uint16(g[p:])
		n := componentLen(flags)
		if p+n > len(g) {
			return nil, 0, errGlyph
		}
		var a1, a2 int
		if flags&argsAreWords != 0 {
			a1, a2 = int(int16(binary.BigEndian.Uint16(g[p+4:]))), int(int16(binary.BigEndian.Uint16(g[p+6:])))
		} else if flags&argsAreXY != 0 {
			a1, a2 = int(int8(g[p+4])), int(int8(g[p+5]))
		} else {
			a1, a2 = int(g[p+4]), int(g[p+5])
		}
		if flags&argsAreXY != 0 {
			a1, a2 = s.v(a1), s.v(a2)
		}
		nf := (flags | argsAreWords) &^ weHaveInstrs
		out = binary.BigEndian.AppendUint16(out, nf)
		out = append(out, g[p+2:p+4]...)
		out = binary.BigEndian.AppendUint16(out, uint16(int16(a1)))
		out = binary.BigEndian.AppendUint16(out, uint16(int16(a2)))
		argLen := 2
		if flags&argsAreWords != 0 {
			argLen = 4
		}
		out = append(out, g[p+4+argLen:p+n]...) // the transform
		p += n
		if flags&moreComponents == 0 {
			break
		}
	}
	return out, int(int16(binary.BigEndian.Uint16(out[2:]))), nil
}
