package ui

import (
	"fmt"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

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
	preview := widget.NewLabel("选择一个版本查看内容")
	preview.Wrapping = fyne.TextWrapWord
	var restore *widget.Button
	list.OnSelected = func(i widget.ListItemID) {
		sel = i
		restore.Enable()
		text := []rune(revs[i].Article.PlainText())
		if len(text) > 1200 {
			text = append(text[:1200], []rune("……")...)
		}
		preview.SetText(string(text))
	}
	split := container.NewVSplit(list, container.NewVScroll(preview))
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
