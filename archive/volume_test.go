package archive

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"gazette/layout"
	"gazette/pdf"
)

// anchorLevels counts the document's bookmarks by level.
func anchorLevels(doc *layout.Document) map[int]int {
	n := map[int]int{}
	for _, p := range doc.Pages {
		for _, a := range p.Anchors {
			n[a.Level]++
		}
	}
	return n
}

func TestVolume(t *testing.T) {
	st := oneYear(t)
	sums, _ := st.List()
	articles := 0
	for _, s := range sums {
		articles += s.Articles
	}
	for _, folios := range []Folios{FoliosIssue, FoliosContinuous} {
		t.Run(string(folios), func(t *testing.T) {
			doc, findings, err := Volume(st, VolumeOptions{Year: Year{Year: 2001}, Folios: folios})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range findings {
				if f.Error {
					t.Errorf("preflight error: %s", f)
				}
			}
			if len(doc.Pages)%4 != 0 {
				t.Errorf("%d pages, not a multiple of 4", len(doc.Pages))
			}
			// Pages numbered 1… in order; the first issue's cover on a
			// right-hand page; each issue whole.
			covers := 0
			for i, p := range doc.Pages {
				if p.Number != i+1 {
					t.Fatalf("page %d is numbered %d", i+1, p.Number)
				}
				if p.Kind == layout.PageCover && i > 0 {
					covers++
					if p.Number%2 != 1 {
						t.Errorf("an issue's cover on page %d (left-hand)", p.Number)
					}
				}
			}
			if covers != len(sums) {
				t.Errorf("%d issue covers, want %d", covers, len(sums))
			}
			// Bookmarks: the index and each issue at the top, each article
			// and the index's two parts below.
			n := anchorLevels(doc)
			if n[0] != 1+len(sums) || n[1] != articles+2 {
				t.Errorf("bookmarks: %d top, %d below; want %d, %d", n[0], n[1], 1+len(sums), articles+2)
			}
			// Every index entry links to the page where its article
			// begins, and cites the number printed on that page.
			links := 0
			for _, p := range doc.Pages {
				if p.Kind != layout.PageTOC || p.Number > 2+30 {
					continue
				}
				for _, l := range p.Links {
					links++
					target := doc.Pages[l.Page-1]
					if target.Kind != layout.PageBody {
						t.Errorf("an index link goes to page %d, a %s page", l.Page, target.Kind)
					}
				}
			}
			if links < articles {
				t.Errorf("%d index links for %d articles", links, articles)
			}
			if folios == FoliosContinuous {
				for _, p := range doc.Pages {
					if (p.Kind == layout.PageBody || p.Kind == layout.PageTOC) && !strings.Contains(pageText(p), "—"+strconv.Itoa(p.Number)+"—") {
						t.Errorf("page %d does not print its volume folio", p.Number)
					}
				}
				// The index cites volume pages: the first entry's page shows
				// its title.
				first := doc.Pages[2]
				is, _ := st.Get(sums[0].ID)
				a := &is.Sections[0].Articles[0]
				text := docText(&layout.Document{Pages: doc.Pages[2:6]})
				at := strings.Index(text, strings.Join(strings.Fields(entryText(a)), ""))
				if at < 0 {
					t.Fatalf("the index (page %d on) lacks %s", first.Number, a.Title)
				}
				rest := text[at:]
				i := strings.Index(rest, "期第")
				j := strings.Index(rest, "页")
				page, err := strconv.Atoi(rest[i+len("期第") : j])
				if err != nil || !strings.Contains(pageText(doc.Pages[page-1]), titleStart(a)) {
					t.Errorf("the index cites page %d (%v) for %s", page, err, a.Title)
				}
			}
			out := filepath.Join(t.TempDir(), "volume.pdf")
			if err := pdf.WriteFile(out, doc, pdf.Options{Marks: true}); err != nil {
				t.Fatal(err)
			}
			checkPrint(t, out, len(doc.Pages))
		})
	}
	if _, _, err := Volume(st, VolumeOptions{Year: Year{Year: 2001}, Folios: "roman"}); err == nil {
		t.Error("a bad folio setting is accepted")
	}
}
