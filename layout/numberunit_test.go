package layout

import (
	"strings"
	"testing"

	"gazette/gazette"
)

// TestNumberUnit: the cover and the even running heads print the issue's
// place in its unit — 2023年第3号（总第146号） for a gazette numbered in 号 —
// and no page says 期 for it; the PDF's title and subject too.
func TestNumberUnit(t *testing.T) {
	tests := []struct {
		unit            gazette.NumberUnit
		label, total    string
		wrong, wrongTot string
	}{
		{"", "2023年第3期", "总第146期", "2023年第3号", "总第146号"},
		{gazette.UnitHao, "2023年第3号", "总第146号", "2023年第3期", "总第146期"},
	}
	flat := func(p *Page) string { return strings.Join(strings.Fields(pageText(p)), "") }
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			is := testIssue()
			is.Year, is.Number, is.TotalNumber, is.Unit = 2023, 3, 146, tt.unit
			doc, err := Lay(is, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if cover := flat(doc.Pages[0]); !strings.Contains(cover, tt.label+"（"+tt.total+"）") {
				t.Errorf("the cover does not say %s（%s）:\n%s", tt.label, tt.total, cover)
			}
			heads := 0
			for _, p := range doc.Pages {
				text := flat(p)
				if strings.Contains(text, tt.wrong) || strings.Contains(text, tt.wrongTot) {
					t.Errorf("page %d (%s) says %s or %s", p.Number, p.Kind, tt.wrong, tt.wrongTot)
				}
				if p.Kind != PageBody || p.Number%2 == 1 {
					continue
				}
				if !strings.Contains(text, is.Title+tt.label) {
					t.Errorf("the running head of page %d lacks %s: %q", p.Number, tt.label, text)
				}
				heads++
			}
			if heads == 0 {
				t.Errorf("no running head says %s", tt.label)
			}
			if doc.Title != is.Title+" "+tt.label || doc.Subject != tt.total {
				t.Errorf("PDF title %q, subject %q", doc.Title, doc.Subject)
			}
		})
	}
}
