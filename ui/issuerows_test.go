package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// rowPoint is a point inside row r, column col of the issue list's table
// (the header row is as high as a data row).
func rowPoint(l *IssueList, r, col int) *fyne.PointEvent {
	h := widget.NewLabel("景德镇市人民政府公报").MinSize().Height
	pad := theme.Padding()
	x := float32(10)
	for _, wd := range []float32{260, 120, 90, 80, 60, 160}[:col] {
		x += wd + pad
	}
	y := (h+pad)*float32(r+1) + h/2
	return &fyne.PointEvent{Position: fyne.NewPos(x, y)}
}

// drawnColours records the background each cell of the issue list is drawn
// with from now on.
func drawnColours(l *IssueList) map[widget.TableCellID]color.Color {
	got := map[widget.TableCellID]color.Color{}
	update := l.table.UpdateCell
	l.table.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) {
		update(id, o)
		got[id] = o.(*fyne.Container).Objects[0].(*canvas.Rectangle).FillColor
	}
	return got
}

func TestIssueListSelectsRowsAndOpensOnDoubleClickOrEnter(t *testing.T) {
	w := newNextIssue(t)
	w.Select(TabList)
	l := w.List
	if len(l.rows) != 2 {
		t.Fatalf("%d rows, want 2", len(l.rows))
	}
	newest, older := l.rows[0].ID, l.rows[1].ID
	if w.Ctl.Issue().ID != newest {
		t.Fatal("the new issue is not the open one")
	}

	// A click in the 状态 column selects the whole row, not the cell.
	drawn := drawnColours(l)
	l.table.Tapped(rowPoint(l, 1, 3))
	if l.selected != 1 || l.selectedID() != older {
		t.Fatalf("click selected row %d, want 1", l.selected)
	}
	sel := theme.Color(theme.ColorNameSelection)
	for col := range listColumns {
		if c := drawn[widget.TableCellID{Row: 1, Col: col}]; c != sel {
			t.Errorf("row 1 column %s drawn %v, want the selection colour", listColumns[col], c)
		}
		if c := drawn[widget.TableCellID{Row: 0, Col: col}]; c == sel {
			t.Errorf("row 0 column %s drawn selected", listColumns[col])
		}
	}
	if l.OpenBtn.Disabled() {
		t.Error("打开 disabled with a row selected")
	}

	// A double-click on a row opens its issue and shows 编排.
	l.table.DoubleTapped(rowPoint(l, 1, 0))
	if w.Ctl.Issue().ID != older {
		t.Errorf("double-click opened %s, want %s", w.Ctl.Issue().ID, older)
	}
	if w.current() != TabCompose {
		t.Errorf("double-click shows %q, want %q", w.current(), TabCompose)
	}

	// ↑ and Enter on the list open the row above.
	w.Select(TabList)
	l.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if l.selected != 0 {
		t.Fatalf("↑ selected row %d, want 0", l.selected)
	}
	l.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if w.Ctl.Issue().ID != newest || w.current() != TabCompose {
		t.Errorf("Enter opened %s on %q, want %s on %q", w.Ctl.Issue().ID, w.current(), newest, TabCompose)
	}
}
