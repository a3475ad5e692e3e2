package layout

import (
	"unicode"
	"unicode/utf8"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout/para"
)

// Table rules and padding (house style: 0.5 pt rules, 0.75 pt outer frame,
// 2 pt cell padding).
const (
	tableRule  = 0.5
	tableFrame = 0.75
	cellPad    = 2.0
	// shortCell is the length, in ems, up to which a cell's text is kept on
	// one line when the columns are shared out (开工建设 stays whole).
	shortCell = 4.0
)

// tableCell is one cell placed in the grid of its table.
type tableCell struct {
	cell       *gazette.Cell
	row, col   int
	rows, cols int
	src        int // rune offset of the cell's text in the block's Text()
	header     bool
	natural    float64 // width on one line, padding included
	min        float64 // narrowest sensible width, padding included
	lines      []para.Line
	height     float64 // content height, padding included
}

// gridTable places the cells of t in a grid, honouring row and column spans
// as HTML does (cells covered by a span are absent from their row).
func gridTable(t *gazette.Table) (cells []*tableCell, nrows, ncols int) {
	nrows = len(t.Rows)
	occupied := map[[2]int]bool{}
	off := 0
	if t.Title != "" {
		off = utf8.RuneCountInString(t.Title) + 1
	}
	for r := range t.Rows {
		c := 0
		for i := range t.Rows[r].Cells {
			cell := &t.Rows[r].Cells[i]
			for occupied[[2]int{r, c}] {
				c++
			}
			rs, cs := max(cell.RowSpan, 1), max(cell.ColSpan, 1)
			if r+rs > nrows {
				rs = nrows - r
			}
			for dr := 0; dr < rs; dr++ {
				for dc := 0; dc < cs; dc++ {
					occupied[[2]int{r + dr, c + dc}] = true
				}
			}
			cells = append(cells, &tableCell{cell: cell, row: r, col: c, rows: rs, cols: cs, src: off, header: r < t.HeaderRows})
			off += utf8.RuneCountInString(cell.Text())
			if i < len(t.Rows[r].Cells)-1 {
				off++ // the tab
			}
			c += cs
			if c > ncols {
				ncols = c
			}
		}
		off++ // the newline
	}
	return cells, nrows, ncols
}

// minWordWidth is the narrowest a cell can be without breaking inside a
// Latin word or number (UAX #14 keeps them whole), and never under two
// ideographs.
func minWordWidth(set *fonts.Set, face fonts.Style, size float64, text string) float64 {
	best := 2 * size
	word := []rune{}
	flush := func() {
		if len(word) > 0 {
			if w := textWidth(set, face, size, string(word)); w > best {
				best = w
			}
			word = word[:0]
		}
	}
	for _, r := range text {
		if r < 0x2E80 && !unicode.IsSpace(r) {
			word = append(word, r)
		} else {
			flush()
		}
	}
	flush()
	return best
}

// columnWidths shares the measure among the columns like HTML's automatic
// table layout: every column gets its minimum, the rest goes in proportion to
// how much more each would like; a table narrower than the measure is
// stretched to it.
func columnWidths(cells []*tableCell, ncols int, measure float64) []float64 {
	nat := make([]float64, ncols)
	mn := make([]float64, ncols)
	for pass := 0; pass < 2; pass++ { // single-column cells first, then spans
		for _, c := range cells {
			if (c.cols == 1) != (pass == 0) {
				continue
			}
			var sn, sm float64
			for i := c.col; i < c.col+c.cols; i++ {
				sn += nat[i]
				sm += mn[i]
			}
			if d := c.natural - sn; d > 0 {
				for i := c.col; i < c.col+c.cols; i++ {
					nat[i] += d / float64(c.cols)
				}
			}
			if d := c.min - sm; d > 0 {
				for i := c.col; i < c.col+c.cols; i++ {
					mn[i] += d / float64(c.cols)
				}
			}
		}
	}
	var sumN, sumM float64
	for i := range nat {
		if nat[i] < mn[i] {
			nat[i] = mn[i]
		}
		sumN += nat[i]
		sumM += mn[i]
	}
	w := make([]float64, ncols)
	switch {
	case sumN <= measure && sumN > 0:
		for i := range w {
			w[i] = nat[i] * measure / sumN
		}
	case sumM >= measure && sumM > 0:
		for i := range w {
			w[i] = mn[i] * measure / sumM
		}
	default:
		for i := range w {
			w[i] = mn[i] + (measure-sumM)*(nat[i]-mn[i])/(sumN-sumM)
		}
	}
	return w
}

// table sets a table: its caption, then one box per row. Rows joined by a
// row span are kept together; header rows are kept with the first two body
// rows and repeated after a break; a break between short rows leaves at
// least two body rows on each side, as for lines of a paragraph
// (docs/typesetting.md §4).
func (st *setter) table(t *gazette.Table) {
	src := st.src(st.block)
	size, pitch := st.s.TableSize, st.s.TablePitch
	if size <= 0 {
		size = 10.5
	}
	if pitch <= 0 {
		pitch = size * 1.4
	}
	if t.Title != "" {
		lines := para.Set([]para.Span{{Text: t.Title, Style: fonts.Hei, Size: st.s.BodySize}},
			para.Options{Measure: st.measure, Align: para.Center, Balance: true, Fonts: st.set})
		st.lineBoxes(lines, src, st.g.pitch, st.s.BodySize, true, true, Black)
	}
	cells, nrows, ncols := gridTable(t)
	if nrows == 0 || ncols == 0 {
		return
	}
	face := func(c *tableCell) fonts.Style {
		if c.header {
			return fonts.Hei
		}
		return bodyFace(st.s)
	}
	for _, c := range cells {
		text := c.cell.Text()
		c.natural = textWidth(st.set, face(c), size, text) + 2*cellPad
		c.min = max(minWordWidth(st.set, face(c), size, text), min(c.natural-2*cellPad, shortCell*size)) + 2*cellPad
	}
	widths := columnWidths(cells, ncols, st.measure)
	xs := make([]float64, ncols+1)
	for i, w := range widths {
		xs[i+1] = xs[i] + w
	}
	// Set each cell in its width.
	for _, c := range cells {
		w := xs[c.col+c.cols] - xs[c.col] - 2*cellPad
		align := para.Center
		if c.natural-2*cellPad > w+0.01 && !c.header {
			align = para.Left
		}
		spans := st.spans(c.cell.Runs, face(c), size)
		for i := range spans {
			spans[i].Src += c.src
		}
		if len(spans) > 0 {
			// A header cell is a short title: its lines are balanced and
			// broken between phrases, never inside （平方米） (GB/T 9704-2012
			// 7.3.3, as for titles), so 面积标准（平方米） sets as
			// 面积标准 / （平方米）.
			c.lines = para.Set(spans, para.Options{Measure: w, Align: align, Balance: c.header, Fonts: st.set})
		}
		c.height = float64(max(len(c.lines), 1))*pitch + 2*cellPad
	}
	// Row heights: single-row cells first, then spans push their last row.
	hs := make([]float64, nrows)
	for i := range hs {
		hs[i] = pitch + 2*cellPad
	}
	for _, c := range cells {
		if c.rows == 1 && c.height > hs[c.row] {
			hs[c.row] = c.height
		}
	}
	for _, c := range cells {
		if c.rows > 1 {
			sum := 0.0
			for r := c.row; r < c.row+c.rows; r++ {
				sum += hs[r]
			}
			if d := c.height - sum; d > 0 {
				hs[c.row+c.rows-1] += d
			}
		}
	}
	ys := make([]float64, nrows+1)
	for i, h := range hs {
		ys[i+1] = ys[i] + h
	}
	// spanEnd[r]: the last row a cell starting at or above r reaches.
	spanEnd := make([]int, nrows)
	for r := range spanEnd {
		spanEnd[r] = r
	}
	for _, c := range cells {
		for r := c.row; r < c.row+c.rows; r++ {
			if e := c.row + c.rows - 1; e > spanEnd[r] {
				spanEnd[r] = e
			}
		}
	}
	tf := &tableFlow{width: xs[ncols]}
	rows := make([]*box, nrows)
	for r := range rows {
		rows[r] = &box{h: hs[r], table: tf, header: r < t.HeaderRows, src: src}
		body := r - t.HeaderRows
		short := hs[r] < 3*st.g.pitch && (r+1 >= nrows || hs[r+1] < 3*st.g.pitch)
		rows[r].keep = spanEnd[r] > r || r < t.HeaderRows ||
			(body >= 0 && r < nrows-1 && short && !breakAllowedAfter(body, nrows-t.HeaderRows))
	}
	for _, c := range cells {
		b := rows[c.row]
		x0, x1 := xs[c.col], xs[c.col+c.cols]
		y1 := ys[c.row+c.rows] - ys[c.row]
		ch := float64(len(c.lines)) * pitch
		top := (y1 - ch) / 2
		for i, l := range c.lines {
			b.lines = append(b.lines, textLine{line: l, x: x0 + cellPad, y: top + float64(i)*pitch + baselineIn(pitch, size), src: src})
		}
		b.rules = append(b.rules,
			Rule{X0: x0, Y0: 0, X1: x1, Y1: 0, Width: tableRule, Color: Black},
			Rule{X0: x0, Y0: y1, X1: x1, Y1: y1, Width: tableRule, Color: Black},
			Rule{X0: x0, Y0: 0, X1: x0, Y1: y1, Width: tableRule, Color: Black},
			Rule{X0: x1, Y0: 0, X1: x1, Y1: y1, Width: tableRule, Color: Black})
	}
	headH := 0.0
	for r := 0; r < nrows && r < t.HeaderRows; r++ {
		tf.headers = append(tf.headers, rows[r])
		headH += hs[r]
	}
	if len(tf.headers) == nrows { // a table of headers only repeats nothing
		tf.headers = nil
		headH = 0
	}
	maxH := st.g.blockH - headH
	for r, b := range rows {
		if b.h > maxH && spanEnd[r] == r && !b.header && (r == 0 || spanEnd[r-1] < r) {
			for _, piece := range splitRow(cells, r, xs, maxH, pitch, size, src) {
				piece.table = tf
				st.add(piece)
			}
			continue
		}
		st.add(b)
	}
	st.gap(st.g.pitch/2, false)
}

// splitRow cuts a row taller than a column into pieces that each fit in
// maxH, every cell's lines continuing in the next piece (docs/typesetting.md §4:
// a very tall row may split inside cells). The cells are top-aligned.
func splitRow(cells []*tableCell, r int, xs []float64, maxH, pitch, size float64, src SrcPos) []*box {
	per := int((maxH - 2*cellPad) / pitch)
	if per < 1 {
		per = 1
	}
	most := 0
	for _, c := range cells {
		if c.row == r && len(c.lines) > most {
			most = len(c.lines)
		}
	}
	var out []*box
	for from := 0; from < most; from += per {
		n := min(per, most-from)
		b := &box{h: float64(n)*pitch + 2*cellPad, src: src}
		for _, c := range cells {
			if c.row != r {
				continue
			}
			x0, x1 := xs[c.col], xs[c.col+c.cols]
			for i := from; i < from+n && i < len(c.lines); i++ {
				b.lines = append(b.lines, textLine{line: c.lines[i], x: x0 + cellPad,
					y: cellPad + float64(i-from)*pitch + baselineIn(pitch, size), src: src})
			}
			b.rules = append(b.rules,
				Rule{X0: x0, Y0: 0, X1: x1, Y1: 0, Width: tableRule, Color: Black},
				Rule{X0: x0, Y0: b.h, X1: x1, Y1: b.h, Width: tableRule, Color: Black},
				Rule{X0: x0, Y0: 0, X1: x0, Y1: b.h, Width: tableRule, Color: Black},
				Rule{X0: x1, Y0: 0, X1: x1, Y1: b.h, Width: tableRule, Color: Black})
		}
		out = append(out, b)
	}
	return out
}
