package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
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

// TestFindBarTakesItsPlace: Ctrl+F after a click on empty space (the menu
// bar's, the body's) shows the find bar where the cursor goes — the rows
// move down to make room for it — and Esc gives the room back. The bar was
// made visible but not laid out: the cursor went into an entry of no size,
// so Ctrl+F and the typing after it seemed to do nothing.
func TestFindBarTakesItsPlace(t *testing.T) {
	w := newTestWorkstation(t)
	c := w.Win.Canvas()
	w.Select(TabBody)
	for round := 0; round < 2; round++ {
		c.Unfocus() // a click on empty space
		rowsAt := w.Body.scroll.Position().Y
		c.(fyne.Shortcutable).TypedShortcut(ctrlF)
		bar := w.Body.findBar
		if !bar.Visible() || bar.Size().Height <= 0 || w.Body.Find.Size().Width <= 0 {
			t.Fatalf("round %d: the find bar is shown %v at size %v, its field %v", round, bar.Visible(), bar.Size(), w.Body.Find.Size())
		}
		if got := w.Body.scroll.Position().Y; got < rowsAt+bar.Size().Height {
			t.Errorf("round %d: the rows start at %v with the bar shown, %v without it (bar %v high)", round, got, rowsAt, bar.Size().Height)
		}
		if c.Focused() != w.Body.Find.focusable() {
			t.Fatalf("round %d: the cursor is not in the find field", round)
		}
		test.Type(w.Body.Find, "公报")
		if w.Body.Find.Text != "公报" {
			t.Errorf("round %d: the find field holds %q", round, w.Body.Find.Text)
		}
		w.Body.Find.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if bar.Visible() || w.Body.scroll.Position().Y != rowsAt {
			t.Errorf("round %d: after Esc the bar is shown %v, the rows start at %v, want %v", round, bar.Visible(), w.Body.scroll.Position().Y, rowsAt)
		}
		w.Body.Find.SetText("")
	}
}
