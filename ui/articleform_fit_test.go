package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// TestComposeFitsSmallWindow opens 编排 in a 1024×640 window (a small
// laptop screen less the panel and title bar) with an article selected:
// every field of the article form and every button of the screen lies
// within the window's width, and scrolling the form brings each field whole
// into view within the window's height.
func TestComposeFitsSmallWindow(t *testing.T) {
	w := newTestWorkstation(t)
	w.Win.Resize(fyne.NewSize(1024, 640))
	w.Select(TabCompose)
	c := w.Composer
	c.SelectArticle(w.Ctl.Issue().Sections[0].Articles[0].ID)
	f := c.Form
	canvas := w.Win.Canvas().Size()
	if canvas.Width > 1024 || canvas.Height > 640 {
		t.Fatalf("the window grew to %v: its content needs more than 1024×640", canvas)
	}
	d := fyne.CurrentApp().Driver()
	scroll := f.form.(*container.Scroll)
	top := d.AbsolutePositionForObject(scroll)
	view := scroll.Size()
	if view.Width <= 0 || view.Height <= 0 {
		t.Fatalf("the form's scroll has no size (%v) once an article is selected", view)
	}
	fields := map[string]fyne.CanvasObject{
		"类型": f.Kind, "标题": f.Title, "发文机关": f.Issuers, "文号": f.DocNumber, "成文日期": f.Date.Entry,
		"主送": f.Addressee, "公开属性": f.Disclosure, "副标题": f.Subtitle, "来源": f.Source,
	}
	for name, o := range fields {
		pos := d.AbsolutePositionForObject(o)
		if pos.X < top.X || pos.X+o.Size().Width > top.X+view.Width+0.5 || top.X+view.Width > canvas.Width+0.5 {
			t.Errorf("%s: x %.0f–%.0f, beyond the form (%.0f–%.0f) or the window (%.0f)",
				name, pos.X, pos.X+o.Size().Width, top.X, top.X+view.Width, canvas.Width)
		}
		if o.Size().Width < 150 {
			t.Errorf("%s: only %.0f wide", name, o.Size().Width)
		}
		// Scroll the field to the top of the form and check it shows whole.
		scroll.ScrollToOffset(fyne.NewPos(0, pos.Y-top.Y+scroll.Offset.Y))
		pos = d.AbsolutePositionForObject(o)
		if pos.Y < top.Y-0.5 || pos.Y+o.Size().Height > top.Y+view.Height+0.5 || top.Y+view.Height > canvas.Height+0.5 {
			t.Errorf("%s: scrolled to, y %.0f–%.0f, outside the form's view (%.0f–%.0f) or the window (%.0f)",
				name, pos.Y, pos.Y+o.Size().Height, top.Y, top.Y+view.Height, canvas.Height)
		}
		scroll.ScrollToTop()
	}
	for _, b := range []fyne.CanvasObject{c.AddSectionBtn, c.SectionDownBtn, c.NewArticleBtn, c.PasteBtn, c.DeleteArticleBtn} {
		pos := d.AbsolutePositionForObject(b)
		if pos.X < 0 || pos.X+b.Size().Width > canvas.Width+0.5 || pos.Y+b.Size().Height > canvas.Height+0.5 {
			t.Errorf("button at %v size %v beyond the window %v", pos, b.Size(), canvas)
		}
	}
}
