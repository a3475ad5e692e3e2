package ui

import (
	"fmt"

	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"gazette/gazette"
)

// menuItem returns the main menu's item labelled label under menu.
func menuItem(t *testing.T, w *Workstation, menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range w.Win.MainMenu().Items {
		if m.Label != menu {
			continue
		}
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no %s › %s in the main menu", menu, label)
	return nil
}

// TestUndoEveryKindOfEdit makes one edit of each kind — typing, Enter
// (split), merge, delete, move, import, replace all, metadata, cover —
// then takes them back one by one with Ctrl+Z and the 编辑 menu, across
// screens and after opening another issue and coming back, and does them
// again with Ctrl+Y and Ctrl+Shift+Z. Each state is checked in the saved
// issue.
func TestUndoEveryKindOfEdit(t *testing.T) {
	w := newTestWorkstation(t)
	if it := menuItem(t, w, "编辑", "撤销"); it.Shortcut.ShortcutName() != (&fyne.ShortcutUndo{}).ShortcutName() {
		t.Errorf("撤销 has shortcut %s", it.Shortcut.ShortcutName())
	}
	id, row := firstParagraph(t, w)
	c := w.Win.Canvas()
	shot := func() string { // what the saved issue holds, as JSON-free text
		is := mustSaved(t, w)
		s := is.Title + "|" + fmt.Sprint(is.Cover.Color) + "|"
		for _, sec := range is.Sections {
			s += "[" + sec.Name
			for _, a := range sec.Articles {
				s += "{" + a.Title + "/" + a.DocNumber
				for _, b := range a.Blocks {
					s += "·" + b.Text()
				}
				s += "}"
			}
			s += "]"
		}
		return s
	}
	var states []string
	step := func(do func()) {
		states = append(states, shot())
		do()
	}
	// Typing key by key is one step.
	step(func() {
		en := w.Body.Entry(row)
		c.Focus(en)
		en.CursorRow, en.CursorColumn = 0, 0
		test.Type(en, "甲乙丙")
	})
	step(func() { w.Body.Entry(row).SetText("第一段。\n第二段。") }) // Enter splits
	step(func() { w.Body.mergeUp(gazette.BlockPath{row + 1}) })
	step(func() { w.Body.deleteBlock(gazette.BlockPath{row}) })
	step(func() {
		w.Select(TabCompose)
		w.Composer.SelectArticle(id)
		w.Composer.MoveArticle(+1)
	})
	step(func() {
		w.Composer.addArticles([]gazette.Article{{Title: "导入的通知", Blocks: []gazette.Block{gazette.Paragraph("导入。")}}}, nil, "导入")
	})
	step(func() {
		w.Select(TabBody)
		w.Body.ShowFind()
		w.Body.Find.SetText("人民政府")
		w.Body.Replace.SetText("人民政腐")
		if w.Body.ReplaceAll() == 0 {
			t.Fatal("nothing replaced")
		}
	})
	step(func() {
		w.Select(TabCompose)
		w.Composer.SelectArticle(id)
		test.Type(w.Composer.Form.DocNumber, "X")
	})
	step(func() {
		w.Select(TabCover)
		w.Cover.C.SetText("55")
	})
	final := shot()
	if final == states[len(states)-1] {
		t.Fatal("the cover edit changed nothing")
	}

	// Another issue opened and closed again: the stack is still there.
	other := gazette.New("另一公报", 2030, 1)
	if err := w.Ctl.Create(other); err != nil {
		t.Fatal(err)
	}
	if w.Ctl.CanUndo() != "" {
		t.Error("a new issue has something to undo")
	}
	if err := w.Ctl.Open(states0ID(w, other.ID)); err != nil {
		t.Fatal(err)
	}

	undoKeys := []func(){
		func() { c.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{}) },
		func() { menuItem(t, w, "编辑", "撤销").Action() },
	}
	for i := len(states) - 1; i >= 0; i-- {
		undoKeys[i%2]()
		if got := shot(); got != states[i] {
			t.Fatalf("undo of step %d gave\n%s\nwant\n%s", i, got, states[i])
		}
		if i%3 == 0 { // screens come and go in between
			w.Select([]string{TabPreview, TabBody, TabCompose}[i%3])
		}
	}
	if _, err := w.Ctl.Undo(); err == nil {
		t.Error("undo past the first edit")
	}
	redoKeys := []func(){
		func() { c.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutRedo{}) },
		func() {
			c.(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
		},
	}
	for i := 1; i < len(states); i++ {
		redoKeys[i%2]()
		if got := shot(); got != states[i] {
			t.Fatalf("redo to step %d gave\n%s\nwant\n%s", i, got, states[i])
		}
	}
	redoKeys[0]()
	if got := shot(); got != final {
		t.Fatalf("redo of everything gave\n%s\nwant\n%s", got, final)
	}
	// The screens show the state the stack put back.
	w.Select(TabCover)
	if w.Cover.C.Text != "55" {
		t.Errorf("the cover form shows C %q after redo", w.Cover.C.Text)
	}
}

// states0ID returns the ID of the seeded issue: the one that is not other.
func states0ID(w *Workstation, other string) string {
	for _, r := range w.List.Rows() {
		if r.ID != other {
			return r.ID
		}
	}
	return ""
}

// TestUndoRefusedOnSignedIssue: a signed issue has nothing to undo, and
// Ctrl+Z says why instead of changing it.
func TestUndoRefusedOnSignedIssue(t *testing.T) {
	w := newTestWorkstation(t)
	_, row := firstParagraph(t, w)
	w.Body.Entry(row).SetText("改过。")
	w.Ctl.Issue().Status = gazette.StatusSigned
	w.Ctl.notify(ChangedStatus)
	if w.Ctl.CanUndo() != "" {
		t.Error("a signed issue offers 撤销")
	}
	if _, err := w.Ctl.Undo(); err == nil {
		t.Error("undo changed a signed issue")
	}
}
