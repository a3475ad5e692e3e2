package preview

import (
	"bytes"
	"fmt"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"gazette/layout"
	"gazette/pdf"
)

// cell is the side in pixels of the squares whose ink is compared.
const cell = 20

// Tolerances of the PDF comparison: the ink of any cell (0 white – 1 all
// black) may differ by maxCellDiff, and on average by maxMeanCellDiff.
const (
	maxCellDiff     = 0.08
	maxMeanCellDiff = 0.01
)

// inkCells returns the mean ink (1 − luminance) of each cell×cell square of
// the w×h top-left part of img, row by row.
func inkCells(img *image.RGBA, w, h int) []float64 {
	cw, ch := (w+cell-1)/cell, (h+cell-1)/cell
	sum := make([]float64, cw*ch)
	n := make([]int, cw*ch)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			i := img.PixOffset(x, y)
			p := img.Pix[i : i+3]
			lum := (0.299*float64(p[0]) + 0.587*float64(p[1]) + 0.114*float64(p[2])) / 255
			k := y/cell*cw + x/cell
			sum[k] += 1 - lum
			n[k]++
		}
	}
	for i := range sum {
		sum[i] /= float64(n[i])
	}
	return sum
}

// pictureCells marks the cells a picture touches: poppler shows CMYK
// pictures through its own colour management, so their ink is not compared
// (their placement is, by the golden images).
func pictureCells(p *layout.Page, dpi float64, w int) map[int]bool {
	s := dpi / 72
	off := p.Bleed * s
	cw := (w + cell - 1) / cell
	m := map[int]bool{}
	for _, im := range p.Images {
		x0, y0 := int(off+im.X*s)/cell, int(off+im.Y*s)/cell
		x1, y1 := int(off+(im.X+im.W)*s)/cell, int(off+(im.Y+im.H)*s)/cell
		for y := y0; y <= y1; y++ {
			for x := x0; x <= x1; x++ {
				m[y*cw+x] = true
			}
		}
	}
	return m
}

// comparePDF writes doc as a print PDF, rasterises it with pdftoppm at dpi
// and compares each page's ink, cell by cell, with the preview of the same
// page (bleed included, as the PDF's MediaBox). The PDF embeds the outlines
// the preview draws (pdf.Options.ExactOutlines): at these screen
// resolutions poppler hints TrueType and CFF glyphs differently, which would
// blur what this test looks for; that the print outlines (grids, the Song
// face's CFF twin) draw the same pixels is checked at 1200 dpi in package pdf.
func comparePDF(t *testing.T, doc *layout.Document, dpi float64) {
	t.Helper()
	exe, err := exec.LookPath("pdftoppm")
	if err != nil {
		t.Fatal("pdftoppm is not installed (make deps, or apt-get install poppler-utils)")
	}
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := pdf.Write(&buf, doc, pdf.Options{ExactOutlines: true}); err != nil {
		t.Fatalf("pdf.Write: %v", err)
	}
	pdfPath := filepath.Join(dir, "doc.pdf")
	if err := os.WriteFile(pdfPath, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(exe, "-r", fmt.Sprint(dpi), "-png", pdfPath, filepath.Join(dir, "p")).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	pngs, _ := filepath.Glob(filepath.Join(dir, "p-*.png"))
	if len(pngs) != len(doc.Pages) {
		t.Fatalf("pdftoppm made %d pages, the document has %d", len(pngs), len(doc.Pages))
	}
	for i, path := range pngs { // p-1.png … sort as the pages (zero-padded by pdftoppm)
		p := doc.Pages[i]
		ref := readPNG(t, path)
		got := Render(p, Options{DPI: dpi, Bleed: true})
		w, h := min(ref.Rect.Dx(), got.Rect.Dx()), min(ref.Rect.Dy(), got.Rect.Dy())
		if abs(ref.Rect.Dx()-got.Rect.Dx()) > 1 || abs(ref.Rect.Dy()-got.Rect.Dy()) > 1 {
			t.Errorf("page %d: preview %v, PDF %v", p.Number, got.Rect.Size(), ref.Rect.Size())
			continue
		}
		a, b := inkCells(got, w, h), inkCells(ref, w, h)
		skip := pictureCells(p, dpi, w)
		worst, at, mean := 0.0, 0, 0.0
		for k := range a {
			if skip[k] {
				continue
			}
			d := a[k] - b[k]
			if d < 0 {
				d = -d
			}
			mean += d
			if d > worst {
				worst, at = d, k
			}
		}
		mean /= float64(len(a))
		if os.Getenv("PREVIEW_DEBUG") != "" {
			cw := (w + cell - 1) / cell
			for k := range a {
				if d := a[k] - b[k]; d > 0.05 || d < -0.05 {
					t.Logf("page %d cell (%d,%d): preview %.3f pdf %.3f", p.Number, k%cw*cell, k/cw*cell, a[k], b[k])
				}
			}
		}
		t.Logf("page %d: worst cell %.3f, mean %.4f", p.Number, worst, mean)
		compareLines(t, p, got, ref, dpi)
		if worst > maxCellDiff || mean > maxMeanCellDiff {
			cw := (w + cell - 1) / cell
			name := fmt.Sprintf("pdf-page%d", p.Number)
			writePNG(t, filepath.Join("testdata", "failed", name+"-preview.png"), got)
			writePNG(t, filepath.Join("testdata", "failed", name+"-pdftoppm.png"), ref)
			t.Errorf("page %d: ink differs from the PDF: worst cell %.3f at (%d,%d) px (max %.2f), mean %.4f (max %.3f); see testdata/failed/",
				p.Number, worst, at%cw*cell, at/cw*cell, maxCellDiff, mean, maxMeanCellDiff)
		}
	}
}

// TestMatchesPDFSynthetic compares the preview of constructed pages with
// poppler's rendering of the PDF made of them.
func TestMatchesPDFSynthetic(t *testing.T) {
	doc := testDoc(t, 2)
	comparePDF(t, doc, 50)
}

// Tolerances of the glyph run comparison, in pixels: no edge of a run's ink
// may lie more than maxLineShift from the PDF's; at most a share
// maxShiftedRuns of the runs may be off by that much (thin stroke ends fall
// either side of the ink threshold), the others by one pixel at most; and on
// average each edge must agree to within maxMeanShift (a whole page drawn a
// pixel off fails).
const (
	maxLineShift   = 2
	maxShiftedRuns = 0.03
	maxMeanShift   = 0.35
)

// compareLines finds the bounding box of the ink of every glyph run in the
// preview and in the PDF's rendering and checks that they agree.
func compareLines(t *testing.T, p *layout.Page, got, ref *image.RGBA, dpi float64) {
	t.Helper()
	s := dpi / 72
	off := p.Bleed * s
	var sum [4]int
	n, shifted := 0, 0
	for i, r := range p.Runs {
		if r.Font == nil || len(r.Glyphs) == 0 {
			continue
		}
		last := r.Glyphs[len(r.Glyphs)-1]
		x1 := last.X + float64(r.Font.Advance(last.GID))/float64(r.Font.UnitsPerEm)*r.Size
		// The em boxes of the run, which table rules around it do not enter.
		area := image.Rect(int(off+r.Glyphs[0].X*s), int(off+(r.Y-0.9*r.Size)*s),
			int(off+x1*s)+1, int(off+(r.Y+0.15*r.Size)*s)+1)
		a, b := darkBox(got, area), darkBox(ref, area)
		if a.Empty() && b.Empty() {
			continue
		}
		d := [4]int{a.Min.X - b.Min.X, a.Min.Y - b.Min.Y, a.Max.X - b.Max.X, a.Max.Y - b.Max.Y}
		worst := 0
		for k, v := range d {
			sum[k] += v
			worst = max(worst, abs(v))
		}
		n++
		if worst > 1 {
			shifted++
		}
		if worst > maxLineShift || a.Empty() != b.Empty() {
			t.Errorf("page %d run %d (%q…): ink at %v in the preview, %v in the PDF", p.Number, i, r.Glyphs[0].Text, a, b)
		}
	}
	if n == 0 {
		return
	}
	if float64(shifted) > maxShiftedRuns*float64(n)+1 {
		t.Errorf("page %d: %d of %d glyph runs lie 2 px from the PDF's (max %.0f%%)", p.Number, shifted, n, 100*maxShiftedRuns)
	}
	for k, name := range []string{"left", "top", "right", "bottom"} {
		if m := float64(sum[k]) / float64(n); m > maxMeanShift || m < -maxMeanShift {
			t.Errorf("page %d: the %s edges of the glyph runs lie %.2f px from the PDF's on average (max %.2f)", p.Number, name, m, maxMeanShift)
		}
	}
}

// darkBox is the bounding box of the pixels in r with a fifth or more ink.
func darkBox(img *image.RGBA, r image.Rectangle) image.Rectangle {
	var b image.Rectangle
	r = r.Intersect(img.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			i := img.PixOffset(x, y)
			lum := 0.299*float64(img.Pix[i]) + 0.587*float64(img.Pix[i+1]) + 0.114*float64(img.Pix[i+2])
			if lum < 200 {
				b = b.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return b
}
