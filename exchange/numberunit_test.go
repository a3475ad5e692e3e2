package exchange_test

import (
	"bytes"
	"strings"
	"testing"

	"gazette/exchange"
	"gazette/gazette"
	"gazette/internal/testseed"
)

// TestTextNumberUnit: the text form writes the numbering unit in its
// gazette:issue comment and in the printed masthead, and reads it back; a
// text without it (as written before it existed) reads as 期.
func TestTextNumberUnit(t *testing.T) {
	tests := []struct {
		unit     gazette.NumberUnit
		masthead string // the printed masthead line
		inMeta   bool   // whether the comment names the unit
	}{
		{"", "年第8期", false},
		{gazette.UnitHao, "年第8号", true},
	}
	for _, tt := range tests {
		t.Run(tt.masthead, func(t *testing.T) {
			is := testseed.Issue(t)
			is.Unit = tt.unit
			var txt bytes.Buffer
			if err := exchange.WriteText(&txt, is); err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(txt.String(), "\n")
			if got := strings.Contains(first, `"unit":"号"`); got != tt.inMeta {
				t.Errorf("issue comment names the unit: %v, want %v: %s", got, tt.inMeta, first)
			}
			if !strings.Contains(txt.String(), tt.masthead) {
				t.Errorf("the printed masthead lacks %s", tt.masthead)
			}
			back, err := exchange.ReadText("export.txt", txt.String())
			if err != nil {
				t.Fatal(err)
			}
			if back.Unit != tt.unit || back.Label() != is.Label() || back.TotalLabel() != is.TotalLabel() {
				t.Errorf("read back %s（%s）, unit %q; wrote %s（%s）", back.Label(), back.TotalLabel(), back.Unit, is.Label(), is.TotalLabel())
			}
			sameIssue(t, is, back, "")
		})
	}
}

// TestReadTextUnit: a text without a unit is 期; an unknown unit is
// refused with the file, line and field named.
func TestReadTextUnit(t *testing.T) {
	tests := []struct {
		meta    string
		want    gazette.NumberUnit
		wantErr string
	}{
		{`{"title":"甲公报","year":2020,"number":8,"total_number":20}`, "", ""},
		{`{"title":"甲公报","year":2020,"number":8,"total_number":20,"unit":"期"}`, gazette.UnitQi, ""},
		{`{"title":"乙公报","year":2023,"number":3,"total_number":146,"unit":"号"}`, gazette.UnitHao, ""},
		{`{"title":"乙公报","year":2023,"number":3,"total_number":146,"unit":"册"}`, "", "t.txt:1: 刊物元数据的期号单位（unit）“册”无效"},
	}
	for _, tt := range tests {
		t.Run(tt.meta, func(t *testing.T) {
			is, err := exchange.ReadText("t.txt", "<!-- gazette:issue "+tt.meta+" -->\n")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if is.Unit != tt.want {
				t.Errorf("unit %q, want %q", is.Unit, tt.want)
			}
		})
	}
}

// TestArchiveNumberUnit: an archive keeps a 号 issue's unit.
func TestArchiveNumberUnit(t *testing.T) {
	is := testseed.Issue(t)
	is.Unit = gazette.UnitHao
	var b bytes.Buffer
	if err := exchange.WriteArchive(&b, is); err != nil {
		t.Fatal(err)
	}
	back, err := exchange.ReadArchive(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if back.Unit != gazette.UnitHao {
		t.Errorf("read back unit %q", back.Unit)
	}
}
