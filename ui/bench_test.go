package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"gazette/assets"
	"gazette/gazette"
	"gazette/store"
)

// BenchmarkRenderCover is the work behind one live-cover update after a
// change in 封面与版式 (target: well under 200 ms).
func BenchmarkRenderCover(b *testing.B) {
	is, err := assets.DemoIssue()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := RenderCover(coverCopy(is)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBodyEditorLoad builds the block editor of the demo issue's
// longest article (what 正文编辑 does when an article is chosen).
func BenchmarkBodyEditorLoad(b *testing.B) {
	test.NewTempApp(b)
	st, err := store.OpenWith(filepath.Join(b.TempDir(), "g.db"), store.Options{Seed: assets.DemoIssue, NoAutoBackup: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	w := New(test.NewTempWindow(b, nil), st)
	var id string
	most := 0
	w.Ctl.Issue().Articles(func(_, _ int, a *gazette.Article) bool {
		n := 0
		gazette.WalkBlocks(a.Blocks, func(*gazette.Block) { n++ })
		if n > most {
			id, most = a.ID, n
		}
		return true
	})
	w.Select(TabBody)
	for b.Loop() {
		w.Body.Load(id)
	}
	b.ReportMetric(float64(most), "blocks")
}
