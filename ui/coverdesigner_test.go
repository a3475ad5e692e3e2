package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"gazette/gazette"
)

// TestTrimTakesOnlyValuesInRange types a trim width key by key: the 1 and
// 18 on the way to 185 are not taken (an 18 mm page lays out in a
// thousand pages), 185 is, and the cover's page has the new proportions.
func TestTrimTakesOnlyValuesInRange(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabCover)
	w.Cover.WaitDraw()
	before := w.Cover.Cover.Image.Bounds()
	e := w.Cover.TrimW
	e.SetText("")
	for _, s := range []string{"1", "18"} {
		e.SetText(s)
		if got := w.Ctl.Issue().Layout.TrimWidth; got != 210 {
			t.Fatalf("typing %q set the trim width to %v", s, got)
		}
		if e.Validate() == nil {
			t.Errorf("%q is shown as a good trim width", s)
		}
	}
	e.SetText("185")
	if got := w.Ctl.Issue().Layout.TrimWidth; got != 185 {
		t.Fatalf("trim width %v after typing 185", got)
	}
	w.Cover.WaitDraw()
	after := w.Cover.Cover.Image.Bounds()
	ra, rb := float64(before.Dx())/float64(before.Dy()), float64(after.Dx())/float64(after.Dy())
	if rb >= ra {
		t.Errorf("the cover is %v (was %v): not narrower", after, before)
	}
	w.Cover.Bleed.SetText("50")
	if got := mustSaved(t, w).Layout.Bleed; got != 3 {
		t.Errorf("a 50 mm bleed was taken: %v", got)
	}
}

// TestResetPresetPutsItsValuesBack changes the trim and the body size,
// then 恢复预设值 puts the 公报 preset's values back (the select alone
// cannot: choosing the preset it shows does nothing).
func TestResetPresetPutsItsValuesBack(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabCover)
	w.Cover.TrimW.SetText("185")
	w.Cover.BodySize.SetText("14")
	if s := w.Ctl.Issue().Layout; s.TrimWidth != 185 || s.BodySize != 14 {
		t.Fatalf("edits not taken: %+v", s)
	}
	test.Tap(w.Cover.ResetBtn)
	want := gazette.DefaultSettings()
	s := mustSaved(t, w).Layout
	if s.TrimWidth != want.TrimWidth || s.BodySize != want.BodySize {
		t.Errorf("after 恢复预设值: trim %v, body %v pt", s.TrimWidth, s.BodySize)
	}
	if w.Cover.TrimW.Text != "210" {
		t.Errorf("the field shows %q", w.Cover.TrimW.Text)
	}
}
