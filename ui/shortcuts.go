package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The keyboard shortcuts: Ctrl+↑/↓ move the selected article (编排),
// Ctrl+F finds in the body (正文编辑), Ctrl+S saves now.
var (
	keyUp   = &desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierShortcutDefault}
	keyDown = &desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierShortcutDefault}
	keyFind = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	keySave = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	// Ctrl+Z and Ctrl+Y are Fyne's own undo and redo shortcuts (the main
	// menu takes them before a text field does); Ctrl+Shift+Z is redo too.
	keyUndo  = &fyne.ShortcutUndo{}
	keyRedo  = &fyne.ShortcutRedo{}
	keyRedo2 = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// addShortcuts puts the actions in the main menu, whose shortcuts work even
// while the cursor is in a text field, and on the canvas.
func (w *Workstation) addShortcuts() {
	up := func() {
		if w.current() == TabCompose {
			w.Composer.MoveArticle(-1)
		}
	}
	down := func() {
		if w.current() == TabCompose {
			w.Composer.MoveArticle(+1)
		}
	}
	find := func() {
		w.Select(TabBody)
		w.Body.ShowFind()
	}
	save := func() { w.Ctl.ShowError(w.Ctl.Flush()) }
	item := func(label string, sc fyne.Shortcut, fn func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, fn)
		it.Shortcut = sc
		return it
	}
	quit := fyne.NewMenuItem("退出", func() { w.quit() })
	quit.IsQuit = true
	w.Win.SetMainMenu(fyne.NewMainMenu(
		fyne.NewMenu("文件",
			fyne.NewMenuItem("新建一期…", func() { w.Select(TabList); w.List.askNew() }),
			fyne.NewMenuItem("导入往期…", func() { w.Select(TabList); w.List.askImport() }),
			fyne.NewMenuItemSeparator(),
			item("立即保存", keySave, save),
			fyne.NewMenuItem("备份…", func() { w.List.askBackup() }),
			fyne.NewMenuItem("恢复…", func() { w.List.askRestore() }),
			fyne.NewMenuItem("整理数据库（压缩）…", func() { w.List.askCompact() }),
			fyne.NewMenuItemSeparator(),
			quit,
		),
		fyne.NewMenu("编辑",
			item("撤销", keyUndo, w.undo),
			item("重做", keyRedo, w.redo),
			item("重做", keyRedo2, w.redo),
			fyne.NewMenuItemSeparator(),
			item("查找替换", keyFind, find),
		),
		fyne.NewMenu("编排",
			item("文章上移", keyUp, up),
			item("文章下移", keyDown, down),
			fyne.NewMenuItem("导入文件…", func() { w.Select(TabCompose); w.Composer.askImportFile() }),
			fyne.NewMenuItem("导入多个文件…", func() { w.Select(TabCompose); w.Composer.askImportFiles() }),
			fyne.NewMenuItem("粘贴文章…", func() { w.Select(TabCompose); w.Composer.askPaste() }),
		),
	))
	c := w.Win.Canvas()
	c.SetOnTypedKey(w.typedKey)
	c.AddShortcut(keyUp, func(fyne.Shortcut) { up() })
	c.AddShortcut(keyDown, func(fyne.Shortcut) { down() })
	c.AddShortcut(keyFind, func(fyne.Shortcut) { find() })
	c.AddShortcut(keySave, func(fyne.Shortcut) { save() })
	c.AddShortcut(keyUndo, func(fyne.Shortcut) { w.undo() })
	c.AddShortcut(keyRedo, func(fyne.Shortcut) { w.redo() })
	c.AddShortcut(keyRedo2, func(fyne.Shortcut) { w.redo() })
}

// typedKey takes the keys no widget with the cursor took: in 版面预览,
// Page Up / Page Down and ← / → turn the pages, Home and End go to the
// first and the last; in 正文编辑, Esc closes the find bar.
func (w *Workstation) typedKey(ev *fyne.KeyEvent) {
	switch w.current() {
	case TabPreview:
		switch ev.Name {
		case fyne.KeyPageDown, fyne.KeyRight, fyne.KeyDown:
			w.Preview.Turn(+1)
		case fyne.KeyPageUp, fyne.KeyLeft, fyne.KeyUp:
			w.Preview.Turn(-1)
		case fyne.KeyHome:
			w.Preview.Turn(-1 << 20)
		case fyne.KeyEnd:
			w.Preview.Turn(1 << 20)
		}
	case TabBody:
		if ev.Name == fyne.KeyEscape {
			w.Body.HideFind()
		}
	}
}

// quit saves pending edits, waits for long work and closes the window; a
// failed save keeps the window open with the error shown.
func (w *Workstation) quit() {
	if err := w.Ctl.Flush(); err != nil {
		showError(w.Win, err)
		return
	}
	w.Ctl.Wait()
	w.Win.Close()
}

// current returns the title of the tab in front.
func (w *Workstation) current() string {
	if w.Tabs == nil {
		return ""
	}
	if t := w.Tabs.Selected(); t != nil {
		return t.Text
	}
	return ""
}
