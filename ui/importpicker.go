package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ImportPicker is the 导入多个文件 dialog: it collects the files of one
// import — the article files of a folder, listed with checkboxes, and files
// added one at a time from anywhere — and imports the ticked ones together,
// all or nothing (importer.ReadFiles), with the importer's warnings shown.
type ImportPicker struct {
	c      *Composer
	files  []pickedFile
	checks *fyne.Container
	count  *widget.Label
	dlg    dialog.Dialog

	ImportBtn *widget.Button
}

// pickedFile is one file in the picker's list.
type pickedFile struct {
	path string
	on   bool
	note string // why it is not ticked, "" when it is importable
}

// convertExts are the old Word and WPS formats the importer refuses (it
// asks for .docx or .txt): a folder's files of these types are listed
// unticked, with what to do.
var convertExts = []string{".doc", ".wps"}

// needsConvert reports whether path is of a type the importer refuses.
func needsConvert(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, x := range convertExts {
		if ext == x {
			return true
		}
	}
	return false
}

// askImportFiles opens the picker.
func (c *Composer) askImportFiles() *ImportPicker {
	p := &ImportPicker{c: c}
	p.checks = container.NewVBox()
	p.count = widget.NewLabel("")
	folder := widget.NewButtonWithIcon("选择文件夹…", theme.FolderOpenIcon(), func() { p.askFolder() })
	file := widget.NewButtonWithIcon("添加文件…", theme.FileIcon(), func() {
		askOpenPath(c.w.Win, importExts, func(path string) { p.Add(path) })
	})
	all := widget.NewButton("全选", func() { p.checkAll(true) })
	none := widget.NewButton("全不选", func() { p.checkAll(false) })
	p.ImportBtn = widget.NewButtonWithIcon("导入", theme.DownloadIcon(), func() { p.Import() })
	p.ImportBtn.Importance = widget.HighImportance
	cancel := widget.NewButton("取消", func() { p.dlg.Hide() })

	hint := widget.NewLabel("先点“选择文件夹…”列出其中可导入的文件（" + extList() + "），勾选要导入的；" +
		"也可以逐个“添加文件…”。勾选的文件一起导入：有一个读不了，就一个也不导入。")
	hint.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(p.checks)
	scroll.SetMinSize(fyne.NewSize(560, 300))
	top := container.NewVBox(hint, container.NewHBox(folder, file, widget.NewSeparator(), all, none))
	bottom := container.NewBorder(nil, nil, p.count, container.NewHBox(cancel, p.ImportBtn))
	content := container.NewBorder(top, bottom, nil, nil, scroll)
	p.dlg = dialog.NewCustomWithoutButtons("导入多个文件", content, c.w.Win)
	p.dlg.Resize(fyne.NewSize(680, 520))
	p.refresh()
	p.dlg.Show()
	c.Picker = p
	return p
}

// askFolder lists the article files of a folder the editor picks.
func (p *ImportPicker) askFolder() {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			showError(p.c.w.Win, err)
			return
		}
		if l != nil {
			showError(p.c.w.Win, p.AddFolder(l.Path()))
		}
	}, p.c.w.Win)
	showFileDialog(d, p.c.w.Win, "选择文件夹", "选择")
}

// AddFolder adds the article files of dir, ticked, to the list.
func (p *ImportPicker) AddFolder(dir string) error {
	paths, err := articleFilesIn(dir)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("文件夹 %s 中没有可导入的文件（%s）", dir, extList())
	}
	for _, path := range paths {
		if needsConvert(path) {
			p.addFile(pickedFile{path: path, note: "需先在 Word 或 WPS 中另存为 .docx"})
		} else {
			p.Add(path)
		}
	}
	return nil
}

// extList names the file types the importer reads, e.g. ".txt、.docx".
func extList() string {
	var out []string
	for _, x := range importExts {
		if !needsConvert(x) {
			out = append(out, x)
		}
	}
	return strings.Join(out, "、")
}

// Add adds one file to the list (a file already listed is not listed
// twice). The file is read at once: one that reads is ticked, one that
// does not is listed unticked with the reason.
func (p *ImportPicker) Add(path string) {
	note := ""
	if _, _, err := readArticles([]string{path}); err != nil {
		note = "读不了：" + err.Error()
	}
	p.addFile(pickedFile{path: path, on: note == "", note: note})
}

func (p *ImportPicker) addFile(f pickedFile) {
	for i := range p.files {
		if p.files[i].path == f.path {
			p.files[i].on = p.files[i].on || f.on
			p.refresh()
			return
		}
	}
	p.files = append(p.files, f)
	p.refresh()
}

// SetChecked ticks or unticks file i of the list.
func (p *ImportPicker) SetChecked(i int, on bool) {
	if i >= 0 && i < len(p.files) {
		p.files[i].on = on
		p.refresh()
	}
}

func (p *ImportPicker) checkAll(on bool) {
	for i := range p.files {
		p.files[i].on = on
	}
	p.refresh()
}

// Checked returns the ticked files in list order.
func (p *ImportPicker) Checked() []string {
	var out []string
	for _, f := range p.files {
		if f.on {
			out = append(out, f.path)
		}
	}
	return out
}

// refresh shows the list again: one checkbox a file, named by its base
// name, with its folder after it.
func (p *ImportPicker) refresh() {
	objs := make([]fyne.CanvasObject, 0, len(p.files))
	for i, f := range p.files {
		ch := widget.NewCheck(filepath.Base(f.path), nil)
		ch.SetChecked(f.on)
		ch.OnChanged = func(on bool) {
			p.files[i].on = on
			p.updateCount()
		}
		where := filepath.Dir(f.path)
		if f.note != "" {
			where = f.note + "　" + where
		}
		dir := widget.NewLabel(where)
		dir.Truncation = fyne.TextTruncateEllipsis
		dir.Importance = widget.LowImportance
		objs = append(objs, container.NewBorder(nil, nil, ch, nil, dir))
	}
	if len(objs) == 0 {
		objs = append(objs, widget.NewLabel("还没有文件。"))
	}
	p.checks.Objects = objs
	p.checks.Refresh()
	p.updateCount()
}

// updateCount shows how many files are ticked on the label and the button.
func (p *ImportPicker) updateCount() {
	n := len(p.Checked())
	p.count.SetText(fmt.Sprintf("已勾选 %d 个，共 %d 个文件", n, len(p.files)))
	if p.ImportBtn != nil {
		p.ImportBtn.SetText(fmt.Sprintf("导入 %d 个文件", n))
		if n == 0 {
			p.ImportBtn.Disable()
		} else {
			p.ImportBtn.Enable()
		}
	}
}

// Import imports the ticked files together and closes the dialog; when
// one cannot be read nothing is imported, the error is shown and the
// dialog stays open to untick it.
func (p *ImportPicker) Import() {
	paths := p.Checked()
	if len(paths) == 0 {
		return
	}
	p.ImportBtn.Disable()
	p.c.importFiles(paths, func(err error) {
		p.updateCount()
		if err == nil {
			p.dlg.Hide()
		}
	})
}
