package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"gazette/app"
	"gazette/gazette"
)

// One rule for uniqueness: the database holds one issue for each 刊名 +
// 年 + 期 (the store refuses a second, store.ErrExists), and the screens
// ask before anything would break it — 复制 asks for the new numbers,
// 导入往期 of an issue that is there asks to replace it or cancel, and
// importing a document already in this issue or another asks first.

// askDuplicate asks for the 年/期/总期号 of the copy of the selected issue,
// pre-filled with the next free ones, and makes it.
func (l *IssueList) askDuplicate() {
	id := l.selectedID()
	if id == "" {
		return
	}
	if err := l.w.Ctl.Flush(); err != nil {
		showError(l.w.Win, err)
		return
	}
	src, err := l.w.Ctl.Store.Get(id)
	if err != nil {
		showError(l.w.Win, errorf(err, "复制刊期"))
		return
	}
	next, err := l.w.Ctl.Store.NextFree(src.Title, src.Frequency, nil)
	if err != nil {
		showError(l.w.Win, err)
		return
	}
	year, num, total := widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	year.SetText(strconv.Itoa(next.Year))
	num.SetText(strconv.Itoa(next.Number))
	total.SetText(strconv.Itoa(next.Total))
	for _, e := range []*widget.Entry{year, num, total} {
		e.Validator = positiveInt
	}
	num.Validator = func(s string) error { return l.numberTaken(src.Title, year.Text, s) }
	year.OnChanged = func(string) { num.SetValidationError(num.Validate()) }
	unit := unitChoice(src.Unit, nil)
	note := widget.NewLabel(fmt.Sprintf("复制《%s》%s 的栏目、文章、封面和版式，作为新的一期（草稿）。同一刊名的年、期不能与已有的一期相同。", src.Title, src.Label()))
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.LowImportance
	items := []*widget.FormItem{
		widget.NewFormItem("年", year),
		widget.NewFormItem("期", num),
		widget.NewFormItem("总期号", total),
		widget.NewFormItem("期号单位", unit),
		widget.NewFormItem("", note),
	}
	d := dialog.NewForm("复制一期", "复制", "取消", items, func(ok bool) {
		if !ok {
			return
		}
		y, _ := strconv.Atoi(strings.TrimSpace(year.Text))
		n, _ := strconv.Atoi(strings.TrimSpace(num.Text))
		tot, _ := strconv.Atoi(strings.TrimSpace(total.Text))
		if err := l.Duplicate(id, gazette.Numbering{Year: y, Number: n, Total: tot, Unit: chosenUnit(unit)}); err != nil {
			showError(l.w.Win, err)
		}
	}, l.w.Win)
	d.Resize(fyne.NewSize(460, 320))
	d.Show()
}

// Duplicate saves a copy of the issue id as a new draft numbered at
// (app.DuplicateIssue) and opens it; a number another issue of that 刊名
// has is refused.
func (l *IssueList) Duplicate(id string, at gazette.Numbering) error {
	if err := l.w.Ctl.Flush(); err != nil {
		return err
	}
	c, err := app.DuplicateIssue(l.w.Ctl.Store, id, at)
	if err != nil {
		var exists *app.ExistsError
		if errors.As(err, &exists) {
			return fmt.Errorf("%w；请改年或期号", err)
		}
		return err
	}
	l.w.Ctl.notify(ChangedList)
	if err := l.w.Ctl.Open(c.ID); err != nil {
		return err
	}
	l.SelectID(c.ID)
	return nil
}

// docDuplicates lists, one a line, the articles of arts that are already in
// the open issue or in another issue of the database, by 文号 or by title;
// dup[i] says whether arts[i] is one.
func (c *Composer) docDuplicates(arts []gazette.Article) (lines []string, dup []bool, err error) {
	is := c.issue()
	dup = make([]bool, len(arts))
	for i := range arts {
		a := &arts[i]
		doc, title := gazette.NormalizeKey(a.DocNumber), gazette.NormalizeKey(a.Title)
		var where []string
		is.Articles(func(_, _ int, b *gazette.Article) bool {
			switch {
			case doc != "" && gazette.NormalizeKey(b.DocNumber) == doc:
				where = append(where, fmt.Sprintf("本期已有同一文号 %s 的《%s》", b.DocNumber, b.Title))
			case title != "" && gazette.NormalizeKey(b.Title) == title:
				where = append(where, fmt.Sprintf("本期已有同题的《%s》", b.Title))
			}
			return true
		})
		hits, err := c.w.Ctl.Store.FindDocs(a)
		if err != nil {
			return nil, nil, err
		}
		for _, h := range hits {
			if h.IssueID == is.ID {
				continue // the open issue is read from memory above
			}
			if h.ByDocNumber {
				where = append(where, fmt.Sprintf("%s已刊登同一文号 %s 的《%s》", h.Where(), h.DocNumber, h.Title))
			} else {
				where = append(where, fmt.Sprintf("%s已刊登同题的《%s》", h.Where(), h.Title))
			}
		}
		if len(where) > 0 {
			dup[i] = true
			lines = append(lines, fmt.Sprintf("《%s》：%s", a.Name(), strings.Join(where, "；")))
		}
	}
	return lines, dup, nil
}

// askDuplicateDocs asks what to do with imported documents that are already
// in the database: add them all the same, add only the new ones, or add
// nothing. add is called with the articles to add.
func (c *Composer) askDuplicateDocs(arts []gazette.Article, add func([]gazette.Article)) {
	lines, dup, err := c.docDuplicates(arts)
	if err != nil {
		showError(c.w.Win, err)
		return
	}
	if len(lines) == 0 {
		add(arts)
		return
	}
	var fresh []gazette.Article
	for i, a := range arts {
		if !dup[i] {
			fresh = append(fresh, a)
		}
	}
	msg := widget.NewLabel(fmt.Sprintf("要添加的 %d 篇中有 %d 篇已经刊登过：\n%s\n\n仍要添加吗？", len(arts), len(lines), strings.Join(lines, "\n")))
	msg.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	all := widget.NewButton("仍然全部添加", func() { d.Hide(); add(arts) })
	skip := widget.NewButton(fmt.Sprintf("只添加其余 %d 篇", len(fresh)), func() { d.Hide(); add(fresh) })
	if len(fresh) == 0 {
		skip.Disable()
	}
	cancel := widget.NewButton("取消", func() { d.Hide() })
	skip.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons("导入：文件已经刊登过", msg, c.w.Win)
	d.SetButtons([]fyne.CanvasObject{cancel, all, skip})
	d.Resize(dialogSize(c.w.Win, 560, 300))
	d.Show()
}

// dialogSize is w×h, or less to fit inside the window.
func dialogSize(win fyne.Window, w, h float32) fyne.Size {
	s := win.Canvas().Size()
	if s.Width > 0 {
		w = min(w, s.Width-40)
	}
	if s.Height > 0 {
		h = min(h, s.Height-40)
	}
	return fyne.NewSize(w, h)
}

// numberTaken says what is wrong with the 期 typed beside the 年 for an
// issue of the 刊名 title: not a whole number ≥ 1, or the number of an issue
// the database holds already (the store's rule, SameNumber). A form with it
// cannot be sent, so the editor keeps what was typed and sees why.
func (l *IssueList) numberTaken(title, year, number string) error {
	if err := positiveInt(number); err != nil {
		return err
	}
	y, err := strconv.Atoi(strings.TrimSpace(year))
	if err != nil {
		return nil // the year's own field says what is wrong with it
	}
	n, _ := strconv.Atoi(strings.TrimSpace(number))
	same, err := l.w.Ctl.Store.SameNumber(strings.TrimSpace(title), y, n, "")
	if err != nil || same == nil {
		return nil // the store refuses it on saving, with its own words
	}
	return fmt.Errorf("已有%s，请改期号", same.Label())
}
