package ui

import (
	"fmt"
	"os"
	"os/user"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gazette/app"
	"gazette/gazette"
	"gazette/proof"
)

// TabProof is the title of the 校对 tab.
const TabProof = "校对"

// ProofPanel is the 校对 screen: the proofreading findings of the open
// issue; selecting one opens its paragraph in 正文编辑 with the cursor at
// the spot, 一键修改 makes a mechanical fix, 标为无误 records (with the
// editor's name) that the finding is intended. The checks are proof's, the
// same as gazette proof's.
type ProofPanel struct {
	w       *Workstation
	content fyne.CanvasObject

	report  proof.Report
	rows    []proof.Finding // the list's rows: open findings, then intended ones when asked
	sel     int
	stale   bool
	summary *widget.Label
	list    *widget.List
	detail  *widget.Label
	// Para shows the finding's paragraph with the spot highlighted.
	Para   *widget.RichText
	detBox *fyne.Container
	detScr *container.Scroll

	RecheckBtn  *widget.Button
	OpenBtn     *widget.Button
	FixBtn      *widget.Button
	SuppressBtn *widget.Button
	ShowAll     *widget.Check
}

// newProofPanel builds the 校对 screen of w.
func newProofPanel(w *Workstation) *ProofPanel {
	p := &ProofPanel{w: w, sel: -1, stale: true}
	p.summary = widget.NewLabel("")
	p.detail = widget.NewLabel("")
	p.detail.Truncation = fyne.TextTruncateEllipsis // a wrapped label in a scroll overlaps what follows
	p.Para = widget.NewRichText()
	p.Para.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(func() int { return len(p.rows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			f := p.rows[i]
			icon := theme.WarningIcon()
			if f.Severity == gazette.Error {
				icon = theme.ErrorIcon()
			}
			if i >= len(p.report.Open) {
				icon = theme.ConfirmIcon()
			}
			for _, obj := range c.Objects {
				switch v := obj.(type) {
				case *widget.Icon:
					v.SetResource(icon)
				case *widget.Label:
					v.SetText(rowText(f))
				}
			}
		})
	p.list.OnSelected = func(i widget.ListItemID) { p.Select(i) }
	p.RecheckBtn = widget.NewButtonWithIcon("重新校对", theme.ViewRefreshIcon(), func() { p.Recheck() })
	p.OpenBtn = widget.NewButtonWithIcon("到正文编辑修改", theme.DocumentCreateIcon(), func() { p.OpenFinding() })
	p.FixBtn = widget.NewButtonWithIcon("一键修改", theme.ConfirmIcon(), func() { p.w.Ctl.ShowError(p.FixSelected()) })
	p.SuppressBtn = widget.NewButtonWithIcon("标为无误…", theme.VisibilityOffIcon(), func() { p.askSuppress() })
	p.ShowAll = widget.NewCheck("显示已标为无误的", func(bool) { p.fill() })
	p.OpenBtn.Disable()
	p.FixBtn.Disable()
	p.SuppressBtn.Disable()
	tools := container.NewHBox(p.RecheckBtn, p.OpenBtn, p.FixBtn, p.SuppressBtn, p.ShowAll)
	top := container.NewVBox(tools, p.summary)
	p.detBox = container.NewVBox(p.detail, widget.NewSeparator(), p.Para)
	p.detScr = container.NewVScroll(p.detBox)
	split := container.NewVSplit(p.list, p.detScr)
	split.Offset = 0.7
	p.content = container.NewBorder(top, nil, nil, nil, split)
	return p
}

// Content returns the screen.
func (p *ProofPanel) Content() fyne.CanvasObject { return p.content }

// rowText is a finding as one line of the list.
func rowText(f proof.Finding) string {
	where := f.Where()
	if f.Article != "" {
		where = "《" + f.Article + "》" + where
	}
	return fmt.Sprintf("%s　%s：%s", f.Severity.Label(), where, f.Message)
}

// changed marks the findings stale when the issue changes; they are made
// again when the screen is in front. A save changes nothing they read.
func (p *ProofPanel) changed(ch Change) {
	if ch == ChangedList || ch == ChangedSaved {
		return
	}
	p.stale = true
	if p.w.Tabs != nil && p.w.current() == TabProof {
		p.Recheck()
	}
}

// shown rechecks when the screen comes to the front with stale findings.
func (p *ProofPanel) shown() {
	if p.stale {
		p.Recheck()
	}
}

// Recheck proofreads the open issue again (against the database's other
// issues and the stored suppressions).
func (p *ProofPanel) Recheck() {
	p.stale = false
	is := p.w.Ctl.Issue()
	if is == nil {
		p.report = proof.Report{}
		p.fill()
		p.summary.SetText("未打开刊期")
		return
	}
	rep, err := app.Proofread(p.w.Ctl.Store, is)
	if err != nil {
		p.w.Ctl.ShowError(err)
		return
	}
	p.report = rep
	p.fill()
}

// Report returns the findings of the last check.
func (p *ProofPanel) Report() proof.Report { return p.report }

// Findings returns the rows of the list.
func (p *ProofPanel) Findings() []proof.Finding { return p.rows }

// fill shows the report in the list and the summary.
func (p *ProofPanel) fill() {
	p.rows = append([]proof.Finding(nil), p.report.Open...)
	if p.ShowAll.Checked {
		p.rows = append(p.rows, p.report.Intended...)
	}
	nerr := p.report.Errors()
	text := fmt.Sprintf("%d 个错误，%d 个警告", nerr, len(p.report.Open)-nerr)
	if n := len(p.report.Intended); n > 0 {
		text += fmt.Sprintf("；%d 条已标为无误", n)
	}
	if len(p.report.Open) == 0 {
		text += "。校对未发现问题。"
	}
	p.summary.SetText(text)
	p.sel = -1
	p.list.UnselectAll()
	p.list.Refresh()
	p.detail.SetText("选中一条发现，显示它所在的段落。")
	p.Para.Segments = nil
	p.Para.Refresh()
	p.relayout()
	p.OpenBtn.Disable()
	p.FixBtn.Disable()
	p.SuppressBtn.Disable()
}

// Select shows finding i and opens its paragraph in 正文编辑, the cursor at
// the spot (a head field opens the article in 编排).
func (p *ProofPanel) Select(i int) {
	if i < 0 || i >= len(p.rows) {
		return
	}
	p.sel = i
	f := p.rows[i]
	var b strings.Builder
	fmt.Fprintf(&b, "%s［%s］%s\n", f.Severity.Label(), f.Rule, f.Message)
	if f.Article != "" {
		fmt.Fprintf(&b, "文章：《%s》%s\n", f.Article, f.Where())
	}
	if f.Excerpt != "" {
		fmt.Fprintf(&b, "原文：%s\n", f.Excerpt)
	}
	if f.Fix != nil {
		if f.Fix.Join {
			b.WriteString("建议：与下一段合并\n")
		} else {
			fmt.Fprintf(&b, "建议：“%s”改为“%s”\n", f.Fix.Old, f.Fix.New)
		}
	}
	fmt.Fprintf(&b, "依据：%s", f.Cite)
	p.detail.SetText(b.String())
	signed := p.w.Ctl.Signed()
	p.FixBtn.Disable()
	if f.Fix != nil && !signed && i < len(p.report.Open) {
		p.FixBtn.Enable()
	}
	p.SuppressBtn.Disable()
	if f.Key != "" && i < len(p.report.Open) {
		p.SuppressBtn.Enable()
	}
	p.showParagraph(f)
	p.OpenBtn.Enable()
	if is := p.w.Ctl.Issue(); is != nil && f.ArticleID != "" {
		if a, _ := is.Article(f.ArticleID); a != nil && f.WalkIndex(a) >= 0 {
			p.w.Body.ShowBlock(f.ArticleID, f.WalkIndex(a))
		}
	}
}

// showParagraph shows the whole paragraph of the finding with its spot
// highlighted.
func (p *ProofPanel) showParagraph(f proof.Finding) {
	p.Para.Segments = nil
	if is := p.w.Ctl.Issue(); is != nil {
		if text, ok := proof.UnitText(is, f); ok {
			rs := []rune(text)
			a, b := min(f.Offset, len(rs)), min(f.Offset+f.Length, len(rs))
			spot := string(rs[a:b])
			if spot == "" {
				spot = "▲"
			}
			hi := widget.RichTextStyleStrong
			hi.Inline = true
			hi.ColorName = theme.ColorNameError
			p.Para.Segments = []widget.RichTextSegment{
				&widget.TextSegment{Text: string(rs[:a]), Style: widget.RichTextStyleInline},
				&widget.TextSegment{Text: spot, Style: hi},
				&widget.TextSegment{Text: string(rs[b:]), Style: widget.RichTextStyleInline},
			}
		}
	}
	p.Para.Refresh()
	p.relayout()
}

// relayout lays the detail out again after its text changed size.
func (p *ProofPanel) relayout() {
	p.detBox.Refresh()
	p.detScr.Refresh()
}

// OpenFinding goes to where the selected finding can be put right: its
// paragraph in 正文编辑 with the cursor at the spot, the article's head in
// 编排, or the section in 编排.
func (p *ProofPanel) OpenFinding() {
	is := p.w.Ctl.Issue()
	if is == nil || p.sel < 0 || p.sel >= len(p.rows) {
		return
	}
	f := p.rows[p.sel]
	if f.ArticleID == "" {
		if f.Section >= 0 {
			p.w.Composer.SelectSection(f.Section)
		}
		p.w.Select(TabCompose)
		return
	}
	a, _ := is.Article(f.ArticleID)
	if a == nil {
		return
	}
	idx := f.WalkIndex(a)
	if idx < 0 {
		p.w.Composer.SelectArticle(f.ArticleID)
		p.w.Select(TabCompose)
		return
	}
	p.w.Body.ShowBlock(f.ArticleID, idx)
	p.w.Select(TabBody)
	if b := p.w.Body; f.Row < 0 && idx < b.Rows() && len(b.rows[idx].pieces) > 0 {
		b.selectSpan(b.rows[idx], f.Offset, f.Offset+f.Length) // the spot found, selected
	}
}

// FixSelected makes the selected finding's mechanical fix and checks again.
func (p *ProofPanel) FixSelected() error {
	if p.sel < 0 || p.sel >= len(p.rows) {
		return nil
	}
	f := p.rows[p.sel]
	if err := p.w.Ctl.Edit(func(is *gazette.Issue) error { return proof.Apply(is, f) }); err != nil {
		return err
	}
	p.Recheck()
	return nil
}

// Suppress records the selected finding as intended by editor with note,
// and checks again.
func (p *ProofPanel) Suppress(editor, note string) error {
	if p.sel < 0 || p.sel >= len(p.rows) || p.w.Ctl.Issue() == nil {
		return nil
	}
	f := p.rows[p.sel]
	if strings.TrimSpace(editor) == "" {
		return fmt.Errorf("标为无误：请填写编辑姓名")
	}
	if err := proof.Suppress(p.w.Ctl.Store, p.w.Ctl.Issue().ID, f, strings.TrimSpace(editor), strings.TrimSpace(note)); err != nil {
		return err
	}
	p.Recheck()
	return nil
}

// askSuppress asks the editor's name and reason, then suppresses.
func (p *ProofPanel) askSuppress() {
	name := widget.NewEntry()
	name.SetText(editorName())
	note := widget.NewEntry()
	note.SetPlaceHolder("如：原文如此，经核对无误")
	items := []*widget.FormItem{widget.NewFormItem("编辑", name), widget.NewFormItem("理由", note)}
	dialog.ShowForm("标为无误", "确定", "取消", items, func(ok bool) {
		if ok {
			p.w.Ctl.ShowError(p.Suppress(name.Text, note.Text))
		}
	}, p.w.Win)
}

// editorName is the name the suppression dialog starts with: the
// operating system's user.
func editorName() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return os.Getenv("USER")
}

// SignWarning returns, for the 签发 confirmation, a warning naming the
// proofreading errors still open in the issue ("" when there are none).
func (p *ProofPanel) SignWarning() string {
	if p.w.Ctl.Issue() == nil {
		return ""
	}
	p.Recheck()
	n := p.report.Errors()
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("注意：校对还有 %d 个错误未处理（见“校对”）：%s\n\n", n, firstError(p.report.Open))
}

func firstError(fs []proof.Finding) string {
	for _, f := range fs {
		if f.Severity == gazette.Error {
			return rowText(f)
		}
	}
	return ""
}
