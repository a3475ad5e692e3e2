package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
	"gazette/layout"
	"gazette/store"
)

// Workstation is the whole window: the tabs of the screens, a status line
// and a progress bar for long work.
type Workstation struct {
	Ctl *Controller
	Win fyne.Window

	Tabs     *container.AppTabs
	List     *IssueList
	Composer *Composer
	Body     *BodyEditor
	Cover    *CoverDesigner
	Preview  *PagePreview
	Export   *ExportScreen
	Proof    *ProofPanel

	layouter *layout.Layouter // keeps set articles between layouts
	laid     *laidOut         // the last layout of the open issue

	status   *widget.Label
	progress *widget.ProgressBar
	task     *widget.Label

	// Banner stands above the screens while the open issue is signed: it
	// says why nothing can be edited, and UnlockBtn leads to 解锁.
	tabScreen map[*container.TabItem]screen // the screen of each tab

	Banner    *fyne.Container
	bannerMsg *widget.Label
	UnlockBtn *widget.Button
}

// The tab titles, in order.
const (
	TabList    = "期刊列表"
	TabCompose = "编排"
	TabBody    = "正文编辑"
	TabCover   = "封面与版式"
	TabPreview = "版面预览"
	TabExport  = "导出印刷文件"
)

// New builds the workstation in win over the open store s and opens the
// latest issue. The caller shows the window.
func New(win fyne.Window, s *store.Store) *Workstation {
	w := &Workstation{Ctl: NewController(s), Win: win, layouter: layout.NewLayouter(layout.Options{})}
	w.Ctl.OnError(func(err error) { showError(win, err) })
	w.status = widget.NewLabel("")
	w.task = widget.NewLabel("")
	w.progress = widget.NewProgressBar()
	w.progress.Hide()
	w.Ctl.OnProgress(w.showProgress)

	w.List = newIssueList(w)
	w.Composer = newComposer(w)
	w.Body = newBodyEditor(w)
	w.Cover = newCoverDesigner(w)
	w.Preview = newPagePreview(w)
	w.Export = newExportScreen(w)
	w.Proof = newProofPanel(w)
	w.Tabs = w.makeTabs()
	bottom := container.NewBorder(nil, nil, w.task, nil, container.NewHBox(w.status), w.progress)
	w.bannerMsg = widget.NewLabel("")
	w.bannerMsg.Importance = widget.WarningImportance
	w.bannerMsg.Wrapping = fyne.TextWrapWord
	w.UnlockBtn = widget.NewButtonWithIcon("解锁…", theme.WarningIcon(), func() {
		w.Select(TabExport)
		w.Export.askUnlock()
	})
	w.Banner = container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), w.UnlockBtn, w.bannerMsg)
	w.Banner.Hide()
	win.SetContent(container.NewBorder(w.Banner, bottom, nil, nil, w.Tabs))
	win.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { w.Composer.dropped(uris) })
	w.addShortcuts()

	w.Ctl.OnChange(w.changed)
	w.List.Refresh()
	w.reopen()
	win.SetCloseIntercept(w.quit)
	return w
}

// changed keeps the title and the status line in step with the controller.
func (w *Workstation) changed(ch Change) {
	is := w.Ctl.Issue()
	w.Win.SetTitle(WindowTitle(is))
	switch ch {
	case ChangedSaved:
		w.status.SetText("已保存 " + time.Now().Format("15:04:05"))
		w.List.Refresh()
	case ChangedEdit:
		w.status.SetText("有未保存的修改…")
	case ChangedReverted:
		w.List.Refresh()
	case ChangedIssue, ChangedStatus:
		if is == nil {
			w.status.SetText("未打开刊期")
		} else {
			w.status.SetText(fmt.Sprintf("%s %s（%s）", is.Title, is.Label(), is.Status.Label()))
		}
		w.List.Refresh()
		if is != nil && ch == ChangedIssue {
			w.List.SelectID(is.ID) // 打开、复制、删除 act on the open issue at first
		}
	case ChangedList:
		w.List.Refresh()
	}
	w.showBanner(is)
	if ch == ChangedIssue {
		w.remember()
	}
	for _, sc := range w.screens() {
		sc.s.changed(ch)
	}
}

// showBanner shows the read-only banner while the open issue is signed.
func (w *Workstation) showBanner(is *gazette.Issue) {
	if is == nil || is.Status != gazette.StatusSigned {
		w.Banner.Hide()
		return
	}
	w.bannerMsg.SetText(fmt.Sprintf("《%s》%s已于 %s %s签发，只能查看和导出。要修改，点右边“解锁…”并写明原因。",
		is.Title, is.Label(), is.SignedAt.Local().Format("2006-01-02 15:04"), signerText(is)))
	w.Banner.Show()
}

// Select brings the tab with the given title to the front.
func (w *Workstation) Select(title string) {
	for _, t := range w.Tabs.Items {
		if t.Text == title {
			w.Tabs.Select(t)
			return
		}
	}
}

// showProgress shows or hides the progress bar of long work.
func (w *Workstation) showProgress(title string, frac float64, done bool) {
	if done {
		w.progress.Hide()
		w.task.SetText("")
		return
	}
	w.task.SetText(title)
	w.progress.SetValue(frac)
	w.progress.Show()
}

// edit runs fn through the controller and shows its error.
func (w *Workstation) edit(fn func(is *gazette.Issue) error) bool {
	return w.editAs(undoEdit, "", fn)
}

// editAs runs fn through the controller as an undo step named label
// (joined with the previous one when key is the same, see EditAs) and
// shows its error.
func (w *Workstation) editAs(label, key string, fn func(is *gazette.Issue) error) bool {
	if err := w.Ctl.EditAs(label, key, fn); err != nil {
		showError(w.Win, err)
		return false
	}
	return true
}
