package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"gazette/assets"
	"gazette/gazette"
	"gazette/store"
)

// benchWorkstation opens the workstation on the demo issue in a window of
// the size editors use.
func benchWorkstation(b *testing.B) *Workstation {
	b.Helper()
	test.NewTempApp(b).Settings().SetTheme(Theme{}) // the Chinese faces, as in the workstation
	st, err := store.OpenWith(filepath.Join(b.TempDir(), "g.db"), store.Options{Seed: assets.DemoIssue, NoAutoBackup: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	win := test.NewTempWindow(b, nil)
	win.Resize(fyne.NewSize(1280, 820))
	return New(win, st)
}

// benchTyping puts a paragraph of n characters first in the first article
// and measures one keystroke in it: the key goes to the entry as from the
// keyboard, the edit through the controller (and the screens it tells),
// the rows the entry shows are wrapped and laid out again as before they
// are painted.
func benchTyping(b *testing.B, n int) {
	w := benchWorkstation(b)
	var id string
	w.Ctl.Issue().Articles(func(_, _ int, a *gazette.Article) bool { id = a.ID; return false })
	para := strings.Repeat("各地各部门要认真贯彻落实本通知精神，加强组织领导。", n/25+1)
	para = string([]rune(para)[:n])
	w.Ctl.Edit(func(is *gazette.Issue) error {
		a, _ := is.Article(id)
		a.Blocks = append([]gazette.Block{gazette.Paragraph(para)}, a.Blocks...)
		return nil
	})
	w.Composer.SelectArticle(id)
	w.Select(TabBody)
	en := w.Body.Entry(0)
	c := w.Win.Canvas()
	c.Focus(en)
	en.CursorRow, en.CursorColumn = 0, 100
	layoutAll(c)
	cpu := cpuTime()
	keys := 0
	for b.Loop() {
		en.TypedRune('字')
		test.LaidOutObjects(en) // the entry laid out and its rows made, as for painting
		keys++
	}
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(keys), "cpu-ms/op")
	b.ReportMetric(float64(len([]rune(en.Text))), "chars")
}

// layoutAll lays out the window's content and measures what it shows, as
// the driver does before a frame is painted.
func layoutAll(c fyne.Canvas) {
	c.Content().Resize(c.Size())
	test.LaidOutObjects(c.Content())
}

// BenchmarkTyping2000 is one keystroke in a 2,000-character paragraph
// (target ≤ 50 ms).
func BenchmarkTyping2000(b *testing.B) { benchTyping(b, 2000) }

// BenchmarkTyping20000 is one keystroke in a 20,000-character paragraph
// (target ≤ 100 ms).
func BenchmarkTyping20000(b *testing.B) { benchTyping(b, 20000) }

// BenchmarkFirstWindow builds the workstation on the demo database and lays
// out its first window (target ≤ 1.5 s on a fresh start).
func BenchmarkFirstWindow(b *testing.B) {
	test.NewTempApp(b).Settings().SetTheme(Theme{})
	st, err := store.OpenWith(filepath.Join(b.TempDir(), "g.db"), store.Options{Seed: assets.DemoIssue, NoAutoBackup: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for b.Loop() {
		win := test.NewWindow(nil)
		win.Resize(fyne.NewSize(1280, 820))
		New(win, st)
		layoutAll(win.Canvas())
		win.Close()
	}
}
