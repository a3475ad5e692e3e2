// Package e2e renders whole issues — the seed issue's text and the embedded
// demo — through importer, layout and pdf, and checks the PDFs with the
// tools a printer would use: qpdf, pdffonts, pdfinfo and pdftotext.
package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"gazette/assets"
	"gazette/gazette"
	"gazette/importer"
	"gazette/layout"
	"gazette/pdf"
)

// source is an issue to render and the text its hanzi must all appear from.
type source struct {
	name string
	load func(t testing.TB) (*gazette.Issue, string)
}

// sources are the issues rendered: the demo issue, which is the seed
// (assets/demo, a byte-for-byte copy of shared/seed/000_e9775c076d8c3296.txt,
// embedded in the program).
var sources = []source{
	{"demo", func(t testing.TB) (*gazette.Issue, string) {
		is, err := assets.DemoIssue()
		if err != nil {
			t.Fatal(err)
		}
		return is, string(assets.DemoText)
	}},
}

var printOpt = pdf.Options{Creator: "gazette test",
	Created:  time.Date(2020, 8, 31, 0, 0, 0, 0, time.FixedZone("CST", 8*3600)),
	Modified: time.Date(2020, 8, 31, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))}

// render lays out the issue and writes it twice, failing unless both
// writes give the same bytes; it returns the pages and the file's path.
func render(t *testing.T, is *gazette.Issue, opt pdf.Options) (*layout.Document, string) {
	t.Helper()
	doc, err := layout.Lay(is, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := pdf.Write(&a, doc, opt); err != nil {
		t.Fatal(err)
	}
	doc2, err := layout.Lay(is, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := pdf.Write(&b, doc2, opt); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renders of the same issue differ")
	}
	path := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(path, a.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return doc, path
}

// TestRenderIssues renders the seed and the demo and checks the print PDF.
func TestRenderIssues(t *testing.T) {
	t.Parallel()
	needTools(t)
	for _, src := range sources {
		t.Run(src.name, func(t *testing.T) {
			is, text := src.load(t)
			doc, path := render(t, is, printOpt)
			checkQpdf(t, path)
			checkFonts(t, path)
			boxes := pdfBoxes(t, path)
			if len(boxes)%4 != 0 || len(boxes) != len(doc.Pages) {
				t.Errorf("%d pages in the PDF, %d laid out; want a multiple of 4", len(boxes), len(doc.Pages))
			}
			for i, b := range boxes {
				checkPrintBoxes(t, i+1, b, 3)
			}
			texts := pageTexts(t, path)
			checkHanzi(t, withoutTOC(text), strings.Join(texts, "")+headerRowsRemoved(t, text))
			for _, v := range kinsokuViolations(bboxLines(t, path)) {
				t.Error(v)
			}
			if n := notdefCodes(t, path); n > 0 {
				t.Errorf("%d glyphs shown as .notdef", n)
			}
			if strings.ContainsRune(strings.Join(texts, ""), '\uFFFD') {
				t.Error("extracted text holds U+FFFD")
			}
			checkTOC(t, doc, texts)
		})
	}
}

// TestRenderVariants checks the electronic edition, crop marks and the
// cover/body split of the seed.
func TestRenderVariants(t *testing.T) {
	t.Parallel()
	needTools(t)
	is, _ := sources[0].load(t)
	doc, err := layout.Lay(is, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const covers = 4 // 封一 to 封四, on their own stock
	tests := []struct {
		name   string
		edit   func(*pdf.Options)
		pages  int
		bleed  float64 // mm
		margin float64 // mm of MediaBox beyond the bleed
	}{
		{"web", func(o *pdf.Options) { o.Web = true }, len(doc.Pages), 0, 0},
		{"marks", func(o *pdf.Options) { o.Marks = true }, len(doc.Pages), 3, 8},
		{"cover", func(o *pdf.Options) { o.Pages = pdf.PagesCover }, covers, 3, 0},
		{"body", func(o *pdf.Options) { o.Pages = pdf.PagesBody }, len(doc.Pages) - covers, 3, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opt := printOpt
			tc.edit(&opt)
			path := filepath.Join(t.TempDir(), tc.name+".pdf")
			if err := pdf.WriteFile(path, doc, opt); err != nil {
				t.Fatal(err)
			}
			checkQpdf(t, path)
			checkFonts(t, path)
			boxes := pdfBoxes(t, path)
			if len(boxes) != tc.pages {
				t.Errorf("%d pages, want %d", len(boxes), tc.pages)
			}
			for i, b := range boxes {
				if opt.Web {
					if b.media != b.trim || mm(b.trim[2]-b.trim[0]) < 209.9 {
						t.Errorf("page %d: web MediaBox %v, TrimBox %v", i+1, b.media, b.trim)
					}
					continue
				}
				checkPrintBoxes(t, i+1, b, tc.bleed)
				if got := mm(b.bleed[0] - b.media[0]); abs(got-tc.margin) > 0.05 {
					t.Errorf("page %d: MediaBox %.2f mm beyond the bleed, want %g", i+1, got, tc.margin)
				}
			}
		})
	}
}

func mm(pt float64) float64 { return pt * 25.4 / 72 }

// checkPrintBoxes wants a 210 × 297 mm TrimBox, a bleed of at least
// minBleed mm on every side and MediaBox ⊇ BleedBox ⊇ TrimBox.
func checkPrintBoxes(t *testing.T, page int, b pageBoxes, minBleed float64) {
	t.Helper()
	if w, h := mm(b.trim[2]-b.trim[0]), mm(b.trim[3]-b.trim[1]); abs(w-210) > 0.05 || abs(h-297) > 0.05 {
		t.Errorf("page %d: TrimBox %.2f × %.2f mm, want 210 × 297", page, w, h)
	}
	for i := 0; i < 2; i++ {
		if mm(b.trim[i]-b.bleed[i]) < minBleed-0.01 || mm(b.bleed[i+2]-b.trim[i+2]) < minBleed-0.01 {
			t.Errorf("page %d: bleed under %g mm: BleedBox %v, TrimBox %v", page, minBleed, b.bleed, b.trim)
		}
		if b.media[i] > b.bleed[i] || b.media[i+2] < b.bleed[i+2] {
			t.Errorf("page %d: MediaBox %v does not hold BleedBox %v", page, b.media, b.bleed)
		}
	}
}

// checkQpdf wants qpdf --check to find nothing.
func checkQpdf(t *testing.T, path string) {
	t.Helper()
	out := run(t, "qpdf", "--check", path)
	if !strings.Contains(out, "No syntax or stream encoding errors") || strings.Contains(out, "WARNING") {
		t.Errorf("qpdf --check:\n%s", out)
	}
}

// checkFonts wants every font an embedded subset with a ToUnicode map.
func checkFonts(t *testing.T, path string) {
	t.Helper()
	rows := pdfFonts(t, path)
	if len(rows) == 0 {
		t.Error("pdffonts lists no fonts")
	}
	for _, r := range rows {
		if !r.emb || !r.sub || !r.uni {
			t.Errorf("font %s (%s): emb %v sub %v uni %v", r.name, r.typ, r.emb, r.sub, r.uni)
		}
	}
}

// withoutTOC drops the seed's printed table of contents — the "目 录" line
// and the tab-separated entry lines after it, up to the editorial board —
// which the importer reads as the issue's order, not as content.
func withoutTOC(text string) string {
	lines := strings.Split(text, "\n")
	in := false
	var out []string
	for _, l := range lines {
		trim := strings.TrimSpace(l)
		if strings.Join(strings.Fields(trim), "") == "目录" {
			in = true
			continue
		}
		if in && strings.HasPrefix(trim, "##") {
			in = false
		}
		if in && strings.Contains(l, "\t") {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// headerRowsRemoved is the text of the table header rows the importer
// removed as repeated after a page break of the source (each listed in its
// report): the layout repeats a header only where its own pages break the
// table.
func headerRowsRemoved(t *testing.T, text string) string {
	t.Helper()
	_, rep, err := importer.ParseIssueReport("source.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rep.Removed {
		if r.Reason == importer.ReasonHeaderRow {
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

// checkHanzi wants every hanzi of the source in the PDF's text, as a
// multiset: none missing, however often it occurs.
func checkHanzi(t *testing.T, src, pdfText string) {
	t.Helper()
	want, got := hanziCount(src), hanziCount(pdfText)
	missing, kinds := 0, 0
	var sample []string
	for r, n := range want {
		if got[r] < n {
			missing += n - got[r]
			kinds++
			if len(sample) < 20 {
				sample = append(sample, string(r)+"×"+strconv.Itoa(n-got[r]))
			}
		}
	}
	if missing > 0 {
		t.Errorf("%d hanzi of the source (%d distinct) missing from the PDF, e.g. %s", missing, kinds, strings.Join(sample, " "))
	}
}

// tocLineEnd matches the end of a TOC entry's last line (whitespace
// removed): dot leaders and the page number.
var tocLineEnd = regexp.MustCompile(`[·…]{3,}(\d+)$`)

// checkTOC wants each TOC entry's page number to be the page where the
// article's title is set. An entry is the text of the TOC lines up to one
// ending in leaders and a number (a section name or running head before it
// does no harm); its article's page is the first body page holding the
// longest tail of the entry (without the 文号) that any body page holds.
func checkTOC(t *testing.T, doc *layout.Document, texts []string) {
	t.Helper()
	flat := make([]string, len(texts))
	for i, s := range texts {
		flat[i] = strings.Join(strings.Fields(s), "")
	}
	firstBodyPage := func(s string) int {
		for j, q := range doc.Pages {
			if q.Kind == layout.PageBody && j < len(flat) && strings.Contains(flat[j], s) {
				return j + 1
			}
		}
		return 0
	}
	docNo := regexp.MustCompile(`[（(][^（(]*〔\d{4}〕[^）)]*[）)]$`)
	entries := 0
	for i, p := range doc.Pages {
		if p.Kind != layout.PageTOC || i >= len(texts) {
			continue
		}
		var acc strings.Builder
		for _, line := range strings.Split(texts[i], "\n") {
			l := strings.Join(strings.Fields(line), "")
			m := tocLineEnd.FindStringSubmatchIndex(l)
			if m == nil {
				acc.WriteString(l)
				continue
			}
			acc.WriteString(l[:m[0]])
			want, _ := strconv.Atoi(l[m[2]:m[3]])
			rs := []rune(docNo.ReplaceAllString(acc.String(), ""))
			acc.Reset()
			entries++
			got, tail := 0, ""
			for k := 0; k+4 <= len(rs); k++ {
				if got = firstBodyPage(string(rs[k:])); got > 0 {
					tail = string(rs[k:])
					break
				}
			}
			if got != want {
				t.Errorf("TOC entry “%s” says page %d, its title is on page %d", tail, want, got)
			}
		}
	}
	if entries == 0 {
		t.Error("no TOC entries found in the PDF")
	}
}

// BenchmarkWriteSeed writes the laid-out seed issue as a print PDF (the
// PDF part of `gazette render`; import and layout are outside the loop).
func BenchmarkWriteSeed(b *testing.B) {
	is, _ := sources[0].load(b)
	doc, err := layout.Lay(is, layout.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := pdf.Write(&buf, doc, printOpt); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1024, "KB")
}

// BenchmarkRenderSeed is the whole render of the seed in one process:
// import, layout and PDF.
func BenchmarkRenderSeed(b *testing.B) {
	raw := assets.DemoText
	var buf bytes.Buffer
	for b.Loop() {
		is, _, err := importer.ParseIssue("seed.txt", string(raw))
		if err != nil {
			b.Fatal(err)
		}
		doc, err := layout.Lay(is, layout.Options{})
		if err != nil {
			b.Fatal(err)
		}
		buf.Reset()
		if err := pdf.Write(&buf, doc, printOpt); err != nil {
			b.Fatal(err)
		}
	}
}
