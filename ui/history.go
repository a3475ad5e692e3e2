package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
	"gazette/store"
)

// Revisions returns the saved earlier versions of the article shown, newest
// first (pending edits are saved first so the list is complete).
func (e *BodyEditor) Revisions() ([]store.Revision, error) {
	is := e.w.Ctl.Issue()
	if is == nil || e.id == "" {
		return nil, errNoIssue
	}
	if err := e.w.Ctl.Flush(); err != nil {
		return nil, err
	}
	revs, err := e.w.Ctl.Store.Revisions(is.ID, e.id)
	if err != nil {
		return nil, errorf(err, "读取历史版本")
	}
	return revs, nil
}

// RestoreRevision makes revision seq the article's current version (the
// version it replaces is kept as a revision in turn) and shows it.
func (e *BodyEditor) RestoreRevision(seq int) error {
	is := e.w.Ctl.Issue()
	if is == nil || e.id == "" {
		return errNoIssue
	}
	if e.w.Ctl.Signed() {
		return e.w.Ctl.Edit(nil) // the refusal, with what to do
	}
	if err := e.w.Ctl.Flush(); err != nil {
		return err
	}
	id := e.id
	if err := e.w.Ctl.Store.RestoreRevision(is.ID, id, seq); err != nil {
		return errorf(err, "恢复历史版本 %d", seq)
	}
	if err := e.w.Ctl.Reload(); err != nil {
		return err
	}
	e.w.Composer.SelectArticle(id)
	e.w.status.SetText("已恢复历史版本，替换下来的版本也留在历史版本中")
	return nil
}

// revisionLabel is one line of the history list.
func revisionLabel(r store.Revision) string {
	text := r.Article.PlainText()
	n := utf8.RuneCountInString(text)
	return fmt.Sprintf("%s　%s　%d字　%s", r.Time.Local().Format("2006-01-02 15:04:05"), r.User, n, r.Article.Name())
}

// showHistory lists the revisions; one can be restored.
func (e *BodyEditor) showHistory() {
	revs, err := e.Revisions()
	if err != nil {
		showError(e.w.Win, err)
		return
	}
	if len(revs) == 0 {
		showInfo(e.w.Win, "历史版本", "这篇文章还没有历史版本：每次保存修改时，修改前的版本会留在这里。")
		return
	}
	sel := -1
	list := widget.NewList(func() int { return len(revs) },
		func() fyne.CanvasObject { return widget.NewLabel("2020-01-01 00:00:00　user　1000字") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(revisionLabel(revs[i])) })
	preview := widget.NewRichTextWithText("选择一个版本，看它与现在的正文有什么不同。")
	preview.Wrapping = fyne.TextWrapWord
	legend := widget.NewLabel("红色：这个版本有、现在没有的文字；绿色：现在新增的文字。")
	legend.Importance = widget.LowImportance
	var restore *widget.Button
	list.OnSelected = func(i widget.ListItemID) {
		sel = i
		restore.Enable()
		now := ""
		if a := e.article(); a != nil {
			now = a.PlainText()
		}
		preview.Segments = diffSegments(revs[i].Article.PlainText(), now)
		preview.Refresh()
	}
	split := container.NewVSplit(list, container.NewBorder(legend, nil, nil, nil, container.NewVScroll(preview)))
	var d dialog.Dialog
	restore = widget.NewButton("恢复所选版本", func() {
		if sel < 0 {
			return
		}
		if err := e.RestoreRevision(revs[sel].Seq); err != nil {
			showError(e.w.Win, err)
			return
		}
		d.Hide()
	})
	restore.Importance = widget.HighImportance
	restore.Disable() // until a version is chosen
	d = dialog.NewCustom("历史版本", "关闭", container.NewBorder(nil, restore, nil, nil, split), e.w.Win)
	d.Resize(fyne.NewSize(720, 520))
	d.Show()
}

// diffSegments shows what changed from old to new: removed text in red
// (struck through by 【删：…】 marks, as colour alone does not print),
// added text in bold green, with the unchanged text next to each change
// (the rest is elided: a whole issue would take long to show).
func diffSegments(old, new string) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	parts := gazette.DiffText(old, new)
	changed := false
	for k, p := range parts {
		if p.Kind == gazette.DiffSame {
			p.Text = elide(p.Text, k == 0, k == len(parts)-1)
		} else {
			changed = true
		}
		for i, line := range strings.Split(p.Text, "\n") {
			if i > 0 {
				segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleParagraph})
			}
			if line == "" {
				continue
			}
			st := widget.RichTextStyleInline
			switch p.Kind {
			case gazette.DiffRemoved:
				st.ColorName = theme.ColorNameError
				line = "【删：" + line + "】"
			case gazette.DiffAdded:
				st.ColorName = theme.ColorNameSuccess
				st.TextStyle.Bold = true
			}
			segs = append(segs, &widget.TextSegment{Style: st, Text: line})
		}
	}
	if !changed {
		segs = []widget.RichTextSegment{}
	}
	if len(segs) == 0 {
		segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleInline, Text: "这个版本与现在的正文相同。"})
	}
	return segs
}

// elideKeep is how many characters of unchanged text are shown on each side
// of a change.
const elideKeep = 30

// elide shortens unchanged text to what stands next to the changes before
// and after it (none before the first change, none after the last).
func elide(s string, first, last bool) string {
	rs := []rune(s)
	if len(rs) <= 2*elideKeep+10 {
		return s
	}
	out := ""
	if !first {
		out = string(rs[:elideKeep])
	}
	out += "……"
	if !last {
		out += string(rs[len(rs)-elideKeep:])
	}
	return out
}
