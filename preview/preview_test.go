package preview

import (
	"image"
	"image/color"
	"testing"

	"gazette/fonts"
	"gazette/layout"
)

func TestRenderSyntheticGolden(t *testing.T) {
	p := testPage(t)
	tests := []struct {
		name string
		opt  Options
	}{
		{"synthetic-100dpi", Options{DPI: 100}},
		{"synthetic-bleed-guides-72dpi", Options{DPI: 72, Bleed: true, Trim: true, TextBlock: true}},
		{"synthetic-highlight-150dpi", Options{DPI: 150, Highlights: []Highlight{{Article: 0, Block: 1, RuneStart: 3, RuneEnd: 12}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertGolden(t, tc.name, Render(p, tc.opt))
		})
	}
}

func TestPixelSize(t *testing.T) {
	p := &layout.Page{Width: layout.MM(210), Height: layout.MM(297), Bleed: layout.MM(3)}
	tests := []struct {
		opt  Options
		w, h int
	}{
		{Options{DPI: 72}, 595, 842},
		{Options{DPI: 100}, 827, 1169},
		{Options{DPI: 100, Bleed: true}, 850, 1193},
		{Options{}, 595, 842},
	}
	for _, tc := range tests {
		w, h := PixelSize(p, tc.opt)
		if w != tc.w || h != tc.h {
			t.Errorf("PixelSize(%+v) = %d×%d, want %d×%d", tc.opt, w, h, tc.w, tc.h)
		}
		if img := Render(p, tc.opt); img.Rect.Dx() != tc.w || img.Rect.Dy() != tc.h {
			t.Errorf("Render(%+v) is %v, want %d×%d", tc.opt, img.Rect.Size(), tc.w, tc.h)
		}
	}
}

// inkBox returns the bounding box of pixels darker than 128 in r.
func inkBox(img *image.RGBA, r image.Rectangle) image.Rectangle {
	var b image.Rectangle
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.RGBAAt(x, y)
			if int(c.R)+int(c.G)+int(c.B) < 3*128 {
				b = b.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return b
}

// TestGlyphPlacement checks that a glyph's ink lies where its outline's
// bounds say, at several sizes and resolutions: the pen position and
// baseline map to the right pixels.
func TestGlyphPlacement(t *testing.T) {
	f := fonts.MustBundled(fonts.Hei)
	tests := []struct {
		ch   rune
		size float64
		dpi  float64
	}{
		{'国', 12, 72},
		{'国', 12, 300},
		{'一', 24, 100},
		{'H', 10.5, 150},
	}
	for _, tc := range tests {
		p := &layout.Page{Width: 200, Height: 100}
		x, y := 50.3, 60.0
		p.Runs = []layout.GlyphRun{{Font: f, Size: tc.size, Color: layout.Black, Y: y,
			Glyphs: []layout.Glyph{{GID: f.GlyphIndex(tc.ch), X: x}}}}
		img := Render(p, Options{DPI: tc.dpi})
		got := inkBox(img, img.Rect)
		// The expected ink box from the font's own glyph bounds (glyf header).
		g := f.Glyph(f.GlyphIndex(tc.ch))
		i16 := func(o int) float64 { return float64(int16(uint16(g[o])<<8 | uint16(g[o+1]))) }
		s := tc.size / float64(f.UnitsPerEm) * tc.dpi / 72
		px := x * tc.dpi / 72
		py := y * tc.dpi / 72
		want := image.Rect(int(px+i16(2)*s+0.5), int(py-i16(8)*s+0.5), int(px+i16(6)*s+0.5), int(py-i16(4)*s+0.5))
		tol := 2
		if abs(got.Min.X-want.Min.X) > tol || abs(got.Max.X-want.Max.X) > tol ||
			abs(got.Min.Y-want.Min.Y) > tol || abs(got.Max.Y-want.Max.Y) > tol {
			t.Errorf("%q %.1fpt at %.0f dpi: ink %v, want %v ±%d", tc.ch, tc.size, tc.dpi, got, want, tol)
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// TestColours checks that process colours show through Color.RGB.
func TestColours(t *testing.T) {
	red := layout.Color{M: 1, Y: 1, K: 0.1}
	grey := layout.Color{K: 0.5}
	p := &layout.Page{Width: 100, Height: 100,
		Boxes: []layout.Box{{Rect: layout.Rect{X: 10, Y: 10, W: 30, H: 30}, Fill: &red}},
		Rules: []layout.Rule{{X0: 50, Y0: 70, X1: 90, Y1: 70, Width: 4, Color: grey}},
	}
	img := Render(p, Options{DPI: 72})
	tests := []struct {
		x, y int
		want color.RGBA
	}{
		{25, 25, rgba(red)},
		{70, 70, rgba(grey)},
		{5, 5, color.RGBA{255, 255, 255, 255}},
		{70, 75, color.RGBA{255, 255, 255, 255}},
	}
	for _, tc := range tests {
		if got := img.RGBAAt(tc.x, tc.y); got != tc.want {
			t.Errorf("pixel (%d,%d) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
}

// TestHighlights checks that only the highlighted glyphs get a yellow box.
func TestHighlights(t *testing.T) {
	p := &layout.Page{Width: 300, Height: 60}
	p.Runs = []layout.GlyphRun{setLine(fonts.Song, 20, layout.Black, 10, 40, "一二三四五六", 2, 5, 0)}
	yellowIn := func(img *image.RGBA, x0, x1 int) bool {
		for y := 0; y < 60; y++ {
			for x := x0; x < x1; x++ {
				c := img.RGBAAt(x, y)
				if c.R > 200 && c.G > 200 && c.B < 180 {
					return true
				}
			}
		}
		return false
	}
	tests := []struct {
		name      string
		hs        []Highlight
		want      [6]bool // per character
		wantFirst bool
	}{
		{"none", nil, [6]bool{}, false},
		{"range", []Highlight{{Article: 2, Block: 5, RuneStart: 1, RuneEnd: 3}}, [6]bool{false, true, true, false, false, false}, false},
		{"other block", []Highlight{{Article: 2, Block: 4, RuneStart: 0, RuneEnd: 6}}, [6]bool{}, false},
		{"two", []Highlight{{2, 5, 0, 1}, {2, 5, 5, 9}}, [6]bool{true, false, false, false, false, true}, true},
	}
	for _, tc := range tests {
		img := Render(p, Options{DPI: 72, Highlights: tc.hs})
		for i := 0; i < 6; i++ {
			x0 := 10 + 20*i
			if got := yellowIn(img, x0+3, x0+17); got != tc.want[i] {
				t.Errorf("%s: character %d highlighted = %v, want %v", tc.name, i, got, tc.want[i])
			}
		}
	}
}

// TestThumbnailsRedrawOnlyChanged checks the cache: unchanged pages come
// back as the very same image, a changed page is drawn anew.
func TestThumbnailsRedrawOnlyChanged(t *testing.T) {
	doc := testDoc(t, 5)
	c := NewCache()
	first := c.Thumbnails(doc, 20)
	if len(first) != 5 {
		t.Fatalf("got %d thumbnails, want 5", len(first))
	}
	for i, img := range first {
		if img == nil {
			t.Fatalf("thumbnail %d is nil", i)
		}
		if w, h := PixelSize(doc.Pages[i], Options{DPI: 20}); img.Rect.Dx() != w || img.Rect.Dy() != h {
			t.Errorf("thumbnail %d is %v, want %d×%d", i, img.Rect.Size(), w, h)
		}
	}
	// Edit page 3: move one glyph.
	edited := *doc.Pages[2]
	edited.Runs = append([]layout.GlyphRun(nil), edited.Runs...)
	r := edited.Runs[2]
	r.Glyphs = append([]layout.Glyph(nil), r.Glyphs...)
	r.Glyphs[0].X += 30
	edited.Runs[2] = r
	doc.Pages[2] = &edited
	second := c.Thumbnails(doc, 20)
	for i := range second {
		same := second[i] == first[i]
		if want := i != 2; same != want {
			t.Errorf("page %d reused = %v, want %v", i+1, same, want)
		}
	}
	if mean, _ := imageDiff(second[2], first[2]); mean == 0 {
		t.Error("the edited page draws the same as before")
	}
	// Another resolution draws everything again.
	third := c.Thumbnails(doc, 30)
	for i := range third {
		if third[i] == second[i] {
			t.Errorf("page %d reused at another dpi", i+1)
		}
	}
}
