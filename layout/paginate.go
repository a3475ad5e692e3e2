package layout

import "math"

// placed is a box at its place in a column: y is the box's top from the top
// of the text block.
type placed struct {
	b *box
	y float64
}

// flowPage is one page of the body flow, before it becomes a Page.
type flowPage struct {
	// band is what spans all columns at the top of the page (a document's
	// head in two columns); the columns start bandH below the block's top.
	band  []placed
	bandH float64
	cols  [][]placed
}

// boxes calls fn for every placed box of the page, band first; y is from
// the top of the text block.
func (fp *flowPage) each(fn func(col int, p placed, y float64)) {
	for _, p := range fp.band {
		fn(-1, p, p.y)
	}
	for c, col := range fp.cols {
		for _, p := range col {
			fn(c, p, fp.bandH+p.y)
		}
	}
}

// paginator breaks the body flow into columns and pages.
type paginator struct {
	g       geometry
	overset []*box // boxes taller than a column, placed anyway
	forced  []*box // boxes a column broke before against a keep
}

// snap rounds y up to the next line of the body grid, so that body lines of
// facing pages and of both columns align (house style: keep body lines on the
// grid; headings, titles and tables may leave it and return).
func snap(y, pitch float64) float64 {
	return math.Ceil(y/pitch-1e-6) * pitch
}

// fill places boxes from i into one column of height H and returns them with
// the index of the first box left over. It breaks only after a box without
// keep; when none is found in the column it breaks where the column is full
// (a kept group taller than a column), and a single box taller than the
// column is placed alone (overset).
func (pg *paginator) fill(boxes []*box, i int, H float64) ([]placed, int) {
	var col []placed
	y := 0.0
	lastBreak := -1 // index in col after which a break is allowed
	// At the top of a column, drop discardable space.
	for i < len(boxes) && boxes[i].discard && !boxes[i].newPage {
		i++
	}
	// A continued table repeats its header rows.
	if i < len(boxes) && boxes[i].table != nil && !boxes[i].header && len(boxes[i].table.headers) > 0 {
		for _, h := range boxes[i].table.headers {
			col = append(col, placed{b: h, y: y})
			y += h.h
		}
	}
	rep := len(col)
	first := i
	content := false // whether anything with height was placed
	for i < len(boxes) {
		b := boxes[i]
		if b.newPage && content {
			return col, i
		}
		by := y
		if b.grid {
			by = snap(y, pg.g.pitch)
		}
		if by+b.h > H+0.01 {
			if b.discard && !keptBefore(col) {
				// space at the foot of a column ends it
				return col, i + 1
			}
			if lastBreak >= 0 {
				n := lastBreak + 1
				return col[:n], first + n - rep
			}
			if len(col) == rep {
				// nothing placed yet: the box is taller than the column
				col = append(col, placed{b: b, y: by})
				pg.overset = append(pg.overset, b)
				return col, i + 1
			}
			// a kept group taller than the column: break inside it
			pg.forced = append(pg.forced, b)
			return col, i
		}
		col = append(col, placed{b: b, y: by})
		y = by + b.h
		content = content || (b.h > 0 && !b.discard)
		if !b.keep && !b.discard {
			lastBreak = len(col) - 1
		}
		i++
	}
	return col, i
}

// keptBefore reports whether the last box placed in a column is kept with
// what follows (a heading, a title): space after it that does not fit must
// not end the column there, or the heading would end it (docs/typesetting.md §4;
// clreq §3.5: a heading is never left at the foot of a column). The column
// then breaks at its last allowed break instead.
func keptBefore(col []placed) bool {
	return len(col) > 0 && col[len(col)-1].b.keep && !col[len(col)-1].b.discard
}

// paginate breaks the flow into pages of g.columns columns. Columns of the
// last page before a new document (and of the last page) are balanced.
func (pg *paginator) paginate(boxes []*box) []flowPage {
	var pages []flowPage
	i := 0
	for i < len(boxes) {
		var fp flowPage
		if pg.g.columns > 1 {
			i = pg.band(boxes, i, &fp)
		}
		H := pg.g.blockH - fp.bandH
		start := i
		for c := 0; c < pg.g.columns && i < len(boxes); c++ {
			if (c > 0 || len(fp.band) > 0) && boxes[i].newPage && i > start {
				break
			}
			col, next := pg.fill(boxes, i, H)
			if next == i { // no progress: force one box
				col = append(col, placed{b: boxes[i]})
				next = i + 1
			}
			fp.cols = append(fp.cols, col)
			i = next
		}
		if pg.g.columns > 1 && (i >= len(boxes) || boxes[i].newPage) {
			fp.cols = pg.balance(boxes[start:i], fp.cols, H)
		}
		pages = append(pages, fp)
	}
	return pages
}

// band takes the spanning boxes at i (a document's head) for the top of
// the page and returns the index after them. The band's height is rounded
// up to the body grid so that the columns' lines stay on it.
func (pg *paginator) band(boxes []*box, i int, fp *flowPage) int {
	y := 0.0
	for i < len(boxes) && boxes[i].span && (len(fp.band) == 0 || !boxes[i].newPage) {
		b := boxes[i]
		by := y
		if b.grid {
			by = snap(y, pg.g.pitch)
		}
		fp.band = append(fp.band, placed{b: b, y: by})
		y = by + b.h
		i++
	}
	fp.bandH = snap(y, pg.g.pitch)
	if fp.bandH > pg.g.blockH-2*pg.g.pitch && len(fp.band) > 0 {
		pg.overset = append(pg.overset, fp.band[len(fp.band)-1].b)
	}
	return i
}

// balance refills the boxes of a document's last page into columns of equal
// height: the shortest column height, in grid steps, that still holds them
// all in the page's columns.
func (pg *paginator) balance(boxes []*box, cols [][]placed, H float64) [][]placed {
	total := 0.0
	for _, b := range boxes {
		total += b.h
	}
	for h := snap(total/float64(pg.g.columns), pg.g.pitch); h < H; h += pg.g.pitch {
		var out [][]placed
		i := 0
		save, saveF := len(pg.overset), len(pg.forced)
		for c := 0; c < pg.g.columns && i < len(boxes); c++ {
			col, next := pg.fill(boxes, i, h)
			if next == i {
				break
			}
			out = append(out, col)
			i = next
		}
		// A height at which a column breaks against a keep (a widow, a
		// heading at the foot) is no balance: try a taller one.
		clean := len(pg.forced) == saveF
		pg.overset, pg.forced = pg.overset[:save], pg.forced[:saveF]
		if i >= len(boxes) && clean {
			return out
		}
	}
	return cols
}
