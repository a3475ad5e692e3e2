package gazette

import (
	"errors"
	"fmt"
)

// A table's cells sit in a grid of slots: a cell covers ColSpan × RowSpan
// slots from its anchor (its top-left slot), and the cells covered by a span
// are left out of their rows, as in HTML. The methods below edit a table
// slot by slot (rows and columns inserted and deleted, cells merged and
// split) and keep that bookkeeping right; slots are addressed by grid row
// and grid column, which differ from a cell's index in its row once spans
// are about.

// Slot is where one cell sits in the table's grid: its anchor row and
// column and how many rows and columns it covers (at least 1 each).
type Slot struct {
	Row, Col         int
	RowSpan, ColSpan int
}

// Cols returns how many grid columns the table has.
func (t *Table) Cols() int { return newGrid(t).cols }

// Slots returns where each cell sits: Slots()[r][i] is the slot of
// t.Rows[r].Cells[i]. Spans reaching past the last row, or over a slot
// another cell holds, are cut short as the layout cuts them.
func (t *Table) Slots() [][]Slot {
	g := newGrid(t)
	out := make([][]Slot, len(t.Rows))
	for r := range t.Rows {
		out[r] = make([]Slot, 0, len(t.Rows[r].Cells))
	}
	for _, gc := range g.cells() {
		out[gc.r] = append(out[gc.r], Slot{Row: gc.r, Col: gc.c, RowSpan: gc.rs, ColSpan: gc.cs})
	}
	return out
}

// CellAt returns the row and index in that row of the cell covering grid
// slot (row, col); ok is false when no cell covers it.
func (t *Table) CellAt(row, col int) (r, i int, ok bool) {
	for r, slots := range t.Slots() {
		for i, s := range slots {
			if row >= s.Row && row < s.Row+s.RowSpan && col >= s.Col && col < s.Col+s.ColSpan {
				return r, i, true
			}
		}
	}
	return 0, 0, false
}

// InsertRow inserts an empty row before grid row at (len(t.Rows) appends).
// A cell spanning across the place grows by a row instead of getting a new
// cell beside it. A row inserted among the header rows is a header row.
func (t *Table) InsertRow(at int) {
	g := newGrid(t)
	g.fill()
	at = min(max(at, 0), g.rows)
	g.insertRow(at)
	g.store(t)
	if at < t.HeaderRows {
		t.HeaderRows++
	}
}

// DeleteRow deletes grid row r. A cell spanning it loses a row (a cell
// anchored on it moves down to the next row with its text); cells only in
// it are deleted. The last row cannot be deleted.
func (t *Table) DeleteRow(r int) error {
	g := newGrid(t)
	if r < 0 || r >= g.rows {
		return fmt.Errorf("表格没有第%d行", r+1)
	}
	if g.rows == 1 {
		return errors.New("表格只剩一行，不能删除；要删除整个表格，请删除这一块")
	}
	g.fill()
	g.deleteRow(r)
	g.store(t)
	if r < t.HeaderRows {
		t.HeaderRows--
	}
	return nil
}

// InsertColumn inserts an empty column before grid column at (Cols()
// appends). A cell spanning across the place grows by a column.
func (t *Table) InsertColumn(at int) {
	g := newGrid(t)
	g.fill()
	at = min(max(at, 0), g.cols)
	g = g.transpose()
	g.insertRow(at)
	g.transpose().store(t)
}

// DeleteColumn deletes grid column c; a cell spanning it loses a column.
// The last column cannot be deleted.
func (t *Table) DeleteColumn(c int) error {
	g := newGrid(t)
	if c < 0 || c >= g.cols {
		return fmt.Errorf("表格没有第%d列", c+1)
	}
	if g.cols == 1 {
		return errors.New("表格只剩一列，不能删除；要删除整个表格，请删除这一块")
	}
	g.fill()
	g = g.transpose()
	g.deleteRow(c)
	g.transpose().store(t)
	return nil
}

// MergeRight merges the cell covering slot (row, col) with the cells
// beside it on the right over the rows it spans (they must not reach
// beyond those rows, and must be equally wide); their text is appended to
// its own.
func (t *Table) MergeRight(row, col int) error {
	g := newGrid(t)
	g.fill()
	if err := g.merge(row, col, "右边", "行"); err != nil {
		return err
	}
	g.store(t)
	return nil
}

// MergeDown merges the cell covering slot (row, col) with the cells
// below it over the columns it spans (they must not reach beyond those
// columns, and must be equally tall); their text is appended to its own.
func (t *Table) MergeDown(row, col int) error {
	g := newGrid(t)
	g.fill()
	g = g.transpose()
	if err := g.merge(col, row, "下面", "列"); err != nil {
		return err
	}
	g.transpose().store(t)
	return nil
}

// Split splits the cell covering slot (row, col) back into plain cells: it
// keeps its text in its anchor slot and every slot it covered gets an empty
// cell. It reports whether the cell spanned anything.
func (t *Table) Split(row, col int) bool {
	g := newGrid(t)
	g.fill()
	gc := g.get(row, col)
	if gc == nil || gc.rs == 1 && gc.cs == 1 {
		return false
	}
	for r := gc.r; r < gc.r+gc.rs; r++ {
		for c := gc.c; c < gc.c+gc.cs; c++ {
			if r != gc.r || c != gc.c {
				g.at[r][c] = &gridCell{r: r, c: c, rs: 1, cs: 1}
			}
		}
	}
	gc.rs, gc.cs = 1, 1
	g.store(t)
	return true
}

// SetHeaderRows makes the first n rows the header (repeated after a page
// break); n runs from 0 to one less than the number of rows, so that a
// table keeps a row of body.
func (t *Table) SetHeaderRows(n int) error {
	if n < 0 || n > 0 && n >= len(t.Rows) {
		return fmt.Errorf("表头行数 %d 不对：这个表格有 %d 行，表头最多 %d 行", n, len(t.Rows), max(len(t.Rows)-1, 0))
	}
	t.HeaderRows = n
	return nil
}

// gridCell is a cell placed in the grid, anchored at slot (r, c), covering
// rs rows and cs columns.
type gridCell struct {
	cell   Cell
	r, c   int
	rs, cs int
}

// grid is a table as slots, each pointing at the cell that covers it (nil
// for a slot no cell covers, at the end of a short row).
type grid struct {
	rows, cols int
	at         [][]*gridCell
}

// newGrid places the cells of t in a grid the way layout.gridTable does.
// A span is cut short at the last row or at a slot that is already taken.
func newGrid(t *Table) *grid {
	g := &grid{rows: len(t.Rows), at: make([][]*gridCell, len(t.Rows))}
	taken := func(r, c int) bool { return c < len(g.at[r]) && g.at[r][c] != nil }
	for r, row := range t.Rows {
		c := 0
		for _, cell := range row.Cells {
			for taken(r, c) {
				c++
			}
			cs := 1
			for cs < cell.ColSpan && !taken(r, c+cs) {
				cs++
			}
			rs := 1
		down:
			for rs < cell.RowSpan && r+rs < g.rows {
				for dc := 0; dc < cs; dc++ {
					if taken(r+rs, c+dc) {
						break down
					}
				}
				rs++
			}
			gc := &gridCell{cell: cell, r: r, c: c, rs: rs, cs: cs}
			for dr := 0; dr < rs; dr++ {
				for dc := 0; dc < cs; dc++ {
					g.set(r+dr, c+dc, gc)
				}
			}
			c += cs
		}
	}
	for _, row := range g.at {
		g.cols = max(g.cols, len(row))
	}
	for r := range g.at {
		for len(g.at[r]) < g.cols {
			g.at[r] = append(g.at[r], nil)
		}
	}
	return g
}

func (g *grid) set(r, c int, gc *gridCell) {
	for len(g.at[r]) <= c {
		g.at[r] = append(g.at[r], nil)
	}
	g.at[r][c] = gc
}

// get returns the cell covering slot (r, c), or nil.
func (g *grid) get(r, c int) *gridCell {
	if r < 0 || r >= g.rows || c < 0 || c >= g.cols {
		return nil
	}
	return g.at[r][c]
}

// cells returns each cell once, in row order.
func (g *grid) cells() []*gridCell {
	var out []*gridCell
	for r := range g.rows {
		for c := range g.cols {
			if gc := g.at[r][c]; gc != nil && gc.r == r && gc.c == c {
				out = append(out, gc)
			}
		}
	}
	return out
}

// fill gives every slot no cell covers an empty cell, so that the grid is a
// full rectangle before rows or columns are inserted (a hole in the middle
// of a row would shift the cells after it).
func (g *grid) fill() {
	for r := range g.rows {
		for c := range g.cols {
			if g.at[r][c] == nil {
				g.at[r][c] = &gridCell{r: r, c: c, rs: 1, cs: 1}
			}
		}
	}
}

// transpose swaps rows and columns, so that column operations are row
// operations on the transpose.
func (g *grid) transpose() *grid {
	t := &grid{rows: g.cols, cols: g.rows, at: make([][]*gridCell, g.cols)}
	seen := map[*gridCell]bool{}
	for c := range g.cols {
		t.at[c] = make([]*gridCell, g.rows)
		for r := range g.rows {
			gc := g.at[r][c]
			t.at[c][r] = gc
			if gc != nil && !seen[gc] {
				seen[gc] = true
				gc.r, gc.c, gc.rs, gc.cs = gc.c, gc.r, gc.cs, gc.rs
			}
		}
	}
	return t
}

// insertRow inserts a row of slots before row at of a full grid: a cell
// spanning the boundary grows, the other slots get empty cells.
func (g *grid) insertRow(at int) {
	for _, gc := range g.cells() {
		if gc.r >= at {
			gc.r++
		}
	}
	row := make([]*gridCell, g.cols)
	for c := 0; c < g.cols; c++ {
		if at > 0 && at < g.rows {
			if above := g.at[at-1][c]; above == g.at[at][c] {
				if row[c] == nil {
					above.rs++
					for dc := 0; dc < above.cs; dc++ {
						row[above.c+dc] = above
					}
				}
				continue
			}
		}
		if row[c] == nil {
			row[c] = &gridCell{r: at, c: c, rs: 1, cs: 1}
		}
	}
	g.at = append(g.at[:at], append([][]*gridCell{row}, g.at[at:]...)...)
	g.rows++
}

// deleteRow removes row r of a full grid: cells spanning it lose a row.
func (g *grid) deleteRow(r int) {
	seen := map[*gridCell]bool{}
	for _, gc := range g.at[r] {
		if !seen[gc] {
			seen[gc] = true
			gc.rs-- // a cell anchored on r keeps its anchor index: the next row moves up into it
		}
	}
	for _, gc := range g.cells() {
		if gc.r > r {
			gc.r--
		}
	}
	g.at = append(g.at[:r], g.at[r+1:]...)
	g.rows--
}

// merge joins the cell at slot (r, c) with the cells in the column after
// it, over the rows it spans: they must lie within those rows and cover
// the same columns as each other, so that the result is a rectangle. side
// names the neighbours (右边) and across what they must fit (行) in errors.
func (g *grid) merge(r, c int, side, across string) error {
	gc := g.get(r, c)
	if gc == nil {
		return fmt.Errorf("第%d行第%d列没有单元格", r+1, c+1)
	}
	col := gc.c + gc.cs
	if col >= g.cols {
		return fmt.Errorf("%s没有单元格可以合并", side)
	}
	var nbs []*gridCell
	for rr := gc.r; rr < gc.r+gc.rs; rr++ {
		nb := g.at[rr][col]
		if len(nbs) > 0 && nbs[len(nbs)-1] == nb {
			continue
		}
		if nb.r < gc.r || nb.r+nb.rs > gc.r+gc.rs || nb.c != col || len(nbs) > 0 && nb.cs != nbs[0].cs {
			return fmt.Errorf("%s的单元格超出了这一格所跨的%s，合并后不成矩形；请先拆分单元格", side, across)
		}
		nbs = append(nbs, nb)
	}
	runs := append([]Run(nil), gc.cell.Runs...)
	for _, nb := range nbs {
		for dr := 0; dr < nb.rs; dr++ {
			for dc := 0; dc < nb.cs; dc++ {
				g.at[nb.r+dr][nb.c+dc] = gc
			}
		}
		runs = append(runs, nb.cell.Runs...)
	}
	gc.cs += nbs[0].cs
	gc.cell.Runs = runs
	return nil
}

// store writes the grid back into t's rows: each cell in its anchor row,
// in column order, with its spans (0 for a span of 1, unless the cell said
// 1 itself). A row whose slots are all covered from above keeps no cells.
func (g *grid) store(t *Table) {
	rows := make([]Row, g.rows)
	for r := range rows {
		rows[r].Cells = []Cell{}
	}
	for _, gc := range g.cells() {
		cell := gc.cell
		cell.ColSpan = spanValue(cell.ColSpan, gc.cs)
		cell.RowSpan = spanValue(cell.RowSpan, gc.rs)
		rows[gc.r].Cells = append(rows[gc.r].Cells, cell)
	}
	t.Rows = rows
}

// spanValue is the stored value of a span of n slots: n when it spans, and
// the old value (0 or 1) kept for a plain cell.
func spanValue(old, n int) int {
	if n > 1 {
		return n
	}
	if old == 1 {
		return 1
	}
	return 0
}
