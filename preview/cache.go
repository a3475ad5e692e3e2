package preview

import (
	"image"
	"reflect"
	"runtime"
	"sync"

	"gazette/fonts"
	"gazette/internal/digest"
	"gazette/layout"
)

// Cache keeps the thumbnails last drawn, by content hash of their page, so
// that redrawing an issue after an edit only draws the pages that changed.
// It is safe for concurrent use. The images it returns are shared: callers
// must not change them.
type Cache struct {
	mu    sync.Mutex
	pages map[uint64]*image.RGBA
	// key is the pages' cache key: hash (a test replaces it to show that a
	// key which misses a field serves a stale picture).
	key func(p *layout.Page, dpi float64) uint64
}

// NewCache returns an empty thumbnail cache.
func NewCache() *Cache {
	return &Cache{pages: map[uint64]*image.RGBA{}, key: hash}
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
		hashes[i] = c.key(p, dpi)
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

// hash returns the content hash of a page drawn at dpi: the whole page
// value, every field by reflection (internal/digest), so that a field added
// to layout.Page is in it without being listed here. Fonts are loaded once
// and never change: a glyph run's font counts by identity.
func hash(p *layout.Page, dpi float64) uint64 {
	return pageHasher.Of(struct {
		DPI  float64
		Page *layout.Page
	}{dpi, p})
}

// pageHasher hashes pages, fonts by address.
var pageHasher = digest.New(reflect.TypeFor[*fonts.Font]())
