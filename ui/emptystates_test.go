package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestEmptyScreensSayWhatToDo: a new issue has no sections, and 编排 says
// how to add articles; with no issue left the list says how to start; the
// open issue's row is selected so its buttons work at once.
func TestEmptyScreensSayWhatToDo(t *testing.T) {
	w := newTestWorkstation(t)
	if w.Composer.Empty.Visible() || w.List.Empty.Visible() {
		t.Fatal("empty-state text shows over the demo issue")
	}
	if w.List.OpenBtn.Disabled() || w.List.DeleteBtn.Disabled() {
		t.Error("the open issue's row is not selected at start (打开/删除 are off)")
	}
	draft, err := w.List.NextDraft()
	if err != nil {
		t.Fatal(err)
	}
	if err := w.List.CreateIssue(draft); err != nil {
		t.Fatal(err)
	}
	if !w.Composer.Empty.Visible() || !strings.Contains(w.Composer.Empty.Text, "导入文件") {
		t.Errorf("编排 of an empty issue shows no hint (%q)", w.Composer.Empty.Text)
	}
	if err := w.Composer.AddSection("市政府文件"); err != nil {
		t.Fatal(err)
	}
	if w.Composer.Empty.Visible() {
		t.Error("the hint stays after a section was added")
	}
	for len(w.List.Rows()) > 0 {
		if err := w.Ctl.Delete(w.List.Rows()[0].ID); err != nil {
			t.Fatal(err)
		}
	}
	if !w.List.Empty.Visible() || !strings.Contains(w.List.Empty.Text, "新建一期") {
		t.Errorf("the empty list shows no hint (%q)", w.List.Empty.Text)
	}
}

// TestPasteDialogSaysWhereTheArticleGoes opens 粘贴… with a section
// selected: the dialog names it.
func TestPasteDialogSaysWhereTheArticleGoes(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabCompose)
	w.Composer.SelectSection(0)
	name := w.Ctl.Issue().Sections[0].Name
	test.Tap(w.Composer.PasteBtn)
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("粘贴… opened no dialog")
	}
	found := false
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "“"+name+"”") {
			found = true
		}
	}
	if !found {
		t.Errorf("the paste dialog does not name the section %q", name)
	}
}

// TestEnterConfirmsOneLineForms types a section name and Enter in
// 新增栏目: the section is added without reaching for the mouse.
func TestEnterConfirmsOneLineForms(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabCompose)
	n := len(w.Ctl.Issue().Sections)
	test.Tap(w.Composer.AddSectionBtn)
	e, ok := w.Win.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatalf("the cursor is not in the name field (%T)", w.Win.Canvas().Focused())
	}
	test.Type(e, "专题")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := len(w.Ctl.Issue().Sections); got != n+1 || w.Ctl.Issue().Sections[n].Name != "专题" {
		t.Fatalf("Enter in 新增栏目 gave %d sections", got)
	}
	if w.Win.Canvas().Overlays().Top() != nil {
		t.Error("the form stays open after Enter")
	}
}
