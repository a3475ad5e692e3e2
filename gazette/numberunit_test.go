package gazette

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestNumberUnitLabels(t *testing.T) {
	tests := []struct {
		unit                NumberUnit
		year, number, total int
		label, totalLabel   string
	}{
		{"", 2020, 8, 20, "2020年第8期", "总第20期"},
		{UnitQi, 2020, 8, 20, "2020年第8期", "总第20期"},
		{UnitHao, 2023, 3, 146, "2023年第3号", "总第146号"},
	}
	for _, tt := range tests {
		t.Run(string(tt.unit), func(t *testing.T) {
			is := &Issue{Year: tt.year, Number: tt.number, TotalNumber: tt.total, Unit: tt.unit}
			if got := is.Label(); got != tt.label {
				t.Errorf("Label = %q, want %q", got, tt.label)
			}
			if got := IssueLabel(tt.year, tt.number, tt.unit); got != tt.label {
				t.Errorf("IssueLabel = %q, want %q", got, tt.label)
			}
			if got := is.TotalLabel(); got != tt.totalLabel {
				t.Errorf("TotalLabel = %q, want %q", got, tt.totalLabel)
			}
		})
	}
}

func TestNumberUnitValid(t *testing.T) {
	for u, want := range map[NumberUnit]bool{"": true, UnitQi: true, UnitHao: true, "册": false, "期 ": false, "hao": false} {
		if got := u.Valid(); got != want {
			t.Errorf("%q.Valid() = %v, want %v", u, got, want)
		}
	}
}

// A record written before the unit existed reads as 期, and a 期 issue is
// written as before (no unit key), so old and new files agree.
func TestNumberUnitJSON(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    NumberUnit
		hasUnit bool // whether the re-encoded record names the unit
	}{
		{"old record", `{"id":"a","title":"甲公报","year":2020,"number":8,"total_number":20}`, "", false},
		{"号 record", `{"id":"a","title":"乙公报","year":2023,"number":3,"total_number":146,"unit":"号"}`, UnitHao, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var is Issue
			if err := json.Unmarshal([]byte(tt.in), &is); err != nil {
				t.Fatal(err)
			}
			if is.Unit != tt.want {
				t.Fatalf("Unit = %q, want %q", is.Unit, tt.want)
			}
			out, err := json.Marshal(&is)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(string(out), `"unit"`); got != tt.hasUnit {
				t.Errorf("re-encoded record names the unit: %v, want %v (%s)", got, tt.hasUnit, out)
			}
		})
	}
}

// The next issue of a 号 series is counted in 号 too.
func TestNextIssueKeepsUnit(t *testing.T) {
	prev := &Issue{Title: "乙公报", Frequency: "月刊", Year: 2023, Number: 3, TotalNumber: 146, Unit: UnitHao}
	if got := NextIssue(prev); got.Unit != UnitHao || got.Label() != "2023年第4号" || got.TotalLabel() != "总第147号" {
		t.Errorf("next issue %s（%s）, unit %q", got.Label(), got.TotalLabel(), got.Unit)
	}
}
