package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// ctrlF is Ctrl+F as the desktop driver builds it from a key press.
var ctrlF = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}

// menuShortcut runs the main-menu item whose shortcut is sh, as the desktop
// driver does first with every shortcut, and tells whether there was one.
func menuShortcut(w *Workstation, sh fyne.Shortcut) bool {
	for _, m := range w.Win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sh.ShortcutName() && it.Action != nil {
				it.Action()
				return true
			}
		}
	}
	return false
}

// TestCtrlFWithNothingFocused: after a click on empty space nothing has the
// cursor; Ctrl+F still opens the find bar in 正文编辑, from any screen,
// through the window's canvas and through the main menu.
func TestCtrlFWithNothingFocused(t *testing.T) {
	w := newTestWorkstation(t)
	c := w.Win.Canvas()
	for _, via := range []string{"canvas", "menu"} {
		for _, tab := range []string{TabList, TabCompose, TabBody, TabExport} {
			w.Body.HideFind()
			w.Select(tab)
			c.Unfocus() // a click on empty space
			switch via {
			case "canvas":
				c.(fyne.Shortcutable).TypedShortcut(ctrlF)
			case "menu":
				if !menuShortcut(w, ctrlF) {
					t.Fatal("no main-menu item has Ctrl+F")
				}
			}
			if w.current() != TabBody || !w.Body.findBar.Visible() {
				t.Errorf("Ctrl+F (%s) on %s: screen %q, find bar shown %v", via, tab, w.current(), w.Body.findBar.Visible())
			}
			if c.Focused() != w.Body.Find.focusable() {
				t.Errorf("Ctrl+F (%s) on %s: the cursor is not in the find field", via, tab)
			}
		}
	}
}
