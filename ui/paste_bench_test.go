package ui

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// BenchmarkPaste20000 pastes 20,000 characters (400 paragraphs, or one)
// into a paragraph of the demo issue through the entry's Ctrl+V, as the window
// does. first-ms is the time until the window takes its next event (the
// paste's first response: the text in the article, the progress shown);
// chunk-median-ms and chunk-max-ms how long the window is then held by
// one chunk of rows; ns/op the whole paste, every row built and the
// window laid out. 撤销 after each paste is not
// timed.
func BenchmarkPaste20000(b *testing.B) {
	b.Run("paragraphs", func(b *testing.B) { benchPaste(b, pasteText(400, 50)) })
	b.Run("one-paragraph", func(b *testing.B) { benchPaste(b, pasteText(1, 20000)) })
}

// benchPaste pastes text into the demo issue's first paragraph.
func benchPaste(b *testing.B, text string) {
	w := benchWorkstation(b)
	_, row := openParagraph(b, w)
	clip := fyne.CurrentApp().Clipboard()
	c := w.Win.Canvas()
	var last time.Time
	var first time.Duration
	var chunks []time.Duration
	w.Body.paste.onStep = func(p int) {
		if now := time.Now(); p > 0 {
			chunks = append(chunks, now.Sub(last))
			last = now
		}
	}
	n := 0
	var cpu time.Duration
	for b.Loop() {
		en := w.Body.Entry(row)
		c.Focus(en)
		en.CursorRow, en.CursorColumn = 0, 5
		clip.SetContent(text)
		start, cpu0 := time.Now(), cpuTime()
		en.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
		last = time.Now()
		first += last.Sub(start)
		w.Body.WaitPaste()
		layoutAll(c)
		cpu += cpuTime() - cpu0
		n++
		b.StopTimer()
		if _, err := w.Ctl.Undo(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(first.Microseconds())/1000/float64(n), "first-ms")
	slices.Sort(chunks)
	b.ReportMetric(float64(chunks[len(chunks)/2].Microseconds())/1000, "chunk-median-ms")
	b.ReportMetric(float64(chunks[len(chunks)-1].Microseconds())/1000, "chunk-max-ms")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(n), "cpu-ms/op")
}
