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
