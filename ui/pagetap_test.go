package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"gazette/layout"
)

// previewShown opens 版面预览 on the demo issue and waits for its layout.
func previewShown(t *testing.T) *Workstation {
	t.Helper()
	w := newTestWorkstation(t)
	w.Select(TabPreview)
	w.Ctl.Wait()
	if w.Preview.laid == nil {
		t.Fatal("版面预览 shows no layout")
	}
	return w
}

// TestTapTOCEntryTurnsToItsPage taps a 目录 entry on the large page: the
// page it names comes up.
func TestTapTOCEntryTurnsToItsPage(t *testing.T) {
	w := previewShown(t)
	toc, link := -1, layout.Link{}
	for i, pg := range w.Preview.laid.doc.Pages {
		if pg.Kind == layout.PageTOC && len(pg.Links) > 0 {
			toc, link = i, pg.Links[len(pg.Links)-1]
			break
		}
	}
	if toc < 0 {
		t.Fatal("the demo issue has no 目录 page with links")
	}
	w.Preview.ShowPage(toc, nil)
	// At 100 % on a scale-1 canvas a point is a unit; no bleed is drawn.
	r := link.Rect // link.Y is the target's y
	at := fyne.NewPos(float32(r.X+r.W/2), float32(r.Y+r.H/2))
	test.TapAt(w.Preview.tap, at)
	if got := w.Preview.laid.doc.Pages[w.Preview.page].Number; got != link.Page {
		t.Fatalf("tapping the entry for page %d shows page %d", link.Page, got)
	}

	// With the bleed drawn the same entry sits further in by the bleed.
	w.Preview.ShowPage(toc, nil)
	w.Preview.Bleed.SetChecked(true)
	b := w.Preview.laid.doc.Pages[toc].Bleed
	test.TapAt(w.Preview.tap, at.AddXY(float32(b), float32(b)))
	if got := w.Preview.laid.doc.Pages[w.Preview.page].Number; got != link.Page {
		t.Fatalf("with the bleed shown, tapping the entry for page %d shows page %d", link.Page, got)
	}
}

// TestTapParagraphOffersItForEditing taps article text on a body page:
// its paragraph is highlighted and 到正文编辑修改 opens it.
func TestTapParagraphOffersItForEditing(t *testing.T) {
	w := previewShown(t)
	var pi int
	var run layout.GlyphRun
	var g layout.Glyph
	found := false
	for i, pg := range w.Preview.laid.doc.Pages {
		for _, r := range pg.Runs {
			for _, gl := range r.Glyphs {
				if !found && pg.Kind == layout.PageBody && gl.Src.Article >= 0 && gl.Src.Block >= 0 {
					pi, run, g, found = i, r, gl, true
				}
			}
		}
	}
	if !found {
		t.Fatal("no article text on a body page")
	}
	w.Preview.ShowPage(pi, nil)
	before := w.Preview.LargeImage()
	test.TapAt(w.Preview.tap, fyne.NewPos(float32(g.X+run.Size/2), float32(run.Y-run.Size/2)))
	if w.Preview.OpenBtn.Disabled() {
		t.Fatal("到正文编辑修改 is not offered after tapping a paragraph")
	}
	if sameImage(before, w.Preview.LargeImage()) {
		t.Error("the tapped paragraph is not highlighted")
	}
	test.Tap(w.Preview.OpenBtn)
	if w.current() != TabBody {
		t.Fatalf("the %s tab is in front", w.current())
	}
	id := w.Preview.articleID(g.Src.Article)
	if _, sel := w.Composer.Selected(); sel != id {
		t.Errorf("article %s is selected, want %s", sel, id)
	}
	if got := w.Win.Canvas().Focused(); got == nil || got != fyne.Focusable(w.Body.Entry(g.Src.Block)) {
		t.Errorf("the cursor is not in paragraph %d", g.Src.Block+1)
	}
}

// TestOutlineAndKeysTurnPages chooses a bookmark in 书签 and turns pages
// with the keys.
func TestOutlineAndKeysTurnPages(t *testing.T) {
	w := previewShown(t)
	if len(w.Preview.anchors) == 0 {
		t.Fatal("书签 is empty")
	}
	last := len(w.Preview.anchors) - 1
	w.Preview.outline.Select(last)
	if w.Preview.page != w.Preview.anchors[last].page {
		t.Fatalf("bookmark on page index %d shows %d", w.Preview.anchors[last].page, w.Preview.page)
	}
	w.Preview.ShowPage(0, nil)
	w.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if w.Preview.page != 1 {
		t.Errorf("Page Down shows page index %d", w.Preview.page)
	}
	w.typedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	if n := len(w.Preview.laid.doc.Pages); w.Preview.page != n-1 {
		t.Errorf("End shows page index %d of %d", w.Preview.page, n)
	}
	w.typedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if w.Preview.page != 0 {
		t.Errorf("Home shows page index %d", w.Preview.page)
	}
}
