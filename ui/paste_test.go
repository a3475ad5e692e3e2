package ui

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"

	"gazette/gazette"
)

// bodyText is the text of an article's blocks, one after another.
func bodyText(a *gazette.Article) (string, int) {
	var b strings.Builder
	n := 0
	gazette.WalkBlocks(a.Blocks, func(bl *gazette.Block) {
		b.WriteString(bl.Text())
		n++
	})
	return b.String(), n
}

// pasteText is a text of lines paragraphs, each marked with its number
// and about per characters long.
func pasteText(lines, per int) string {
	var b strings.Builder
	for i := range lines {
		if i > 0 {
			b.WriteString("\r\n")
		}
		line := fmt.Sprintf("〔第%d段〕", i+1) + strings.Repeat("各地区各部门要结合实际认真贯彻执行。", per/18+1)
		b.WriteString(string([]rune(line)[:per]))
	}
	return b.String()
}

// openParagraph shows the first article in 正文编辑 and returns its ID
// and the index of its first paragraph row.
func openParagraph(t testing.TB, w *Workstation) (string, int) {
	var id string
	w.Ctl.Issue().Articles(func(_, _ int, a *gazette.Article) bool { id = a.ID; return false })
	w.Composer.SelectArticle(id)
	w.Select(TabBody)
	for i, r := range w.Body.rows {
		if r.soft && len(r.pieces) == 1 && utf8.RuneCountInString(r.text()) > 10 {
			return id, i
		}
	}
	t.Fatal("the first article has no paragraph of more than 10 characters")
	return "", 0
}

// TestLargePasteInChunks: a paste of 20,000 characters (400 paragraphs)
// into the middle of a paragraph goes into the article whole, each
// character once and in its place; the rows are built in chunks under a
// progress display in words; the cursor ends after the text pasted; one
// 撤销 takes the whole paste back.
func TestLargePasteInChunks(t *testing.T) {
	w := newTestWorkstation(t)
	id, row := openParagraph(t, w)
	a, _ := w.Ctl.Issue().Article(id)
	beforeText, beforeBlocks := bodyText(a)
	r := w.Body.rows[row]
	para := r.text()
	prefix, _ := bodyText(&gazette.Article{Blocks: a.Blocks[:r.path[0]]})

	const lines = 400
	text := pasteText(lines, 50)
	if n := utf8.RuneCountInString(text); n < 20000 {
		t.Fatalf("the paste is %d characters", n)
	}
	var steps []int
	var shown []string
	w.Body.paste.onStep = func(p int) {
		steps = append(steps, p)
		shown = append(shown, w.Body.paste.label.Text)
	}
	en := w.Body.Entry(row)
	c := w.Win.Canvas()
	c.Focus(en)
	en.CursorRow, en.CursorColumn = 0, 5
	fyne.CurrentApp().Clipboard().SetContent(text)
	en.TypedShortcut(&fyne.ShortcutPaste{Clipboard: fyne.CurrentApp().Clipboard()})
	w.Body.WaitPaste()

	a, _ = w.Ctl.Issue().Article(id)
	got, blocks := bodyText(a)
	plain := strings.ReplaceAll(text, "\r\n", "")
	at := utf8.RuneCountInString(prefix) + 5
	want := string([]rune(beforeText)[:at]) + plain + string([]rune(beforeText)[at:])
	if got != want {
		t.Fatalf("after the paste the article has %d characters, want %d (text not conserved)", utf8.RuneCountInString(got), utf8.RuneCountInString(want))
	}
	for i := range lines {
		if k := strings.Count(got, fmt.Sprintf("〔第%d段〕", i+1)); k != 1 {
			t.Fatalf("paragraph %d of the paste is in the article %d times", i+1, k)
		}
	}
	if blocks != beforeBlocks+lines-1 || w.Body.Rows() != blocks {
		t.Errorf("%d blocks and %d rows after the paste, want %d", blocks, w.Body.Rows(), beforeBlocks+lines-1)
	}
	if len(steps) < 3 || steps[0] != 0 || steps[len(steps)-1] != 100 || !strings.HasPrefix(shown[1], "正在粘贴… ") {
		t.Errorf("progress shown: %v %q", steps, shown)
	}
	if w.Body.paste.box.Visible() {
		t.Error("the progress display stays after the paste")
	}
	last := w.Body.Entry(row + lines - 1)
	if c.Focused() != fyne.Focusable(last) || last.CursorColumn != 50 {
		t.Errorf("the cursor is not after the text pasted (focused %T, column %d)", c.Focused(), last.CursorColumn)
	}
	if !strings.HasSuffix(withoutSoftBreaks(last.Text), string([]rune(para)[5:])) {
		t.Error("the rest of the paragraph is not after the text pasted")
	}

	if got := w.Ctl.CanUndo(); got != undoPaste {
		t.Fatalf("the undo step is %q, want %q", got, undoPaste)
	}
	if _, err := w.Ctl.Undo(); err != nil {
		t.Fatal(err)
	}
	a, _ = w.Ctl.Issue().Article(id)
	if got, n := bodyText(a); got != beforeText || n != beforeBlocks {
		t.Error("one 撤销 did not take the whole paste back")
	}
	if saved, _ := mustSaved(t, w).Article(id); saved == nil {
		t.Fatal("the article is gone from the store")
	} else if got, _ := bodyText(saved); got != beforeText {
		t.Error("the store does not hold the text from before the paste after 撤销")
	}
}

// TestSmallPasteThroughEntry: a paste shorter than largePaste is the
// entry's own; its CR LF line ends split the paragraph, no CR kept.
func TestSmallPasteThroughEntry(t *testing.T) {
	w := newTestWorkstation(t)
	id, row := openParagraph(t, w)
	a, _ := w.Ctl.Issue().Article(id)
	_, before := bodyText(a)
	en := w.Body.Entry(row)
	w.Win.Canvas().Focus(en)
	en.CursorRow, en.CursorColumn = 0, 0
	fyne.CurrentApp().Clipboard().SetContent("插入的字\r\n另起一段")
	en.TypedShortcut(&fyne.ShortcutPaste{Clipboard: fyne.CurrentApp().Clipboard()})
	w.Body.WaitPaste()
	a, _ = w.Ctl.Issue().Article(id)
	got, n := bodyText(a)
	if !strings.Contains(got, "插入的字另起一段") || strings.Contains(got, "\r") || n != before+1 || w.Body.paste.box.Visible() {
		t.Errorf("a short paste of two lines: %d blocks (want %d), CR kept %v", n, before+1, strings.Contains(got, "\r"))
	}
}

// TestLargePasteIntoLongParagraph: in a paragraph shown in pieces (each an
// entry, with soft line breaks), the paste goes in at the cursor of the
// piece it is in, counted in the paragraph's own text.
func TestLargePasteIntoLongParagraph(t *testing.T) {
	w := newTestWorkstation(t)
	var id string
	w.Ctl.Issue().Articles(func(_, _ int, a *gazette.Article) bool { id = a.ID; return false })
	long := strings.Repeat("各地各部门要认真贯彻落实本通知精神，加强组织领导。", 120) // 3,000 characters
	w.Ctl.Edit(func(is *gazette.Issue) error {
		a, _ := is.Article(id)
		a.Blocks = append([]gazette.Block{gazette.Paragraph(long)}, a.Blocks...)
		return nil
	})
	w.Composer.SelectArticle(id)
	w.Select(TabBody)
	r := w.Body.rows[0]
	if len(r.pieces) < 2 {
		t.Fatalf("a paragraph of 3,000 characters is shown in %d piece(s)", len(r.pieces))
	}
	en := r.pieces[1].entry
	w.Win.Canvas().Focus(en)
	en.CursorRow, en.CursorColumn = 0, 3 // 3 characters into the second piece
	at := utf8.RuneCountInString(withoutSoftBreaks(r.pieces[0].entry.Text)) + 3
	text := pasteText(1, 1500)
	fyne.CurrentApp().Clipboard().SetContent(text)
	en.TypedShortcut(&fyne.ShortcutPaste{Clipboard: fyne.CurrentApp().Clipboard()})
	w.Body.WaitPaste()

	a, _ := w.Ctl.Issue().Article(id)
	want := string([]rune(long)[:at]) + text + string([]rune(long)[at:])
	if got := a.Blocks[0].Text(); got != want {
		t.Fatalf("the paste went in at %d, want %d", strings.Index(got, "〔第1段〕"), len(string([]rune(long)[:at])))
	}
}
