package preview

import (
	"bytes"
	"crypto/sha256"
	"image"
	"image/color"
	"image/draw"
	_ "image/jpeg" // decoders for placed pictures
	_ "image/png"
	"math"
	"sync"

	xdraw "golang.org/x/image/draw"

	"gazette/layout"
)

// maxScaled and maxDecoded bound the caches of scaled and decoded
// pictures; when one is full it is emptied.
const (
	maxScaled  = 256
	maxDecoded = 16
)

// scaledKey identifies a picture scaled to a size in pixels.
type scaledKey struct {
	id   string
	w, h int
}

// pictureCache keeps decoded pictures and their scaled copies, so that a
// page is not decoded again for every redraw.
type pictureCache struct {
	mu      sync.Mutex
	decoded map[string]image.Image // nil value: cannot be decoded
	scaled  map[scaledKey]*image.RGBA
}

var pictures = &pictureCache{decoded: map[string]image.Image{}, scaled: map[scaledKey]*image.RGBA{}}

// imageID returns the identity of a placed picture: its Key, or a hash of
// its bytes when it has none.
func imageID(im *layout.Image) string {
	if im.Key != "" {
		return im.Key
	}
	sum := sha256.Sum256(im.Data)
	return string(sum[:])
}

// decode returns the decoded picture, or nil if it cannot be decoded.
func (pc *pictureCache) decode(id string, data []byte) image.Image {
	pc.mu.Lock()
	img, ok := pc.decoded[id]
	pc.mu.Unlock()
	if ok {
		return img
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		img = nil
	}
	pc.mu.Lock()
	if len(pc.decoded) >= maxDecoded {
		pc.decoded = map[string]image.Image{}
	}
	pc.decoded[id] = img
	pc.mu.Unlock()
	return img
}

// get returns the picture scaled to w×h pixels, or nil.
func (pc *pictureCache) get(im *layout.Image, w, h int) *image.RGBA {
	id := imageID(im)
	k := scaledKey{id, w, h}
	pc.mu.Lock()
	s, ok := pc.scaled[k]
	pc.mu.Unlock()
	if ok {
		return s
	}
	src := pc.decode(id, im.Data)
	if src == nil {
		return nil
	}
	s = image.NewRGBA(image.Rect(0, 0, w, h))
	xdraw.BiLinear.Scale(s, s.Bounds(), src, src.Bounds(), xdraw.Src, nil)
	pc.mu.Lock()
	if len(pc.scaled) >= maxScaled {
		pc.scaled = map[scaledKey]*image.RGBA{}
	}
	pc.scaled[k] = s
	pc.mu.Unlock()
	return s
}

// image draws a placed picture scaled into its rectangle; a picture that
// cannot be decoded shows as a grey box with a cross.
func (c *canvas) image(im *layout.Image) {
	x0, y0 := c.px(im.X, im.Y)
	x1, y1 := c.px(im.X+im.W, im.Y+im.H)
	r := image.Rect(int(math.Round(x0)), int(math.Round(y0)), int(math.Round(x1)), int(math.Round(y1)))
	if r.Empty() {
		return
	}
	if s := pictures.get(im, r.Dx(), r.Dy()); s != nil {
		draw.Draw(c.dst, r, s, image.Point{}, draw.Over)
		return
	}
	grey := color.RGBA{160, 160, 160, 255}
	c.strokeRect(im.Rect, 0.5, grey)
	w := minStroke / 2
	c.polygon(grey, []point{{x0 - w, y0}, {x0 + w, y0}, {x1 + w, y1}, {x1 - w, y1}})
	c.polygon(grey, []point{{x1 - w, y0}, {x1 + w, y0}, {x0 + w, y1}, {x0 - w, y1}})
}
