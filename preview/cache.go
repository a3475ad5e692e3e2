package preview

import (
	"encoding/binary"
	"hash/maphash"
	"image"
	"math"
	"runtime"
	"sync"

	"gazette/layout"
)

// Cache keeps the thumbnails last drawn, by content hash of their page, so
// that redrawing an issue after an edit only draws the pages that changed.
// It is safe for concurrent use. The images it returns are shared: callers
// must not change them.
type Cache struct {
	mu    sync.Mutex
	seed  maphash.Seed
	pages map[uint64]*image.RGBA
}

// NewCache returns an empty thumbnail cache.
func NewCache() *Cache {
	return &Cache{seed: maphash.MakeSeed(), pages: map[uint64]*image.RGBA{}}
}

// Thumbnails draws every page of doc at dpi (trim area, no overlays), in
// page order, on all processors. Pages whose content has not changed since
// the last call are not drawn again. Only the current document's pages are
// kept.
func (c *Cache) Thumbnails(doc *layout.Document, dpi float64) []*image.RGBA {
	if doc == nil {
		return nil
	}
	out := make([]*image.RGBA, len(doc.Pages))
	hashes := make([]uint64, len(doc.Pages))
	var todo []int
	c.mu.Lock()
	for i, p := range doc.Pages {
		if p == nil {
			continue
		}
		hashes[i] = c.hash(p, dpi)
		if img, ok := c.pages[hashes[i]]; ok {
			out[i] = img
		} else {
			todo = append(todo, i)
		}
	}
	c.mu.Unlock()

	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(todo)) {
		wg.Go(func() {
			for i := range work {
				out[i] = Render(doc.Pages[i], Options{DPI: dpi})
			}
		})
	}
	for _, i := range todo {
		work <- i
	}
	close(work)
	wg.Wait()

	keep := make(map[uint64]*image.RGBA, len(out))
	for i, img := range out {
		if img != nil {
			keep[hashes[i]] = img
		}
	}
	c.mu.Lock()
	c.pages = keep
	c.mu.Unlock()
	return out
}

// hash returns the content hash of a page drawn at dpi: everything Render
// draws, and nothing else (links and anchors do not show).
func (c *Cache) hash(p *layout.Page, dpi float64) uint64 {
	var h maphash.Hash
	h.SetSeed(c.seed)
	var b []byte
	f := func(vs ...float64) {
		for _, v := range vs {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
		}
	}
	col := func(c layout.Color) { f(c.C, c.M, c.Y, c.K) }
	flush := func() {
		h.Write(b)
		b = b[:0]
	}
	f(dpi, p.Width, p.Height, p.Bleed, float64(len(p.Boxes)), float64(len(p.Images)), float64(len(p.Rules)), float64(len(p.Runs)))
	for _, x := range p.Boxes {
		f(x.X, x.Y, x.W, x.H, x.LineWidth)
		for _, cp := range []*layout.Color{x.Fill, x.Stroke} {
			if cp == nil {
				f(-1)
			} else {
				col(*cp)
			}
		}
	}
	for i := range p.Images {
		im := &p.Images[i]
		f(im.X, im.Y, im.W, im.H)
		flush()
		h.WriteString(imageID(im))
	}
	for _, r := range p.Rules {
		f(r.X0, r.Y0, r.X1, r.Y1, r.Width)
		col(r.Color)
	}
	for i := range p.Runs {
		r := &p.Runs[i]
		f(r.Size, r.Y, float64(len(r.Glyphs)))
		col(r.Color)
		flush()
		maphash.WriteComparable(&h, r.Font)
		for _, g := range r.Glyphs {
			b = binary.LittleEndian.AppendUint16(b, g.GID)
			f(g.X)
		}
		flush()
	}
	flush()
	return h.Sum64()
}
