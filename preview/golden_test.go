package preview

import (
	goldenfile "gazette/internal/golden"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// Golden comparison tolerances: the mean absolute difference per channel
// (0–255) and the share of pixels that differ by more than 64 in a channel.
const (
	maxMeanDiff    = 1.5
	maxBadFraction = 0.004
)

// imageDiff compares two images of the same size: the mean absolute channel
// difference and the fraction of pixels differing by more than 64.
func imageDiff(a, b *image.RGBA) (mean, bad float64) {
	var sum, nbad int
	for i := 0; i+3 < len(a.Pix); i += 4 {
		worst := 0
		for k := 0; k < 3; k++ {
			d := int(a.Pix[i+k]) - int(b.Pix[i+k])
			if d < 0 {
				d = -d
			}
			sum += d
			worst = max(worst, d)
		}
		if worst > 64 {
			nbad++
		}
	}
	n := len(a.Pix) / 4
	return float64(sum) / float64(3*n), float64(nbad) / float64(n)
}

// toRGBA converts any image to RGBA with its top-left at (0,0).
func toRGBA(img image.Image) *image.RGBA {
	if r, ok := img.(*image.RGBA); ok && r.Rect.Min == (image.Point{}) {
		return r
	}
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			out.Set(x, y, img.At(b.Min.X+x, b.Min.Y+y))
		}
	}
	return out
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func readPNG(t *testing.T, path string) *image.RGBA {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test ./preview -update to make it)", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return toRGBA(img)
}

// assertGolden compares img with testdata/<name>.png, or rewrites it with
// -update. A failing image is written to testdata/failed/<name>.png.
func assertGolden(t *testing.T, name string, img *image.RGBA) {
	t.Helper()
	path := filepath.Join("testdata", name+".png")
	if goldenfile.Update() {
		writePNG(t, path, img)
		return
	}
	want := readPNG(t, path)
	if want.Rect.Size() != img.Rect.Size() {
		writePNG(t, filepath.Join("testdata", "failed", name+".png"), img)
		t.Fatalf("%s: size %v, golden %v", name, img.Rect.Size(), want.Rect.Size())
	}
	mean, bad := imageDiff(img, want)
	if mean > maxMeanDiff || bad > maxBadFraction {
		writePNG(t, filepath.Join("testdata", "failed", name+".png"), img)
		t.Errorf("%s: differs from golden: mean diff %.2f (max %.2f), %.2f%% pixels off (max %.2f%%); see testdata/failed/",
			name, mean, maxMeanDiff, 100*bad, 100*maxBadFraction)
	}
}
