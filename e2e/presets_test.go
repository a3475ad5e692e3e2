package e2e

import (
	"os"
	"strings"
	"testing"

	"gazette/assets"
	"gazette/gazette"
	"gazette/importer"
)

// TestRenderPresetsAndOtherIssues checks the print PDF of the demo issue in
// the 公文 preset and in two columns, and of three other gazettes (a 县
// 双月刊, a 市 issue without TOC or board, a Word export): fonts embedded as
// subsets with ToUnicode, no line-start or line-end violation, no .notdef, a
// page count that is a multiple of 4, every TOC number on its title's page,
// and — for the demo in each preset — no hanzi lost.
func TestRenderPresetsAndOtherIssues(t *testing.T) {
	t.Parallel()
	needTools(t)
	demo := func(t *testing.T, s gazette.Settings) (*gazette.Issue, string) {
		is, err := assets.DemoIssue()
		if err != nil {
			t.Fatal(err)
		}
		is.Layout = s
		return is, string(assets.DemoText)
	}
	other := func(t *testing.T, path string) (*gazette.Issue, string) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		is, _, err := importer.ParseIssue(path, string(b))
		if err != nil {
			t.Fatal(err)
		}
		return is, ""
	}
	twoCol := gazette.DefaultSettings()
	twoCol.Columns = 2
	tests := []struct {
		name string
		load func(t *testing.T) (*gazette.Issue, string)
	}{
		{"demo 公文", func(t *testing.T) (*gazette.Issue, string) { return demo(t, gazette.OfficialSettings()) }},
		{"demo two columns", func(t *testing.T) (*gazette.Issue, string) { return demo(t, twoCol) }},
		{"county", func(t *testing.T) (*gazette.Issue, string) {
			return other(t, "../importer/testdata/issue_yunxi_county.txt")
		}},
		{"city without TOC", func(t *testing.T) (*gazette.Issue, string) {
			return other(t, "../importer/testdata/issue_nanping_city.txt")
		}},
		{"Word export", func(t *testing.T) (*gazette.Issue, string) {
			return other(t, "../importer/testdata/issue_qinghe_word.txt")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is, text := tt.load(t)
			doc, path := render(t, is, printOpt)
			if errs := doc.Errors(); len(errs) > 0 {
				t.Errorf("layout errors: %v", errs)
			}
			checkFonts(t, path)
			boxes := pdfBoxes(t, path)
			if len(boxes)%4 != 0 {
				t.Errorf("%d pages: not a multiple of 4", len(boxes))
			}
			texts := pageTexts(t, path)
			if text != "" {
				checkHanzi(t, withoutTOC(text), strings.Join(texts, "")+headerRowsRemoved(t, text))
			}
			for _, v := range kinsokuViolations(bboxLines(t, path)) {
				t.Error(v)
			}
			if n := notdefCodes(t, path); n > 0 {
				t.Errorf("%d glyphs shown as .notdef", n)
			}
			checkTOC(t, doc, texts)
		})
	}
}
