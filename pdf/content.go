package pdf

import (
	"math"
	"strconv"

	"gazette/fonts"
	"gazette/layout"
)

// fontRes is a font as a page resource.
type fontRes struct {
	name string // resource name without the slash, e.g. F1
	sub  *subset
	ref  int
}

// content builds one page's content stream.
type content struct {
	b      []byte
	g      geometry
	fill   *layout.Color
	stroke *layout.Color
	lw     float64
}

func (c *content) op(s string)         { c.b = append(c.b, s...) }
func (c *content) n(x float64)         { c.b = appendNum(c.b, x); c.b = append(c.b, ' ') }
func (c *content) cmyk(k layout.Color) { c.n(k.C); c.n(k.M); c.n(k.Y); c.n(k.K) }

// setFill sets the DeviceCMYK fill colour (k) unless it is current.
func (c *content) setFill(k layout.Color) {
	if c.fill != nil && *c.fill == k {
		return
	}
	c.cmyk(k)
	c.op("k\n")
	c.fill = &k
}

// setStroke sets the DeviceCMYK stroke colour (K) and line width.
func (c *content) setStroke(k layout.Color, w float64) {
	if c.stroke == nil || *c.stroke != k {
		c.cmyk(k)
		c.op("K\n")
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
// sharing an edge) is stroked once, and lines of one colour and width go in
// one path.
func (c *content) rules(rs []layout.Rule) {
	type key struct{ x0, y0, x1, y1, w, c, m, y, k float64 }
	seen := make(map[key]bool, len(rs))
	open := false
	for _, r := range rs {
		x0, y0, x1, y1 := c.g.x(r.X0), c.g.y(r.Y0), c.g.x(r.X1), c.g.y(r.Y1)
		if x1 < x0 || x1 == x0 && y1 < y0 {
			x0, y0, x1, y1 = x1, y1, x0, y0
		}
		q := func(v float64) float64 { return math.Round(v * 1000) }
		k := key{q(x0), q(y0), q(x1), q(y1), q(r.Width), r.Color.C, r.Color.M, r.Color.Y, r.Color.K}
		if seen[k] {
			continue
		}
		seen[k] = true
		if open && (c.stroke == nil || *c.stroke != r.Color || c.lw != r.Width) {
			c.op("S\n")
			open = false
		}
		c.setStroke(r.Color, r.Width)
		c.n(x0)
		c.n(y0)
		c.op("m ")
		c.n(x1)
		c.n(y1)
		c.op("l\n")
		open = true
	}
	if open {
		c.op("S\n")
	}
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
// rounding never accumulates.
func (c *content) runs(runs []layout.GlyphRun, res map[*fonts.Font]*fontRes) {
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
		fr := res[r.Font]
		if fr != cur || r.Size != size {
			c.op("/" + fr.name + " ")
			c.n(r.Size)
			c.op("Tf\n")
			cur, size = fr, r.Size
		}
		c.setFill(r.Color)
		x, y := hundredths(c.g.x(r.Glyphs[0].X)), hundredths(c.g.y(r.Y))
		c.b = appendHundredths(c.b, x-lx)
		c.b = append(c.b, ' ')
		c.b = appendHundredths(c.b, y-ly)
		c.op(" Td\n")
		lx, ly = x, y
		start := len(c.b)
		c.op("[<")
		adjusted := false
		pen := float64(x) / 100
		for i, gl := range r.Glyphs {
			if i > 0 {
				// A TJ number moves the pen left by n/1000 em; whole
				// thousandths (0.012 pt at 12 pt) are precise enough, and
				// the pen is tracked, so errors never add up.
				adj := math.Round(-(c.g.x(gl.X) - pen) * 1000 / r.Size)
				if adj != 0 {
					c.op(">")
					c.b = appendNum(c.b, adj)
					c.op("<")
					pen -= adj * r.Size / 1000
					adjusted = true
				}
			}
			cid := fr.sub.code(gl.GID, gl.Text)
			c.b = append(c.b, hexDigits[cid>>12], hexDigits[cid>>8&15], hexDigits[cid>>4&15], hexDigits[cid&15])
			pen += fr.sub.width(cid) * r.Size / 1000
		}
		if adjusted {
			c.op(">] TJ\n")
			continue
		}
		// One string without adjustments: Tj, without the array.
		copy(c.b[start:], c.b[start+1:])
		c.b = c.b[:len(c.b)-1]
		c.op("> Tj\n")
	}
	c.op("ET\n")
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

const hexDigits = "0123456789ABCDEF"

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
