package importer

import "strings"

// cellSpan is what headerSpans decides for one header position: a cell
// with its spans (1 for none), or a position covered by another cell's
// span, which is left out of its row (gazette.Table: cells covered by a
// span are absent, as in HTML).
type cellSpan struct {
	cols, rows int
	covered    bool
}

// headerSpans infers the merged cells of a tab table's two-row header from
// the empty cells a PDF extraction leaves where a merged cell was, e.g.
//
//	年度 | 项目名称 | 完成目标 | ""   | ""       | ""
//	""   | ""       | 立项     | 开工 | 主体竣工 | 投入使用
//
// where 完成目标 spans four columns and 年度, 项目名称 two rows. The
// heuristic, inside the header rows only:
//
//   - a run of empty cells right of a non-empty cell in the top header row,
//     with non-empty cells under the cell and under the whole run in the
//     row below, is that cell's ColSpan (a group heading over its
//     sub-headings);
//   - a non-empty top cell whose cell below is empty, with no empty cell
//     right of it, gets a RowSpan of 2 (a heading standing over both rows).
//
// It is conservative: it returns nil — merge nothing — unless the table
// has exactly two header rows (detectHeader finds no more; with one header
// row there is no row below to tell a merged cell from an empty one) and
// every header column is explained by one of the two rules. A column empty
// in both rows, an empty top cell with nothing left of it, a run whose
// sub-headings are missing, or a cell that could merge both ways makes the
// header too unsure to merge. Body rows are never merged: an empty body
// cell under a 年度 value may be a repeated value or simply empty.
func headerSpans(grid [][]string, headerRows, cols int) [][]cellSpan {
	if headerRows != 2 || len(grid) < 2 || cols < 2 {
		return nil
	}
	cell := func(r, c int) string {
		if c < len(grid[r]) {
			return strings.TrimSpace(grid[r][c])
		}
		return ""
	}
	plan := [][]cellSpan{make([]cellSpan, cols), make([]cellSpan, cols)}
	for r := range plan {
		for c := range plan[r] {
			plan[r][c] = cellSpan{cols: 1, rows: 1}
		}
	}
	merged := false
	for c := 0; c < cols; {
		if cell(0, c) == "" { // an empty top cell no group heading covers
			return nil
		}
		run := c + 1
		for run < cols && cell(0, run) == "" {
			run++
		}
		below := cell(1, c) != ""
		switch {
		case run > c+1: // a group heading over columns c … run-1
			for k := c; k < run; k++ {
				if cell(1, k) == "" {
					return nil
				}
			}
			plan[0][c].cols = run - c
			for k := c + 1; k < run; k++ {
				plan[0][k].covered = true
			}
			merged = true
		case !below: // a heading over both rows
			plan[0][c].rows = 2
			plan[1][c].covered = true
			merged = true
		}
		c = run
	}
	if !merged {
		return nil
	}
	return plan
}
