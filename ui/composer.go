package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"gazette/app"
	"gazette/gazette"
)

// Composer is the 编排 screen: the issue's sections and their articles as a
// tree, the actions that add, move and remove them, and the metadata form
// of the selected article.
type Composer struct {
	w    *Workstation
	tree *widget.Tree
	Form *ArticleForm

	selSection string // ID of the selected section (or of the selected article's section)
	selArticle string // ID of the selected article, "" when a section is selected

	content fyne.CanvasObject

	// Picker is the 导入多个文件 dialog last opened (nil before).
	Picker *ImportPicker

	// Empty says what to do while the issue has no sections.
	Empty *widget.Label

	// LastPaste is the 粘贴文章 dialog last opened (nil before);
	// onPasteStage, when set, is told each stage of a paste import.
	LastPaste    *PasteDialog
	onPasteStage func(stage string)

	// Buttons kept for tests and for enabling.
	AddSectionBtn, RenameSectionBtn, DeleteSectionBtn, SectionUpBtn, SectionDownBtn               *widget.Button
	NewArticleBtn, ImportBtn, ImportDirBtn, PasteBtn, UpBtn, DownBtn, MoveToBtn, DeleteArticleBtn *widget.Button
}

const (
	nodeSection = "s/"
	nodeArticle = "a/"
)

func newComposer(w *Workstation) *Composer {
	c := &Composer{w: w}
	c.tree = widget.NewTree(c.childIDs, c.isBranch,
		func(branch bool) fyne.CanvasObject {
			l := widget.NewLabel("template")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TreeNodeID, branch bool, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(c.nodeLabel(id))
			o.(*widget.Label).TextStyle.Bold = branch
		})
	c.tree.OnSelected = func(id widget.TreeNodeID) { c.selectNode(id) }
	c.Form = newArticleForm(w)

	c.AddSectionBtn = widget.NewButton("新增栏目", func() { c.askAddSection() })
	c.RenameSectionBtn = widget.NewButton("重命名", func() { c.askRenameSection() })
	c.DeleteSectionBtn = widget.NewButton("删除栏目", func() { c.AskDeleteSection() })
	c.SectionUpBtn = widget.NewButton("栏目上移", func() { c.MoveSection(-1) })
	c.SectionDownBtn = widget.NewButton("栏目下移", func() { c.MoveSection(+1) })
	c.NewArticleBtn = widget.NewButton("新建文章", func() { c.NewArticle() })
	c.ImportBtn = widget.NewButton("导入文件…", func() { c.askImportFile() })
	c.ImportDirBtn = widget.NewButton("导入多个文件…", func() { c.askImportFiles() })
	c.PasteBtn = widget.NewButton("粘贴…", func() { c.askPaste() })
	c.UpBtn = widget.NewButton("上移 (Ctrl+↑)", func() { c.MoveArticle(-1) })
	c.DownBtn = widget.NewButton("下移 (Ctrl+↓)", func() { c.MoveArticle(+1) })
	c.MoveToBtn = widget.NewButton("移到栏目…", func() { c.askMoveTo() })
	c.DeleteArticleBtn = widget.NewButton("删除文章", func() { c.askDeleteArticle() })

	secBar := container.NewGridWithColumns(5, c.AddSectionBtn, c.RenameSectionBtn, c.DeleteSectionBtn, c.SectionUpBtn, c.SectionDownBtn)
	artBar := container.NewGridWithColumns(4, c.NewArticleBtn, c.ImportBtn, c.ImportDirBtn, c.PasteBtn,
		c.UpBtn, c.DownBtn, c.MoveToBtn, c.DeleteArticleBtn)
	hint := widget.NewLabel("可把 .txt、.docx 文件直接拖进窗口导入；一次导入多个，点“导入多个文件…”。")
	hint.Truncation = fyne.TextTruncateEllipsis
	c.Empty = widget.NewLabel("本期还没有栏目和文章。\n\n点“导入文件…”“导入多个文件…”或“粘贴…”加入文章，" +
		"文章按发文机关自动归入栏目（如“市政府文件”“部门文件”）；也可以先点“新增栏目”。")
	c.Empty.Wrapping = fyne.TextWrapWord
	c.Empty.Alignment = fyne.TextAlignCenter
	c.Empty.Hide()
	left := container.NewBorder(container.NewVBox(secBar, artBar), hint, nil, nil, container.NewStack(c.tree, container.NewPadded(c.Empty)))
	split := container.NewHSplit(left, c.Form.Content())
	split.Offset = 0.42
	c.content = split
	c.updateButtons()
	return c
}

// Content is the screen's widget tree.
func (c *Composer) Content() fyne.CanvasObject { return c.content }

func (c *Composer) issue() *gazette.Issue { return c.w.Ctl.Issue() }

func (c *Composer) childIDs(id widget.TreeNodeID) []widget.TreeNodeID {
	is := c.issue()
	if is == nil {
		return nil
	}
	if id == "" {
		out := make([]string, len(is.Sections))
		for i, s := range is.Sections {
			out[i] = nodeSection + s.ID
		}
		return out
	}
	if s := c.sectionByID(strings.TrimPrefix(id, nodeSection)); s != nil && strings.HasPrefix(id, nodeSection) {
		out := make([]string, len(s.Articles))
		for i, a := range s.Articles {
			out[i] = nodeArticle + a.ID
		}
		return out
	}
	return nil
}

func (c *Composer) isBranch(id widget.TreeNodeID) bool {
	return id == "" || strings.HasPrefix(id, nodeSection)
}

func (c *Composer) nodeLabel(id widget.TreeNodeID) string {
	is := c.issue()
	if is == nil {
		return ""
	}
	switch {
	case strings.HasPrefix(id, nodeSection):
		if s := c.sectionByID(id[len(nodeSection):]); s != nil {
			return fmt.Sprintf("%s（%d篇）", s.Name, len(s.Articles))
		}
	case strings.HasPrefix(id, nodeArticle):
		if a, _ := is.Article(id[len(nodeArticle):]); a != nil {
			mark := ""
			if len(gazette.Errors(a.Validate())) > 0 {
				mark = "⚠ "
			}
			return mark + strings.TrimPrefix(strings.TrimSuffix(a.Name(), "》"), "《")
		}
	}
	return ""
}

// sectionByID returns the section with the given ID, or nil.
func (c *Composer) sectionByID(id string) *gazette.Section {
	is := c.issue()
	if is == nil {
		return nil
	}
	for i := range is.Sections {
		if is.Sections[i].ID == id {
			return &is.Sections[i]
		}
	}
	return nil
}

// sectionIndex returns the index of the selected section, or -1.
func (c *Composer) sectionIndex() int {
	is := c.issue()
	if is == nil {
		return -1
	}
	for i := range is.Sections {
		if is.Sections[i].ID == c.selSection {
			return i
		}
	}
	return -1
}

func (c *Composer) selectNode(id widget.TreeNodeID) {
	is := c.issue()
	if is == nil {
		return
	}
	switch {
	case strings.HasPrefix(id, nodeSection):
		c.selSection, c.selArticle = id[len(nodeSection):], ""
	case strings.HasPrefix(id, nodeArticle):
		c.selArticle = id[len(nodeArticle):]
		if p, ok := gazette.FindArticle(is, c.selArticle); ok {
			c.selSection = is.Sections[p.Section].ID
		}
	}
	c.Form.Load(c.selArticle)
	c.w.Body.Load(c.selArticle)
	c.updateButtons()
	c.w.remember()
}

// SelectSection selects section si in the tree.
func (c *Composer) SelectSection(si int) {
	is := c.issue()
	if is == nil || si < 0 || si >= len(is.Sections) {
		return
	}
	c.tree.Select(nodeSection + is.Sections[si].ID)
	c.selectNode(nodeSection + is.Sections[si].ID)
}

// SelectArticle selects the article id in the tree (opening its section).
func (c *Composer) SelectArticle(id string) {
	is := c.issue()
	if is == nil {
		return
	}
	if p, ok := gazette.FindArticle(is, id); ok {
		c.tree.OpenBranch(nodeSection + is.Sections[p.Section].ID)
		c.tree.Select(nodeArticle + id)
		c.selectNode(nodeArticle + id)
		c.tree.ScrollTo(nodeArticle + id)
	}
}

// Selected returns the IDs of the selected section and article.
func (c *Composer) Selected() (section, article string) { return c.selSection, c.selArticle }

func (c *Composer) updateButtons() {
	hasIssue := c.issue() != nil && !c.w.Ctl.Signed()
	hasSec := hasIssue && c.sectionIndex() >= 0
	hasArt := hasIssue && c.selArticle != ""
	set := func(on bool, bs ...*widget.Button) {
		for _, b := range bs {
			if on {
				b.Enable()
			} else {
				b.Disable()
			}
		}
	}
	set(hasIssue, c.AddSectionBtn, c.ImportBtn, c.ImportDirBtn, c.PasteBtn)
	if is := c.issue(); is != nil && len(is.Sections) == 0 && hasIssue {
		c.Empty.Show()
	} else {
		c.Empty.Hide()
	}
	set(hasSec, c.RenameSectionBtn, c.DeleteSectionBtn, c.SectionUpBtn, c.SectionDownBtn, c.NewArticleBtn)
	set(hasArt, c.UpBtn, c.DownBtn, c.MoveToBtn, c.DeleteArticleBtn)
}

// changed follows the controller.
func (c *Composer) changed(ch Change) {
	switch ch {
	case ChangedIssue, ChangedStatus:
		c.selSection, c.selArticle = "", ""
		c.tree.UnselectAll()
		c.tree.Refresh()
		if is := c.issue(); is != nil {
			for _, s := range is.Sections {
				c.tree.OpenBranch(nodeSection + s.ID)
			}
		}
		c.Form.Load("")
		c.updateButtons()
	case ChangedEdit:
		c.tree.Refresh()
		c.updateButtons()
	case ChangedReverted:
		c.reverted()
	}
}

func (c *Composer) askAddSection() {
	askText(c.w.Win, "新增栏目", "栏目名称", "", "新增", func(name string) {
		if err := c.AddSection(name); err != nil {
			showError(c.w.Win, err)
		}
	})
}

// AddSection appends a section and selects it.
func (c *Composer) AddSection(name string) error {
	if err := c.w.Ctl.EditAs("新增栏目", "", func(is *gazette.Issue) error { return gazette.AddSection(is, name) }); err != nil {
		return err
	}
	is := c.issue()
	c.SelectSection(len(is.Sections) - 1)
	return nil
}

func (c *Composer) askRenameSection() {
	si := c.sectionIndex()
	if si < 0 {
		return
	}
	askText(c.w.Win, "重命名栏目", "栏目名称", c.issue().Sections[si].Name, "确定", func(name string) {
		if err := c.w.Ctl.EditAs("重命名栏目", "", func(is *gazette.Issue) error { return gazette.RenameSection(is, si, name) }); err != nil {
			showError(c.w.Win, err)
		}
	})
}

// AskDeleteSection asks before it deletes the selected section and its
// articles.
func (c *Composer) AskDeleteSection() dialog.Dialog {
	si := c.sectionIndex()
	if si < 0 {
		return nil
	}
	s := c.issue().Sections[si]
	msg := fmt.Sprintf("确定删除栏目“%s”吗？", s.Name)
	if n := len(s.Articles); n > 0 {
		msg = fmt.Sprintf("确定删除栏目“%s”和其中的 %d 篇文章吗？\n删除的文章留有历史版本。", s.Name, n)
	}
	return confirm(c.w.Win, "删除栏目", msg, "删除", func() {
		if c.w.editAs("删除栏目", "", func(is *gazette.Issue) error { return gazette.DeleteSection(is, si) }) {
			c.selSection, c.selArticle = "", ""
			c.tree.UnselectAll()
			c.Form.Load("")
			c.updateButtons()
		}
	})
}

// MoveSection moves the selected section up (−1) or down (+1).
func (c *Composer) MoveSection(delta int) {
	si := c.sectionIndex()
	if si < 0 {
		return
	}
	c.w.editAs("移动栏目", "", func(is *gazette.Issue) error { gazette.MoveSection(is, si, delta); return nil })
}

// NewArticle adds an empty document to the selected section and selects it.
func (c *Composer) NewArticle() {
	si := c.sectionIndex()
	if si < 0 {
		return
	}
	a := gazette.Article{ID: gazette.NewID(), Kind: gazette.KindDocument, Title: "新文章"}
	if c.w.editAs("新建文章", "", func(is *gazette.Issue) error {
		is.Sections[si].Articles = append(is.Sections[si].Articles, a)
		return nil
	}) {
		c.SelectArticle(a.ID)
	}
}

// MoveArticle moves the selected article up (−1) or down (+1), across into
// the neighbouring section at either end of its own.
func (c *Composer) MoveArticle(delta int) {
	id := c.selArticle
	if id == "" {
		return
	}
	moved := false
	c.w.editAs("移动文章", "", func(is *gazette.Issue) error { moved = gazette.MoveArticle(is, id, delta); return nil })
	if moved {
		c.SelectArticle(id)
	}
}

// MoveArticleTo moves the selected article to the end of section si.
func (c *Composer) MoveArticleTo(si int) error {
	id := c.selArticle
	if id == "" {
		return fmt.Errorf("请先选择要移动的文章")
	}
	if err := c.w.Ctl.EditAs("移动文章", "", func(is *gazette.Issue) error { return gazette.MoveArticleTo(is, id, si) }); err != nil {
		return err
	}
	c.SelectArticle(id)
	return nil
}

func (c *Composer) askMoveTo() {
	is := c.issue()
	if is == nil || c.selArticle == "" {
		return
	}
	var names []string
	for _, s := range is.Sections {
		names = append(names, s.Name)
	}
	sel := newDropDown(names, nil)
	if si := c.sectionIndex(); si >= 0 {
		sel.SetSelectedIndex(si)
	}
	d := dialog.NewForm("移到栏目", "移动", "取消", []*widget.FormItem{widget.NewFormItem("栏目", sel)}, func(ok bool) {
		if ok && sel.SelectedIndex() >= 0 {
			if err := c.MoveArticleTo(sel.SelectedIndex()); err != nil {
				showError(c.w.Win, err)
			}
		}
	}, c.w.Win)
	d.Resize(fyne.NewSize(360, 160))
	d.Show()
}

func (c *Composer) askDeleteArticle() {
	is := c.issue()
	id := c.selArticle
	if is == nil || id == "" {
		return
	}
	a, _ := is.Article(id)
	if a == nil {
		return
	}
	confirm(c.w.Win, "删除文章", "确定删除"+a.Name()+"吗？删除后可在历史版本中找回。", "删除", func() {
		if c.w.editAs("删除文章", "", func(is *gazette.Issue) error { gazette.DeleteArticle(is, id); return nil }) {
			c.selArticle = ""
			c.tree.UnselectAll()
			c.Form.Load("")
			c.updateButtons()
		}
	})
}

// importExts are the article files the composer takes.
var importExts = []string{".txt", ".docx", ".doc", ".wps", ".html", ".htm", ".md"}

func (c *Composer) askImportFile() {
	askOpenPath(c.w.Win, importExts, func(path string) { c.ImportFiles([]string{path}) })
}

// articleFilesIn lists the article files of a folder in name order.
func articleFilesIn(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("读取文件夹 %s：%w", dir, err)
	}
	var out []string
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		ext := strings.ToLower(filepath.Ext(e.Name()))
		for _, x := range importExts {
			if ext == x {
				out = append(out, filepath.Join(dir, e.Name()))
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// dropped imports files dropped onto the window.
func (c *Composer) dropped(uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	if len(paths) > 0 {
		c.w.Select(TabCompose)
		c.ImportFiles(paths)
	}
}

// ImportFiles reads article files off the UI goroutine and adds the
// articles to the open issue: to the selected section, or to the section
// the importer names for each. The importer's warnings are shown.
func (c *Composer) ImportFiles(paths []string) { c.importFiles(paths, nil) }

// importFiles is ImportFiles, then after(err) on the UI goroutine (err is
// nil when the files were read).
func (c *Composer) importFiles(paths []string, after func(error)) {
	if c.issue() == nil {
		showError(c.w.Win, errNoIssue)
		return
	}
	var arts []gazette.Article
	var warns []string
	c.w.Ctl.Run(fmt.Sprintf("正在导入 %d 个文件", len(paths)), func(progress func(float64)) error {
		var err error
		arts, warns, err = readArticles(paths)
		return err
	}, func(err error) {
		if after != nil {
			after(err)
		}
		if err != nil {
			showError(c.w.Win, err)
			return
		}
		c.addArticles(arts, warns, "导入")
	})
}

// addArticles puts imported articles in place and reports what happened.
func (c *Composer) addArticles(arts []gazette.Article, warns []string, what string) {
	if len(arts) == 0 {
		showError(c.w.Win, fmt.Errorf("没有读到文章；请检查文件内容"))
		return
	}
	c.askDuplicateDocs(arts, func(arts []gazette.Article) { c.placeArticles(arts, warns, what) })
}

// placeArticles adds articles to the selected section, or each to the
// section the importer names for it, as one undo step.
func (c *Composer) placeArticles(arts []gazette.Article, warns []string, what string) {
	if len(arts) == 0 {
		return
	}
	target := ""
	if s := c.sectionByID(c.selSection); s != nil {
		target = s.Name
	}
	var last string
	if !c.w.editAs(undoImport, "", func(is *gazette.Issue) error {
		placed := app.AddDocuments(is, arts, target) // as gazette import --issue places them
		last = placed[len(placed)-1].ID
		return nil
	}) {
		return
	}
	c.tree.Refresh()
	c.SelectArticle(last)
	if len(warns) > 0 {
		showInfo(c.w.Win, fmt.Sprintf("%s了 %d 篇文章，请留意", what, len(arts)), strings.Join(warns, "\n"))
	}
}

// pasteTarget says where a pasted article goes.
func (c *Composer) pasteTarget() string {
	if s := c.sectionByID(c.selSection); s != nil {
		return "文章将加到栏目“" + s.Name + "”的末尾（在左边先选别的栏目可改）。标题、文号、主送、落款和日期会自动识别；接连粘贴几篇文件的，每篇各成一篇文章。"
	}
	return "文章按发文机关自动归入栏目（没有的栏目会新建）。标题、文号、主送、落款和日期会自动识别；接连粘贴几篇文件的，每篇各成一篇文章。"
}
