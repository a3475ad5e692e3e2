package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"gazette/assets"
	"gazette/gazette"
)

// The 编排 screen's 粘贴文章 dialog. A whole document's text (20,000 to
// 60,000 characters) put into a wrapping entry froze the window for
// seconds: the entry wraps all of it on the UI goroutine at every change.
// A paste of largePaste characters or more (从剪贴板粘贴, or Ctrl+V in the
// entry) is kept out of the entry and shown as a read-only preview, its
// first lines and its size; short text is still typed or pasted into the
// entry. 导入 then reads the text off the UI goroutine
// (importer.PasteDocuments: one article per document the text holds) under
// a progress dialog, and adds the articles as one undo step.

// Stages of a paste import, as its progress dialog names them.
const (
	pasteParsing = "正在识别标题、文号、正文……"
	pastePlacing = "正在加入本期……"
)

// previewLines and previewWidth bound the preview of a large paste.
const (
	previewLines = 12
	previewWidth = 60
)

// pasteEntry is the dialog's entry: a paste of largePaste characters or
// more goes to onLarge instead of into the entry.
type pasteEntry struct {
	widget.Entry
	onLarge func(text string)
}

func newPasteEntry(onLarge func(string)) *pasteEntry {
	e := &pasteEntry{onLarge: onLarge}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// TypedShortcut hands a large paste to onLarge; everything else is the
// entry's.
func (e *pasteEntry) TypedShortcut(s fyne.Shortcut) {
	if p, ok := s.(*fyne.ShortcutPaste); ok && p.Clipboard != nil {
		if text := p.Clipboard.Content(); utf8.RuneCountInString(text) >= largePaste {
			e.onLarge(text)
			return
		}
	}
	e.Entry.TypedShortcut(s)
}

// PasteDialog is the 粘贴文章 dialog: an entry for typed or short text, or
// the preview of a large text taken from the clipboard.
type PasteDialog struct {
	c *Composer
	// Entry takes typed and short pasted text.
	Entry *pasteEntry
	// Preview shows the first lines of a large paste; Size says how large
	// it is.
	Preview, Size *widget.Label
	// FromClipboard takes the clipboard's text; Manual drops a large
	// paste and goes back to the entry.
	FromClipboard, Manual *widget.Button

	large  string // the large paste, "" while the entry holds the text
	scroll *container.Scroll
	box    *fyne.Container // the preview, its size and Manual
	d      dialog.Dialog
}

// askPaste opens the 粘贴文章 dialog.
func (c *Composer) askPaste() {
	if c.issue() == nil {
		return
	}
	p := &PasteDialog{c: c}
	p.Entry = newPasteEntry(p.setLarge)
	p.Entry.SetPlaceHolder("把文章全文粘贴到这里（标题、文号、正文……）；长文请点“从剪贴板粘贴”")
	p.scroll = container.NewVScroll(p.Entry)
	p.scroll.SetMinSize(fyne.NewSize(560, 340))
	p.Preview = widget.NewLabel("")
	p.Size = widget.NewLabel("")
	p.Size.Wrapping = fyne.TextWrapWord
	p.Manual = widget.NewButton("清除，改为手工输入", func() { p.setLarge("") })
	lines := container.NewScroll(p.Preview)
	lines.SetMinSize(fyne.NewSize(560, 240)) // with the note and the button about as tall as the entry
	p.box = container.NewBorder(p.Size, container.NewHBox(p.Manual), nil, nil, lines)
	p.box.Hide()
	p.FromClipboard = widget.NewButton("从剪贴板粘贴", func() { p.fromClipboard() })
	where := widget.NewLabel(c.pasteTarget())
	where.Wrapping = fyne.TextWrapWord
	where.Importance = widget.LowImportance
	body := container.NewBorder(container.NewHBox(p.FromClipboard), where, nil, nil, container.NewStack(p.scroll, p.box))
	p.d = dialog.NewCustomConfirm("粘贴文章", "导入", "取消", body, func(ok bool) {
		if ok {
			if err := c.Paste(p.Text()); err != nil {
				showError(c.w.Win, err)
			}
		}
	}, c.w.Win)
	c.LastPaste = p
	p.d.Show()
	c.w.Win.Canvas().Focus(p.Entry)
}

// Text is the text 导入 reads: the large paste, or the entry's.
func (p *PasteDialog) Text() string {
	if p.large != "" {
		return p.large
	}
	return p.Entry.Text
}

// fromClipboard takes the clipboard's text: a large text as a preview,
// a short one into the entry.
func (p *PasteDialog) fromClipboard() {
	text := fyne.CurrentApp().Clipboard().Content()
	if strings.TrimSpace(text) == "" {
		showError(p.c.w.Win, fmt.Errorf("剪贴板里没有文字；请先在原文中全选并复制"))
		return
	}
	if utf8.RuneCountInString(text) >= largePaste {
		p.setLarge(text)
		return
	}
	p.setLarge("")
	p.Entry.SetText(text)
}

// setLarge shows text as the preview of a large paste, or ("") goes back
// to the entry.
func (p *PasteDialog) setLarge(text string) {
	p.large = text
	if text == "" {
		p.Preview.SetText("")
		p.box.Hide()
		p.scroll.Show()
		p.c.w.Win.Canvas().Focus(p.Entry)
		return
	}
	p.Entry.SetText("")
	p.Preview.SetText(previewOf(text))
	p.Size.SetText(sizeNote(text))
	p.scroll.Hide()
	p.box.Show()
}

// previewOf is the first previewLines lines of text that are not blank,
// each cut to previewWidth characters, then "……" if more follow.
func previewOf(text string) string {
	var b strings.Builder
	n := 0
	for line := range strings.Lines(text) {
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if n == previewLines {
			b.WriteString("……")
			break
		}
		if r := []rune(line); len(r) > previewWidth {
			line = string(r[:previewWidth]) + "…"
		}
		b.WriteString(line)
		b.WriteByte('\n')
		n++
	}
	return strings.TrimRight(b.String(), "\n")
}

// sizeNote says how large a pasted text is.
func sizeNote(text string) string {
	lines := strings.Count(text, "\n") + 1
	if strings.HasSuffix(text, "\n") {
		lines--
	}
	return fmt.Sprintf("已从剪贴板取得 %s 个字符、%s 行（下面是开头几行，全文不在此显示）；点“导入”识别并加入本期。",
		thousands(utf8.RuneCountInString(text)), thousands(lines))
}

// thousands writes n with a comma every three digits.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// Paste adds the articles of pasted text, one per document it holds: the
// text is read off the UI goroutine (for a large text a progress dialog
// names the stage), then the articles are put in place as one undo step. The error is that of an
// empty text; the import's own errors are shown when it ends.
func (c *Composer) Paste(text string) error {
	if strings.TrimSpace(text) == "" {
		return fmt.Errorf("粘贴的内容是空的；请先复制文章全文")
	}
	if c.issue() == nil {
		return errNoIssue
	}
	// A large text's progress is a dialog naming the stage (the status
	// bar shows every paste's); a short one is read in a few milliseconds.
	var prog dialog.Dialog
	var bar *widget.ProgressBarInfinite
	if n := utf8.RuneCountInString(text); n >= largePaste {
		note := widget.NewLabel(fmt.Sprintf("共 %s 个字符，完成前窗口仍可使用。", thousands(n)))
		note.Importance = widget.LowImportance
		bar = widget.NewProgressBarInfinite()
		prog = dialog.NewCustomWithoutButtons("正在导入粘贴的文本", container.NewVBox(widget.NewLabel(pasteParsing), bar, note), c.w.Win)
		prog.Show()
	}
	var arts []gazette.Article
	var warns []string
	c.w.Ctl.Run("正在导入粘贴的文本", func(progress func(float64)) error {
		c.pasteStage(pasteParsing)
		var err error
		arts, warns, err = pasteArticles(text)
		progress(0.9)
		return err
	}, func(err error) {
		c.pasteStage(pastePlacing)
		if prog != nil {
			bar.Stop()
			prog.Hide()
		}
		if err == nil {
			c.addArticles(arts, warns, "粘贴")
		} else {
			showError(c.w.Win, err)
		}
	})
	return nil
}

// pasteStage tells onPasteStage (tests, benchmarks) that a stage begins:
// pasteParsing on the goroutine that reads the text, pastePlacing on the
// UI goroutine once the reading has ended.
func (c *Composer) pasteStage(stage string) {
	if c.onPasteStage != nil {
		c.onPasteStage(stage)
	}
}

// screenshotPaste opens 粘贴文章 holding the demo issue's text as a large
// paste would (the clipboard is left alone).
func (w *Workstation) screenshotPaste() {
	w.Composer.askPaste()
	if p := w.Composer.LastPaste; p != nil {
		p.setLarge(string(assets.DemoText))
	}
}

// closePaste closes the dialog screenshotPaste opened.
func (w *Workstation) closePaste() {
	if p := w.Composer.LastPaste; p != nil {
		p.d.Hide()
	}
}
