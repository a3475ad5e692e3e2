package ui

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
)

// cellCharsPerCol is about how many characters one table column shows in
// a row.
const cellCharsPerCol = 9

// cellEntry is the entry of one table cell; it tells the editor when it
// gets the cursor, so that the row and column operations act on it.
type cellEntry struct {
	widget.Entry
	onFocus func()
	// onTab moves the cursor to the next cell (the previous one with
	// Shift); Tab in the last cell adds a row.
	onTab func(back bool)
	shift bool  // a Shift key is down
	d     drawn // drawn as text until it first gets the cursor
}

// AcceptsTab keeps Tab for onTab instead of moving the focus elsewhere.
func (c *cellEntry) AcceptsTab() bool { return c.onTab != nil }

// TypedKey takes Tab and Shift+Tab to move between cells; other keys edit.
func (c *cellEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyTab && c.onTab != nil {
		c.onTab(c.shift)
		return
	}
	c.Entry.TypedKey(ev)
}

// KeyDown notes Shift for Shift+Tab.
func (c *cellEntry) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		c.shift = true
	}
	c.Entry.KeyDown(ev)
}

// KeyUp notes Shift for Shift+Tab.
func (c *cellEntry) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		c.shift = false
	}
	c.Entry.KeyUp(ev)
}

func newCellEntry(text string, cols int) *cellEntry {
	c := &cellEntry{}
	c.MultiLine = true
	c.Wrapping = fyne.TextWrapBreak
	c.Text = text
	// About nine characters fit in a column; a cell shows up to four rows.
	per := cellCharsPerCol * max(cols, 1)
	c.d.rows = min(max((utf8.RuneCountInString(text)+per-1)/per, 1), 4)
	c.SetMinRowsVisible(c.d.rows) // before ExtendBaseWidget: no renderer made yet
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer draws the cell as its text until it is edited.
func (c *cellEntry) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	return newDrawnRenderer(&c.Entry, &c.d)
}

// FocusGained makes this the current cell.
func (c *cellEntry) FocusGained() {
	makeLive(&c.Entry, &c.d)
	c.Entry.FocusGained()
	if c.onFocus != nil {
		c.onFocus()
	}
}

// tableOp is one operation of the table tools, on the current cell's slot.
type tableOp struct {
	label string
	do    func(t *gazette.Table, s gazette.Slot) error
	// move is how the current cell moves (rows, columns) when it succeeds.
	move [2]int
}

// tableRowColOps are the 行和列 menu; tableMergeOps the 合并与拆分 menu.
var (
	tableRowColOps = []tableOp{
		{label: "在上方插入行", do: func(t *gazette.Table, s gazette.Slot) error { t.InsertRow(s.Row); return nil }, move: [2]int{1, 0}},
		{label: "在下方插入行", do: func(t *gazette.Table, s gazette.Slot) error { t.InsertRow(s.Row + s.RowSpan); return nil }},
		{label: "删除所在行", do: func(t *gazette.Table, s gazette.Slot) error { return t.DeleteRow(s.Row) }},
		{label: "在左侧插入列", do: func(t *gazette.Table, s gazette.Slot) error { t.InsertColumn(s.Col); return nil }, move: [2]int{0, 1}},
		{label: "在右侧插入列", do: func(t *gazette.Table, s gazette.Slot) error { t.InsertColumn(s.Col + s.ColSpan); return nil }},
		{label: "删除所在列", do: func(t *gazette.Table, s gazette.Slot) error { return t.DeleteColumn(s.Col) }},
	}
	tableMergeOps = []tableOp{
		{label: "与右侧单元格合并", do: func(t *gazette.Table, s gazette.Slot) error { return t.MergeRight(s.Row, s.Col) }},
		{label: "与下方单元格合并", do: func(t *gazette.Table, s gazette.Slot) error { return t.MergeDown(s.Row, s.Col) }},
		{label: "拆分单元格", do: func(t *gazette.Table, s gazette.Slot) error {
			if !t.Split(s.Row, s.Col) {
				return errors.New("这个单元格没有合并，不用拆分")
			}
			return nil
		}},
	}
)

// maxHeaderChoice is the most header rows offered in the menu.
const maxHeaderChoice = 5

// headerChoices are the 表头 menu entries for a table of n rows.
func headerChoices(n int) []string {
	out := []string{"无表头"}
	for k := 1; k < n && k <= maxHeaderChoice; k++ {
		out = append(out, fmt.Sprintf("表头 %d 行", k))
	}
	return out
}

// slotLabel names the current cell for the editor.
func slotLabel(s gazette.Slot) string {
	l := fmt.Sprintf("当前单元格：第%d行第%d列", s.Row+1, s.Col+1)
	switch {
	case s.RowSpan > 1 && s.ColSpan > 1:
		l += fmt.Sprintf("（合并 %d 行 %d 列）", s.RowSpan, s.ColSpan)
	case s.ColSpan > 1:
		l += fmt.Sprintf("（合并 %d 列）", s.ColSpan)
	case s.RowSpan > 1:
		l += fmt.Sprintf("（合并 %d 行）", s.RowSpan)
	}
	return l
}

// currentSlot returns the slot of the current cell of the table at path:
// the cell covering the remembered slot, else the first cell.
func (e *BodyEditor) currentSlot(p gazette.BlockPath, t *gazette.Table) gazette.Slot {
	cur := e.tableCur[p.String()]
	slots := t.Slots()
	if r, i, ok := t.CellAt(cur[0], cur[1]); ok {
		return slots[r][i]
	}
	for _, row := range slots {
		if len(row) > 0 {
			return row[0]
		}
	}
	return gazette.Slot{RowSpan: 1, ColSpan: 1}
}

// tableRow builds a table block: its title, the table tools, and the cells
// on a grid where a merged cell is one wider or taller entry.
func (e *BodyEditor) tableRow(r *blockRow, b *gazette.Block, tools fyne.CanvasObject, readOnly bool) fyne.CanvasObject {
	p := r.path
	t := b.Table
	slots := t.Slots()
	cur := widget.NewLabel(slotLabel(e.currentSlot(p, t)))
	var objs []fyne.CanvasObject
	var flat []gazette.Slot
	for ri, row := range t.Rows {
		var line []*cellEntry
		for ci, c := range row.Cells {
			s := slots[ri][ci]
			en := newCellEntry(c.Text(), s.ColSpan)
			if ri < t.HeaderRows {
				en.TextStyle.Bold = true
			}
			en.onFocus = func() {
				e.tableCur[p.String()] = [2]int{s.Row, s.Col}
				cur.SetText(slotLabel(s))
			}
			k := len(flat)
			if !readOnly {
				en.onTab = func(back bool) { e.tabCell(p, k, back) }
			}
			en.OnChanged = func(text string) {
				e.editBlock(p, func(b *gazette.Block) {
					if ri < len(b.Table.Rows) && ci < len(b.Table.Rows[ri].Cells) {
						cell := &b.Table.Rows[ri].Cells[ci]
						cell.Runs = gazette.SetRunsText(cell.Runs, text)
					}
				})
			}
			line = append(line, en)
			objs = append(objs, en)
			flat = append(flat, s)
		}
		r.cells = append(r.cells, line)
	}
	grid := container.New(&spanLayout{slots: flat, rows: len(t.Rows), cols: t.Cols()}, objs...)

	caption := newLineEntry()
	caption.SetPlaceHolder("表格标题（可空）")
	caption.SetText(t.Title)
	caption.OnChanged = func(s string) { e.editBlock(p, func(b *gazette.Block) { b.Table.Title = s }) }
	r.entry = caption

	menu := func(label string, ops []tableOp) *widget.Button {
		var btn *widget.Button
		btn = widget.NewButton(label+" ▾", func() {
			items := make([]*fyne.MenuItem, len(ops))
			for i, op := range ops {
				items[i] = fyne.NewMenuItem(op.label, func() { e.ShowError(e.TableOp(p, op.label)) })
			}
			showMenuUnder(fyne.NewMenu("", items...), btn)
		})
		return btn
	}
	rowCol := menu("行和列", tableRowColOps)
	merge := menu("合并与拆分", tableMergeOps)
	choices := headerChoices(len(t.Rows))
	header := newDropDown(choices, func(s string) {
		if e.building {
			return
		}
		for k, c := range choices {
			if c == s {
				e.ShowError(e.SetHeaderRows(p, k))
			}
		}
	})
	header.SetSelectedIndex(min(t.HeaderRows, len(choices)-1))
	if readOnly {
		rowCol.Disable()
		merge.Disable()
		header.Disable()
	}
	r.header = header
	bar := container.NewHBox(widget.NewLabelWithStyle("表格", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		rowCol, merge, header, cur)
	return container.NewBorder(container.NewVBox(bar, caption), nil, nil, tools, grid)
}

// ShowError shows err in a dialog (nothing when err is nil).
func (e *BodyEditor) ShowError(err error) {
	if err != nil {
		showError(e.w.Win, err)
	}
}

// TableOp applies the table operation labelled label (a 行和列 or 合并与拆分
// menu entry) to the current cell of the table at path and shows the
// table again.
func (e *BodyEditor) TableOp(p gazette.BlockPath, label string) error {
	var op *tableOp
	for _, ops := range [][]tableOp{tableRowColOps, tableMergeOps} {
		for i := range ops {
			if ops[i].label == label {
				op = &ops[i]
			}
		}
	}
	if op == nil {
		return fmt.Errorf("没有表格操作“%s”", label)
	}
	id := e.id
	key := p.String()
	err := e.w.Ctl.EditAs(op.label, "", func(is *gazette.Issue) error {
		a, _ := is.Article(id)
		if a == nil {
			return errors.New("找不到文章")
		}
		b := gazette.BlockAt(a, p)
		if b == nil || b.Table == nil {
			return fmt.Errorf("《%s》第%d块不是表格", a.Title, p[len(p)-1]+1)
		}
		s := e.currentSlot(p, b.Table)
		if err := op.do(b.Table, s); err != nil {
			return fmt.Errorf("%s：%w", op.label, err)
		}
		e.tableCur[key] = [2]int{s.Row + op.move[0], s.Col + op.move[1]}
		return nil
	})
	if err != nil {
		return err
	}
	e.rebuild()
	return nil
}

// SetCurrentCell makes grid slot (row, col) of the table at path the
// current cell, as clicking into it does.
func (e *BodyEditor) SetCurrentCell(p gazette.BlockPath, row, col int) {
	e.tableCur[p.String()] = [2]int{row, col}
}

// SetHeaderRows makes the first n rows of the table at path its header.
func (e *BodyEditor) SetHeaderRows(p gazette.BlockPath, n int) error {
	id := e.id
	err := e.w.Ctl.EditAs("表头行数", "", func(is *gazette.Issue) error {
		a, _ := is.Article(id)
		if a == nil {
			return errors.New("找不到文章")
		}
		b := gazette.BlockAt(a, p)
		if b == nil || b.Table == nil {
			return errors.New("这一块不是表格")
		}
		return b.Table.SetHeaderRows(n)
	})
	if err != nil {
		return err
	}
	e.rebuild()
	return nil
}

// tabCell moves the cursor from cell k (in reading order) of the table at
// path to the next cell, or the previous one when back; Tab in the last
// cell adds a row below and goes to its first cell.
func (e *BodyEditor) tabCell(p gazette.BlockPath, k int, back bool) {
	cells := e.tableCells(p)
	to := k + 1
	if back {
		to = k - 1
	}
	if to < 0 {
		return
	}
	if to >= len(cells) {
		n := len(cells)
		s := e.slotOfCell(p, k)
		e.SetCurrentCell(p, s.Row, s.Col)
		if err := e.TableOp(p, "在下方插入行"); err != nil {
			e.ShowError(err)
			return
		}
		if cells = e.tableCells(p); n < len(cells) {
			to = n
		}
	}
	if to < len(cells) {
		e.w.Win.Canvas().Focus(cells[to])
	}
}

// tableCells returns the cell entries of the table at path in reading order.
func (e *BodyEditor) tableCells(p gazette.BlockPath) []*cellEntry {
	i := e.rowIndex(p)
	if i < 0 {
		return nil
	}
	var out []*cellEntry
	for _, line := range e.rows[i].cells {
		out = append(out, line...)
	}
	return out
}

// slotOfCell returns the grid slot of cell k (reading order) of the table
// at path.
func (e *BodyEditor) slotOfCell(p gazette.BlockPath, k int) gazette.Slot {
	a := e.article()
	if a == nil {
		return gazette.Slot{}
	}
	b := gazette.BlockAt(a, p)
	if b == nil || b.Table == nil {
		return gazette.Slot{}
	}
	for _, row := range b.Table.Slots() {
		if k < len(row) {
			return row[k]
		}
		k -= len(row)
	}
	return gazette.Slot{}
}
