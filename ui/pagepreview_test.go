package ui

import (
	"image"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2/test"

	"gazette/preview"
)

// TestFindingHighlightsItsGlyphAndOpensParagraph checks that choosing a
// preflight finding marks exactly its character on its page and that
// 到正文编辑修改 puts the cursor in its paragraph.
func TestFindingHighlightsItsGlyphAndOpensParagraph(t *testing.T) {
	w := newTestWorkstation(t)
	id, row := firstParagraph(t, w)
	text := w.Body.Entry(row).Text
	w.Body.Entry(row).SetText(text + "\U0002A6D6")
	w.Select(TabPreview)
	w.Ctl.Wait()
	found := -1
	for i, f := range w.Preview.Findings() {
		if f.Error && f.ArticleID == id && f.Src.Block == row && f.Src.Rune > 0 {
			found = i
		}
	}
	if found < 0 {
		t.Fatalf("no preflight error at the missing character: %v", w.Preview.Findings())
	}
	f := w.Preview.Findings()[found]
	w.Select(TabCompose) // choosing a finding must not need the body editor in front
	w.Select(TabPreview)
	w.Ctl.Wait()
	w.Preview.findList.Select(found)
	if w.Preview.page != f.Page-1 {
		t.Fatalf("finding on page %d shows page %d", f.Page, w.Preview.page+1)
	}

	// The pixels that changed are those of the character's glyph.
	pg := w.Preview.laid.doc.Pages[f.Page-1]
	var box image.Rectangle
	for _, r := range pg.Runs {
		for _, g := range r.Glyphs {
			if g.Src.Article == f.Src.Article && g.Src.Block == f.Src.Block && g.Src.Rune == f.Src.Rune {
				// At 100 % and scale 1 a point is a pixel.
				box = image.Rect(int(g.X)-2, int(r.Y-r.Size)-2, int(math.Ceil(g.X+r.Size))+2, int(math.Ceil(r.Y+0.3*r.Size))+2)
			}
		}
	}
	if box.Empty() {
		t.Fatal("the missing character has no glyph on its page")
	}
	plain := preview.Render(pg, preview.Options{DPI: 72})
	got, ok := w.Preview.LargeImage().(*image.RGBA)
	if !ok || got.Bounds() != plain.Bounds() {
		t.Fatalf("large page %T %v, plain %v", w.Preview.LargeImage(), w.Preview.LargeImage().Bounds(), plain.Bounds())
	}
	changed, outside := 0, 0
	for y := plain.Rect.Min.Y; y < plain.Rect.Max.Y; y++ {
		for x := plain.Rect.Min.X; x < plain.Rect.Max.X; x++ {
			if got.RGBAAt(x, y) != plain.RGBAAt(x, y) {
				changed++
				if !image.Pt(x, y).In(box) {
					outside++
				}
			}
		}
	}
	if changed < 20 || outside > 0 {
		t.Errorf("highlight changed %d pixels, %d outside the glyph's box %v", changed, outside, box)
	}
	if c := got.RGBAAt((box.Min.X+box.Max.X)/2, box.Min.Y+4); c.B > c.R || c == (color.RGBA{255, 255, 255, 255}) {
		t.Errorf("the highlight is not yellow: %v", c)
	}

	// 正文编辑 opens at the paragraph, the cursor in it.
	if _, sel := w.Composer.Selected(); sel != id {
		t.Errorf("the finding's article %s is not selected (%s is)", id, sel)
	}
	if !w.Preview.OpenBtn.Visible() || w.Preview.OpenBtn.Disabled() {
		t.Fatal("到正文编辑修改 is not offered")
	}
	test.Tap(w.Preview.OpenBtn)
	if w.current() != TabBody {
		t.Fatalf("the %s tab is in front", w.current())
	}
	if got := w.Win.Canvas().Focused(); got != w.Body.Entry(row) {
		t.Errorf("the cursor is in %v, not in paragraph %d", got, row+1)
	}
}
