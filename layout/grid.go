package layout

import (
	"math"
	"strings"

	"gazette/fonts"
	"gazette/layout/para"
)

// The 公文 preset sets body text on the character grid of GB/T 9704-2012
// §5.2.2 (版心 156 × 225 mm, 28 characters × 22 lines of 3号 仿宋) as
// Word's document grid does: every full-width character — punctuation
// included, neither compressed nor hanging — fills one cell of the line,
// measure/28 wide (15.79 pt for 16 pt type: the glyph is centred in it);
// a run of half-width characters (digits, Latin) takes its natural width
// rounded up to whole cells (set up to a tenth of a cell tighter rather
// than take one more), so that the characters after it stay on the grid. A line never holds more cells than the measure; the line-start and
// line-end rules (GB/T 15834) are kept by pushing a character to the next
// line, which leaves the line's last cell empty.

// gridCells is the number of cells of a line of size-pt type in measure:
// 28 for 16 pt in 156 mm.
func gridCells(measure, size float64) int {
	return max(1, int(math.Round(measure/size)))
}

// gridUnit is one unit of grid setting: a full-width character (one cell),
// or a run of half-width characters (whole cells), or a forced break.
type gridUnit struct {
	glyphs []para.Glyph // X relative to the unit's first cell
	cells  int
	text   string // the characters, for the line-start and line-end rules
	brk    bool   // a newline: the line ends after it
}

// gridSet sets spans on the grid of cell-wide cells in a line of measure
// pt, the first line indented by indent and the others by hang (both in
// whole cells, rounded from ems of size).
func gridSet(spans []para.Span, measure, indent, hang, size float64, set *fonts.Set) []para.Line {
	n := gridCells(measure, size)
	cell := measure / float64(n)
	units := gridUnits(spans, cell, set)
	var lines []para.Line
	first := true
	for len(units) > 0 || first {
		ind := int(math.Round(indent / size))
		if !first {
			ind = int(math.Round(hang / size))
		}
		room := max(1, n-ind)
		k, used := 0, 0
		for k < len(units) && (used+units[k].cells <= room || k == 0) {
			used += units[k].cells
			k++
			if units[k-1].brk {
				break
			}
		}
		k = keepRules(units, k)
		lines = append(lines, gridLine(units[:k], float64(ind)*cell, cell, size))
		units = units[k:]
		first = false
	}
	return lines
}

// keepRules moves the end of a line of units[:k] back so that the next
// line does not start with a mark that may not start a line and this one
// does not end with a mark that may not end one (GB/T 15834; the marks of
// package para's rules), never below one unit.
func keepRules(units []gridUnit, k int) int {
	if k >= len(units) || units[k-1].brk {
		return k
	}
	for j := k; j > 1; j-- {
		next, last := units[j].text, units[j-1].text
		if !startsClosing(next) && !endsOpening(last) {
			return j
		}
	}
	return k
}

// startsClosing reports whether s starts with a mark that may not start a
// line.
func startsClosing(s string) bool {
	for _, r := range s {
		return strings.ContainsRune("，。、；：？！）》」』】〕〗”’…—·,.;:?!)]}%", r)
	}
	return false
}

// endsOpening reports whether s ends with a mark that may not end a line.
func endsOpening(s string) bool {
	rs := []rune(s)
	return len(rs) > 0 && strings.ContainsRune("（《「『【〔〖“‘([{", rs[len(rs)-1])
}

// gridUnits splits the spans into grid units: each glyph of 0.9 em or
// wider one cell, runs of narrower glyphs together.
func gridUnits(spans []para.Span, cell float64, set *fonts.Set) []gridUnit {
	var out []gridUnit
	var run *gridUnit
	var runW float64
	flush := func() {
		if run != nil {
			// Whole cells, but a run a little wider than its cells (two
			// digits, 16 pt, in one 15.79 pt cell) is set a little tighter
			// instead of taking a cell more — by at most a tenth of a cell.
			run.cells = max(1, int(math.Ceil(runW/cell-0.1)))
			if room := float64(run.cells) * cell; runW > room {
				for i := range run.glyphs {
					run.glyphs[i].X *= room / runW
				}
			}
			out = append(out, *run)
			run, runW = nil, 0
		}
	}
	for _, sp := range spans {
		i := 0
		for _, r := range sp.Text {
			f, gid, _ := set.Lookup(sp.Style, r)
			adv := float64(f.Advance(gid)) * sp.Size / float64(f.UnitsPerEm)
			g := para.Glyph{Font: f, GID: gid, Text: string(r), Size: sp.Size, Rise: sp.Rise, Src: sp.Src + i}
			i++
			switch {
			case r == '\n':
				g.GID, g.X = f.GlyphIndex(' '), 0
				if run != nil {
					g.X = runW
					run.glyphs = append(run.glyphs, g)
					run.brk = true
					flush()
				} else {
					out = append(out, gridUnit{glyphs: []para.Glyph{g}, cells: 0, text: "\n", brk: true})
				}
			case adv >= 0.9*sp.Size:
				flush()
				g.X = (cell - adv) / 2
				out = append(out, gridUnit{glyphs: []para.Glyph{g}, cells: 1, text: g.Text})
			default:
				if run == nil {
					run = &gridUnit{}
				}
				g.X = runW
				runW += adv
				run.glyphs = append(run.glyphs, g)
				run.text += g.Text
				if r == ' ' {
					flush() // a line may break after a word space
				}
			}
		}
	}
	flush()
	return out
}

// gridLine places units from x0, each at its first cell.
func gridLine(units []gridUnit, x0, cell, size float64) para.Line {
	l := para.Line{Ascent: 0.88 * size, Descent: 0.12 * size}
	x := x0
	for _, u := range units {
		for _, g := range u.glyphs {
			g.X += x
			l.Glyphs = append(l.Glyphs, g)
		}
		x += float64(u.cells) * cell
	}
	l.Width = x
	return l
}

// gridAligned sets spans on the grid, each line centred (para.Center) or
// set flush right (para.Right) by whole cells — a line of 20 cells in 28
// starts at cell 4, or at cell 8 — so that centred and right-aligned
// body-size lines (the joint issuers under a title, a source line) stay on
// the grid too.
func gridAligned(spans []para.Span, measure, size float64, set *fonts.Set, align para.Align) []para.Line {
	n := gridCells(measure, size)
	cell := measure / float64(n)
	lines := gridSet(spans, measure, 0, 0, size, set)
	for i := range lines {
		free := max(0, n-int(math.Round(lines[i].Width/cell)))
		if align == para.Center {
			free /= 2
		}
		shift := float64(free) * cell
		for j := range lines[i].Glyphs {
			lines[i].Glyphs[j].X += shift
		}
		lines[i].Width += shift
	}
	return lines
}
