package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
)

// openDemoTable shows the first table of the demo issue in the body editor
// and returns its article ID and block path.
func openDemoTable(t *testing.T, w *Workstation) (string, gazette.BlockPath) {
	t.Helper()
	var id string
	var at int
	w.Ctl.Issue().Articles(func(_, _ int, a *gazette.Article) bool {
		for i, b := range a.Blocks {
			if b.Type == gazette.BlockTable && b.Table != nil && len(b.Table.Rows) > 2 && b.Table.Cols() > 2 {
				id, at = a.ID, i
				return false
			}
		}
		return true
	})
	if id == "" {
		t.Fatal("the demo issue has no table of 3×3 or more")
	}
	w.Composer.SelectArticle(id)
	w.Select(TabBody)
	return id, gazette.BlockPath{at}
}

// savedTable reads the table back from the store.
func savedTable(t *testing.T, w *Workstation, id string, p gazette.BlockPath) *gazette.Table {
	t.Helper()
	a, _ := mustSaved(t, w).Article(id)
	return gazette.BlockAt(a, p).Table
}

func TestTableToolsInBodyEditor(t *testing.T) {
	w := newTestWorkstation(t)
	id, p := openDemoTable(t, w)
	before := savedTable(t, w, id, p)
	rows, cols := len(before.Rows), before.Cols()

	// Clicking into a cell makes it the current cell.
	r := w.Body.rows[w.Body.rowIndex(p)]
	w.Win.Canvas().Focus(r.cells[1][0])
	if got := w.Body.tableCur[p.String()]; got != [2]int{1, 0} {
		t.Fatalf("focusing cell (1,0) made %v current", got)
	}

	steps := []struct {
		op    string
		check func(tb *gazette.Table) string
	}{
		{"在下方插入行", func(tb *gazette.Table) string {
			if len(tb.Rows) != rows+1 || tb.Rows[2].Cells[0].Text() != "" || tb.Rows[3].Cells[0].Text() != before.Rows[2].Cells[0].Text() {
				return "no empty row after row 2"
			}
			return ""
		}},
		{"删除所在行", func(tb *gazette.Table) string {
			// The current cell stays in row 2, which goes; the new row moves up.
			if len(tb.Rows) != rows || tb.Rows[1].Cells[0].Text() != "" || tb.Rows[2].Cells[0].Text() != before.Rows[2].Cells[0].Text() {
				return "row 2 not deleted"
			}
			return ""
		}},
		{"在右侧插入列", func(tb *gazette.Table) string {
			if tb.Cols() != cols+1 || tb.Rows[0].Cells[1].Text() != "" {
				return "no empty column after column 1"
			}
			return ""
		}},
		{"与右侧单元格合并", func(tb *gazette.Table) string {
			if c := tb.Rows[1].Cells[0]; c.ColSpan != 2 || len(tb.Rows[1].Cells) != len(tb.Rows[0].Cells)-1 {
				return "cell (2,1) not merged with its right neighbour"
			}
			return ""
		}},
		{"与下方单元格合并", func(tb *gazette.Table) string {
			if c := tb.Rows[1].Cells[0]; c.ColSpan != 2 || c.RowSpan != 2 || len(tb.Rows[2].Cells) != len(tb.Rows[0].Cells)-2 {
				return "the merged cell did not take in the two cells below it"
			}
			return ""
		}},
		{"拆分单元格", func(tb *gazette.Table) string {
			if c := tb.Rows[1].Cells[0]; c.ColSpan > 1 || c.RowSpan > 1 || len(tb.Rows[1].Cells) != len(tb.Rows[0].Cells) {
				return "the cell was not split"
			}
			return ""
		}},
		{"删除所在列", func(tb *gazette.Table) string {
			if tb.Cols() != cols {
				return "column not deleted"
			}
			return ""
		}},
	}
	for _, s := range steps {
		if err := w.Body.TableOp(p, s.op); err != nil {
			t.Fatalf("%s: %v", s.op, err)
		}
		tb := savedTable(t, w, id, p)
		if msg := s.check(tb); msg != "" {
			t.Fatalf("%s: %s; table now:\n%s", s.op, msg, (&gazette.Block{Type: gazette.BlockTable, Table: tb}).Text())
		}
		if s.op == "与右侧单元格合并" {
			// The merged cell is one entry as wide as two columns.
			r := w.Body.rows[w.Body.rowIndex(p)]
			wide, plain := r.cells[1][0].Size().Width, r.cells[0][0].Size().Width
			if wide < 1.8*plain {
				t.Errorf("the merged cell is %.0f wide, a plain one %.0f", wide, plain)
			}
		}
	}
	// The 行和列 button opens the menu; its entries do the operations.
	r = w.Body.rows[w.Body.rowIndex(p)]
	btn := findButton(r.box, "行和列 ▾")
	if btn == nil {
		t.Fatal("no 行和列 button")
	}
	test.Tap(btn)
	var menu *widget.Menu
	for _, o := range test.LaidOutObjects(w.Win.Canvas().Overlays().Top()) {
		switch m := o.(type) {
		case *widget.Menu:
			menu = m
		case *widget.PopUpMenu:
			menu = m.Menu
		}
	}
	if menu == nil || len(menu.Items) != len(tableRowColOps) {
		t.Fatalf("行和列 opened no menu of %d entries", len(tableRowColOps))
	}
	n := len(savedTable(t, w, id, p).Rows)
	test.Tap(menu.Items[1].(fyne.Tappable)) // 在下方插入行
	if got := len(savedTable(t, w, id, p).Rows); got != n+1 {
		t.Errorf("在下方插入行 from the menu: %d rows, want %d", got, n+1)
	}

	if err := w.Body.TableOp(p, "拆分单元格"); err == nil || !strings.Contains(err.Error(), "没有合并") {
		t.Errorf("splitting a plain cell: %v", err)
	}

	// 表头 rows from the menu; their cells are bold.
	r = w.Body.rows[w.Body.rowIndex(p)]
	r.header.SetSelected("表头 2 行")
	if got := savedTable(t, w, id, p).HeaderRows; got != 2 {
		t.Fatalf("header rows %d after choosing 表头 2 行", got)
	}
	r = w.Body.rows[w.Body.rowIndex(p)]
	if !r.cells[1][0].TextStyle.Bold || r.cells[2][0].TextStyle.Bold {
		t.Error("header cells not bold, or body cells bold")
	}
}

func TestTableToolsRefuseOnSignedIssue(t *testing.T) {
	w := newTestWorkstation(t)
	_, p := openDemoTable(t, w)
	w.Ctl.Issue().Status = gazette.StatusSigned
	w.Ctl.notify(ChangedStatus)
	if err := w.Body.TableOp(p, "在下方插入行"); err == nil {
		t.Error("a signed issue's table was changed")
	}
	r := w.Body.rows[w.Body.rowIndex(p)]
	if !r.header.Disabled() || !r.cells[0][0].Disabled() {
		t.Error("the table of a signed issue is editable")
	}
}

// TestTabMovesBetweenCells: Tab goes to the next cell and Shift+Tab back,
// without typing a tab; Tab in the last cell adds a row and goes to its
// first cell.
func TestTabMovesBetweenCells(t *testing.T) {
	w := newTestWorkstation(t)
	id, p := openDemoTable(t, w)
	c := w.Win.Canvas()
	cells := w.Body.tableCells(p)
	c.Focus(cells[0])
	before := cells[0].Text
	cells[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	if c.Focused() != fyne.Focusable(cells[1]) {
		t.Fatalf("Tab went to %T", c.Focused())
	}
	if cells[0].Text != before {
		t.Error("Tab typed into the cell")
	}
	cells[1].KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	cells[1].TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	cells[1].KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if c.Focused() != fyne.Focusable(cells[0]) {
		t.Fatalf("Shift+Tab went to %T", c.Focused())
	}
	rows := len(savedTable(t, w, id, p).Rows)
	last := cells[len(cells)-1]
	c.Focus(last)
	last.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	if got := len(savedTable(t, w, id, p).Rows); got != rows+1 {
		t.Fatalf("Tab in the last cell: %d rows, want %d", got, rows+1)
	}
	cells = w.Body.tableCells(p)
	tab := savedTable(t, w, id, p)
	first := 0
	for _, r := range tab.Rows[:rows] {
		first += len(r.Cells)
	}
	if c.Focused() != fyne.Focusable(cells[first]) {
		t.Errorf("after the new row the cursor is in %T, want its first cell", c.Focused())
	}
}
