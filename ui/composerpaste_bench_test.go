package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// BenchmarkComposerPaste60000 pastes 60,000 characters of the corpus's
// documents through 编排's 粘贴文章 → 从剪贴板粘贴 → 导入, as the editor
// does. Each metric is one slice of the UI goroutine, the window taking no
// event while it runs: first-ms from 从剪贴板粘贴 to the preview shown
// (the paste's first response), import-ms the tap on 导入 (until the
// progress dialog is up and the text is being read off the UI goroutine),
// place-ms putting the article in place once read (one undo step),
// layout-ms the window's next layout; ui-max-ms is the longest of them in
// any run. ns/op is the whole paste. Opening the dialog, and 撤销 after
// each paste, are not timed.
func BenchmarkComposerPaste60000(b *testing.B) {
	w := benchWorkstation(b)
	draft, err := w.List.NextDraft()
	if err != nil {
		b.Fatal(err)
	}
	if err := w.List.CreateIssue(draft); err != nil {
		b.Fatal(err)
	}
	w.Select(TabCompose)
	text := corpusPasteText(b, 60000)
	clip := fyne.CurrentApp().Clipboard()
	c := w.Win.Canvas()
	var placeStart time.Time
	w.Composer.onPasteStage = func(stage string) {
		if stage == pastePlacing {
			placeStart = time.Now()
		}
	}
	var first, imp, place, lay, uiMax, cpu time.Duration
	n := 0
	slice := func(sum *time.Duration, d time.Duration) {
		*sum += d
		uiMax = max(uiMax, d)
	}
	for b.Loop() {
		b.StopTimer()
		clip.SetContent(text)
		test.Tap(w.Composer.PasteBtn)
		p := w.Composer.LastPaste
		importBtn := findButton(c.Overlays().Top(), "导入")
		b.StartTimer()
		t0, cpu0 := time.Now(), cpuTime()
		test.Tap(p.FromClipboard)
		t1 := time.Now()
		test.Tap(importBtn)
		t2 := time.Now()
		w.Ctl.Wait()
		t3 := time.Now()
		layoutAll(c)
		t4 := time.Now()
		cpu += cpuTime() - cpu0
		slice(&first, t1.Sub(t0))
		slice(&imp, t2.Sub(t1))
		slice(&place, t3.Sub(placeStart))
		slice(&lay, t4.Sub(t3))
		n++
		b.StopTimer()
		if p.Text() != text || w.Ctl.Issue().ArticleCount() == 0 {
			b.Fatal("the paste added no article")
		}
		for c.Overlays().Top() != nil {
			c.Overlays().Remove(c.Overlays().Top())
		}
		if _, err := w.Ctl.Undo(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(n) }
	b.ReportMetric(ms(first), "first-ms")
	b.ReportMetric(ms(imp), "import-ms")
	b.ReportMetric(ms(place), "place-ms")
	b.ReportMetric(ms(lay), "layout-ms")
	b.ReportMetric(float64(uiMax.Microseconds())/1000, "ui-max-ms")
	b.ReportMetric(ms(cpu), "cpu-ms/op")
}
