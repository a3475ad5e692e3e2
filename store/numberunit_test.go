package store

import (
	"errors"
	"testing"

	bolt "go.etcd.io/bbolt"

	"gazette/gazette"
)

// The numbering unit of an issue reaches every label the store gives: the
// issue list read from the catalog and from the records, the search docs,
// the 文号 matches and the "already there" error.
func TestNumberUnitInLabels(t *testing.T) {
	tests := []struct {
		name              string
		unit              gazette.NumberUnit
		label, totalLabel string
	}{
		{"期 by default", "", "2020年第8期", "总第20期"},
		{"号", gazette.UnitHao, "2020年第8号", "总第20号"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			is := sampleIssue("甲市人民政府公报", 2020, 8)
			is.Unit = tt.unit
			if err := s.Create(is); err != nil {
				t.Fatal(err)
			}
			check := func(how string) {
				t.Helper()
				list, err := s.List()
				if err != nil {
					t.Fatal(err)
				}
				if len(list) != 1 || list[0].Label() != tt.label || list[0].TotalLabel() != tt.totalLabel {
					t.Errorf("%s: list %+v, want %s（%s）", how, list, tt.label, tt.totalLabel)
				}
			}
			check("catalog")
			for _, ref := range []string{tt.label, "2020-8"} {
				if got, err := s.Find(ref); err != nil || got.ID != is.ID {
					t.Errorf("Find(%q): %v", ref, err)
				}
			}
			if err := s.update(func(tx *bolt.Tx) error { return tx.Bucket(bMeta).Delete(kIndex) }); err != nil {
				t.Fatal(err)
			}
			check("records")
			if err := s.RebuildIndex(); err != nil {
				t.Fatal(err)
			}
			if err := s.Check(); err != nil {
				t.Errorf("Check: %v", err)
			}
			found, err := s.SearchDocs([]string{"各县"}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(found) != 1 || found[0].Label() != tt.label || found[0].TotalLabel() != tt.totalLabel {
				t.Errorf("search found %+v, want %s", found, tt.label)
			}
			hits, err := s.FindDocs(&gazette.Article{DocNumber: "某府字〔2020〕30号"})
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != 1 || hits[0].Where() != tt.label {
				t.Errorf("FindDocs %+v, want one in %s", hits, tt.label)
			}
			again := sampleIssue("甲市人民政府公报", 2020, 8)
			again.Unit = tt.unit
			err = s.Create(again)
			if want := "数据库中已有《甲市人民政府公报》" + tt.label + "（" + tt.totalLabel + "）"; !errors.Is(err, ErrExists) || err.Error() != want {
				t.Errorf("Create again: %v, want %s", err, want)
			}
		})
	}
}
