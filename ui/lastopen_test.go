package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"gazette/gazette"
)

// TestReopensLastIssueAndArticle: after working on the older of two
// issues, a new workstation opens that one, at the article last chosen.
func TestReopensLastIssueAndArticle(t *testing.T) {
	w := newTestWorkstation(t)
	demo := w.Ctl.Issue()
	if err := w.List.Duplicate(demo.ID, gazette.Numbering{Year: 2020, Number: 9, Total: 21}); err != nil {
		t.Fatal(err)
	}
	if err := w.Ctl.Open(demo.ID); err != nil {
		t.Fatal(err)
	}
	art := demo.Sections[len(demo.Sections)-1].Articles[0].ID
	w.Composer.SelectArticle(art)
	if err := w.Ctl.Flush(); err != nil {
		t.Fatal(err)
	}
	win := test.NewTempWindow(t, nil)
	win.Resize(fyne.NewSize(1280, 820))
	again := New(win, w.Ctl.Store)
	if is := again.Ctl.Issue(); is == nil || is.ID != demo.ID {
		t.Fatalf("reopened %v, want the demo issue (the newest is 2020年第9期)", is)
	}
	if _, got := again.Composer.Selected(); got != art {
		t.Errorf("reopened at article %q, want %q", got, art)
	}
}
