package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// addShortcuts registers the window's keyboard shortcuts: Ctrl+↑/↓ move
// the selected article (编排), Ctrl+F finds in the body (正文编辑), Ctrl+S
// saves now.
func (w *Workstation) addShortcuts() {
	c := w.Win.Canvas()
	ctrl := fyne.KeyModifierShortcutDefault
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: ctrl}, func(fyne.Shortcut) {
		if w.current() == TabCompose {
			w.Composer.MoveArticle(-1)
		}
	})
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: ctrl}, func(fyne.Shortcut) {
		if w.current() == TabCompose {
			w.Composer.MoveArticle(+1)
		}
	})
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: ctrl}, func(fyne.Shortcut) {
		w.Select(TabBody)
		w.Body.ShowFind()
	})
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: ctrl}, func(fyne.Shortcut) {
		w.Ctl.ShowError(w.Ctl.Flush())
	})
}

// current returns the title of the tab in front.
func (w *Workstation) current() string {
	if t := w.Tabs.Selected(); t != nil {
		return t.Text
	}
	return ""
}
