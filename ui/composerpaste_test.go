package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"gazette/importer"
)

// openPasteDialog opens 粘贴文章 on the 编排 screen.
func openPasteDialog(t *testing.T, w *Workstation) *PasteDialog {
	t.Helper()
	w.Select(TabCompose)
	test.Tap(w.Composer.PasteBtn)
	p := w.Composer.LastPaste
	if p == nil || w.Win.Canvas().Overlays().Top() == nil {
		t.Fatal("粘贴… opened no dialog")
	}
	return p
}

// longestEntry is the length in characters of the longest text of an
// entry in the top dialog.
func longestEntry(w *Workstation) int {
	n := 0
	for _, o := range test.LaidOutObjects(w.Win.Canvas().Overlays().Top()) {
		var text string
		switch e := o.(type) {
		case *widget.Entry:
			text = e.Text
		case *pasteEntry:
			text = e.Text
		}
		n = max(n, utf8.RuneCountInString(text))
	}
	return n
}

// TestComposerPasteLarge pastes 60,000 characters of real documents
// through 从剪贴板粘贴: no entry is given the text (the preview shows its
// size), 导入 returns to the window before the text is read (the work
// waits for the tap to return, which it could not if it ran on the UI
// goroutine), the 11 documents pasted become 11 articles with the titles
// of the corpus's ground truth, every character ends in the articles or in
// the import's list of removed lines, the warnings name their lines, and
// one 撤销 takes the whole paste back.
func TestComposerPasteLarge(t *testing.T) {
	w := newNextIssue(t)
	text, titles := corpusPaste(t, 60000)
	if len(titles) != 11 {
		t.Fatalf("60,000 characters of the corpus are %d documents, not the 11 this test pastes", len(titles))
	}
	fyne.CurrentApp().Clipboard().SetContent(text)
	p := openPasteDialog(t, w)
	test.Tap(p.FromClipboard)
	if n := longestEntry(w); n >= largePaste {
		t.Fatalf("an entry of the dialog holds %d characters of the paste", n)
	}
	if p.Text() != text {
		t.Fatal("the dialog does not hold the clipboard's text")
	}
	if want := thousands(utf8.RuneCountInString(text)) + " 个字符"; !p.box.Visible() || p.scroll.Visible() || !strings.Contains(p.Size.Text, want) {
		t.Errorf("the size note %q does not say %q", p.Size.Text, want)
	}
	if first := strings.SplitN(text, "\n", 2)[0]; !strings.Contains(p.Preview.Text, strings.TrimSpace(first)) {
		t.Errorf("the preview %q does not show the first line %q", p.Preview.Text, first)
	}

	tapReturned, release := make(chan struct{}), make(chan struct{})
	var stages []string
	blocked := false
	w.Composer.onPasteStage = func(stage string) {
		stages = append(stages, stage)
		if stage != pasteParsing {
			return
		}
		select {
		case <-tapReturned:
		case <-time.After(10 * time.Second):
			blocked = true // the tap did not return while the text was being read
			return
		}
		<-release
	}
	tapDialogButton(t, w, "导入")
	close(tapReturned)
	if got := dialogText(w); !strings.Contains(got, pasteParsing) {
		t.Errorf("while the text is read the window shows %q, not the stage %q", got, pasteParsing)
	}
	if n := w.Ctl.Issue().ArticleCount(); n != 0 {
		t.Errorf("%d articles before the text was read", n)
	}
	close(release)
	w.Ctl.Wait()
	if blocked {
		t.Fatal("导入 held the UI goroutine while the text was read")
	}
	if strings.Join(stages, "|") != pasteParsing+"|"+pastePlacing {
		t.Errorf("stages %q", stages)
	}
	if warn := dialogText(w); !regexp.MustCompile(importer.PasteName + `:\d+: `).MatchString(warn) {
		t.Errorf("the warnings do not name their lines: %q", warn)
	}

	is := mustSaved(t, w)
	if is.ArticleCount() != len(titles) {
		t.Fatalf("%d articles after pasting %d documents", is.ArticleCount(), len(titles))
	}
	var out strings.Builder
	found := map[string]int{}
	for _, s := range is.Sections {
		for i := range s.Articles {
			out.WriteString(importer.ArticleText(&s.Articles[i]))
			found[strings.Join(strings.Fields(s.Articles[i].Title), "")]++
		}
	}
	for _, title := range titles {
		if found[title] != 1 {
			t.Errorf("the pasted document %q is %d times among the articles %v", title, found[title], found)
		}
	}
	_, rep, err := importer.ParseDocuments(importer.PasteName, text)
	if err != nil {
		t.Fatal(err)
	}
	if lost, _ := importer.Balance(text, out.String(), rep.RemovedText()); lost != 0 {
		t.Errorf("%d characters of the paste are neither in the articles nor removed: %s", lost, importer.Missing(text, out.String(), rep.RemovedText()))
	}

	label, err := w.Ctl.Undo()
	if err != nil {
		t.Fatal(err)
	}
	if label != undoImport {
		t.Errorf("the undo step is %q, want %q", label, undoImport)
	}
	if n := mustSaved(t, w).ArticleCount(); n != 0 {
		t.Errorf("one 撤销 left %d articles", n)
	}
}

// TestComposerPasteByHand types a short text into the dialog's entry and
// imports it; a large Ctrl+V into the entry becomes the preview, and
// 清除，改为手工输入 goes back to the entry.
func TestComposerPasteByHand(t *testing.T) {
	w := newNextIssue(t)
	p := openPasteDialog(t, w)
	clip := fyne.CurrentApp().Clipboard()
	clip.SetContent(strings.Repeat("第一条　为了规范管理，制定本办法。\n", 100))
	p.Entry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if p.Entry.Text != "" || !p.box.Visible() || p.Text() != clip.Content() {
		t.Fatalf("a large Ctrl+V went into the entry (%d characters) or not to the preview", utf8.RuneCountInString(p.Entry.Text))
	}
	test.Tap(p.Manual)
	if p.Text() != "" || p.box.Visible() || !p.scroll.Visible() {
		t.Fatal("清除 did not go back to an empty entry")
	}
	clip.SetContent("关于公布某事项的通知\n")
	p.Entry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	test.Type(p.Entry, "某府字〔2020〕41号\n各县（区）人民政府：\n现将有关事项通知如下。\n")
	if !strings.Contains(p.Text(), "通知\n某府字") {
		t.Fatalf("typed text %q", p.Text())
	}
	tapDialogButton(t, w, "导入")
	w.Ctl.Wait()
	is := mustSaved(t, w)
	if is.ArticleCount() != 1 || is.Sections[0].Articles[0].DocNumber != "某府字〔2020〕41号" {
		t.Fatalf("the typed article was not added: %d articles", is.ArticleCount())
	}
}

// TestComposerPasteErrors: an empty clipboard and an oversized text are
// refused in Chinese, naming the pasted text, and change nothing.
func TestComposerPasteErrors(t *testing.T) {
	w := newNextIssue(t)
	p := openPasteDialog(t, w)
	fyne.CurrentApp().Clipboard().SetContent(" \n")
	test.Tap(p.FromClipboard)
	if got := dialogText(w); !strings.Contains(got, "剪贴板里没有文字") {
		t.Errorf("an empty clipboard says %q", got)
	}
	if err := w.Composer.Paste(strings.Repeat("字", importer.MaxTextBytes/3+1)); err != nil {
		t.Fatal(err)
	}
	w.Ctl.Wait()
	if got := dialogText(w); !strings.Contains(got, importer.PasteName) || !strings.Contains(got, "上限") {
		t.Errorf("an oversized paste says %q", got)
	}
	if n := mustSaved(t, w).ArticleCount(); n != 0 {
		t.Errorf("%d articles after refused pastes", n)
	}
}

// TestPreviewOf: blank lines skipped, long lines cut, "……" when more
// lines follow; thousands groups digits.
func TestPreviewOf(t *testing.T) {
	long := strings.Repeat("字", previewWidth+5)
	many := strings.Repeat("一行\n", previewLines+1)
	for _, c := range []struct{ in, want string }{
		{"标题\r\n\r\n\n正文\n", "标题\n正文"},
		{long, strings.Repeat("字", previewWidth) + "…"},
		{many, strings.TrimSuffix(strings.Repeat("一行\n", previewLines), "\n") + "\n……"},
		{strings.Repeat("一行\n", previewLines), strings.TrimSuffix(strings.Repeat("一行\n", previewLines), "\n")},
	} {
		if got := previewOf(c.in); got != c.want {
			t.Errorf("previewOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 60747: "60,747", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
