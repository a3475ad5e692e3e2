package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"gazette/app"
	"gazette/gazette"
	"gazette/importer"
	"gazette/store"
)

// IssueList is the 期刊列表 screen: every issue in the database with 刊名,
// 年/期, 总期号, status and last change, and the actions on whole issues.
type IssueList struct {
	w        *Workstation
	rows     []store.Summary
	selected int // row index, -1 for none
	table    *rowTable
	content  fyne.CanvasObject

	// Empty says what to do while the database has no issue.
	Empty *widget.Label

	// The buttons, in toolbar order (kept for tests).
	OpenBtn, NewBtn, DupBtn, DeleteBtn, ImportBtn, BackupBtn, RestoreBtn *widget.Button

	// Search is the search across all issues (searchpanel.go).
	Search *SearchPanel
	// Review is the open review of a past issue being imported (importreview.go).
	Review *ImportReview
}

// listColumns are the table's column titles.
var listColumns = []string{"刊名", "年/期", "总期号", "状态", "文章", "最后修改"}

func newIssueList(w *Workstation) *IssueList {
	l := &IssueList{w: w, selected: -1}
	l.table = newRowTable(l)
	l.table.ShowHeaderColumn = false
	l.table.CreateHeader = func() fyne.CanvasObject { return widget.NewLabel("") }
	l.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(listColumns) {
			o.(*widget.Label).SetText(listColumns[id.Col])
			o.(*widget.Label).TextStyle.Bold = true
		}
	}
	for i, wd := range []float32{260, 120, 90, 80, 60, 160} {
		l.table.SetColumnWidth(i, wd)
	}
	l.table.OnSelected = func(id widget.TableCellID) {
		// The whole row is the selection: Fyne's marker around one cell is
		// dropped, and every cell of the row is drawn highlighted.
		l.table.UnselectAll()
		l.selectRow(id.Row)
	}
	l.OpenBtn = widget.NewButton("打开", func() { l.openSelected() })
	l.NewBtn = widget.NewButton("新建一期", func() { l.askNew() })
	l.DupBtn = widget.NewButton("复制…", func() { l.askDuplicate() })
	l.DeleteBtn = widget.NewButton("删除", func() { l.askDelete() })
	l.ImportBtn = widget.NewButton("导入往期…", func() { l.askImport() })
	l.BackupBtn = widget.NewButton("备份…", func() { l.askBackup() })
	l.RestoreBtn = widget.NewButton("恢复…", func() { l.askRestore() })
	l.NewBtn.Importance = widget.HighImportance
	bar := container.NewHBox(l.OpenBtn, l.NewBtn, l.DupBtn, l.DeleteBtn, widget.NewSeparator(), l.ImportBtn, l.BackupBtn, l.RestoreBtn)
	l.Empty = widget.NewLabel("数据库里还没有刊期。点“新建一期”开始编一期，或点“导入往期…”读入以前的公报（.txt、.docx 或归档 .zip）。")
	l.Empty.Wrapping = fyne.TextWrapWord
	l.Empty.Alignment = fyne.TextAlignCenter
	l.Empty.Hide()
	list := container.NewStack(l.table, container.NewCenter(container.NewGridWrap(fyne.NewSize(520, 80), l.Empty)))
	l.Search = newSearchPanel(w)
	l.content = container.NewBorder(container.NewVBox(bar, l.Search.Bar()), nil, nil, nil, container.NewVSplit(list, l.Search.ResultsView()))
	return l
}

// Content is the screen's widget tree.
func (l *IssueList) Content() fyne.CanvasObject { return l.content }

// Rows returns the summaries shown, in order.
func (l *IssueList) Rows() []store.Summary { return l.rows }

// cell is the text of one table cell.
func (l *IssueList) cell(row, col int) string {
	if row < 0 || row >= len(l.rows) {
		return ""
	}
	s := l.rows[row]
	switch col {
	case 0:
		if l.w.Ctl.Issue() != nil && l.w.Ctl.Issue().ID == s.ID {
			return "▶ " + s.Title
		}
		return s.Title
	case 1:
		return s.Label()
	case 2:
		return s.TotalLabel()
	case 3:
		return s.Status.Label()
	case 4:
		return strconv.Itoa(s.Articles)
	case 5:
		if s.Modified.IsZero() {
			return ""
		}
		return s.Modified.Local().Format("2006-01-02 15:04")
	}
	return ""
}

// Refresh reloads the summaries from the store, newest issue first.
func (l *IssueList) Refresh() {
	rows, err := l.w.Ctl.Store.List()
	if err != nil {
		showError(l.w.Win, errorf(err, "读取期刊列表"))
		return
	}
	sortSummaries(rows)
	l.rows = rows
	if len(rows) == 0 {
		l.Empty.Show()
	} else {
		l.Empty.Hide()
	}
	if l.selected >= len(rows) {
		l.selected = -1
		l.table.UnselectAll()
	}
	l.table.Refresh()
	l.updateButtons()
}

// sortSummaries orders the list newest first: year, number, total number.
func sortSummaries(rows []store.Summary) {
	less := func(a, b store.Summary) bool {
		if a.Year != b.Year {
			return a.Year > b.Year
		}
		if a.Number != b.Number {
			return a.Number > b.Number
		}
		return a.TotalNumber > b.TotalNumber
	}
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && less(rows[j], rows[j-1]); j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
}

// LatestID returns the ID of the newest issue, or "".
func (l *IssueList) LatestID() string {
	if len(l.rows) == 0 {
		return ""
	}
	return l.rows[0].ID
}

func (l *IssueList) updateButtons() {
	has := l.selected >= 0 && l.selected < len(l.rows)
	for _, b := range []*widget.Button{l.OpenBtn, l.DupBtn, l.DeleteBtn} {
		if has {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

// SelectID selects the row of the issue id.
func (l *IssueList) SelectID(id string) bool {
	for i, r := range l.rows {
		if r.ID == id {
			l.table.ScrollTo(widget.TableCellID{Row: i, Col: 0})
			l.selectRow(i)
			return true
		}
	}
	return false
}

func (l *IssueList) selectedID() string {
	if l.selected < 0 || l.selected >= len(l.rows) {
		return ""
	}
	return l.rows[l.selected].ID
}

func (l *IssueList) openSelected() {
	id := l.selectedID()
	if id == "" {
		return
	}
	if err := l.w.Ctl.Open(id); err != nil {
		showError(l.w.Win, err)
		return
	}
	l.w.Select(TabCompose)
}

// NextDraft returns the issue 新建一期 proposes: the one after the latest
// issue (or an empty one when the database has none).
func (l *IssueList) NextDraft() (*gazette.Issue, error) {
	id := l.LatestID()
	if id == "" {
		return gazette.New("", 0, 1), nil
	}
	prev, err := l.w.Ctl.Store.Get(id)
	if err != nil {
		return nil, errorf(err, "读取最近一期")
	}
	return gazette.NextIssue(prev), nil
}

// askNew shows the 新建一期 form pre-filled from the latest issue.
func (l *IssueList) askNew() {
	is, err := l.NextDraft()
	if err != nil {
		showError(l.w.Win, err)
		return
	}
	title := widget.NewEntry()
	title.SetText(is.Title)
	year := widget.NewEntry()
	year.SetText(strconv.Itoa(is.Year))
	num := widget.NewEntry()
	num.SetText(strconv.Itoa(is.Number))
	total := widget.NewEntry()
	total.SetText(strconv.Itoa(is.TotalNumber))
	for _, e := range []*widget.Entry{year, num, total} {
		e.Validator = positiveInt
	}
	num.Validator = func(s string) error { return l.numberTaken(title.Text, year.Text, s) }
	recheck := func(string) { num.SetValidationError(num.Validate()) }
	year.OnChanged, title.OnChanged = recheck, recheck
	unit := unitChoice(is.Unit, nil)
	title.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("请填写刊名")
		}
		return nil
	}
	items := []*widget.FormItem{
		widget.NewFormItem("刊名", title),
		widget.NewFormItem("年", year),
		widget.NewFormItem("期", num),
		widget.NewFormItem("总期号", total),
		widget.NewFormItem("期号单位", unit),
	}
	note := widget.NewLabel("新一期沿用最近一期的刊名、主管主办、声明、编委会、版权页、封面和版式；栏目和文章从空白开始。")
	if l.LatestID() == "" {
		note.SetText("数据库里还没有刊期：填好刊名和期号，其余在“封面与版式”中填写。")
	}
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.LowImportance
	items = append(items, widget.NewFormItem("", note))
	d := dialog.NewForm("新建一期", "新建", "取消", items, func(ok bool) {
		if !ok {
			return
		}
		is.Title = strings.TrimSpace(title.Text)
		is.Year, _ = strconv.Atoi(year.Text)
		is.Number, _ = strconv.Atoi(num.Text)
		is.TotalNumber, _ = strconv.Atoi(total.Text)
		is.Unit = chosenUnit(unit)
		if err := l.CreateIssue(is); err != nil {
			showError(l.w.Win, err)
		}
	}, l.w.Win)
	for _, e := range []*widget.Entry{title, year, num, total} {
		e.OnSubmitted = func(string) { d.Submit() } // Enter creates
	}
	d.Resize(fyne.NewSize(460, 360))
	d.Show()
}

// positiveInt validates a whole number ≥ 1.
func positiveInt(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 {
		return fmt.Errorf("请填写正整数")
	}
	return nil
}

// CreateIssue saves a new issue, opens it and shows 编排.
func (l *IssueList) CreateIssue(is *gazette.Issue) error {
	for _, r := range l.rows {
		if r.Title == is.Title && r.Year == is.Year && r.Number == is.Number {
			return fmt.Errorf("《%s》%s已经存在；请改期号，或在列表中打开它", is.Title, r.Label())
		}
	}
	if err := l.w.Ctl.Create(is); err != nil {
		return err
	}
	l.SelectID(is.ID)
	l.w.Select(TabCompose)
	return nil
}

// askDelete deletes the selected issue after confirmation.
func (l *IssueList) askDelete() {
	if l.selected < 0 || l.selected >= len(l.rows) {
		return
	}
	s := l.rows[l.selected]
	msg := fmt.Sprintf("确定删除《%s》%s（%d篇文章）吗？\n删除前会自动备份数据库，可用“恢复”找回。", s.Title, s.Label(), s.Articles)
	confirm(l.w.Win, "删除刊期", msg, "删除", func() {
		if err := l.w.Ctl.Delete(s.ID); err != nil {
			showError(l.w.Win, err)
		}
		l.selected = -1
		l.table.UnselectAll()
		l.Refresh()
	})
}

// askImport picks a whole-issue text or an archive and imports it.
func (l *IssueList) askImport() {
	askOpenPath(l.w.Win, []string{".txt", ".md", ".docx", ".zip"}, l.ReviewIssueFile)
}

// ImportIssueFile reads a whole past issue (a text or an archive) off the
// UI goroutine and saves it without the review, as gazette import --new
// does (app.ReadIssueReport, then saveReviewed: app.ImportIssueWith, an issue with
// the same 刊名, year and number replaced only when the editor confirms).
func (l *IssueList) ImportIssueFile(path string) {
	var is *gazette.Issue
	var rec *store.ImportRecord
	var warns []string
	l.w.Ctl.Run("正在读取 "+path, func(progress func(float64)) error {
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("读取 %s：%w", path, err)
		}
		progress(0.5)
		var rep *importer.Report
		is, rep, err = app.ReadIssueReport(filepath.Base(path), data)
		if rep != nil {
			warns = warnLines(rep.Warnings)
		}
		if err == nil {
			rec = app.ImportRecordOf(is, rep)
		}
		return err
	}, func(err error) {
		if err != nil {
			showError(l.w.Win, err)
			return
		}
		l.saveReviewed(path, is, rec, warns, false)
	})
}

// askBackup writes a backup copy of the database where the editor says.
func (l *IssueList) askBackup() {
	askSavePath(l.w.Win, "gazette-备份.db", func(path string) {
		if err := l.Backup(path); err != nil {
			showError(l.w.Win, err)
			return
		}
		showInfo(l.w.Win, "备份", "数据库已备份到\n"+path)
	})
}

// Backup saves pending edits, then writes a checked backup of the database
// to path (app.Backup, as gazette backup does).
func (l *IssueList) Backup(path string) error {
	if err := l.w.Ctl.Flush(); err != nil {
		return err
	}
	_, err := app.Backup(l.w.Ctl.Store, path)
	return err
}

// askRestore picks a backup and puts it in place of the database.
func (l *IssueList) askRestore() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showError(l.w.Win, err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		msg := "用备份\n" + path + "\n替换当前数据库吗？当前数据库会先另存一份（.before-restore）。"
		confirm(l.w.Win, "恢复备份", msg, "恢复", func() {
			if err := l.w.Ctl.RestoreFrom(path); err != nil {
				showError(l.w.Win, err)
				return
			}
			l.Refresh()
			if id := l.LatestID(); id != "" {
				l.w.Ctl.ShowError(l.w.Ctl.Open(id))
			}
		})
	}, l.w.Win)
	if dir, err := storage.ListerForURI(storage.NewFileURI(store.BackupDir(l.w.Ctl.Store.Path()))); err == nil {
		d.SetLocation(dir)
	}
	d.SetFilter(storage.NewExtensionFileFilter([]string{".db"}))
	showFileDialog(d, l.w.Win, "选择备份", "打开")
}
