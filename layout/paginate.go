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
	cols [][]placed
}

// paginator breaks the body flow into columns and pages.
type paginator struct {
	g        geometry
	overset  []*box // boxes taller than a column, placed anyway
	findings []Finding
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
	start := i
	for i < len(boxes) {
		b := boxes[i]
		if b.newPage && i > start {
			return col, i
		}
		by := y
		if b.grid {
			by = snap(y, pg.g.pitch)
		}
		if by+b.h > H+0.01 {
			if b.discard {
				// space at the foot of a column ends it
				return col, i + 1
			}
			if lastBreak >= 0 {
				n := lastBreak + 1
				return col[:n], start + n - rep
			}
			if len(col) == rep {
				// nothing placed yet: the box is taller than the column
				col = append(col, placed{b: b, y: by})
				pg.overset = append(pg.overset, b)
				return col, i + 1
			}
			return col, i
		}
		col = append(col, placed{b: b, y: by})
		y = by + b.h
		if !b.keep && !b.discard {
			lastBreak = len(col) - 1
		}
		i++
	}
	return col, i
}

// paginate breaks the flow into pages of g.columns columns. Columns of the
// last page before a new document (and of the last page) are balanced.
func (pg *paginator) paginate(boxes []*box) []flowPage {
	var pages []flowPage
	H := pg.g.blockH
	i := 0
	for i < len(boxes) {
		start := i
		var fp flowPage
		for c := 0; c < pg.g.columns && i < len(boxes); c++ {
			if c > 0 && boxes[i].newPage {
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
			fp = pg.balance(boxes[start:i], fp)
		}
		pages = append(pages, fp)
	}
	return pages
}

// balance refills the boxes of a document's last page into columns of equal
// height: the shortest column height, in grid steps, that still holds them
// all in the page's columns.
func (pg *paginator) balance(boxes []*box, fp flowPage) flowPage {
	total := 0.0
	for _, b := range boxes {
		total += b.h
	}
	H := pg.g.blockH
	for h := snap(total/float64(pg.g.columns), pg.g.pitch); h < H; h += pg.g.pitch {
		var out flowPage
		i := 0
		save := len(pg.overset)
		for c := 0; c < pg.g.columns && i < len(boxes); c++ {
			col, next := pg.fill(boxes, i, h)
			if next == i {
				break
			}
			out.cols = append(out.cols, col)
			i = next
		}
		if i >= len(boxes) && len(pg.overset) == save {
			return out
		}
		pg.overset = pg.overset[:save]
	}
	return fp
}
