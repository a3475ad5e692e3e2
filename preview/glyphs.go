package preview

import (
	"image"
	"image/draw"
	"math"
	"sync"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"gazette/fonts"
	"gazette/layout"
)

// subpixels is how many horizontal sub-pixel positions a glyph mask is made
// for: glyphs keep their fractional pen positions to a quarter pixel.
const subpixels = 4

// maxMaskBytes bounds the memory of the glyph mask cache; when full it is
// emptied.
const maxMaskBytes = 64 << 20

// maskKey identifies one rasterised glyph.
type maskKey struct {
	font *fonts.Font
	gid  uint16
	ppem fixed.Int26_6 // size in pixels per em
	sub  uint8         // horizontal sub-pixel bucket, 0…subpixels-1
}

// mask is a glyph's coverage and where its top-left pixel lies relative to
// the pen position (rounded down to whole pixels) on the baseline.
type mask struct {
	img    *image.Alpha // nil for glyphs that draw nothing
	dx, dy int
}

// glyphCache holds parsed outlines per font and rasterised masks; it is safe
// for concurrent use and shared by every Render.
type glyphCache struct {
	mu     sync.RWMutex
	parsed map[*fonts.Font]*sfnt.Font // nil value: the font cannot be read
	masks  map[maskKey]mask
	bytes  int // pixels held by masks
}

var glyphs = &glyphCache{parsed: map[*fonts.Font]*sfnt.Font{}, masks: map[maskKey]mask{}}

// sfntBuffers are the per-call scratch buffers sfnt needs for concurrent use.
var sfntBuffers = sync.Pool{New: func() any { return new(sfnt.Buffer) }}

// outlines returns the parsed outlines of f, parsing its data once.
func (g *glyphCache) outlines(f *fonts.Font) *sfnt.Font {
	g.mu.RLock()
	sf, ok := g.parsed[f]
	g.mu.RUnlock()
	if ok {
		return sf
	}
	sf, err := sfnt.Parse(f.Data())
	if err != nil {
		sf = nil // drawn as empty boxes (see tofu)
	}
	g.mu.Lock()
	g.parsed[f] = sf
	g.mu.Unlock()
	return sf
}

// get returns the mask of a glyph, rasterising it on first use.
func (g *glyphCache) get(k maskKey) mask {
	g.mu.RLock()
	m, ok := g.masks[k]
	g.mu.RUnlock()
	if ok {
		return m
	}
	m = g.rasterise(k)
	g.mu.Lock()
	if g.bytes >= maxMaskBytes {
		g.masks, g.bytes = map[maskKey]mask{}, 0
	}
	if _, ok := g.masks[k]; !ok && m.img != nil {
		g.bytes += len(m.img.Pix)
	}
	g.masks[k] = m
	g.mu.Unlock()
	return m
}

// rasterise draws one glyph's outline into a new coverage mask.
func (g *glyphCache) rasterise(k maskKey) mask {
	sf := g.outlines(k.font)
	if sf == nil {
		return tofu(k)
	}
	buf := sfntBuffers.Get().(*sfnt.Buffer)
	defer sfntBuffers.Put(buf)
	segs, err := sf.LoadGlyph(buf, sfnt.GlyphIndex(k.gid), k.ppem, nil)
	if err != nil {
		return tofu(k)
	}
	if len(segs) == 0 {
		return mask{}
	}
	off := float32(k.sub) / subpixels
	minX, minY := float32(math.Inf(1)), float32(math.Inf(1))
	maxX, maxY := float32(math.Inf(-1)), float32(math.Inf(-1))
	for _, s := range segs {
		for _, a := range s.Args[:argCount(s.Op)] {
			x, y := fix(a.X)+off, fix(a.Y)
			minX, maxX = min(minX, x), max(maxX, x)
			minY, maxY = min(minY, y), max(maxY, y)
		}
	}
	x0, y0 := int(math.Floor(float64(minX))), int(math.Floor(float64(minY)))
	x1, y1 := int(math.Ceil(float64(maxX))), int(math.Ceil(float64(maxY)))
	if x1 <= x0 || y1 <= y0 {
		return mask{}
	}
	w, h := x1-x0, y1-y0
	z := vector.NewRasterizer(w, h)
	fx, fy := float32(x0)-off, float32(y0)
	for _, s := range segs {
		p := func(i int) (float32, float32) { return fix(s.Args[i].X) - fx, fix(s.Args[i].Y) - fy }
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			z.MoveTo(p(0))
		case sfnt.SegmentOpLineTo:
			z.LineTo(p(0))
		case sfnt.SegmentOpQuadTo:
			ax, ay := p(0)
			bx, by := p(1)
			z.QuadTo(ax, ay, bx, by)
		case sfnt.SegmentOpCubeTo:
			ax, ay := p(0)
			bx, by := p(1)
			cx, cy := p(2)
			z.CubeTo(ax, ay, bx, by, cx, cy)
		}
	}
	z.ClosePath()
	img := image.NewAlpha(image.Rect(0, 0, w, h))
	z.DrawOp = draw.Src
	z.Draw(img, img.Bounds(), image.Opaque, image.Point{})
	return mask{img: img, dx: x0, dy: y0}
}

// tofu is the mask of a glyph whose outline cannot be read: a hollow box,
// as a viewer shows a missing glyph.
func tofu(k maskKey) mask {
	em := int(math.Round(float64(fix(k.ppem))))
	w, h := max(em*6/10, 2), max(em*7/10, 2)
	img := image.NewAlpha(image.Rect(0, 0, w, h))
	for x := 0; x < w; x++ {
		img.Pix[x], img.Pix[(h-1)*img.Stride+x] = 255, 255
	}
	for y := 0; y < h; y++ {
		img.Pix[y*img.Stride], img.Pix[y*img.Stride+w-1] = 255, 255
	}
	return mask{img: img, dx: em / 5, dy: -h}
}

// argCount is how many points a segment of the operation uses.
func argCount(op sfnt.SegmentOp) int {
	switch op {
	case sfnt.SegmentOpQuadTo:
		return 2
	case sfnt.SegmentOpCubeTo:
		return 3
	}
	return 1
}

func fix(v fixed.Int26_6) float32 { return float32(v) / 64 }

// run draws a glyph run: each glyph's mask at its pen position, in the run's
// colour.
func (c *canvas) run(r *layout.GlyphRun) {
	if r.Font == nil || r.Size <= 0 || len(r.Glyphs) == 0 {
		return
	}
	ppem := fixed.Int26_6(math.Round(r.Size * c.scale * 64))
	if ppem <= 0 {
		return
	}
	src := image.NewUniform(rgba(r.Color))
	_, by := c.px(0, r.Y)
	// Like poppler (and FreeType-based viewers), the baseline snaps down to
	// whole pixels and the pen to quarter pixels.
	iy := int(math.Floor(by))
	bounds := c.dst.Bounds()
	for _, gl := range r.Glyphs {
		x, _ := c.px(gl.X, 0)
		ix := int(math.Floor(x))
		sub := min(int((x-float64(ix))*subpixels), subpixels-1)
		m := glyphs.get(maskKey{font: r.Font, gid: gl.GID, ppem: ppem, sub: uint8(sub)})
		if m.img == nil {
			continue
		}
		dr := m.img.Rect.Add(image.Pt(ix+m.dx, iy+m.dy))
		if !dr.Overlaps(bounds) {
			continue
		}
		draw.DrawMask(c.dst, dr, src, image.Point{}, m.img, image.Point{}, draw.Over)
	}
}
