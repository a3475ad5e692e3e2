package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"gazette/app"
	"gazette/gazette"
	"gazette/preflight"
)

// ExportOptions are the choices of one export.
type ExportOptions struct {
	Path  string // the PDF (with Split, the base of the two files)
	Bleed bool   // keep the bleed (print); off sets the pages without it
	Marks bool   // crop marks
	Web   bool   // the electronic edition (no bleed, no marks, RGB)
	Split bool   // cover and body as two files
	Exact bool   // glyph outlines embedded as the fonts have them (pdf.Options.ExactOutlines)
	Force bool   // export despite preflight errors
}

// app returns the render options of an export: the same Options value
// gazette render builds from its flags, so that both refuse and make the
// same things. Without Bleed the pages are set without bleed.
func (o ExportOptions) app() app.Options {
	opt := app.Options{Marks: o.Marks, Web: o.Web, Split: o.Split, ExactOutlines: o.Exact, Force: o.Force}
	if !o.Bleed && !o.Web {
		none := 0.0
		opt.Bleed = &none
	}
	return opt
}

// ExportFile is one PDF written.
type ExportFile = app.File

// ExportResult is what an export wrote, with the preflight findings.
type ExportResult struct {
	Files    []ExportFile
	Findings []preflight.Finding
	gen      int           // the controller Gen it was made at
	full     bool          // one print PDF of every page: fit for sign-off
	opt      ExportOptions // the options it was made with (签发 makes it again with them)
	issueID  string
}

// ExportScreen is the 导出印刷文件 screen: options, the export with its
// progress and preflight report, the files written (path, page count,
// SHA-256), and 签发 / 解锁.
type ExportScreen struct {
	w *Workstation

	Path                     *widget.Entry
	Bleed, Marks, Web, Split *widget.Check
	Exact                    *widget.Check
	ExportBtn, SignBtn       *widget.Button
	UnlockBtn, ChooseBtn     *widget.Button
	FolderBtn                *widget.Button // 打开所在文件夹, shown after an export
	Result                   *widget.Label
	status                   *widget.Label
	report                   *widget.Label
	last                     *ExportResult
	content                  fyne.CanvasObject
	shownID                  string // the issue the path and result are of
}

func newExportScreen(w *Workstation) *ExportScreen {
	e := &ExportScreen{w: w}
	e.Path = widget.NewEntry()
	e.ChooseBtn = widget.NewButton("选择…", func() { e.choosePath() })
	e.Bleed = widget.NewCheck("含出血", nil)
	e.Bleed.SetChecked(true)
	e.Marks = widget.NewCheck("裁切标记", nil)
	e.Marks.SetChecked(true)
	e.Web = widget.NewCheck("网络版（无出血、无标记、RGB 图片）", func(on bool) {
		if on {
			e.Bleed.Disable()
			e.Marks.Disable()
		} else {
			e.Bleed.Enable()
			e.Marks.Enable()
		}
	})
	e.Split = widget.NewCheck("封面与正文分开成两个文件", nil)
	e.Exact = widget.NewCheck("字形按字体原样嵌入（文件更大；默认取整到 0.01 毫米以内，印刷上看不出）", nil)
	e.ExportBtn = widget.NewButton("导出 PDF", func() { e.Export(e.options(), e.exported) })
	e.ExportBtn.Importance = widget.HighImportance
	e.SignBtn = widget.NewButton("签发…", func() { e.askSignOff() })
	e.UnlockBtn = widget.NewButton("解锁…", func() { e.askUnlock() })
	e.FolderBtn = widget.NewButton("打开所在文件夹", func() { e.OpenFolder() })
	e.FolderBtn.Hide()
	e.Result = widget.NewLabel("")
	e.Result.Wrapping = fyne.TextWrapWord
	e.Result.Selectable = true // the path and SHA-256 can be copied
	e.status = widget.NewLabel("")
	e.status.Wrapping = fyne.TextWrapWord
	e.status.Selectable = true
	e.report = widget.NewLabel("")
	e.report.Wrapping = fyne.TextWrapWord

	form := widget.NewForm(
		widget.NewFormItem("文件", container.NewBorder(nil, nil, nil, e.ChooseBtn, e.Path)),
		widget.NewFormItem("选项", container.NewVBox(e.Bleed, e.Marks, e.Web, e.Split, e.Exact)),
	)
	actions := container.NewHBox(e.ExportBtn, widget.NewSeparator(), e.SignBtn, e.UnlockBtn)
	top := container.NewVBox(widget.NewLabelWithStyle("导出印刷文件", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		form, actions, e.status, widget.NewSeparator(), e.Result, container.NewHBox(e.FolderBtn))
	e.content = container.NewBorder(top, nil, nil, nil,
		container.NewVScroll(container.NewVBox(widget.NewLabelWithStyle("预检报告", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), e.report)))
	e.changed(ChangedIssue)
	return e
}

// Content is the screen's widget tree.
func (e *ExportScreen) Content() fyne.CanvasObject { return e.content }

func (e *ExportScreen) shown() {}

func (e *ExportScreen) changed(ch Change) {
	is := e.w.Ctl.Issue()
	// Another issue gets its own path and an empty result; the same issue
	// read again (signed off, unlocked, a version restored) keeps the path
	// chosen and shows what was exported (签发 needs a new export anyway).
	if id := issueID(is); (ch == ChangedIssue || ch == ChangedStatus) && id != e.shownID {
		e.shownID = id
		e.Path.SetText(defaultPDFPath(is))
		e.last = nil
		e.Result.SetText("")
		e.FolderBtn.Hide()
		e.report.SetText(reportHint)
	}
	switch {
	case is == nil:
		e.status.SetText("未打开刊期")
		e.ExportBtn.Disable()
		e.SignBtn.Disable()
		e.UnlockBtn.Disable()
	case is.Status == gazette.StatusSigned:
		e.status.SetText(fmt.Sprintf("本期已于 %s %s签发（PDF SHA-256：%s）。修改前须解锁并写明原因。",
			is.SignedAt.Local().Format("2006-01-02 15:04"), signerText(is), is.SignedPDFSHA256) + e.signoffHistory(is))
		e.ExportBtn.Enable()
		e.SignBtn.Disable()
		e.UnlockBtn.Enable()
	default:
		e.ExportBtn.Enable()
		e.UnlockBtn.Disable()
		e.updateSign()
	}
}

// signerText names who signed is off ("由签发人张三"), or is "" for an
// issue signed before the 签发人 was asked for.
func signerText(is *gazette.Issue) string {
	if is.SignedBy == "" {
		return ""
	}
	return "由签发人" + is.SignedBy
}

// issueID is the ID of is, "" for none.
func issueID(is *gazette.Issue) string {
	if is == nil {
		return ""
	}
	return is.ID
}

// updateSign enables 签发 when the last export is a full print PDF of the
// issue as it is now.
func (e *ExportScreen) updateSign() {
	if e.canSign() {
		e.SignBtn.Enable()
	} else {
		e.SignBtn.Disable()
	}
	if is := e.w.Ctl.Issue(); is != nil && is.Status != gazette.StatusSigned {
		e.status.SetText(e.draftStatus(is))
	}
}

// draftStatus is the status line of an issue not signed: what 签发 waits
// for, or that it can be done now (the line asked for an export still
// after one), and the last unlock.
func (e *ExportScreen) draftStatus(is *gazette.Issue) string {
	msg := "状态：" + is.Status.Label() + "。签发前请先导出完整的印刷 PDF（不选网络版，不分开封面正文）。"
	if e.canSign() {
		msg = "状态：" + is.Status.Label() + "。已导出完整的印刷 PDF，导出后未再修改：可以签发。"
	}
	if n := len(is.Unlocks); n > 0 {
		u := is.Unlocks[n-1]
		msg += fmt.Sprintf("\n上次解锁：%s %s，原因：%s", u.Time.Local().Format("2006-01-02 15:04"), u.User, u.Reason)
	}
	return msg + e.signoffHistory(is)
}

// signoffHistory lists the issue's sign-offs, one line each: time, 签发人
// and the OS user (gazette signoff --list prints the same); "" when it was
// never signed off.
func (e *ExportScreen) signoffHistory(is *gazette.Issue) string {
	recs, err := e.w.Ctl.Store.SignOffs(is.ID)
	if err != nil {
		return "\n签发记录读不出：" + err.Error()
	}
	if len(recs) == 0 {
		return ""
	}
	lines := []string{"\n签发记录："}
	for _, r := range recs {
		who := r.Signer
		if who == "" {
			who = "未记"
		}
		lines = append(lines, fmt.Sprintf("第%d次　%s　签发人 %s（本机用户 %s）", r.Seq, r.Time.Local().Format("2006-01-02 15:04"), who, r.User))
	}
	return strings.Join(lines, "\n")
}

func (e *ExportScreen) canSign() bool {
	is := e.w.Ctl.Issue()
	return is != nil && is.Status != gazette.StatusSigned && e.last != nil && e.last.full &&
		e.last.issueID == is.ID && e.last.gen == e.w.Ctl.Gen()
}

// defaultPDFPath proposes ~/公报/<刊名>-2020年第8期.pdf.
func defaultPDFPath(is *gazette.Issue) string {
	if is == nil {
		return ""
	}
	dir, err := os.UserHomeDir()
	if err != nil {
		dir = "."
	}
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '_'
		}
		return r
	}, fmt.Sprintf("%s-%s.pdf", is.Title, is.Label()))
	return filepath.Join(dir, "公报", name)
}

// options are the form's choices; the web edition's unticked-by-default
// bleed and marks (their boxes are disabled) are not in effect.
func (e *ExportScreen) options() ExportOptions {
	web := e.Web.Checked
	return ExportOptions{Path: strings.TrimSpace(e.Path.Text), Bleed: e.Bleed.Checked && !web, Marks: e.Marks.Checked && !web, Web: web, Split: e.Split.Checked, Exact: e.Exact.Checked}
}

func (e *ExportScreen) choosePath() {
	askSavePath(e.w.Win, filepath.Base(e.Path.Text), func(p string) {
		if !strings.HasSuffix(strings.ToLower(p), ".pdf") {
			p += ".pdf"
		}
		e.Path.SetText(p)
	})
}

// exported shows the outcome of an export started from the button.
func (e *ExportScreen) exported(r *ExportResult, err error) {
	var pf *app.PreflightError
	if errors.As(err, &pf) {
		e.showReport(pf.Findings)
		msg := fmt.Sprintf("预检发现 %d 个错误（详见下方预检报告）。带着错误付印可能出现缺字、文字溢出等问题。\n仍然导出吗？", preflight.Errors(pf.Findings))
		confirm(e.w.Win, "预检有错误", msg, "仍然导出", func() {
			opt := e.options()
			opt.Force = true
			e.Export(opt, e.exported)
		})
		return
	}
	if err != nil {
		showError(e.w.Win, err)
	}
}

// Export lays the issue out, runs preflight and writes the PDF(s) off the
// UI goroutine with a progress bar (app.Render, as gazette render does);
// done gets the result on the UI goroutine. Preflight errors stop it
// (*app.PreflightError) unless opt.Force.
func (e *ExportScreen) Export(opt ExportOptions, done func(*ExportResult, error)) {
	is := e.w.Ctl.Issue()
	if is == nil {
		done(nil, errNoIssue)
		return
	}
	if opt.Path == "" {
		done(nil, fmt.Errorf("请先填写要导出的 PDF 文件路径"))
		return
	}
	if err := e.w.Ctl.Flush(); err != nil {
		done(nil, err)
		return
	}
	src := app.Stored(is.Clone())
	gen := e.w.Ctl.Gen()
	var res *ExportResult
	e.w.Ctl.Run("正在导出 "+filepath.Base(opt.Path), func(progress func(float64)) error {
		if err := os.MkdirAll(filepath.Dir(opt.Path), 0o755); err != nil {
			return fmt.Errorf("创建目录 %s：%w", filepath.Dir(opt.Path), err)
		}
		r, err := app.Render(src, opt.app(), opt.Path, progress)
		if r != nil {
			res = &ExportResult{Files: r.Files, Findings: r.Findings, full: !opt.Split && !opt.Web, opt: opt}
		}
		return err
	}, func(err error) {
		if res != nil {
			e.showReport(res.Findings)
		}
		if err != nil {
			done(nil, err)
			return
		}
		res.gen, res.issueID = gen, src.Issue.ID
		e.last = res
		e.Result.SetText(res.Summary())
		e.FolderBtn.Show()
		e.updateSign()
		done(res, nil)
	})
}

// Summary describes the files written, one a paragraph.
func (r *ExportResult) Summary() string {
	var b strings.Builder
	for _, f := range r.Files {
		fmt.Fprintf(&b, "已导出：%s\n页数：%d\nSHA-256：%s\n\n", f.Path, f.Pages, f.SHA256)
	}
	if n := preflight.Errors(r.Findings); n > 0 {
		fmt.Fprintf(&b, "注意：导出时预检仍有 %d 个错误。\n", n)
	}
	return strings.TrimSpace(b.String())
}

// reportHint stands in the 预检报告 before the first export.
const reportHint = "导出时先做预检，结果列在这里。也可以先到“版面预览”查看预检结果，点一条即可看到它在页面上的位置。"

// showReport lists the preflight findings.
func (e *ExportScreen) showReport(fs []preflight.Finding) {
	if len(fs) == 0 {
		e.report.SetText("预检没有发现问题。")
		return
	}
	var b strings.Builder
	errs := preflight.Errors(fs)
	fmt.Fprintf(&b, "%d 个错误，%d 个警告：\n", errs, len(fs)-errs)
	for _, f := range fs {
		b.WriteString(f.String())
		b.WriteByte('\n')
	}
	e.report.SetText(b.String())
}

// LastExport returns the result of the last export (nil when none).
func (e *ExportScreen) LastExport() *ExportResult { return e.last }

// SignOffDialog is the 签发 confirmation: what signing off does, and the
// 签发人 who signs (pre-filled with the last one used; required).
type SignOffDialog struct {
	Signer *widget.Entry
	dlg    *dialog.FormDialog
}

// Submit presses 签发: a blank 签发人 is refused and the dialog stays.
func (d *SignOffDialog) Submit() { d.dlg.Submit() }

// askSignOff opens the 签发 confirmation (nil when there is nothing to sign).
func (e *ExportScreen) askSignOff() *SignOffDialog {
	if !e.canSign() {
		showError(e.w.Win, fmt.Errorf("请先导出完整的印刷 PDF（导出后未再修改），再签发"))
		return nil
	}
	f := e.last.Files[0]
	msg := e.w.Proof.SignWarning() + fmt.Sprintf("签发后本期锁定，不能再修改（确需修改时可解锁并写明原因）。\n\n签发时以同样的选项重新生成印刷 PDF（文件日期为签发时间），写到 %s，并记下它的 SHA-256、签发人和本机用户。\n\n确定签发吗？", f.Path)
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	sd := &SignOffDialog{Signer: widget.NewEntry()}
	sd.Signer.SetPlaceHolder("签发人姓名")
	sd.Signer.SetText(app.LastSigner(e.w.Ctl.Store))
	sd.Signer.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return app.ErrNoSigner
		}
		return nil
	}
	items := []*widget.FormItem{widget.NewFormItem("", label), widget.NewFormItem("签发人", sd.Signer)}
	sd.dlg = dialog.NewForm("签发", "签发", "取消", items, func(ok bool) {
		if ok {
			if err := e.SignOff(sd.Signer.Text); err != nil {
				showError(e.w.Win, err)
			}
		}
	}, e.w.Win)
	sd.Signer.OnSubmitted = func(string) { sd.dlg.Submit() } // Enter signs
	sd.dlg.Resize(dialogSize(e.w.Win, 480, 320))
	sd.dlg.Show()
	e.w.Win.Canvas().Focus(sd.Signer)
	return sd
}

// SignOff signs the open issue off, by the 签发人 signer (required), with
// the options of the last export (app.SignOff, the same function the
// command line's signoff uses and its render reproduces): the PDF is made
// again dated by the sign-off time, written over the exported file, and
// stored with its SHA-256; the issue becomes read-only.
func (e *ExportScreen) SignOff(signer string) error {
	if !e.canSign() {
		return fmt.Errorf("请先导出完整的印刷 PDF（导出后未再修改），再签发")
	}
	if strings.TrimSpace(signer) == "" {
		return app.ErrNoSigner
	}
	if err := e.w.Ctl.Flush(); err != nil {
		return err
	}
	is := e.w.Ctl.Issue()
	last := e.last
	r, err := app.SignOff(e.w.Ctl.Store, is.ID, signer, last.opt.app(), last.Files[0].Path, nil)
	if err != nil {
		return err
	}
	e.last = &ExportResult{Files: r.Files, Findings: r.Findings, full: true, opt: last.opt, issueID: is.ID}
	e.Result.SetText(e.last.Summary())
	if err := e.w.Ctl.Reload(); err != nil {
		return err
	}
	e.w.Ctl.notify(ChangedStatus)
	return nil
}

func (e *ExportScreen) askUnlock() {
	reason := widget.NewEntry()
	reason.SetPlaceHolder("如：第5页文号有误，需要更正")
	reason.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("请写明解锁原因")
		}
		return nil
	}
	note := widget.NewLabel("原因连同时间和操作人记入本期的解锁记录。解锁后可以修改；改完须重新导出印刷 PDF 并再次签发。")
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.LowImportance
	items := []*widget.FormItem{widget.NewFormItem("解锁原因", reason), widget.NewFormItem("", note)}
	d := dialog.NewForm("解锁已签发的刊期", "解锁", "取消", items, func(ok bool) {
		if ok {
			if err := e.Unlock(reason.Text); err != nil {
				showError(e.w.Win, err)
			}
		}
	}, e.w.Win)
	reason.OnSubmitted = func(string) { d.Submit() } // Enter unlocks
	d.Resize(fyne.NewSize(480, 240))
	d.Show()
	e.w.Win.Canvas().Focus(reason)
}

// Unlock opens the signed issue again for edits; the reason is required
// and recorded with the time and user.
func (e *ExportScreen) Unlock(reason string) error {
	is := e.w.Ctl.Issue()
	if is == nil {
		return errNoIssue
	}
	if err := app.Unlock(e.w.Ctl.Store, is.ID, reason); err != nil {
		return err
	}
	if err := e.w.Ctl.Reload(); err != nil {
		return err
	}
	e.w.Ctl.notify(ChangedStatus)
	return nil
}
