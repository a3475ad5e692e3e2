package pdf

import (
	"math"
	"sort"
	"strconv"

	"gazette/fonts"
	"gazette/layout"
	"gazette/pdf/colour"
	"gazette/pdf/fontsubset"
)

// fontRes is a font as a page resource.
type fontRes struct {
	name    string // resource name without the slash, e.g. F1
	sub     *fontsubset.Subset
	ref     int
	maxSize float64 // the largest size it is drawn at, in points
}

// fontKey names the subset a run is drawn with: its face and, unless the
// outlines are embedded as they are, the octave of its size.
type fontKey struct {
	font  *fonts.Font
	class int
}

// runFont returns the key of the subset run r is drawn with.
func runFont(r layout.GlyphRun, opt Options) fontKey {
	if opt.ExactOutlines {
		return fontKey{r.Font, 0}
	}
	return fontKey{r.Font, fontsubset.SizeClass(r.Size)}
}

// content builds one page's content stream.
type content struct {
	b      []byte
	g      geometry
	fill   *layout.Color
	stroke *layout.Color
	lw     float64
	tc     float64 // the character spacing (Tc) in force, as written
	// rgb, when set, converts the layout's CMYK colours to sRGB, for the
	// web edition (PDF/A with an sRGB OutputIntent allows no DeviceCMYK).
	rgb *colour.Converter
	// overprint makes 100 % K text overprint (Options.NoOverprint);
	// overprinting is whether it is on now.
	overprint, overprinting bool
}

// setOverprint switches overprinting on or off with the page resources'
// graphics states /OPon and /OPoff (allowed inside a text object).
func (c *content) setOverprint(on bool) {
	if on == c.overprinting {
		return
	}
	if on {
		c.op("/OPon gs\n")
	} else {
		c.op("/OPoff gs\n")
	}
	c.overprinting = on
}

// overprintResources is the ExtGState entry of the resources of a print
// file whose black text overprints: OPM 1, so that a colour's zero
// components leave the inks under it (PDF 1.7 §8.6.7).
const overprintResources = " /ExtGState <</OPon <</Type /ExtGState /OP true /op true /OPM 1>> " +
	"/OPoff <</Type /ExtGState /OP false /op false>>>>"

func (c *content) op(s string)         { c.b = append(c.b, s...) }
func (c *content) n(x float64)         { c.b = appendNum(c.b, x); c.b = append(c.b, ' ') }
func (c *content) cmyk(k layout.Color) { c.n(k.C); c.n(k.M); c.n(k.Y); c.n(k.K) }

// colour writes colour k and its operator: DeviceCMYK (k, K), or for the
// web edition DeviceRGB (rg, RG), as the press would print it seen on
// screen (through the output profile to sRGB); stroke picks the stroking
// operator.
func (c *content) colour(k layout.Color, stroke bool) {
	if c.rgb != nil {
		r, g, b := c.rgb.CMYKToRGB(k.C, k.M, k.Y, k.K)
		// Three decimals are 1/1000 of the range, finer than 8-bit sRGB.
		c.n(r)
		c.n(g)
		c.n(b)
		c.op(map[bool]string{false: "rg\n", true: "RG\n"}[stroke])
		return
	}
	c.cmyk(k)
	c.op(map[bool]string{false: "k\n", true: "K\n"}[stroke])
}

// setFill sets the fill colour unless it is current.
func (c *content) setFill(k layout.Color) {
	if c.fill != nil && *c.fill == k {
		return
	}
	c.colour(k, false)
	c.fill = &k
}

// setStroke sets the stroke colour and line width.
func (c *content) setStroke(k layout.Color, w float64) {
	if c.stroke == nil || *c.stroke != k {
		c.colour(k, true)
		c.stroke = &k
	}
	if w != c.lw {
		c.n(w)
		c.op("w\n")
		c.lw = w
	}
}

// box draws a filled and/or stroked rectangle.
func (c *content) box(bx layout.Box) {
	if bx.Fill == nil && bx.Stroke == nil {
		return
	}
	if bx.Fill != nil {
		c.setFill(*bx.Fill)
	}
	if bx.Stroke != nil {
		c.setStroke(*bx.Stroke, bx.LineWidth)
	}
	c.n(c.g.x(bx.X))
	c.n(c.g.y(bx.Y + bx.H))
	c.n(bx.W)
	c.n(bx.H)
	switch {
	case bx.Fill != nil && bx.Stroke != nil:
		c.op("re B\n")
	case bx.Fill != nil:
		c.op("re f\n")
	default:
		c.op("re S\n")
	}
}

// rules strokes the page's lines. A line drawn twice (table cells
// sharing an edge) is stroked once; consecutive lines of one colour and
// width go in one path, in which horizontal and vertical pieces that touch
// or overlap on one line are joined (see joinSegments).
func (c *content) rules(rs []layout.Rule) {
	type key struct {
		s          segment
		w, c, m, y float64
		k          float64
	}
	seen := make(map[key]bool, len(rs))
	var uniq []layout.Rule
	var segs []segment
	for _, r := range rs {
		sg := c.segment(r)
		k := key{sg, math.Round(r.Width * 1000), r.Color.C, r.Color.M, r.Color.Y, r.Color.K}
		if seen[k] {
			continue
		}
		seen[k] = true
		uniq = append(uniq, r)
		segs = append(segs, sg)
	}
	for i := 0; i < len(uniq); {
		j := i + 1
		for j < len(uniq) && uniq[j].Color == uniq[i].Color && uniq[j].Width == uniq[i].Width {
			j++
		}
		c.setStroke(uniq[i].Color, uniq[i].Width)
		for _, sg := range joinSegments(segs[i:j]) {
			c.n(float64(sg.x0) / 1000)
			c.n(float64(sg.y0) / 1000)
			c.op("m ")
			c.n(float64(sg.x1) / 1000)
			c.n(float64(sg.y1) / 1000)
			c.op("l\n")
		}
		c.op("S\n")
		i = j
	}
}

// segment is a straight line in page space, in thousandths of a point (a
// hairline's place is kept as finely as the layout gives it: a rounding
// can move its edge across a device pixel), from its lower-left end.
type segment struct{ x0, y0, x1, y1 int64 }

// segment returns a rule's line in page space.
func (c *content) segment(r layout.Rule) segment {
	k := func(v float64) int64 { return int64(math.Round(v * 1000)) }
	s := segment{k(c.g.x(r.X0)), k(c.g.y(r.Y0)), k(c.g.x(r.X1)), k(c.g.y(r.Y1))}
	if s.x1 < s.x0 || s.x1 == s.x0 && s.y1 < s.y0 {
		s = segment{s.x1, s.y1, s.x0, s.y0}
	}
	return s
}

// joinSegments returns the segments of one stroke with the horizontal ones
// that touch or overlap on one line joined, and the vertical ones likewise
// (table rules drawn cell by cell). With butt caps, which the page keeps,
// the joined line paints exactly the union of its pieces; the order of
// segments within one path paints nothing differently.
func joinSegments(in []segment) []segment {
	if len(in) < 2 {
		return in
	}
	var hs, vs, out []segment
	for _, s := range in {
		switch {
		case s.y0 == s.y1 && s.x0 != s.x1:
			hs = append(hs, s)
		case s.x0 == s.x1 && s.y0 != s.y1:
			vs = append(vs, s)
		default:
			out = append(out, s)
		}
	}
	sort.Slice(hs, func(i, j int) bool {
		if hs[i].y0 != hs[j].y0 {
			return hs[i].y0 > hs[j].y0
		}
		return hs[i].x0 < hs[j].x0
	})
	sort.Slice(vs, func(i, j int) bool {
		if vs[i].x0 != vs[j].x0 {
			return vs[i].x0 < vs[j].x0
		}
		return vs[i].y0 < vs[j].y0
	})
	var joined []segment
	for _, s := range hs {
		if n := len(joined); n > 0 && joined[n-1].y0 == s.y0 && s.x0 <= joined[n-1].x1 {
			joined[n-1].x1 = max(joined[n-1].x1, s.x1)
			continue
		}
		joined = append(joined, s)
	}
	for _, s := range vs {
		if n := len(joined); n > 0 && joined[n-1].x0 == s.x0 && joined[n-1].x1 == s.x0 && s.y0 <= joined[n-1].y1 {
			joined[n-1].y1 = max(joined[n-1].y1, s.y1)
			continue
		}
		joined = append(joined, s)
	}
	return append(joined, out...)
}

// image paints image XObject name over its rectangle.
func (c *content) image(name string, im layout.Image) {
	c.op("q ")
	c.n(im.W)
	c.op("0 0 ")
	c.n(im.H)
	c.n(c.g.x(im.X))
	c.n(c.g.y(im.Y + im.H))
	c.op("cm /" + name + " Do Q\n")
}

// runs shows the glyph runs in one text object. Each run starts a new text
// line with Td, relative to the previous run's start (the first from the
// origin, as BT resets the line matrix), both kept in whole hundredths of a
// point so that the viewer's sums land exactly where the run starts; later
// glyphs are placed with TJ adjustments computed from the widths of the /W
// array, tracking the pen position exactly as a viewer does so that
// rounding never accumulates. A run whose glyphs stand evenly apart (a
// letter-spaced or inter-character justified line) sets that space once as
// character spacing (Tc) instead of repeating it after every glyph.
func (c *content) runs(runs []layout.GlyphRun, res map[fontKey]*fontRes, opt Options) {
	if len(runs) == 0 {
		return
	}
	c.op("BT\n")
	var cur *fontRes
	size := math.NaN()
	var lx, ly int64 // the current line's start, in hundredths of a point
	for _, r := range runs {
		if len(r.Glyphs) == 0 || r.Font == nil || r.Size <= 0 {
			continue
		}
		fr := res[runFont(r, opt)]
		if fr != cur || r.Size != size {
			c.op("/" + fr.name + " ")
			c.n(r.Size)
			c.op("Tf\n")
			cur, size = fr, r.Size
		}
		c.setFill(r.Color)
		if c.overprint {
			c.setOverprint(r.Color == layout.Black)
		}
		if tc := evenSpacing(r, fr.sub); tc != c.tc {
			c.n(tc)
			c.op("Tc\n")
			c.tc = tc
		}
		x, y := hundredths(c.g.x(r.Glyphs[0].X)), hundredths(c.g.y(r.Y))
		c.b = appendHundredths(c.b, x-lx)
		c.b = append(c.b, ' ')
		c.b = appendHundredths(c.b, y-ly)
		c.op(" Td\n")
		lx, ly = x, y
		start := len(c.b)
		c.op("[(")
		adjusted := false
		pen := float64(x) / 100
		for i, gl := range r.Glyphs {
			if i > 0 {
				// A TJ number moves the pen left by n/1000 em; whole
				// thousandths (0.012 pt at 12 pt) are precise enough, and
				// the pen is tracked, so errors never add up.
				adj := math.Round(-(c.g.x(gl.X) - pen) * 1000 / r.Size)
				if adj != 0 {
					c.op(")")
					c.b = appendNum(c.b, adj)
					c.op("(")
					pen -= adj * r.Size / 1000
					adjusted = true
				}
			}
			cid := fr.sub.Code(gl.GID, gl.Text)
			c.b = appendLiteralByte(appendLiteralByte(c.b, byte(cid>>8)), byte(cid))
			pen += fr.sub.Width(cid)*r.Size/1000 + c.tc
		}
		if adjusted {
			c.op(")] TJ\n")
			continue
		}
		// One string without adjustments: Tj, without the array.
		copy(c.b[start:], c.b[start+1:])
		c.b = c.b[:len(c.b)-1]
		c.op(") Tj\n")
	}
	c.setOverprint(false)
	c.op("ET\n")
}

// evenSpacing returns the space, in points rounded to thousandths as Tc
// takes it, that stands between every two glyphs of run r beyond their
// widths, when the run has at least three glyphs and that space is the same
// throughout and not nil; otherwise 0.
func evenSpacing(r layout.GlyphRun, sub *fontsubset.Subset) float64 {
	if len(r.Glyphs) < 3 {
		return 0
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := 1; i < len(r.Glyphs); i++ {
		prev := r.Glyphs[i-1]
		gap := r.Glyphs[i].X - prev.X - sub.Width(sub.Code(prev.GID, prev.Text))*r.Size/1000
		lo, hi = min(lo, gap), max(hi, gap)
	}
	if hi-lo > 0.001 {
		return 0
	}
	return math.Round((lo+hi)/2*1000) / 1000
}

// hundredths rounds a length in points to whole hundredths (0.0035 mm).
func hundredths(v float64) int64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return int64(math.Round(v * 100))
}

// appendHundredths appends v/100 as a decimal number without trailing
// zeros.
func appendHundredths(b []byte, v int64) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	b = strconv.AppendInt(b, v/100, 10)
	if f := v % 100; f != 0 {
		b = append(b, '.', byte('0'+f/10))
		if f%10 != 0 {
			b = append(b, byte('0'+f%10))
		}
	}
	return b
}

// appendLiteralByte appends one byte of a literal string, escaping the
// parentheses, the backslash and the carriage return (which a reader would
// take for a line feed).
func appendLiteralByte(b []byte, c byte) []byte {
	switch c {
	case '(', ')', '\\':
		return append(b, '\\', c)
	case '\r':
		return append(b, '\\', 'r')
	}
	return append(b, c)
}

// cropMarks strokes the crop marks in the registration colour (resource
// /Reg, every separation at 100 %).
func (c *content) cropMarks() {
	c.op("q /Reg CS 1 SCN ")
	c.n(markWidth)
	c.op("w 0 J\n")
	for _, l := range c.g.markLines() {
		c.n(l[0])
		c.n(l[1])
		c.op("m ")
		c.n(l[2])
		c.n(l[3])
		c.op("l\n")
	}
	c.op("S Q\n")
}
