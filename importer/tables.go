package importer

import (
	"strconv"
	"strings"

	"gazette/gazette"
)

// Tables of the body (stage 6): tab-separated rows with their header rows
// and category rows detected, a table a page break cut joined again.

// numericCell reports whether a table cell holds a number (with sign,
// percent, parentheses, thousands separators, a leading * or a tick √).
func numericCell(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if s == "√" || s == "—" || s == "-" {
		return true
	}
	s = strings.Trim(s, "*()（）%％+-")
	s = strings.ReplaceAll(s, ",", "")
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// tabTable builds a table from tab-separated rows, detecting its header
// rows: the first row when it holds no number and the table goes on, and a
// second row too when the first has empty (spanned) cells or the second
// does, it holds no number, and a row with numbers follows. The merged
// cells of a two-row header are inferred by headerSpans.
func tabTable(rows []string) *gazette.Table {
	cols := 0
	var grid [][]string
	for _, r := range rows {
		cells := strings.Split(r, "\t")
		for i := range cells {
			cells[i] = tidySpaces(cells[i])
		}
		grid = append(grid, cells)
		cols = max(cols, len(cells))
	}
	t := &gazette.Table{HeaderRows: detectHeader(grid)}
	plan := headerSpans(grid, t.HeaderRows, cols)
	for r, cells := range grid {
		var row gazette.Row
		if r >= t.HeaderRows && categoryRow(cells, cols) {
			row.Cells = []gazette.Cell{{Runs: parseRuns(cells[0]), ColSpan: cols}}
			t.Rows = append(t.Rows, row)
			continue
		}
		for i := 0; i < cols; i++ {
			txt := ""
			if i < len(cells) {
				txt = cells[i]
			}
			cell := gazette.Cell{Runs: parseRuns(txt)}
			if r < len(plan) {
				if plan[r][i].covered {
					continue
				}
				if plan[r][i].cols > 1 {
					cell.ColSpan = plan[r][i].cols
				}
				if plan[r][i].rows > 1 {
					cell.RowSpan = plan[r][i].rows
				}
			}
			row.Cells = append(row.Cells, cell)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// categoryRow reports whether a row of a table of three columns or more
// is a category row — its text in the first cell, every other cell empty
// (一、知识产权保护方面（共5项）): a row that spans all the columns, never
// a header row.
func categoryRow(cells []string, cols int) bool {
	if cols < 3 || len(cells) == 0 || strings.TrimSpace(cells[0]) == "" || numericCell(cells[0]) {
		return false
	}
	for _, c := range cells[1:] {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func detectHeader(grid [][]string) int {
	hasNum := func(cells []string) bool {
		for _, c := range cells {
			if numericCell(c) {
				return true
			}
		}
		return false
	}
	hasEmpty := func(cells []string, cols int) bool {
		n := 0
		for _, c := range cells {
			if strings.TrimSpace(c) != "" {
				n++
			}
		}
		return n < cols
	}
	if len(grid) < 2 || hasNum(grid[0]) {
		return 0
	}
	cols := 0
	for _, r := range grid {
		cols = max(cols, len(r))
	}
	if len(grid) >= 3 && !hasNum(grid[1]) && !categoryRow(grid[1], cols) && (hasEmpty(grid[0], cols) || hasEmpty(grid[1], cols)) {
		for _, r := range grid[2:] {
			if hasNum(r) {
				return 2
			}
		}
	}
	return 1
}

// tabRows collects the rows of the tab table that starts at line i and
// returns them with the line after the table. A page break inside the
// table (page furniture removed between two runs of rows), or a blank line
// followed by the table's first row again, continues it: the rows the new
// page repeats from the table's head are listed as removed, and the table
// is one.
func (b *body) tabRows(i, to int) ([]string, int) {
	p := b.p
	var rows []string
	j := i
	for {
		start := len(rows)
		for ; j < to && p.lines[j].tab && !p.lines[j].blank; j++ {
			rows = append(rows, p.text(j))
		}
		if start > 0 { // a continuation: drop the rows that repeat the head
			k := 0
			for k < 3 && start+k < len(rows) && k < start && cellsKey(rows[start+k]) == cellsKey(rows[k]) {
				k++
			}
			if k > 0 && start+k < len(rows) {
				for x := 0; x < k; x++ {
					ln := p.lines[j-(len(rows)-start)+x]
					p.remove(ln.n, ln.text, ReasonHeaderRow)
				}
				rows = append(rows[:start], rows[start+k:]...)
			}
		}
		// Look past the gap for more rows of the same table.
		g, furniture := j, false
		for ; g < to && p.lines[g].blank; g++ {
			furniture = furniture || p.lines[g].furniture
		}
		if g == j || g >= to || !p.lines[g].tab || len(rows) == 0 {
			return rows, j
		}
		if !furniture && cellsKey(p.text(g)) != cellsKey(rows[0]) {
			return rows, j
		}
		j = g
	}
}

// cellsKey is a table row's text as rows are compared: cells without spaces.
func cellsKey(row string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(row, "\t", " \x00 ")), "")
}
