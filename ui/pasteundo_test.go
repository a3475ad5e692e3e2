package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestUndoLargePasteShowsItsPlace: 撤销 of a large paste shows the
// paragraph the text was pasted into, with the cursor in it, scrolled
// within the rows (not past their end, nor to the article's last block)
// and the scroll extent that of the rows as they are after it.
func TestUndoLargePasteShowsItsPlace(t *testing.T) {
	w := newTestWorkstation(t)
	_, row := openParagraph(t, w)
	w.Win.Resize(fyne.NewSize(1024, 640))
	en := w.Body.Entry(row)
	c := w.Win.Canvas()
	c.Focus(en)
	en.CursorRow, en.CursorColumn = 0, 5
	text := pasteText(60, 40)
	fyne.CurrentApp().Clipboard().SetContent(text)
	en.TypedShortcut(&fyne.ShortcutPaste{Clipboard: fyne.CurrentApp().Clipboard()})
	w.Body.WaitPaste()
	if w.Body.Rows() < row+60 {
		t.Fatalf("%d rows after the paste", w.Body.Rows())
	}

	w.undo()
	e := w.Body
	if got := e.focusedRow(); got != row {
		t.Errorf("after 撤销 the cursor is in row %d, want %d (the paste's)", got, row)
	}
	view := e.scroll.Size().Height
	content := e.blocks.MinSize().Height
	if h := e.scroll.Content.Size().Height; h < content || h > max(content, view)+1 {
		t.Errorf("the scroll's content is %v high, the rows %v", h, content)
	}
	off := e.scroll.Offset.Y
	if limit := max(content-view, 0); off > limit+1 {
		t.Errorf("scrolled to %v, past the end of the rows (at most %v)", off, limit)
	}
	y := e.blocks.Objects[row].Position().Y
	if y < off || y >= off+view {
		t.Errorf("the paste's row is at %v, the view shows %v to %v", y, off, off+view)
	}
}

// TestPasteProgressIsLaidOut: the progress display of a large paste is
// shown with a size above the rows while the paste goes on (it was made
// visible with none), and gives the room back when it is done.
func TestPasteProgressIsLaidOut(t *testing.T) {
	w := newTestWorkstation(t)
	_, row := openParagraph(t, w)
	rowsAt := w.Body.scroll.Position().Y
	var heights []float32
	w.Body.paste.onStep = func(int) { heights = append(heights, w.Body.paste.box.Size().Height) }
	en := w.Body.Entry(row)
	w.Win.Canvas().Focus(en)
	fyne.CurrentApp().Clipboard().SetContent(pasteText(60, 40))
	en.TypedShortcut(&fyne.ShortcutPaste{Clipboard: fyne.CurrentApp().Clipboard()})
	w.Body.WaitPaste()
	if len(heights) < 2 || heights[1] <= 0 {
		t.Errorf("the progress display's heights while pasting: %v", heights)
	}
	if got := w.Body.scroll.Position().Y; w.Body.paste.box.Visible() || got != rowsAt {
		t.Errorf("after the paste the progress is shown %v and the rows start at %v, want %v", w.Body.paste.box.Visible(), got, rowsAt)
	}
}
