package preview

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"golang.org/x/image/vector"

	"gazette/layout"
)

// canvas is one page being drawn: the pixels and the mapping from page
// points to pixels.
type canvas struct {
	dst    *image.RGBA
	scale  float64 // pixels per point
	ox, oy float64 // pixel position of the trim's top-left corner
}

func newCanvas(p *layout.Page, opt Options) *canvas {
	w, h := PixelSize(p, opt)
	c := &canvas{dst: image.NewRGBA(image.Rect(0, 0, w, h)), scale: scaleOf(opt.DPI)}
	if opt.Bleed {
		c.ox = p.Bleed * c.scale
		c.oy = p.Bleed * c.scale
	}
	return c
}

// px maps a page point to pixel coordinates.
func (c *canvas) px(x, y float64) (float64, float64) {
	return c.ox + x*c.scale, c.oy + y*c.scale
}

// fill paints the whole canvas one colour.
func (c *canvas) fill(col color.RGBA) {
	pix := c.dst.Pix
	if len(pix) < 4 {
		return
	}
	pix[0], pix[1], pix[2], pix[3] = col.R, col.G, col.B, col.A
	for n := 4; n < len(pix); n *= 2 {
		copy(pix[n:], pix[:n])
	}
}

// rasterizers are reused between shapes; each is sized to its shape's box.
var rasterizers = sync.Pool{New: func() any { return vector.NewRasterizer(0, 0) }}

// point is a position in pixels.
type point struct{ x, y float64 }

// polygon fills closed polygons (pixel coordinates, non-zero winding; an
// inner contour in the opposite direction makes a hole) with col.
func (c *canvas) polygon(col color.Color, contours ...[]point) {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, ct := range contours {
		for _, p := range ct {
			minX, maxX = math.Min(minX, p.x), math.Max(maxX, p.x)
			minY, maxY = math.Min(minY, p.y), math.Max(maxY, p.y)
		}
	}
	b := c.dst.Bounds()
	r := image.Rect(int(math.Floor(minX)), int(math.Floor(minY)), int(math.Ceil(maxX)), int(math.Ceil(maxY))).Intersect(b)
	if r.Empty() {
		return
	}
	// Shapes are clipped to the canvas by drawing only the visible part of
	// their box; the rasteriser itself clips the outline.
	z := rasterizers.Get().(*vector.Rasterizer)
	defer rasterizers.Put(z)
	z.Reset(r.Dx(), r.Dy())
	fx, fy := float32(r.Min.X), float32(r.Min.Y)
	for _, ct := range contours {
		if len(ct) < 3 {
			continue
		}
		z.MoveTo(float32(ct[0].x)-fx, float32(ct[0].y)-fy)
		for _, p := range ct[1:] {
			z.LineTo(float32(p.x)-fx, float32(p.y)-fy)
		}
		z.ClosePath()
	}
	z.DrawOp = draw.Over
	z.Draw(c.dst, r, image.NewUniform(col), image.Point{})
}

// rectPath returns the corners of a pixel rectangle, clockwise on screen.
func rectPath(x0, y0, x1, y1 float64) []point {
	return []point{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}
}

// reversed returns the contour in the opposite direction.
func reversed(ct []point) []point {
	out := make([]point, len(ct))
	for i, p := range ct {
		out[len(ct)-1-i] = p
	}
	return out
}

// minStroke is the thinnest line drawn, in pixels: thinner rules are drawn
// this wide so that they do not vanish at thumbnail sizes (poppler draws
// them at their width, antialiased, which is as faint).
const minStroke = 0.5

// strokeRect outlines a rectangle given in page points with a line of width
// lw points centred on its edges.
func (c *canvas) strokeRect(r layout.Rect, lw float64, col color.Color) {
	x0, y0 := c.px(r.X, r.Y)
	x1, y1 := c.px(r.X+r.W, r.Y+r.H)
	h := math.Max(lw*c.scale, minStroke) / 2
	outer := rectPath(x0-h, y0-h, x1+h, y1+h)
	if x1-x0 <= 2*h || y1-y0 <= 2*h {
		c.polygon(col, outer)
		return
	}
	c.polygon(col, outer, reversed(rectPath(x0+h, y0+h, x1-h, y1-h)))
}

// box draws a filled and/or stroked rectangle.
func (c *canvas) box(b *layout.Box) {
	if b.Fill != nil {
		x0, y0 := c.px(b.X, b.Y)
		x1, y1 := c.px(b.X+b.W, b.Y+b.H)
		c.polygon(rgba(*b.Fill), rectPath(x0, y0, x1, y1))
	}
	if b.Stroke != nil {
		c.strokeRect(b.Rect, b.LineWidth, rgba(*b.Stroke))
	}
}

// rule draws a straight line with butt caps.
func (c *canvas) rule(r *layout.Rule) {
	x0, y0 := c.px(r.X0, r.Y0)
	x1, y1 := c.px(r.X1, r.Y1)
	dx, dy := x1-x0, y1-y0
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	h := math.Max(r.Width*c.scale, minStroke) / 2
	nx, ny := -dy/l*h, dx/l*h
	c.polygon(rgba(r.Color), []point{{x0 + nx, y0 + ny}, {x1 + nx, y1 + ny}, {x1 - nx, y1 - ny}, {x0 - nx, y0 - ny}})
}
