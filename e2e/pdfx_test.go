package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gazette/layout"
	"gazette/pdf"
	"gazette/preflight/pdfcheck"
)

// writeSeed lays out the seed issue once per test and writes it with opt.
func writeSeed(t *testing.T, doc *layout.Document, name string, edit func(*pdf.Options)) string {
	t.Helper()
	opt := printOpt
	edit(&opt)
	path := filepath.Join(t.TempDir(), name+".pdf")
	if err := pdf.WriteFile(path, doc, opt); err != nil {
		t.Fatal(err)
	}
	return path
}

// laySeed lays out the seed issue.
func laySeed(t *testing.T) *layout.Document {
	t.Helper()
	is, _ := sources[0].load(t)
	doc, err := layout.Lay(is, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestStandards checks every print output of the seed (with and without
// crop marks, the cover and the body) against PDF/X-4 with pdfcheck and
// with pdfcpu's strict validation, the web edition against PDF/A-2u the
// same way, and the PDF/X-1a file against PDF/X-1a:2003 (pdfcpu relaxed:
// its strict mode wants a FontFamily, which PDF 1.4 does not have).
func TestStandards(t *testing.T) {
	needTools(t)
	pdfcpu := pdfcpuPath(t)
	doc := laySeed(t)
	tests := []struct {
		name, want string
		edit       func(*pdf.Options)
	}{
		{"print", "PDF/X-4", func(*pdf.Options) {}},
		{"marks", "PDF/X-4", func(o *pdf.Options) { o.Marks = true }},
		{"cover", "PDF/X-4", func(o *pdf.Options) { o.Pages = pdf.PagesCover }},
		{"body", "PDF/X-4", func(o *pdf.Options) { o.Pages = pdf.PagesBody }},
		{"web", "PDF/A-2u", func(o *pdf.Options) { o.Web = true }},
		{"x1a", "PDF/X-1a", func(o *pdf.Options) { o.PDFX = pdf.PDFX1a }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeSeed(t, doc, tc.name, tc.edit)
			checkQpdf(t, path)
			mode := "strict"
			if tc.name == "x1a" {
				mode = "relaxed"
			}
			if out, err := exec.Command(pdfcpu, "validate", "-mode", mode, path).CombinedOutput(); err != nil || !strings.Contains(string(out), "validation ok") {
				t.Errorf("pdfcpu validate -mode %s: %v\n%s", mode, err, out)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			r, err := pdfcheck.Check(data)
			if err != nil {
				t.Fatal(err)
			}
			if s := r.Standard(tc.want); !s.Claimed || !s.Meets() {
				t.Errorf("%s: claimed %v, problems:\n%s", tc.want, s.Claimed, strings.Join(s.Problems, "\n"))
			}
		})
	}
}

// pdfcpuPath finds pdfcpu (make test installs it with go install).
func pdfcpuPath(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("pdfcpu"); err == nil {
		return p
	}
	home, _ := os.UserHomeDir()
	p := filepath.Join(home, "go", "bin", "pdfcpu")
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("pdfcpu 不在 PATH 中（make test 用 go install github.com/pdfcpu/pdfcpu/cmd/pdfcpu@v0.11.1 安装）")
	}
	return p
}

// TestCoverBodySplit checks the files for separate stock: the cover is 4
// pages (封一 to 封四), the body a multiple of 4, and the cover's first two
// pages, the body's pages and the cover's last two read as the whole
// issue's pages, in order.
func TestCoverBodySplit(t *testing.T) {
	needTools(t)
	doc := laySeed(t)
	whole := pageTexts(t, writeSeed(t, doc, "whole", func(*pdf.Options) {}))
	cover := pageTexts(t, writeSeed(t, doc, "cover", func(o *pdf.Options) { o.Pages = pdf.PagesCover }))
	body := pageTexts(t, writeSeed(t, doc, "body", func(o *pdf.Options) { o.Pages = pdf.PagesBody }))
	if len(cover) != 4 || len(body)%4 != 0 {
		t.Fatalf("cover %d pages, body %d pages; want 4 and a multiple of 4", len(cover), len(body))
	}
	pad := len(body) - (len(whole) - 4)
	if pad < 0 || pad > 3 {
		t.Fatalf("body %d pages for %d of the whole issue's %d", len(body), len(whole)-4, len(whole))
	}
	for _, p := range body[len(body)-pad:] {
		if strings.TrimSpace(p) != "" {
			t.Errorf("a padding page holds text: %q", p)
		}
	}
	joined := append(append(append([]string{}, cover[:2]...), body[:len(body)-pad]...), cover[2:]...)
	if len(joined) != len(whole) {
		t.Fatalf("cover + body = %d pages, whole %d", len(joined), len(whole))
	}
	for i := range whole {
		if joined[i] != whole[i] {
			t.Errorf("page %d differs between the split and the whole issue", i+1)
		}
	}
}

// TestExtractionAgrees checks that MuPDF and poppler read the same text
// from the print file: on every page the same characters, and the lines
// poppler reads (of 15 characters and more, white space aside) are lines
// MuPDF reads too — not split into one-character lines, as when a CFF
// font's advances were 0 (62 of 1194 lines then).
func TestExtractionAgrees(t *testing.T) {
	needTools(t)
	if _, err := exec.LookPath("mutool"); err != nil {
		t.Fatal("mutool 不在 PATH 中（apt-get install mupdf-tools）")
	}
	path := writeSeed(t, laySeed(t), "print", func(*pdf.Options) {})
	pop := pageTexts(t, path)
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	total, same := 0, 0
	for i, pp := range pop {
		mu := run(t, "mutool", "draw", "-q", "-F", "txt", "-o", "-", path, itoa(i+1))
		if a, b := sortedRunes(squeeze(mu)), sortedRunes(squeeze(pp)); a != b {
			t.Errorf("page %d: MuPDF and poppler read different characters", i+1)
		}
		lines := map[string]bool{}
		for _, l := range strings.Split(mu, "\n") {
			lines[squeeze(l)] = true
		}
		for _, l := range strings.Split(pp, "\n") {
			if k := squeeze(l); len([]rune(k)) >= 15 {
				total++
				if lines[k] {
					same++
				}
			}
		}
	}
	t.Logf("%d of %d lines read alike", same, total)
	if total < 500 || same*100 < total*85 {
		t.Errorf("MuPDF reads %d of poppler's %d lines alike, want 85 %%", same, total)
	}
}

func sortedRunes(s string) string {
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j] < rs[j-1]; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
	return string(rs)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

// TestTOCLinks checks the web edition's TOC links against the words
// pdftotext places: every link rectangle holds words, and every word of a
// TOC entry (the lines ending in a page number on TOC pages) lies inside a
// link rectangle. The print file has no links.
func TestTOCLinks(t *testing.T) {
	needTools(t)
	doc := laySeed(t)
	path := writeSeed(t, doc, "web", func(o *pdf.Options) { o.Web = true })
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := pdfcheck.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	pages := pdfcheck.Pages(f)
	words := bboxLines(t, path)
	links := 0
	for pi, pd := range pages {
		if pi >= len(doc.Pages) || doc.Pages[pi].Kind != layout.PageTOC {
			if len(f.Array(pd["Annots"])) > 0 && (pi >= len(doc.Pages) || doc.Pages[pi].Kind != layout.PageTOC) {
				t.Errorf("page %d: annotations outside the TOC", pi+1)
			}
			continue
		}
		h := doc.Pages[pi].Height
		var rects [][4]float64
		for _, a := range f.Array(pd["Annots"]) {
			r := f.Array(f.Dict(a)["Rect"])
			var v [4]float64
			for i := range v {
				v[i], _ = f.Num(r[i])
			}
			// PDF space (y up) to pdftotext's (y down from the top).
			rects = append(rects, [4]float64{v[0], h - v[3], v[2], h - v[1]})
		}
		links += len(rects)
		inside := func(w bword, r [4]float64) bool {
			cx, cy := (w.xMin+w.xMax)/2, (w.yMin+w.yMax)/2
			return cx >= r[0] && cx <= r[2] && cy >= r[1] && cy <= r[3]
		}
		for _, r := range rects {
			n := 0
			for _, l := range words[pi] {
				for _, w := range l {
					if inside(w, r) {
						n++
					}
				}
			}
			if n == 0 {
				t.Errorf("page %d: link %v covers no text", pi+1, r)
			}
		}
		for _, l := range words[pi] {
			last := l[len(l)-1].text
			if strings.Trim(last, "0123456789") != "" {
				continue // not an entry's line with its page number
			}
			for _, w := range l {
				ok := false
				for _, r := range rects {
					ok = ok || inside(w, r)
				}
				if !ok {
					t.Errorf("page %d: TOC word %q at (%.1f, %.1f) lies in no link", pi+1, w.text, w.xMin, w.yMin)
				}
			}
		}
	}
	if links < 10 {
		t.Errorf("%d TOC links, want one per entry", links)
	}
	r, err := pdfcheck.Check(data)
	if err != nil {
		t.Fatal(err)
	}
	if s := r.Standard("PDF/A-2u"); !s.Meets() {
		t.Errorf("web edition: %s", s.Problems)
	}
}
