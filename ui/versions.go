package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
	"gazette/store"
)

// VersionsDialog is 版本与比较: the editor names the issue as it is now
// (一校, 二校, 三校, 付印稿), with the name of who hands it on, and compares
// any two versions — or a version with the text now — of the whole issue
// or of the article shown, added and removed text marked.
type VersionsDialog struct {
	e        *BodyEditor
	versions []store.NamedVersion

	Name, Signer     *widget.Entry
	SaveBtn          *widget.Button
	From, To, Scope  *dropDown
	Diff             *widget.RichText
	list             *widget.Label
	dlg              dialog.Dialog
	scopeIssue, self string
}

// versionNames are the usual names, offered as buttons.
var versionNames = []string{"一校", "二校", "三校", "付印稿"}

// nowLabel is the choice for the issue as it is now.
const nowLabel = "现在"

// ShowVersions opens 版本与比较.
func (e *BodyEditor) ShowVersions() *VersionsDialog {
	v := &VersionsDialog{e: e, scopeIssue: "整期"}
	is := e.w.Ctl.Issue()
	if is == nil {
		showError(e.w.Win, errNoIssue)
		return nil
	}
	if err := e.w.Ctl.Flush(); err != nil {
		showError(e.w.Win, err)
		return nil
	}
	v.Name = widget.NewEntry()
	v.Name.SetPlaceHolder("版本名称，如 一校")
	v.Signer = widget.NewEntry()
	v.Signer.SetPlaceHolder("签发人 / 经手人（姓名）")
	var quick []fyne.CanvasObject
	for _, n := range versionNames {
		quick = append(quick, widget.NewButton(n, func() { v.Name.SetText(n) }))
	}
	v.SaveBtn = widget.NewButton("把现在的本期存为此版本", func() { e.ShowError(v.Save()) })
	v.SaveBtn.Importance = widget.HighImportance
	v.list = widget.NewLabel("")
	v.list.Wrapping = fyne.TextWrapWord
	v.From = newDropDown(nil, func(string) { v.compare() })
	v.To = newDropDown(nil, func(string) { v.compare() })
	scopes := []string{v.scopeIssue}
	if a := e.article(); a != nil {
		v.self = "本篇：" + a.Name()
		scopes = append(scopes, v.self)
	}
	v.Scope = newDropDown(scopes, func(string) { v.compare() })
	v.Diff = widget.NewRichTextWithText("选择要比较的两个版本。")
	v.Diff.Wrapping = fyne.TextWrapWord
	legend := widget.NewLabel("红色【删：…】：前一个版本有、后一个没有；绿色：后一个版本新增。")
	legend.Importance = widget.LowImportance

	top := container.NewVBox(
		widget.NewForm(
			widget.NewFormItem("版本名称", container.NewBorder(nil, nil, nil, container.NewHBox(quick...), v.Name)),
			widget.NewFormItem("签发人", v.Signer),
		),
		container.NewHBox(v.SaveBtn),
		v.list,
		widget.NewSeparator(),
		container.NewGridWithColumns(3, labeledBox("从", v.From), labeledBox("到", v.To), labeledBox("范围", v.Scope)),
		legend,
	)
	body := container.NewBorder(top, nil, nil, nil, container.NewVScroll(v.Diff))
	v.dlg = dialog.NewCustom("版本与比较", "关闭", body, e.w.Win)
	v.dlg.Resize(dialogSize(e.w.Win, 820, 640))
	v.reload()
	v.Scope.SetSelectedIndex(0)
	v.dlg.Show()
	return v
}

// labeledBox puts a short label before o.
func labeledBox(label string, o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(nil, nil, widget.NewLabel(label), nil, o)
}

// reload reads the named versions again and offers them.
func (v *VersionsDialog) reload() {
	is := v.e.w.Ctl.Issue()
	vs, err := v.e.w.Ctl.Store.NamedVersions(is.ID)
	if err != nil {
		v.e.ShowError(err)
		return
	}
	v.versions = vs
	var names, lines []string
	for _, nv := range vs {
		names = append(names, nv.Name)
		who := nv.User
		if nv.Signer != "" {
			who = nv.Signer + "（" + nv.User + "）"
		}
		lines = append(lines, fmt.Sprintf("%s　%s　%s", nv.Name, nv.Time.Local().Format("2006-01-02 15:04"), who))
	}
	if len(lines) == 0 {
		v.list.SetText("本期还没有命名的版本。校对前后各存一次（一校、二校……），就能比较改了什么。")
	} else {
		v.list.SetText("已存的版本：\n" + strings.Join(lines, "\n"))
	}
	v.From.Options = names
	v.To.Options = append(append([]string(nil), names...), nowLabel)
	if v.To.Selected == "" {
		v.To.SetSelected(nowLabel)
	}
	if v.From.Selected == "" && len(names) > 0 {
		v.From.SetSelected(names[len(names)-1])
	}
	v.From.Refresh()
	v.To.Refresh()
}

// Save names the issue as it is now.
func (v *VersionsDialog) Save() error {
	is := v.e.w.Ctl.Issue()
	if is == nil {
		return errNoIssue
	}
	if err := v.e.w.Ctl.Flush(); err != nil {
		return err
	}
	if err := v.e.w.Ctl.Store.NameVersion(is, v.Name.Text, v.Signer.Text); err != nil {
		return err
	}
	v.reload()
	v.e.w.status.SetText("已存为版本“" + strings.TrimSpace(v.Name.Text) + "”")
	return nil
}

// issueOf returns the issue of a version choice (nil for none).
func (v *VersionsDialog) issueOf(choice string) *gazette.Issue {
	if choice == nowLabel {
		return v.e.w.Ctl.Issue()
	}
	for _, nv := range v.versions {
		if nv.Name == choice {
			return nv.Issue
		}
	}
	return nil
}

// textOf is what is compared of an issue: the whole issue, article by
// article, or the article shown.
func (v *VersionsDialog) textOf(is *gazette.Issue) string {
	if v.Scope.Selected == v.self && v.self != "" {
		if a, _ := is.Article(v.e.id); a != nil {
			return a.PlainText()
		}
		return ""
	}
	var b strings.Builder
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		b.WriteString("【" + a.Name() + "】\n" + a.PlainText() + "\n")
		return true
	})
	return b.String()
}

// compare shows what changed from the From version to the To version.
func (v *VersionsDialog) compare() {
	from, to := v.issueOf(v.From.Selected), v.issueOf(v.To.Selected)
	if from == nil || to == nil {
		return
	}
	v.Diff.Segments = diffSegments(v.textOf(from), v.textOf(to))
	v.Diff.Refresh()
}
