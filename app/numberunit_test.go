package app

import (
	"fmt"
	"testing"

	"gazette/gazette"
)

// TestDuplicateUnit: a copy is counted in the unit asked for, or in the
// original's when none is asked.
func TestDuplicateUnit(t *testing.T) {
	st, id := demoStore(t)
	demo, _ := st.Get(id)
	demo.Unit = gazette.UnitHao
	if err := st.Save(demo); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		unit  gazette.NumberUnit
		label string
	}{
		{"keeps 号", "", "第%d号"},
		{"to 期", gazette.UnitQi, "第%d期"},
		{"asks 号", gazette.UnitHao, "第%d号"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := demo.Number + 1 + i
			c, err := DuplicateIssue(st, id, gazette.Numbering{Year: demo.Year, Number: n, Total: demo.TotalNumber + 1 + i, Unit: tt.unit})
			if err != nil {
				t.Fatal(err)
			}
			back, err := st.Get(c.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := gazette.NumberLabel(back.Number, back.Unit), fmt.Sprintf(tt.label, n); got != want {
				t.Errorf("the copy is %s, want %s", got, want)
			}
		})
	}
}
