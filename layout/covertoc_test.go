package layout

import (
	"strings"
	"testing"

	"gazette/gazette"
	"gazette/internal/testseed"
)

// TestCoverTOCOmitsEmptySection: a 栏目 with no document is on neither the
// cover's 目录 nor the 目录 page (listedInTOC); the sections with documents
// are on both.
func TestCoverTOCOmitsEmptySection(t *testing.T) {
	is := testseed.Issue(t)
	const empty = "空白栏目测试"
	is.Sections = append(is.Sections, gazette.Section{ID: gazette.NewID(), Name: empty})
	doc, err := Lay(is, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cover := pageText(doc.Pages[0])
	var toc strings.Builder
	for _, p := range doc.Pages {
		if p.Kind == PageTOC {
			toc.WriteString(pageText(p))
		}
	}
	if strings.Contains(cover, empty) || strings.Contains(toc.String(), empty) {
		t.Errorf("the empty section is listed (cover %v, 目录 page %v)", strings.Contains(cover, empty), strings.Contains(toc.String(), empty))
	}
	if !strings.Contains(cover, is.Sections[0].Name) {
		t.Errorf("the cover's 目录 lacks the section %q", is.Sections[0].Name)
	}
}
