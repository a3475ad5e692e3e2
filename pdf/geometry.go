package pdf

import "gazette/layout"

// Crop marks (GB/T 788 practice): hairlines in registration colour, each
// markLen long, starting markGap outside the bleed so that no mark reaches
// into it.
var (
	markGap   = layout.MM(3)
	markLen   = layout.MM(5)
	markWidth = 0.25
)

// geometry places a page's trim on the PDF page and converts layout
// coordinates (origin top-left of the trim, y down) to PDF user space
// (origin bottom-left of the MediaBox, y up).
type geometry struct {
	w, h  float64 // trim size
	bleed float64 // bleed kept beyond the trim (0 for the web)
	off   float64 // distance from the MediaBox edge to the trim
	marks bool
}

func newGeometry(p *layout.Page, opt Options) geometry {
	g := geometry{w: p.Width, h: p.Height}
	if opt.Web {
		return g
	}
	g.bleed = p.Bleed
	g.off = p.Bleed
	if opt.Marks {
		g.marks = true
		g.off = p.Bleed + markGap + markLen
	}
	return g
}

// x converts a layout x to PDF.
func (g geometry) x(x float64) float64 { return g.off + x }

// y converts a layout y to PDF.
func (g geometry) y(y float64) float64 { return g.off + g.h - y }

// box returns a PDF rectangle array of the trim grown by d on every side.
func (g geometry) box(d float64) string {
	return "[" + num(g.off-d) + " " + num(g.off-d) + " " + num(g.off+g.w+d) + " " + num(g.off+g.h+d) + "]"
}

// media is the MediaBox.
func (g geometry) media() string {
	return "[0 0 " + num(g.w+2*g.off) + " " + num(g.h+2*g.off) + "]"
}

// markLines returns the crop marks as line segments in PDF space: two per
// corner, on the lines of the trim edges, outside the bleed.
func (g geometry) markLines() [][4]float64 {
	var out [][4]float64
	start := g.bleed + markGap
	for _, cx := range []float64{0, g.w} {
		for _, cy := range []float64{0, g.h} {
			px, py := g.x(cx), g.y(cy)
			sx, sy := -1.0, -1.0 // direction away from the trim
			if cx > 0 {
				sx = 1
			}
			if cy == 0 { // top edge in layout is the upper edge in PDF
				sy = 1
			}
			out = append(out,
				[4]float64{px + sx*start, py, px + sx*(start+markLen), py},
				[4]float64{px, py + sy*start, px, py + sy*(start+markLen)})
		}
	}
	return out
}
