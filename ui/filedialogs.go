package ui

import (
	"os"
	"reflect"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// askOpenPath shows a file-open dialog, limited to the extensions exts when
// any are given, and calls fn with the path the editor picked. A dialog error
// is shown; a cancelled dialog does nothing.
func askOpenPath(win fyne.Window, exts []string, fn func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showError(win, err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		fn(path)
	}, win)
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	showFileDialogPick(d, win, "打开文件", "打开", exts, fn)
}

// fileDialogSize is the size of a file dialog: larger than Fyne's own
// (which shows only a few files), within the window.
func fileDialogSize(win fyne.Window) fyne.Size {
	c := win.Canvas().Size()
	return fyne.NewSize(min(880, c.Width-40), min(600, c.Height-40))
}

// askSavePath shows a file-save dialog proposing name and calls fn with the
// path the editor chose. Fyne creates the file when the dialog closes; it is
// removed again, since the caller writes the file itself (atomically, after
// checks), and an empty file must not be left behind if that fails.
func askSavePath(win fyne.Window, name string, fn func(path string)) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(win, err)
			return
		}
		if wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		os.Remove(path)
		fn(path)
	}, win)
	d.SetFileName(name)
	showFileDialog(d, win, "保存文件", "保存")
}

// placeNames are the Chinese names of the places Fyne's file dialog lists
// on its left (Fyne 2.7.1 has them in English and no setting for them).
var placeNames = map[string]string{
	"Home": "主目录", "Computer": "计算机", "Desktop": "桌面", "Documents": "文档",
	"Downloads": "下载", "Music": "音乐", "Pictures": "图片", "Videos": "视频", "App Files": "应用文件",
}

// showFileDialog shows a Fyne file dialog in Chinese: title and confirm
// button without Fyne's stray space ("打开 文件"), the places named in
// Chinese, and a double-click on a folder that only opens the folder. Fyne
// 2.7.1 counts the second click of a double-click on a folder as a
// double-click on the file that takes the folder's place once it opened
// (its item remembers the first click across the change of folder), and so
// opened or saved that file; here a file is not taken within a double-click
// delay of a change of folder.
func showFileDialog(d *dialog.FileDialog, win fyne.Window, title, confirm string) {
	showFileDialogPick(d, win, title, confirm, nil, nil)
}

// showFileDialogPick is showFileDialog with a 路径 field (addPathField):
// a file typed there is given to pick, when not nil, if it has one of exts.
func showFileDialogPick(d *dialog.FileDialog, win fyne.Window, title, confirm string, exts []string, pick func(string)) {
	d.SetTitleText(title)
	d.SetConfirmText(confirm)
	d.SetDismissText("取消")
	d.Show()
	d.Resize(fileDialogSize(win))
	if top := win.Canvas().Overlays().Top(); top != nil {
		addPathField(d, top, title, exts, pick)
		fixFileDialog(top, confirm)
	}
}

// fixFileDialog names the places in Chinese and guards the double-click, in
// the widget tree of a shown file dialog; a tree of another shape (another
// Fyne version) is left as it is.
func fixFileDialog(top fyne.CanvasObject, confirm string) {
	var places *widget.List
	var crumbs *fyne.Container
	var files fyne.Widget
	var open *widget.Button
	walkObjects(top, func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *container.Split:
			if l, ok := o.Leading.(*widget.List); ok && places == nil {
				places = l
			}
		case *container.Scroll:
			// the folder's path and the files, each in a padded scroll
			if c, ok := o.Content.(*fyne.Container); ok && len(c.Objects) == 1 {
				switch in := c.Objects[0].(type) {
				case *widget.GridWrap, *widget.List:
					files = in.(fyne.Widget)
				case *fyne.Container:
					if crumbs == nil {
						crumbs = in
					}
				}
			}
		case *widget.Button:
			if o.Text == confirm {
				open = o
			}
		}
	})
	if places != nil && places.UpdateItem != nil {
		update := places.UpdateItem
		places.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
			update(id, item)
			if c, ok := item.(*fyne.Container); ok && len(c.Objects) == 2 {
				if l, ok := c.Objects[1].(*widget.Label); ok {
					if zh, ok := placeNames[l.Text]; ok {
						l.SetText(zh)
					}
				}
			}
		}
		places.Refresh()
	}
	if files == nil || crumbs == nil || open == nil || open.OnTapped == nil {
		return
	}
	folder := func() string {
		var b strings.Builder
		for _, o := range crumbs.Objects {
			if bt, ok := o.(*widget.Button); ok {
				b.WriteString(bt.Text + "/")
			}
		}
		return b.String()
	}
	seen, changed := folder(), time.Time{}
	// The items of the file list are bound again whenever the folder changes:
	// note when that happens.
	note := func() {
		if f := folder(); f != seen {
			seen, changed = f, time.Now()
		}
	}
	switch v := files.(type) {
	case *widget.GridWrap:
		if update := v.UpdateItem; update != nil {
			v.UpdateItem = func(id widget.GridWrapItemID, o fyne.CanvasObject) { note(); update(id, o) }
		}
	case *widget.List:
		if update := v.UpdateItem; update != nil {
			v.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) { note(); update(id, o) }
		}
	}
	take := open.OnTapped
	open.OnTapped = func() {
		note()
		if !changed.IsZero() && time.Since(changed) < fyne.CurrentApp().Driver().DoubleTapDelay() {
			return // the second click of a double-click on a folder
		}
		take()
	}
	files.Refresh() // the items take the guarded open
}

// walkObjects calls fn for o and every object inside it that containers,
// splits, scrolls and pop-ups expose.
func walkObjects(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil || (reflect.ValueOf(o).Kind() == reflect.Pointer && reflect.ValueOf(o).IsNil()) {
		return
	}
	fn(o)
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			walkObjects(c, fn)
		}
	case *container.Split:
		walkObjects(o.Leading, fn)
		walkObjects(o.Trailing, fn)
	case *container.Scroll:
		walkObjects(o.Content, fn)
	case *widget.PopUp:
		walkObjects(o.Content, fn)
	}
}
