package importer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tables pasted as space-aligned columns (stage 2, lines): a PDF's text
// layer (pdftotext -layout) or a plain-text mail sets a table's cells apart
// with runs of ASCII spaces. Read as prose, its rows would be joined into
// one paragraph (1 某省职业技术学院 … A类2 某市职业学院 …): every row a line
// of the source, its cells lost. Two rows or more in a row, each with the
// same number of cells (three or more), one of them a number (序号, an
// amount), are a table: each becomes a tab-separated row, read as any tab
// table (tables.go). A list of names set apart by spaces (王小明  李小红
// 张大伟) has no number: its lines stay lines.

// columnGap is what sets two cells of a space-aligned row apart: two ASCII
// spaces or more (one space is a word space: GPS 定位, Wi-Fi).
var columnGap = regexp.MustCompile(` {2,}`)

// spaceCells returns the cells of a line read as a space-aligned row, or
// nil where the line is no such row: fewer than three cells, or a cell of
// one hanzi (a letter-spaced label or name, 主  任：张  三, is a name list
// line, never a row of cells).
func spaceCells(l srcLine) []string {
	if l.blank || l.tab || l.pipe || l.hashes > 0 || l.comment != "" {
		return nil
	}
	cells := columnGap.Split(strings.TrimSpace(l.text), -1)
	if len(cells) < 3 {
		return nil
	}
	for _, c := range cells {
		if r, n := utf8.DecodeRuneInString(c); n == len(c) && unicode.Is(unicode.Han, r) {
			return nil
		}
	}
	return cells
}

// markSpaceTables turns each run of two or more consecutive space-aligned
// rows with the same number of cells into tab-separated table rows; a row
// with empty cells (fewer cells, each set under a column of the run's first
// row, alignedRow) is one of them. The characters of a cell are kept as
// written; only the gaps become tabs.
func (p *parser) markSpaceTables() {
	for i := 0; i < len(p.lines); {
		first := spaceCells(p.lines[i])
		if first == nil {
			i++
			continue
		}
		_, cols, ends := rowCells(p.lines[i])
		rows := [][]string{first}
		j := i + 1
		for ; j < len(p.lines); j++ {
			if c := spaceCells(p.lines[j]); len(c) == len(first) {
				rows = append(rows, c)
			} else if c, st, en := rowCells(p.lines[j]); c != nil && alignedRow(c, st, en, cols, ends) != nil {
				rows = append(rows, alignedRow(c, st, en, cols, ends))
			} else {
				break
			}
		}
		if j-i >= 2 && p.anyNumericCell(i, j) {
			for k := i; k < j; k++ {
				p.lines[k].text = strings.Join(rows[k-i], "\t")
				p.lines[k].tab = true
			}
		}
		i = j
	}
}

// continueSpaceTables marks, once page furniture is removed, a
// space-aligned row left alone on its page as a row of the table before
// it: the last row of a table a page break cut (— 3 — / 4  北至  绕城高速)
// is one line, too few to be told a table by itself. It continues the
// table whose last row has as many cells, where only blank lines, one of
// them removed furniture at least, lie between.
func (p *parser) continueSpaceTables(from int) {
	for i := from; i < len(p.lines); i++ {
		cells := spaceCells(p.lines[i])
		if cells == nil {
			continue
		}
		j, furniture := i-1, false
		for ; j >= from && p.lines[j].blank && p.lines[j].comment == ""; j-- {
			furniture = furniture || p.lines[j].furniture
		}
		if j < from || !furniture || !p.lines[j].tab || strings.Count(p.lines[j].text, "\t")+1 != len(cells) {
			continue
		}
		for k := i; k < len(p.lines) && len(spaceCells(p.lines[k])) == len(cells); k++ {
			p.lines[k].text = strings.Join(spaceCells(p.lines[k]), "\t")
			p.lines[k].tab = true
		}
	}
}

// anyNumericCell reports whether a cell of the space-aligned rows
// lines[i:j] is a number.
func (p *parser) anyNumericCell(i, j int) bool {
	for k := i; k < j; k++ {
		for _, c := range spaceCells(p.lines[k]) {
			if numericCell(c) {
				return true
			}
		}
	}
	return false
}

// rowCells returns the cells of a line set apart by two spaces or more
// (two cells at least, none of one hanzi), with the display column where
// each starts and ends (a hanzi or full-width form two columns wide).
func rowCells(l srcLine) (cells []string, starts, ends []int) {
	if l.blank || l.tab || l.pipe || l.hashes > 0 || l.comment != "" {
		return nil, nil, nil
	}
	col := dispWidth(l.lead)
	t := l.text
	at := 0
	for _, g := range append(columnGap.FindAllStringIndex(t, -1), []int{len(t), len(t)}) {
		c := t[at:g[0]]
		if r, n := utf8.DecodeRuneInString(c); n == len(c) && unicode.Is(unicode.Han, r) {
			return nil, nil, nil
		}
		cells, starts = append(cells, c), append(starts, col+dispWidth(t[:at]))
		ends = append(ends, col+dispWidth(t[:g[0]]))
		at = g[1]
	}
	if len(cells) < 2 {
		return nil, nil, nil
	}
	return cells, starts, ends
}

// alignedRow sets the cells of a row with empty cells (three, or two with
// a number) under the columns of a full row (their starts and ends): each cell starts where its column
// does (left-aligned) or ends where it does (a right-aligned number), two
// columns either way. It returns the row's cells, empty ones included, or
// nil where a cell fits no column or two fit one.
func alignedRow(cells []string, starts, ends, cols, colEnds []int) []string {
	if len(cells) < 3 && !numericCell(cells[0]) && !numericCell(cells[len(cells)-1]) {
		return nil // two cells, no number: a 印发 line, a signature with its date
	}
	out := make([]string, len(cols))
	used := make([]bool, len(cols))
	for k := range cells {
		c := -1
		for x := range cols {
			if abs(starts[k]-cols[x]) <= 2 || abs(ends[k]-colEnds[x]) <= 2 {
				c = x
				break
			}
		}
		if c < 0 || used[c] {
			return nil
		}
		used[c], out[c] = true, cells[k]
	}
	return out
}

// dispWidth is the width of s in display columns: two for a wide
// character (hanzi, full-width forms, U+3000), one for any other.
func dispWidth(s string) int {
	w := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xff60 {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
