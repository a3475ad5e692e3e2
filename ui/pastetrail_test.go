package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"

	"gazette/gazette"
)

// emptyParagraphs counts the article's paragraphs with no text.
func emptyParagraphs(a *gazette.Article) int {
	n := 0
	gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) {
		if b.Type == gazette.BlockParagraph && strings.TrimSpace(b.Text()) == "" {
			n++
		}
	})
	return n
}

// TestPasteEndingInLineBreak: a text pasted with the line breaks it ends
// with (and blank lines among them) — short, through the entry, or large,
// in chunks — at the end or in the middle of a paragraph leaves no empty
// paragraph, and every other character of it is in the article in place.
func TestPasteEndingInLineBreak(t *testing.T) {
	large := pasteText(30, 40)
	cases := []struct {
		name, text string
		atEnd      bool
		lines      int // the paragraphs of the text
	}{
		{"short at end, CR LF", "新增的一句话。\r\n", true, 1},
		{"short at end, LF and a blank line", "第一段。\n第二段。\n \n", true, 2},
		{"short in the middle", "插入的字。\n\n", false, 1},
		{"large at end", large + "\r\n\r\n", true, 30},
		{"large in the middle", large + "\n　\n", false, 30},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newTestWorkstation(t)
			id, row := openParagraph(t, w)
			a, _ := w.Ctl.Issue().Article(id)
			beforeText, beforeBlocks := bodyText(a)
			beforeEmpty := emptyParagraphs(a)
			r := w.Body.rows[row]
			prefix, _ := bodyText(&gazette.Article{Blocks: a.Blocks[:r.path[0]]})
			at := 3
			if c.atEnd {
				at = utf8.RuneCountInString(r.text())
			}
			en := r.pieces[len(r.pieces)-1].entry
			w.Win.Canvas().Focus(en)
			if len(r.pieces) != 1 {
				t.Fatalf("the paragraph is shown in %d pieces", len(r.pieces))
			}
			selectRunes(&en.Entry, shownOffset([]rune(en.Text), at), shownOffset([]rune(en.Text), at))
			fyne.CurrentApp().Clipboard().SetContent(c.text)
			en.TypedShortcut(&fyne.ShortcutPaste{Clipboard: fyne.CurrentApp().Clipboard()})
			w.Body.WaitPaste()

			a, _ = w.Ctl.Issue().Article(id)
			got, blocks := bodyText(a)
			plain := strings.NewReplacer("\r", "", "\n", "").Replace(strings.TrimRight(c.text, "\r\n 　"))
			k := utf8.RuneCountInString(prefix) + at
			want := string([]rune(beforeText)[:k]) + plain + string([]rune(beforeText)[k:])
			if got != want {
				t.Errorf("the article's text is not the text before with the paste in place:\n got %.80q…\nwant %.80q…", got[len(prefix):], want[len(prefix):])
			}
			if blocks != beforeBlocks+c.lines-1 {
				t.Errorf("%d blocks after the paste, want %d", blocks, beforeBlocks+c.lines-1)
			}
			if n := emptyParagraphs(a); n != beforeEmpty {
				t.Errorf("%d empty paragraphs after the paste, %d before", n, beforeEmpty)
			}
		})
	}
}

// TestLargePasteCursorInWrappedRow: after a large paste whose last line
// wraps over several rows of its entry, the cursor is after the text
// pasted — as the entry counts it, a row and a column within that row
// (a column past its row's end drew the caret elsewhere).
func TestLargePasteCursorInWrappedRow(t *testing.T) {
	w := newTestWorkstation(t)
	w.Win.Resize(fyne.NewSize(1024, 640))
	_, row := openParagraph(t, w)
	en := w.Body.Entry(row)
	w.Win.Canvas().Focus(en)
	selectRunes(&en.Entry, 5, 5)
	lastLine := strings.Repeat("截至2020年底PM2.5浓度下降5%，", 7) // 140 characters, under a chunk
	fyne.CurrentApp().Clipboard().SetContent(pasteText(30, 40) + "\n" + lastLine)
	en.TypedShortcut(&fyne.ShortcutPaste{Clipboard: fyne.CurrentApp().Clipboard()})
	w.Body.WaitPaste()

	last := w.Body.rows[row+30]
	f, ok := w.Win.Canvas().Focused().(*blockEntry)
	if !ok || !last.holdsFocus(f) {
		t.Fatalf("the cursor is not in the row of the paste's last line")
	}
	starts := rowStarts(&f.Entry)
	if len(starts) < 2 {
		t.Fatalf("the last line is shown in %d row(s); the test needs it wrapped", len(starts))
	}
	if f.CursorRow >= len(starts) {
		t.Fatalf("the cursor is in row %d of %d", f.CursorRow, len(starts))
	}
	if end := starts[min(f.CursorRow+1, len(starts)-1)]; f.CursorRow+1 < len(starts) && starts[f.CursorRow]+f.CursorColumn > end {
		t.Errorf("the cursor is at column %d of row %d, which ends %d characters in", f.CursorColumn, f.CursorRow, end-starts[f.CursorRow])
	}
	if got := last.modelOffset(0, f.CursorTextOffset()); got != utf8.RuneCountInString(lastLine) {
		t.Errorf("the cursor is %d characters into the block, want %d", got, utf8.RuneCountInString(lastLine))
	}
}
