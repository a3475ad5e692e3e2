package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// popUpMenu returns the menu of the pop-up on top of the window, or nil.
func popUpMenu(w *Workstation) *widget.Menu {
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	for _, o := range test.LaidOutObjects(top) {
		switch m := o.(type) {
		case *widget.PopUpMenu:
			return m.Menu
		case *widget.Menu:
			return m
		}
	}
	return nil
}

// TestPresetDropDownWithoutCanvas drives the steps that killed the process
// (Fyne #5965): in 封面与版式 set 栏数 2 and 出血 5, then click 预设 while the
// driver knows no canvas for it. The list opens on the window's canvas and
// choosing from it works; every drop-down of the screen survives the same.
func TestPresetDropDownWithoutCanvas(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabCover)
	test.Tap(w.Cover.Columns)
	m := popUpMenu(w)
	if m == nil {
		t.Fatal("栏数 opened no list")
	}
	test.Tap(m.Items[1].(fyne.Tappable)) // "2"
	if got := w.Ctl.Issue().Layout.Columns; got != 2 {
		t.Fatalf("栏数 %d after choosing 2", got)
	}
	w.Cover.Bleed.SetText("5")
	if got := w.Ctl.Issue().Layout.Bleed; got != 5 {
		t.Fatalf("出血 %v after typing 5", got)
	}

	old := canvasForObject
	canvasForObject = func(fyne.CanvasObject) fyne.Canvas { return nil }
	defer func() { canvasForObject = old }()
	for _, o := range w.Win.Canvas().Overlays().List() {
		w.Win.Canvas().Overlays().Remove(o)
	}
	test.Tap(w.Cover.Preset) // crashed here
	m = popUpMenu(w)
	if m == nil || len(m.Items) != len(w.Cover.Preset.Options) {
		t.Fatalf("预设 opened no list of %d options", len(w.Cover.Preset.Options))
	}
	test.Tap(m.Items[1].(fyne.Tappable))
	if w.Cover.Preset.Selected != w.Cover.Preset.Options[1] {
		t.Errorf("预设 shows %q after choosing %q", w.Cover.Preset.Selected, w.Cover.Preset.Options[1])
	}
	// The keyboard opens the list the same way.
	w.Cover.Folio.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if popUpMenu(w) == nil {
		t.Error("Space on 页码 opened no list")
	}
}
