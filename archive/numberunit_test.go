package archive

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"gazette/archive/archivetest"
	"gazette/gazette"
	"gazette/store"
)

// unitStore saves issues 3 and 4 of 2023 (总第146–147) of a gazette
// numbered in unit, and opens the database.
func unitStore(t *testing.T, unit gazette.NumberUnit) (*store.Store, string) {
	t.Helper()
	st, err := store.OpenWith(filepath.Join(t.TempDir(), "gazette.db"), store.Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	base := archivetest.MustBases(t, "..")[0].Clone()
	base.Unit = unit
	for n := 3; n <= 4; n++ {
		is := archivetest.Issue(base, 2023, n, 143+n)
		is.ID = gazette.NewID()
		if err := st.Save(is); err != nil {
			t.Fatal(err)
		}
	}
	return st, base.Title
}

// The year index, the volume and the search results of a gazette numbered
// in 号 say 号 wherever they name an issue, and never 期.
func TestNumberUnitInArchive(t *testing.T) {
	tests := []struct {
		unit      gazette.NumberUnit
		word, not string
	}{
		{"", "期", "号"},
		{gazette.UnitHao, "号", "期"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			st, title := unitStore(t, tt.unit)
			res, err := Search(st, Query{Year: 2023})
			if err != nil || len(res) != 2 {
				t.Fatalf("Search: %d issues, %v", len(res), err)
			}
			for _, ih := range res {
				want := fmt.Sprintf("2023年第%d%s（总第%d%s）", ih.Number, tt.word, ih.Number+143, tt.word)
				if got := ih.Label() + "（" + ih.TotalLabel() + "）"; got != want {
					t.Errorf("search hit %s, want %s", got, want)
				}
			}
			doc, err := Index(st, Year{Year: 2023, Title: title})
			if err != nil {
				t.Fatal(err)
			}
			text := docText(doc)
			for _, n := range []int{3, 4} {
				if want := fmt.Sprintf("2023年第%d%s", n, tt.word); !strings.Contains(text, want) {
					t.Errorf("the year index never says %s", want)
				}
				if bad := fmt.Sprintf("2023年第%d%s", n, tt.not); strings.Contains(text, bad) {
					t.Errorf("the year index says %s", bad)
				}
			}
			cover := volumeCover([]*laidIssue{{is: mustFind(t, st, "2023-3")}, {is: mustFind(t, st, "2023-4")}})
			if want := fmt.Sprintf("第3—4%s（总第146—147%s）", tt.word, tt.word); cover.Numbers != want {
				t.Errorf("volume cover %q, want %q", cover.Numbers, want)
			}
		})
	}
}

func mustFind(t *testing.T, st *store.Store, ref string) *gazette.Issue {
	t.Helper()
	is, err := st.Find(ref)
	if err != nil {
		t.Fatal(err)
	}
	return is
}
