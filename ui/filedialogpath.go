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
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// pathField is the 路径 row of a file dialog: a full path typed or pasted,
// and Enter goes to that folder or, for a file, opens it (an open dialog
// given pick), or goes to its folder with the name filled in (a save
// dialog); a path that cannot be used is said in words under the field.
type pathField struct {
	Entry *widget.Entry
	Msg   *widget.Label
}

// addPathField puts the 路径 row under the title of the shown file dialog
// d (its widget tree top); exts limits the files pick takes. A tree of
// another shape (another Fyne version) is left as it is.
func addPathField(d *dialog.FileDialog, top fyne.CanvasObject, title string, exts []string, pick func(string)) *pathField {
	var header *fyne.Container
	var titleAt int
	var saveName *widget.Entry
	walkObjects(top, func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *fyne.Container:
			for i, c := range o.Objects {
				if l, ok := c.(*widget.Label); ok && l.Text == title && header == nil {
					header, titleAt = o, i
				}
			}
		case *widget.Entry:
			saveName = o // only a save dialog has an entry: the file name
		}
	})
	if header == nil {
		return nil
	}
	p := &pathField{Entry: widget.NewEntry(), Msg: widget.NewLabel("")}
	p.Entry.SetPlaceHolder("输入或粘贴完整路径，按回车前往")
	p.Msg.Importance = widget.DangerImportance
	p.Msg.Wrapping = fyne.TextWrapWord
	p.Msg.Hide()
	p.Entry.OnSubmitted = func(s string) {
		if err := p.goTo(d, s, exts, saveName, pick); err != nil {
			p.Msg.SetText(err.Error())
			p.Msg.Show()
			return
		}
		p.Msg.Hide()
	}
	row := container.NewBorder(nil, nil, widget.NewLabel("路径"), nil, p.Entry)
	header.Objects[titleAt] = container.NewVBox(header.Objects[titleAt], row, p.Msg)
	header.Refresh()
	return p
}

// goTo acts on the path typed: a folder is shown; a file is picked (open),
// or its folder shown with its name filled in (save).
func (p *pathField) goTo(d *dialog.FileDialog, typed string, exts []string, saveName *widget.Entry, pick func(string)) error {
	path := expandPath(typed)
	if path == "" {
		return errors.New("请输入完整路径，如 /home/用户/公报/来文.docx")
	}
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		return showFolder(d, path)
	case saveName != nil:
		dir := filepath.Dir(path)
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return fmt.Errorf("路径“%s”：文件夹 %s 不存在", typed, dir)
		}
		if err := showFolder(d, dir); err != nil {
			return err
		}
		d.SetFileName(filepath.Base(path))
		return nil
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("路径“%s”不存在", typed)
	case err != nil:
		return fmt.Errorf("路径“%s”读不了：%v", typed, err)
	case pick == nil:
		return showFolder(d, filepath.Dir(path))
	case len(exts) > 0 && !hasExt(path, exts):
		return fmt.Errorf("“%s”不是可以打开的文件（可以打开 %s）", filepath.Base(path), strings.Join(exts, "、"))
	}
	d.Hide()
	pick(path)
	return nil
}

// showFolder shows the folder dir in the dialog.
func showFolder(d *dialog.FileDialog, dir string) error {
	l, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		return fmt.Errorf("打不开文件夹 %s：%v", dir, err)
	}
	d.SetLocation(l)
	return nil
}

// expandPath trims the typed path, removes quotes a paste may bring, and
// expands a leading ~ to the home folder.
func expandPath(s string) string {
	s = strings.Trim(strings.TrimSpace(s), `"'`)
	if s == "~" || strings.HasPrefix(s, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			s = home + s[1:]
		}
	}
	if s == "" {
		return ""
	}
	return filepath.Clean(s)
}

// hasExt reports whether path ends in one of exts (".txt"), in any case.
func hasExt(path string, exts []string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range exts {
		if strings.ToLower(e) == ext {
			return true
		}
	}
	return false
}
