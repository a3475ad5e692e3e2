package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// dialogUnit returns the 期/号 drop-down of the dialog on top.
func dialogUnit(t *testing.T, w *Workstation) *dropDown {
	t.Helper()
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	for _, o := range test.LaidOutObjects(top) {
		if d, ok := o.(*dropDown); ok && len(d.Options) == 2 && d.Options[0] == "期" && d.Options[1] == "号" {
			return d
		}
	}
	t.Fatal("the dialog has no 期/号 choice")
	return nil
}

// chooseFromList taps d and then the option opt of the list it opens.
func chooseFromList(t *testing.T, w *Workstation, d *dropDown, opt string) {
	t.Helper()
	test.Tap(d)
	m := popUpMenu(w)
	if m == nil {
		t.Fatal("the drop-down opened no list")
	}
	for i, o := range d.Options {
		if o == opt && i < len(m.Items) {
			test.Tap(m.Items[i].(fyne.Tappable))
			return
		}
	}
	t.Fatalf("the list has no %q", opt)
}

// TestNumberUnitForms: 新建一期, 复制一期 and 封面与版式 each offer 期 or 号,
// starting at the issue's unit; choosing 号 makes an issue numbered in 号,
// which the issue list shows as such.
func TestNumberUnitForms(t *testing.T) {
	w := newTestWorkstation(t)
	demo := w.Ctl.Issue()
	steps := []struct {
		name   string
		open   func()
		button string
		label  string // the Label of the issue made, open afterwards
	}{
		{"新建一期", w.List.askNew, "新建", "2020年第9号"},
		{"复制一期", func() { w.List.SelectID(demo.ID); w.List.askDuplicate() }, "复制", "2020年第10号"},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.open()
			d := dialogUnit(t, w)
			if d.Selected != "期" {
				t.Errorf("the choice starts at %q, want 期 (the demo's unit)", d.Selected)
			}
			chooseFromList(t, w, d, "号")
			if d.Selected != "号" {
				t.Fatalf("the choice shows %q after choosing 号", d.Selected)
			}
			tapDialogButton(t, w, st.button)
			is := mustSaved(t, w)
			if is.ID == demo.ID || is.Label() != st.label {
				t.Fatalf("open issue %s (%s), want a new %s", is.Label(), is.ID, st.label)
			}
			var shown string
			for i, r := range w.List.Rows() {
				if r.ID == is.ID {
					shown = w.List.cell(i, 1) + "（" + w.List.cell(i, 2) + "）"
				}
			}
			if want := is.Label() + "（" + is.TotalLabel() + "）"; shown != want || !strings.HasSuffix(shown, "号）") {
				t.Errorf("the issue list shows %q, want %q in 号", shown, want)
			}
		})
	}

	// 封面与版式: the open issue (a 号 copy) shows 号; choosing 期 saves it.
	w.Select(TabCover)
	if w.Cover.Unit.Selected != "号" {
		t.Errorf("封面与版式 shows %q for a 号 issue", w.Cover.Unit.Selected)
	}
	chooseFromList(t, w, w.Cover.Unit, "期")
	if is := mustSaved(t, w); is.Label() != "2020年第10期" || is.TotalLabel() != "总第22期" {
		t.Errorf("after choosing 期: %s（%s）", is.Label(), is.TotalLabel())
	}
}
