package gazette

import (
	"fmt"
	"strings"
	"testing"
)

// tbl builds a table from a compact form: rows split by " / ", cells by
// "|"; a cell is its text ("_" for empty) followed by ">n" for a column
// span and "vn" for a row span, e.g. "A>2|B / Cv2|D".
func tbl(s string) *Table {
	t := &Table{}
	for _, row := range strings.Split(s, " / ") {
		r := Row{Cells: []Cell{}}
		for _, c := range strings.Split(row, "|") {
			if row == "" {
				break
			}
			var cell Cell
			text := c
			if i := strings.IndexAny(c, ">v"); i >= 0 {
				text = c[:i]
				rest := c[i:]
				for rest != "" {
					var n int
					kind := rest[0]
					fmt.Sscanf(rest[1:], "%d", &n)
					if kind == '>' {
						cell.ColSpan = n
					} else {
						cell.RowSpan = n
					}
					rest = rest[1+len(fmt.Sprint(n)):]
				}
			}
			if text != "_" {
				cell.Runs = []Run{{Text: text}}
			}
			r.Cells = append(r.Cells, cell)
		}
		t.Rows = append(t.Rows, r)
	}
	return t
}

// show writes a table in tbl's form ("" for a row without cells).
func show(t *Table) string {
	var rows []string
	for _, r := range t.Rows {
		var cells []string
		for _, c := range r.Cells {
			s := c.Text()
			if s == "" {
				s = "_"
			}
			if c.ColSpan > 1 {
				s += fmt.Sprintf(">%d", c.ColSpan)
			}
			if c.RowSpan > 1 {
				s += fmt.Sprintf("v%d", c.RowSpan)
			}
			cells = append(cells, s)
		}
		rows = append(rows, strings.Join(cells, "|"))
	}
	return strings.Join(rows, " / ")
}

// rectangular reports whether every slot of the table is covered by
// exactly one cell.
func rectangular(t *Table) error {
	cols := t.Cols()
	cover := make([][]int, len(t.Rows))
	for r := range cover {
		cover[r] = make([]int, cols)
	}
	for _, slots := range t.Slots() {
		for _, s := range slots {
			for r := s.Row; r < s.Row+s.RowSpan; r++ {
				for c := s.Col; c < s.Col+s.ColSpan; c++ {
					cover[r][c]++
				}
			}
		}
	}
	for r := range cover {
		for c, n := range cover[r] {
			if n != 1 {
				return fmt.Errorf("slot (%d,%d) covered %d times", r, c, n)
			}
		}
	}
	return nil
}

func TestTableOps(t *testing.T) {
	tests := []struct {
		name, in string
		op       func(t *Table) error
		want     string
	}{
		{"insert row in the middle", "A|B / C|D", func(t *Table) error { t.InsertRow(1); return nil }, "A|B / _|_ / C|D"},
		{"insert row at the top", "A|B", func(t *Table) error { t.InsertRow(0); return nil }, "_|_ / A|B"},
		{"append row", "A|B", func(t *Table) error { t.InsertRow(9); return nil }, "A|B / _|_"},
		{"insert row through a row span grows it", "Av2|B / C", func(t *Table) error { t.InsertRow(1); return nil }, "Av3|B / _ / C"},
		{"insert row above a row span does not grow it", "X|Y / Av2|B / C", func(t *Table) error { t.InsertRow(1); return nil }, "X|Y / _|_ / Av2|B / C"},
		{"insert row below a row span", "Av2|B / C / D|E", func(t *Table) error { t.InsertRow(2); return nil }, "Av2|B / C / _|_ / D|E"},
		{"insert row through a 2×2 span", "A>2v2|B / C / D|E|F", func(t *Table) error { t.InsertRow(1); return nil }, "A>2v3|B / _ / C / D|E|F"},
		{"insert row fills a short row", "A|B|C / D", func(t *Table) error { t.InsertRow(1); return nil }, "A|B|C / _|_|_ / D|_|_"},

		{"delete plain row", "A|B / C|D / E|F", func(t *Table) error { return t.DeleteRow(1) }, "A|B / E|F"},
		{"delete row through a row span shrinks it", "Av3|B / C / D", func(t *Table) error { return t.DeleteRow(1) }, "Av2|B / D"},
		{"delete the anchor row moves the cell down", "Av2|B / C / D|E", func(t *Table) error { return t.DeleteRow(0) }, "A|C / D|E"},
		{"delete the anchor row of a 3-row span", "Av3|B / C / D", func(t *Table) error { return t.DeleteRow(0) }, "Av2|C / D"},
		{"delete row with a column span", "A>2 / B|C", func(t *Table) error { return t.DeleteRow(0) }, "B|C"},
		{"last row stays", "A|B", func(t *Table) error { return t.DeleteRow(0) }, "error"},
		{"no such row", "A|B", func(t *Table) error { return t.DeleteRow(3) }, "error"},

		{"insert column in the middle", "A|B / C|D", func(t *Table) error { t.InsertColumn(1); return nil }, "A|_|B / C|_|D"},
		{"insert column at the left", "A / B", func(t *Table) error { t.InsertColumn(0); return nil }, "_|A / _|B"},
		{"append column", "A / B", func(t *Table) error { t.InsertColumn(5); return nil }, "A|_ / B|_"},
		{"insert column through a column span grows it", "A>2 / B|C", func(t *Table) error { t.InsertColumn(1); return nil }, "A>3 / B|_|C"},
		{"insert column beside a row span", "Av2|B / C", func(t *Table) error { t.InsertColumn(1); return nil }, "Av2|_|B / _|C"},
		{"insert column through a 2×2 span", "A>2v2|B / C / D|E|F", func(t *Table) error { t.InsertColumn(1); return nil }, "A>3v2|B / C / D|_|E|F"},

		{"delete column", "A|B|C / D|E|F", func(t *Table) error { return t.DeleteColumn(1) }, "A|C / D|F"},
		{"delete column through a column span shrinks it", "A>3 / B|C|D", func(t *Table) error { return t.DeleteColumn(1) }, "A>2 / B|D"},
		{"delete the anchor column keeps the text", "A>2 / B|C", func(t *Table) error { return t.DeleteColumn(0) }, "A / C"},
		{"delete a column under a row span", "Av2|B|C / D|E", func(t *Table) error { return t.DeleteColumn(1) }, "Av2|C / E"},
		{"last column stays", "A / B", func(t *Table) error { return t.DeleteColumn(0) }, "error"},

		{"merge right", "A|B|C / D|E|F", func(t *Table) error { return t.MergeRight(0, 0) }, "AB>2|C / D|E|F"},
		{"merge right twice", "A|B|C", func(t *Table) error { t.MergeRight(0, 0); return t.MergeRight(0, 1) }, "ABC>3"},
		{"merge right of a spanning cell", "A>2|B / C|D|E", func(t *Table) error { return t.MergeRight(0, 1) }, "AB>3 / C|D|E"},
		{"merge right takes the cells beside a tall cell", "Av2|B / C", func(t *Table) error { return t.MergeRight(0, 0) }, "ABC>2v2 / "},
		{"merge right refuses a taller neighbour", "A|Bv2 / C", func(t *Table) error { return t.MergeRight(0, 0) }, "error"},
		{"merge right refuses neighbours of unequal width", "Av2|B>2 / C|D", func(t *Table) error { return t.MergeRight(0, 0) }, "error"},
		{"merge right of two row spans", "Av2|Bv2 / ", func(t *Table) error { return t.MergeRight(1, 0) }, "AB>2v2 / "},
		{"merge right at the edge", "A|B", func(t *Table) error { return t.MergeRight(0, 1) }, "error"},
		{"merge down", "A|B / C|D", func(t *Table) error { return t.MergeDown(0, 0) }, "ACv2|B / D"},
		{"merge down from a covered slot", "Av2|B / C / D|E", func(t *Table) error { return t.MergeDown(1, 0) }, "ADv3|B / C / E"},
		{"merge down refuses a wider neighbour", "A|B / C>2", func(t *Table) error { return t.MergeDown(0, 0) }, "error"},
		{"merge down takes the cells under a wide cell", "A>2 / B|C", func(t *Table) error { return t.MergeDown(0, 0) }, "ABC>2v2 / "},
		{"merge down two column spans", "A>2 / B>2", func(t *Table) error { return t.MergeDown(0, 1) }, "AB>2v2 / "},
		{"merge down at the foot", "A / B", func(t *Table) error { return t.MergeDown(1, 0) }, "error"},

		{"split a 2×2 span", "A>2v2|B / C / D|E|F", func(t *Table) error { t.Split(1, 1); return nil }, "A|_|B / _|_|C / D|E|F"},
		{"split a column span", "A>3 / B|C|D", func(t *Table) error { t.Split(0, 2); return nil }, "A|_|_ / B|C|D"},
		{"split a plain cell does nothing", "A|B", func(t *Table) error {
			if t.Split(0, 0) {
				return fmt.Errorf("split a plain cell")
			}
			return nil
		}, "A|B"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tb := tbl(tc.in)
			err := tc.op(tb)
			if tc.want == "error" {
				if err == nil {
					t.Fatalf("no error; table became %q", show(tb))
				}
				if got := show(tb); got != tc.in {
					t.Errorf("a refused operation changed the table to %q", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := show(tb); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			if err := rectangular(tb); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestTableHeaderRows(t *testing.T) {
	tb := tbl("H|H / A|B / C|D")
	tb.HeaderRows = 1
	tb.InsertRow(0) // among the header: another header row
	if tb.HeaderRows != 2 {
		t.Errorf("insert above the header: %d header rows", tb.HeaderRows)
	}
	tb.InsertRow(2) // first body row
	if tb.HeaderRows != 2 {
		t.Errorf("insert below the header: %d header rows", tb.HeaderRows)
	}
	if err := tb.DeleteRow(0); err != nil || tb.HeaderRows != 1 {
		t.Errorf("delete a header row: %v, %d header rows", err, tb.HeaderRows)
	}
	if err := tb.SetHeaderRows(len(tb.Rows)); err == nil {
		t.Error("a table made all header")
	}
	if err := tb.SetHeaderRows(-1); err == nil {
		t.Error("negative header rows accepted")
	}
	if err := tb.SetHeaderRows(2); err != nil || tb.HeaderRows != 2 {
		t.Errorf("SetHeaderRows(2): %v, %d", err, tb.HeaderRows)
	}
}

func TestTableSlotsAndCellAt(t *testing.T) {
	tb := tbl("A>2v2|B / C / D|E|F")
	if n := tb.Cols(); n != 3 {
		t.Errorf("Cols %d", n)
	}
	slots := tb.Slots()
	want := [][]Slot{{{0, 0, 2, 2}, {0, 2, 1, 1}}, {{1, 2, 1, 1}}, {{2, 0, 1, 1}, {2, 1, 1, 1}, {2, 2, 1, 1}}}
	if fmt.Sprint(slots) != fmt.Sprint(want) {
		t.Errorf("Slots %v, want %v", slots, want)
	}
	for _, tc := range []struct{ row, col, r, i int }{{1, 1, 0, 0}, {1, 2, 1, 0}, {2, 1, 2, 1}} {
		if r, i, ok := tb.CellAt(tc.row, tc.col); !ok || r != tc.r || i != tc.i {
			t.Errorf("CellAt(%d,%d) = %d,%d,%v; want %d,%d", tc.row, tc.col, r, i, ok, tc.r, tc.i)
		}
	}
	if _, _, ok := tb.CellAt(3, 0); ok {
		t.Error("a cell below the table")
	}
	// A span past the foot or over a taken slot is cut as the layout cuts it.
	if got := fmt.Sprint(tbl("Av5|B").Slots()); got != "[[{0 0 1 1} {0 1 1 1}]]" {
		t.Errorf("span past the foot: %s", got)
	}
}
