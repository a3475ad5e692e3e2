package ui

import (
	"errors"
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gazette/app"
	"gazette/assets"
	"gazette/gazette"
	"gazette/importer"
	"gazette/store"
)

// ImportReview is the review of a whole past issue read for 导入往期, shown
// before anything is saved: the documents found (section, title, 文号, date,
// kind and issuers, all editable in place), the lines removed as
// page furniture, the 目录 entries left unmatched and the weak guesses. 导入
// puts the corrections into the issue and saves it (app.ImportIssue, with
// the replace question for an issue that is there already); 取消 saves
// nothing.
type ImportReview struct {
	l      *IssueList
	Path   string
	Issue  *gazette.Issue
	Report *importer.Report // nil for an exchange archive
	// Record is what the import learned, made before the editor's
	// corrections and saved with the issue (app.ImportRecordOf), so that
	// 校对 and gazette check match the printed 目录 again later.
	Record *store.ImportRecord
	Rows   []*ReviewRow
	Tabs   *container.AppTabs
	dlg    dialog.Dialog

	removed *widget.List // the removed lines, nil when there is none

	ImportBtn, CancelBtn *widget.Button
}

// ReviewRow is one document of the review, with its editable fields.
type ReviewRow struct {
	si, ai    int // where the article is in the issue as read
	Line      int // where it starts in the input (0 when unknown)
	Kind      gazette.Kind
	Issuers   []string
	Weak      []importer.Warning // the weak guesses made inside the document
	Section   *widget.Select
	Title     *widget.Entry
	DocNumber *widget.Entry
	Date      *DateField
	KindSel   *dropDown     // 类别
	IssuersEn *widget.Entry // 发文机关, several split by “、”
}

// ReviewIssueFile reads a whole past issue (a text or an archive) off the
// UI goroutine and shows the review; nothing is saved before the editor
// taps 导入 there.
func (l *IssueList) ReviewIssueFile(path string) {
	var is *gazette.Issue
	var rep *importer.Report
	l.w.Ctl.Run("正在读取 "+path, func(progress func(float64)) error {
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("读取 %s：%w", path, err)
		}
		progress(0.3)
		is, rep, err = app.ReadIssueReport(filepath.Base(path), data)
		if err == nil {
			err = app.CheckMasthead(is)
		}
		return err
	}, func(err error) {
		if err != nil {
			showError(l.w.Win, err)
			return
		}
		l.Review = l.ShowImportReview(path, is, rep)
	})
}

// ShowImportReview shows the review of is, read from path with the
// importer's report rep (nil for an archive).
func (l *IssueList) ShowImportReview(path string, is *gazette.Issue, rep *importer.Report) *ImportReview {
	r := &ImportReview{l: l, Path: path, Issue: is, Report: rep, Record: app.ImportRecordOf(is, rep)}
	if rep == nil {
		rep = &importer.Report{}
	}
	r.buildRows(rep)

	weak, notes := doubts(rep)
	summary := widget.NewLabel(r.summary(rep, len(weak)))
	summary.Wrapping = fyne.TextWrapWord

	r.Tabs = container.NewAppTabs(
		container.NewTabItem(fmt.Sprintf("文件（%d）", len(r.Rows)), r.documentsTab()),
		container.NewTabItem(fmt.Sprintf("略去的行（%d）", len(rep.Removed)), r.removedTab(rep)),
		container.NewTabItem(fmt.Sprintf("请核对（%d）", len(rep.Unmatched)+len(weak)), r.checkTab(rep, weak, notes)),
	)

	r.CancelBtn = widget.NewButton("取消", func() { r.Cancel() })
	r.ImportBtn = widget.NewButtonWithIcon("导入", theme.DownloadIcon(), func() { r.Accept() })
	r.ImportBtn.Importance = widget.HighImportance
	bottom := container.NewBorder(nil, nil, nil, container.NewHBox(r.CancelBtn, r.ImportBtn))
	content := container.NewBorder(summary, bottom, nil, nil, r.Tabs)

	r.dlg = dialog.NewCustomWithoutButtons("导入往期：核对后保存", content, l.w.Win)
	r.dlg.Resize(reviewSize(l.w.Win))
	r.dlg.Show()
	return r
}

// reviewSize is the dialog's size: most of the window, at most 1000×620
// (it fits a 1024×640 window; the lists scroll inside).
func reviewSize(win fyne.Window) fyne.Size {
	s := win.Canvas().Size()
	w, h := float32(1000), float32(620)
	if s.Width > 0 && s.Width-24 < w {
		w = s.Width - 24
	}
	if s.Height > 0 && s.Height-20 < h {
		h = s.Height - 20
	}
	return fyne.NewSize(w, h)
}

// summary says what was read and what the editor is to do.
func (r *ImportReview) summary(rep *importer.Report, nWeak int) string {
	is := r.Issue
	head := fmt.Sprintf("《%s》%s", is.Title, is.Label())
	if is.TotalNumber > 0 {
		head += fmt.Sprintf("（%s）", is.TotalLabel())
	}
	s := fmt.Sprintf("%s，读自 %s：%d 篇", head, filepath.Base(r.Path), len(r.Rows))
	if r.Report != nil {
		s += fmt.Sprintf("，略去 %d 处（页码、页眉、目录等），目录中 %d 条未匹配，%d 处推测请核对", len(rep.Removed), len(rep.Unmatched), nWeak)
	}
	return s + "。尚未保存：请核对并直接改正栏目、标题、文号、日期、类别和发文机关，然后点“导入”；点“取消”则什么也不保存。"
}

// buildRows makes one row per article of the issue, with the line where the
// report found it and the weak guesses made between it and the next one.
func (r *ImportReview) buildRows(rep *importer.Report) {
	type key struct{ section, title string }
	found := map[key][]int{}
	for i, d := range rep.Documents {
		k := key{d.Section, d.Title}
		found[k] = append(found[k], i)
	}
	// The weak guesses, each given to the document it falls in.
	order := make([]int, len(rep.Documents))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rep.Documents[order[a]].Line < rep.Documents[order[b]].Line })
	weak := map[int][]importer.Warning{}
	for _, w := range rep.Weak() {
		if w.Line <= 0 {
			continue
		}
		doc := -1
		for _, i := range order {
			if rep.Documents[i].Line > 0 && rep.Documents[i].Line <= w.Line {
				doc = i
			}
		}
		if doc >= 0 {
			weak[doc] = append(weak[doc], w)
		}
	}
	var names []string
	for _, s := range r.Issue.Sections {
		names = append(names, s.Name)
	}
	r.Issue.Articles(func(si, ai int, a *gazette.Article) bool {
		row := &ReviewRow{si: si, ai: ai, Kind: a.Kind, Issuers: a.Issuers}
		k := key{r.Issue.Sections[si].Name, a.Title}
		if q := found[k]; len(q) > 0 {
			row.Line = rep.Documents[q[0]].Line
			row.Weak = weak[q[0]]
			found[k] = q[1:]
		}
		row.Section = widget.NewSelect(names, nil)
		row.Section.SetSelected(r.Issue.Sections[si].Name)
		row.Title = widget.NewEntry()
		row.Title.SetText(a.Title)
		row.DocNumber = widget.NewEntry()
		row.DocNumber.SetText(a.DocNumber)
		row.DocNumber.SetPlaceHolder("（无文号）")
		row.Date = NewDateField()
		row.Date.SetDate(a.Date)
		row.KindSel = newDropDown(kindLabels, nil)
		row.KindSel.SetSelected(a.Kind.Label())
		row.IssuersEn = widget.NewEntry()
		row.IssuersEn.SetText(strings.Join(a.Issuers, "、"))
		row.IssuersEn.SetPlaceHolder("发文机关（多个用“、”分开）")
		r.Rows = append(r.Rows, row)
		return true
	})
}

// The widths of the fixed columns of the documents' list (0: the rest).
var reviewColumns = []float32{176, 0, 200, 150}

// The widths of the first line of a document: where it was found, 类别
// and its drop-down, 发文机关 and its entry (0: the rest).
var reviewColumns0 = []float32{176, 40, 120, 72, 0}

// documentsTab lists the documents, two lines each: where it was found,
// its kind and issuers; then its section, title, 文号 and date, all to
// correct. A document with a weak guess made in it is highlighted, the
// guesses on a line of their own.
func (r *ImportReview) documentsTab() fyne.CanvasObject {
	header := container.New(&columnsLayout{reviewColumns},
		boldLabel("栏目"), boldLabel("标题"), boldLabel("文号"), boldLabel("成文日期"))
	list := container.NewVBox()
	for i, row := range r.Rows {
		where := "　"
		if row.Line > 0 {
			where = fmt.Sprintf("第%d行", row.Line)
		}
		line1 := container.New(&columnsLayout{reviewColumns0}, widget.NewLabel(fmt.Sprintf("%d.　%s", i+1, where)),
			widget.NewLabel("类别"), row.KindSel, widget.NewLabel("发文机关"), row.IssuersEn)
		fields := container.New(&columnsLayout{reviewColumns}, row.Section, row.Title, row.DocNumber, row.Date.Entry)
		var item fyne.CanvasObject = container.NewVBox(line1, fields)
		if len(row.Weak) > 0 {
			var msgs []string
			for _, w := range row.Weak {
				msgs = append(msgs, fmt.Sprintf("第%d行：%s", w.Line, w.Message))
			}
			weak := widget.NewLabel("请核对：" + strings.Join(msgs, "；"))
			weak.Importance = widget.WarningImportance
			weak.Truncation = fyne.TextTruncateEllipsis
			doubt := container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, weak)
			bg := canvas.NewRectangle(highlight())
			bg.CornerRadius = 4
			item = container.NewStack(bg, container.NewVBox(line1, doubt, fields))
		}
		list.Add(item)
		list.Add(widget.NewSeparator())
	}
	if len(r.Rows) == 0 {
		list.Add(widget.NewLabel("没有找到文件。"))
	}
	return container.NewBorder(header, nil, nil, nil, container.NewVScroll(list))
}

// highlight is the background of a document with a weak guess.
func highlight() color.Color {
	c := theme.Color(theme.ColorNameWarning)
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x30}
}

func boldLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.TextStyle.Bold = true
	return l
}

// removedTab lists what was removed as not being text of the issue, with
// the line and the reason.
func (r *ImportReview) removedTab(rep *importer.Report) fyne.CanvasObject {
	if len(rep.Removed) == 0 {
		msg := "没有略去任何行。"
		if r.Report == nil {
			msg = "交换格式的存档按原样读入，没有略去任何内容。"
		}
		return widget.NewLabel(msg)
	}
	list := widget.NewList(
		func() int { return len(rep.Removed) },
		func() fyne.CanvasObject {
			line := widget.NewLabel("第0000行")
			reason := widget.NewLabel("［续表重复的表头］")
			reason.Importance = widget.WarningImportance
			text := widget.NewLabel("")
			text.Truncation = fyne.TextTruncateEllipsis
			return container.New(&columnsLayout{[]float32{76, 176, 0}}, line, reason, text)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			m := rep.Removed[i]
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(fmt.Sprintf("第%d行", m.Line))
			reason := m.Reason
			if k := strings.IndexAny(reason, "（("); k > 0 {
				reason = reason[:k]
			}
			c.Objects[1].(*widget.Label).SetText("［" + reason + "］")
			c.Objects[2].(*widget.Label).SetText(strings.Join(strings.Fields(m.Text), " "))
		})
	r.removed = list
	note := widget.NewLabel("以下内容不是正文，未导入（页码、页眉、印出的目录、续表重复的表头、已记入刊头栏目的标签等）：")
	note.Wrapping = fyne.TextWrapWord
	return container.NewBorder(note, nil, nil, nil, list)
}

// doubts returns the weak guesses other than the unmatched 目录 entries
// (which the report gives as weak guesses too) and the importer's other
// notes, leaving out those about removed lines (listed under 略去的行).
func doubts(rep *importer.Report) (weak, notes []importer.Warning) {
	removed := map[int]bool{}
	for _, m := range rep.Removed {
		removed[m.Line] = true
	}
	for _, w := range rep.Warnings {
		if !w.Weak && !removed[w.Line] {
			notes = append(notes, w)
		}
	}
	return rep.Guesses(), notes
}

// checkTab lists the 目录 entries matched to no document, the weak guesses
// and the importer's other notes.
func (r *ImportReview) checkTab(rep *importer.Report, weak, notes []importer.Warning) fyne.CanvasObject {
	box := container.NewVBox()
	add := func(text string, imp widget.Importance) {
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		l.Importance = imp
		box.Add(l)
	}
	if len(rep.Unmatched) > 0 {
		box.Add(boldLabel(fmt.Sprintf("目录中 %d 条在正文中未找到：", len(rep.Unmatched))))
		for _, u := range rep.Unmatched {
			add("目录未匹配："+u, widget.WarningImportance)
		}
	}
	if len(weak) > 0 {
		box.Add(boldLabel(fmt.Sprintf("%d 处推测请核对：", len(weak))))
		for _, w := range weak {
			add(warningText(w), widget.WarningImportance)
		}
	}
	if len(box.Objects) == 0 {
		add("没有未匹配的目录条目，也没有需要核对的推测。", widget.SuccessImportance)
	}
	if len(notes) > 0 {
		box.Add(boldLabel(fmt.Sprintf("另有 %d 处已作规范处理（供参考）：", len(notes))))
		for _, w := range notes {
			add(warningText(w), widget.MediumImportance)
		}
	}
	return container.NewVScroll(box)
}

func warningText(w importer.Warning) string {
	if w.Line > 0 {
		return fmt.Sprintf("第%d行：%s", w.Line, w.Message)
	}
	return w.Message
}

// Cancel closes the review; nothing is saved.
func (r *ImportReview) Cancel() {
	r.dlg.Hide()
	if r.l.Review == r {
		r.l.Review = nil
	}
}

// Accept puts the corrections into the issue and saves it; a date that is
// not a date keeps the review open.
func (r *ImportReview) Accept() {
	if err := r.Apply(); err != nil {
		showError(r.l.w.Win, err)
		return
	}
	r.dlg.Hide()
	r.l.saveReviewed(r.Path, r.Issue, r.Record, nil, false)
}

// Apply puts the editor's corrections into the issue: titles, 文号, dates,
// kinds and issuers, then moves the articles whose section was changed.
func (r *ImportReview) Apply() error {
	for i, row := range r.Rows {
		if d := strings.TrimSpace(row.Date.Entry.Text); d != "" && !gazette.ValidDate(d) {
			return fmt.Errorf("第%d篇《%s》的成文日期“%s”应写作 YYYY-MM-DD，如 2020-07-21", i+1, row.Title.Text, d)
		}
		if strings.TrimSpace(row.Title.Text) == "" {
			return fmt.Errorf("第%d篇的标题是空的", i+1)
		}
	}
	is := r.Issue
	type move struct {
		id, to string
	}
	var moves []move
	for _, row := range r.Rows {
		a := &is.Sections[row.si].Articles[row.ai]
		if t := strings.TrimSpace(row.Title.Text); t != a.Title {
			a.Title, a.TitleLines = t, nil
		}
		a.DocNumber = strings.TrimSpace(row.DocNumber.Text)
		a.Date = strings.TrimSpace(row.Date.Entry.Text)
		if row.KindSel.Selected != "" {
			a.Kind = kindOf(row.KindSel.Selected)
		}
		a.Issuers = gazette.SplitIssuers(row.IssuersEn.Text)
		if to := row.Section.Selected; to != "" && to != is.Sections[row.si].Name {
			if a.ID == "" {
				a.ID = gazette.NewID()
			}
			moves = append(moves, move{a.ID, to})
		}
	}
	for _, m := range moves {
		a, from := is.Article(m.id)
		if a == nil {
			continue
		}
		c := *a
		for k := range from.Articles {
			if from.Articles[k].ID == m.id {
				from.Articles = append(from.Articles[:k], from.Articles[k+1:]...)
				break
			}
		}
		is.AddArticle(m.to, c)
	}
	if len(moves) > 0 { // a section the moves left empty is not printed
		kept := is.Sections[:0]
		for _, s := range is.Sections {
			if len(s.Articles) > 0 {
				kept = append(kept, s)
			}
		}
		is.Sections = kept
	}
	return nil
}

// saveReviewed saves the reviewed issue as gazette import --new does: an
// issue with the same 刊名, year and number is replaced only when the editor
// confirms it (the database is backed up first), with rec, the import's
// record (nil for none). warns, one a line, are the importer's notes the
// editor has not seen yet.
func (l *IssueList) saveReviewed(path string, is *gazette.Issue, rec *store.ImportRecord, warns []string, replace bool) {
	var got *app.Imported
	l.w.Ctl.Run("正在导入 "+path, func(func(float64)) error {
		var err error
		got, err = app.ImportIssueWith(l.w.Ctl.Store, is, rec, replace)
		return err
	}, func(err error) {
		var exists *app.ExistsError
		if errors.As(err, &exists) && exists.Existing.Status == gazette.StatusSigned {
			// store.Replace refuses a signed issue: say so before asking.
			showError(l.w.Win, fmt.Errorf("%s，已签发，不能用“%s”替换。确需替换，请先打开它，在“导出印刷文件”页点“解锁…”并写明原因，再导入", exists.Error(), filepath.Base(path)))
			return
		}
		if errors.As(err, &exists) {
			msg := exists.Error() + "。\n用“" + filepath.Base(path) + "”替换它吗？替换前会先备份数据库。"
			confirm(l.w.Win, "导入往期", msg, "替换", func() { l.saveReviewed(path, is, rec, warns, true) })
			return
		}
		if err != nil {
			showError(l.w.Win, err)
			return
		}
		l.Review = nil
		l.Refresh()
		saved := got.Issue
		if open := l.w.Ctl.Issue(); got.Replaced && open != nil && open.ID == saved.ID {
			l.w.Ctl.ShowError(l.w.Ctl.Reload()) // the open issue was the one replaced
		}
		verb := "已导入"
		if got.Replaced {
			verb = "已替换"
		}
		msg := fmt.Sprintf("%s：\n《%s》%s（%d篇）", verb, saved.Title, saved.Label(), saved.ArticleCount())
		if got.Backup != "" {
			msg += "\n原来的一期已备份到 " + got.Backup
		}
		if len(warns) > 0 {
			msg += "\n\n请留意：\n" + strings.Join(warns, "\n")
		}
		showInfo(l.w.Win, "导入往期", msg)
	})
}

// columnsLayout lays its objects out in one row: each of a fixed width, the
// one of width 0 taking what is left.
type columnsLayout struct{ widths []float32 }

func (c *columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	fixed := float32(0)
	for _, w := range c.widths {
		fixed += w
	}
	rest := size.Width - fixed - pad*float32(len(c.widths)-1)
	if rest < 80 {
		rest = 80
	}
	x := float32(0)
	for i, o := range objs {
		w := rest
		if i < len(c.widths) && c.widths[i] > 0 {
			w = c.widths[i]
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(x, (size.Height-h)/2))
		o.Resize(fyne.NewSize(w, h))
		x += w + pad
	}
}

func (c *columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		if m := o.MinSize().Height; m > h {
			h = m
		}
	}
	w := float32(80)
	for _, x := range c.widths {
		w += x + theme.Padding()
	}
	return fyne.NewSize(w, h)
}

// screenshotImportEnv names a whole-issue text the screenshot of the
// import review reads (tools/screenshots/run.sh sets it to the corpus issue
// with page furniture); without it the demo issue's text is read.
const screenshotImportEnv = "GAZETTE_SCREENSHOT_IMPORT"

// screenshotImportReview shows the import review in a 1024×640 window.
func (w *Workstation) screenshotImportReview() {
	name, data := "往期.txt", assets.DemoText
	if path := os.Getenv(screenshotImportEnv); path != "" {
		if b, err := os.ReadFile(path); err == nil {
			name, data = filepath.Base(path), b
		}
	}
	is, rep, err := app.ReadIssueReport(name, data)
	if err != nil {
		showError(w.Win, err)
		return
	}
	w.Win.Resize(fyne.NewSize(1024, 640))
	w.List.Review = w.List.ShowImportReview(name, is, rep)
}

// screenshotImportRemoved shows the import review's lines removed as page
// furniture.
func (w *Workstation) screenshotImportRemoved() {
	if w.List.Review == nil {
		w.screenshotImportReview()
	}
	r := w.List.Review
	if r == nil {
		return
	}
	r.Tabs.SelectIndex(1)
	if r.removed == nil {
		return
	}
	for i, m := range r.Report.Removed { // from a little before the first folio
		if m.Reason == importer.ReasonFolio {
			r.removed.ScrollToBottom() // scrolling up puts the item on top
			r.removed.ScrollTo(max(i-1, 0))
			break
		}
	}
}
