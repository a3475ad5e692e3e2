package pdfcheck

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"gazette/assets"
	"gazette/layout"
	"gazette/pdf"
)

// TestWrittenFiles checks the demo issue as package pdf writes it: every
// print variant (PDF/X-4 with and without crop marks, cover and body) meets
// PDF/X-4, --pdfx 1a PDF/X-1a, the web edition PDF/A-2u, and each claims
// what it meets only.
func TestWrittenFiles(t *testing.T) {
	is, err := assets.DemoIssue()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := layout.Lay(is, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2020, 8, 31, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))
	base := pdf.Options{Creator: "gazette test", Created: date, Modified: date}
	tests := []struct {
		name string
		edit func(*pdf.Options)
		want string // the standard met and claimed
	}{
		{"print", func(*pdf.Options) {}, "PDF/X-4"},
		{"marks", func(o *pdf.Options) { o.Marks = true }, "PDF/X-4"},
		{"cover", func(o *pdf.Options) { o.Pages = pdf.PagesCover }, "PDF/X-4"},
		{"body", func(o *pdf.Options) { o.Pages = pdf.PagesBody }, "PDF/X-4"},
		{"web", func(o *pdf.Options) { o.Web = true }, "PDF/A-2u"},
		{"x1a", func(o *pdf.Options) { o.PDFX = pdf.PDFX1a }, "PDF/X-1a"},
	}
	if testing.Short() {
		tests = tests[:1]
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opt := base
			tc.edit(&opt)
			var b bytes.Buffer
			if err := pdf.Write(&b, doc, opt); err != nil {
				t.Fatal(err)
			}
			r, err := Check(b.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range r.Standards {
				if s.Name == tc.want && (!s.Meets() || !s.Claimed) {
					t.Errorf("%s: claimed %v, problems:\n%s", s.Name, s.Claimed, strings.Join(s.Problems, "\n"))
				}
				if s.Name != tc.want && (s.Claimed || s.Meets()) {
					t.Errorf("%s: claimed %v, met %v", s.Name, s.Claimed, s.Meets())
				}
			}
			if !r.Passes() {
				t.Error("the report does not pass")
			}
		})
	}
}
