package ui

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
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
	d.Show()
	d.Resize(fileDialogSize(win))
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
	d.Show()
	d.Resize(fileDialogSize(win))
}
