package layout

import (
	"strconv"
	"strings"
	"testing"

	"gazette/internal/testseed"
)

// pageString returns the characters of a page, without spaces.
func pageString(p *Page) string {
	var b strings.Builder
	for _, r := range p.Runs {
		for _, g := range r.Glyphs {
			b.WriteString(g.Text)
		}
	}
	return strings.Join(strings.Fields(b.String()), "")
}

// TestFirstPage: an issue numbered on from page 61 (a bound volume's
// continuous folios) has the same pages as from page 1, each numbered 60
// more: folios, TOC numbers and links.
func TestFirstPage(t *testing.T) {
	a, err := Lay(testseed.Issue(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Lay(testseed.Issue(t), Options{FirstPage: 61})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Pages) != len(b.Pages) {
		t.Fatalf("%d pages from page 61, %d from page 1", len(b.Pages), len(a.Pages))
	}
	for i := range a.Pages {
		pa, pb := a.Pages[i], b.Pages[i]
		if pb.Number != pa.Number+60 || pb.Kind != pa.Kind || pb.Block != pa.Block {
			t.Errorf("page %d: number %d kind %s, want %d %s", i+1, pb.Number, pb.Kind, pa.Number+60, pa.Kind)
		}
		if len(pa.Links) != len(pb.Links) {
			t.Errorf("page %d: %d links, want %d", i+1, len(pb.Links), len(pa.Links))
		}
		for j := range pb.Links {
			if j < len(pa.Links) && pb.Links[j].Page != pa.Links[j].Page+60 {
				t.Errorf("page %d: link to %d, want %d", i+1, pb.Links[j].Page, pa.Links[j].Page+60)
			}
		}
		if pa.Kind == PageBody {
			if !strings.Contains(pageString(pb), "—"+strconv.Itoa(pb.Number)+"—") {
				t.Errorf("page %d does not print folio %d", i+1, pb.Number)
			}
		}
	}
	toc := pageString(b.Pages[2])
	if !strings.Contains(toc, "65") || strings.Contains(pageString(a.Pages[2]), "65") {
		t.Errorf("the TOC does not cite the shifted pages: %s", toc)
	}
	if _, err := Lay(testseed.Issue(t), Options{FirstPage: 4}); err == nil {
		t.Error("an even first page is accepted")
	}
}
