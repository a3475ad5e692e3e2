package ui

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// A find hit is shown as the found text selected in its entry. An
// entry's cursor is a row and column of its wrapped rows, not an offset in
// its text; offsets in the text are runes, and a long paragraph's entries
// show it with soft line breaks (softbreaks.go), so the offset found in
// the block's text is first taken to the entry and offset it shows.

// selectHit selects occurrence n (from 0, in reading order) of q in row i
// — in the piece of a paragraph that holds it, or in its table cell —
// puts the cursor there and scrolls it into view. It falls back to
// focusRow when the row shows it in no entry that can take the cursor.
func (e *BodyEditor) selectHit(i int, q string, n int) {
	if i < 0 || i >= len(e.rows) || q == "" {
		e.focusRow(i)
		return
	}
	w, en, from, to := e.rows[i].locate(q, n)
	if en == nil || en.Disabled() {
		e.focusRow(i)
		return
	}
	e.w.Win.Canvas().Focus(w) // a drawn entry goes live: its rows are wrapped at its width
	selectRunes(en, from, to)
	if i < len(e.blocks.Objects) {
		y := e.blocks.Objects[i].Position().Y + offsetIn(e.blocks.Objects[i], w).Y + en.CursorPosition().Y
		e.scroll.ScrollToOffset(fyne.NewPos(0, max(y-e.scroll.Size().Height/3, 0)))
	}
}

// locate returns the entry of the row that shows occurrence n (from 0) of
// q — counted as strings.Count counts, through the paragraph's text and
// then its cells — and the rune offsets [from, to) of it in the entry's
// text (soft breaks counted; a hit running on into the next piece is cut
// at its end).
func (r *blockRow) locate(q string, n int) (w focusWidget, en *widget.Entry, from, to int) {
	if r.entry != nil {
		text := r.text()
		if at := nthIndex(text, q, &n); at >= 0 {
			if !r.soft {
				from = utf8.RuneCountInString(text[:at])
				return r.entry, &r.entry.Entry, from, from + utf8.RuneCountInString(q)
			}
			start := utf8.RuneCountInString(text[:at])
			end := start + utf8.RuneCountInString(q)
			for _, pc := range r.pieces {
				n := utf8.RuneCountInString(withoutSoftBreaks(pc.entry.Text))
				if start < n {
					shown := []rune(pc.entry.Text)
					return pc.entry, &pc.entry.Entry, shownOffset(shown, start), shownOffset(shown, min(end, n))
				}
				start, end = start-n, end-n
			}
		}
	}
	for _, line := range r.cells {
		for _, c := range line {
			if at := nthIndex(c.Text, q, &n); at >= 0 {
				from = utf8.RuneCountInString(c.Text[:at])
				return c, &c.Entry, from, from + utf8.RuneCountInString(q)
			}
		}
	}
	return nil, nil, 0, 0
}

// nthIndex returns the byte offset in s of occurrence *n (from 0) of q,
// counting occurrences as strings.Count does (they do not overlap), or -1
// and *n less the occurrences s holds.
func nthIndex(s, q string, n *int) int {
	at := 0
	for {
		k := strings.Index(s[at:], q)
		if k < 0 {
			return -1
		}
		if *n == 0 {
			return at + k
		}
		*n--
		at += k + len(q)
	}
}

// focusWidget is an entry of the editor: it takes the cursor.
type focusWidget interface {
	fyne.Focusable
	fyne.CanvasObject
}

// shownOffset is the offset in shown (an entry's text with soft breaks)
// of the character at offset k of the text without them.
func shownOffset(shown []rune, k int) int {
	for i, c := range shown {
		if c == '\n' {
			continue
		}
		if k == 0 {
			return i
		}
		k--
	}
	return len(shown)
}

// rowStarts returns the text offset at which each of the entry's wrapped
// rows starts (the entry's own mapping, read through CursorTextOffset).
func rowStarts(en *widget.Entry) []int {
	row, col := en.CursorRow, en.CursorColumn
	defer func() { en.CursorRow, en.CursorColumn = row, col }()
	starts := []int{0}
	for r := 1; ; r++ {
		en.CursorRow, en.CursorColumn = r, 0
		at := en.CursorTextOffset() // the column itself when there is no row r
		if at <= starts[len(starts)-1] {
			return starts
		}
		starts = append(starts, at)
	}
}

// rowCol is the row and column of text offset at: in the last row that
// starts at or before it.
func rowCol(starts []int, at int) (row, col int) {
	for r, s := range starts {
		if s <= at {
			row = r
		}
	}
	return row, at - starts[row]
}

// selectRunes selects the text of the entry from rune offset from to to,
// the cursor at its end, as Shift and → would: the entry has no other way
// to set its selection.
func selectRunes(en *widget.Entry, from, to int) {
	if en.SelectedText() != "" {
		// A selection left from the hit before would be extended:
		// ← without Shift drops it.
		en.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	}
	starts := rowStarts(en)
	en.CursorRow, en.CursorColumn = rowCol(starts, from)
	if to <= from {
		en.Refresh()
		return
	}
	shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	en.KeyDown(shift)
	// The cursor goes before the last character of the selection; → takes
	// it past it, in the row that character is in.
	en.CursorRow, en.CursorColumn = rowCol(starts, to-1)
	en.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	en.KeyUp(shift)
}

// offsetIn is the position of target inside o, down its containers (zero
// when o does not hold it).
func offsetIn(o, target fyne.CanvasObject) fyne.Position {
	if o == target {
		return fyne.Position{}
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, k := range c.Objects {
			if holds(k, target) {
				return k.Position().Add(offsetIn(k, target))
			}
		}
	}
	return fyne.Position{}
}

// holdsFocus reports whether f is one of the row's entries.
func (r *blockRow) holdsFocus(f fyne.Focusable) bool {
	for _, pc := range r.pieces {
		if fyne.Focusable(pc.entry) == f {
			return true
		}
	}
	if r.entry != nil && fyne.Focusable(r.entry) == f {
		return true
	}
	for _, line := range r.cells {
		for _, c := range line {
			if fyne.Focusable(c) == f {
				return true
			}
		}
	}
	return false
}
