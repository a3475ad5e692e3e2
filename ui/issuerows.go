package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// rowTable is the issue list's table: a click selects the whole row, a
// double-click or Enter opens the issue of the row, ↑/↓ move the selection.
type rowTable struct {
	widget.Table
	l *IssueList
}

func newRowTable(l *IssueList) *rowTable {
	t := &rowTable{l: l}
	t.Length = func() (int, int) { return len(l.rows), len(listColumns) }
	t.CreateCell = func() fyne.CanvasObject {
		bg := canvas.NewRectangle(color.Transparent)
		return container.NewStack(bg, widget.NewLabel("景德镇市人民政府公报"))
	}
	t.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) {
		c := o.(*fyne.Container)
		bg := c.Objects[0].(*canvas.Rectangle)
		if id.Row == l.selected {
			bg.FillColor = theme.Color(theme.ColorNameSelection)
		} else {
			bg.FillColor = color.Transparent
		}
		bg.Refresh()
		c.Objects[1].(*widget.Label).SetText(l.cell(id.Row, id.Col))
	}
	t.ShowHeaderRow = true
	t.ShowHeaderColumn = true
	t.ExtendBaseWidget(t)
	return t
}

// DoubleTapped selects the row under the pointer and opens its issue.
func (t *rowTable) DoubleTapped(e *fyne.PointEvent) {
	t.Tapped(e)
	t.l.openSelected()
}

// TypedKey opens the selected issue on Enter and moves the row selection
// on ↑/↓; other keys are the table's.
func (t *rowTable) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		t.l.openSelected()
	case fyne.KeyUp, fyne.KeyDown:
		row := t.l.selected
		if e.Name == fyne.KeyUp {
			row--
		} else {
			row++
		}
		if row < 0 && len(t.l.rows) > 0 {
			row = 0
		}
		if row >= 0 && row < len(t.l.rows) {
			t.ScrollTo(widget.TableCellID{Row: row, Col: 0})
			t.l.selectRow(row)
		}
	default:
		t.Table.TypedKey(e)
	}
}

// selectRow makes row the selected one and redraws the highlight.
func (l *IssueList) selectRow(row int) {
	l.selected = row
	l.table.Refresh()
	l.updateButtons()
}
