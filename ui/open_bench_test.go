package ui

import (
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"gazette/gazette"
	"gazette/internal/testseed"
	"gazette/store"
)

// openBenchIssues are the whole issues the open benchmark takes its
// articles from: the seed and the corpus's two.
var openBenchIssues = []struct{ name, path string }{
	{"seed", "../../shared/seed/000_e9775c076d8c3296.txt"},
	{"corpus1", "../../shared/corpus/issues/corpus_issue_1.txt"},
	{"corpus2", "../../shared/corpus/issues/corpus_issue_2.txt"},
}

// articleStats are what makes an article slow to open: its tables, its
// table cells and its characters.
type articleStats struct{ tables, cells, chars int }

func statsOf(a *gazette.Article) articleStats {
	var s articleStats
	gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) {
		if b.Table != nil {
			s.tables++
			for _, r := range b.Table.Rows {
				s.cells += len(r.Cells)
			}
		}
		s.chars += utf8.RuneCountInString(b.Text())
	})
	return s
}

// BenchmarkOpenArticle shows in 正文编辑, through the test driver, the
// article with the most tables (then cells) and the largest article of
// each whole issue (target ≤ 100 ms each): the rows built, laid out and
// their text measured as for painting (paintAll). cold-ms is the first
// open, when the driver has measured none of its text yet; laidout-ms is
// test.LaidOutObjects of the whole window once after, which makes a new
// renderer for every widget of every screen (the driver does not).
func BenchmarkOpenArticle(b *testing.B) {
	for _, src := range openBenchIssues {
		is := testseed.File(b, src.path)
		var tablesID, largestID string
		var most, largest articleStats
		is.Articles(func(_, _ int, a *gazette.Article) bool {
			s := statsOf(a)
			if s.tables > most.tables || s.tables == most.tables && s.cells > most.cells {
				tablesID, most = a.ID, s
			}
			if s.chars > largest.chars {
				largestID, largest = a.ID, s
			}
			return true
		})
		for _, pick := range []struct {
			name string
			id   string
			s    articleStats
		}{{"tables", tablesID, most}, {"largest", largestID, largest}} {
			if pick.id == "" {
				b.Fatalf("%s has no articles", src.name)
			}
			b.Run(fmt.Sprintf("%s/%s", src.name, pick.name), func(b *testing.B) {
				w := benchWorkstationOn(b, func() (*gazette.Issue, error) { return testseed.File(b, src.path), nil })
				id := pick.id
				// The seed is parsed again (new IDs): find the same article by place.
				id = sameArticle(b, is, w.Ctl.Issue(), id)
				w.Select(TabBody)
				c := w.Win.Canvas()
				start := time.Now()
				w.Body.Load(id)
				paintAll(c)
				cold := time.Since(start)
				cpu := cpuTime()
				n := 0
				for b.Loop() {
					w.Body.Load("")
					w.Body.Load(id)
					paintAll(c)
					n++
				}
				b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(n), "cpu-ms/op")
				start = time.Now()
				layoutAll(c)
				laidOut := time.Since(start)
				b.ReportMetric(float64(cold.Microseconds())/1000, "cold-ms")
				b.ReportMetric(float64(laidOut.Microseconds())/1000, "laidout-ms")
				b.ReportMetric(float64(pick.s.tables), "tables")
				b.ReportMetric(float64(pick.s.cells), "cells")
				b.ReportMetric(float64(pick.s.chars), "chars")
			})
		}
	}
}

// sameArticle returns the ID in to of the article at the place of article
// id in from.
func sameArticle(b *testing.B, from, to *gazette.Issue, id string) string {
	var at [2]int
	from.Articles(func(si, ai int, a *gazette.Article) bool {
		if a.ID == id {
			at = [2]int{si, ai}
			return false
		}
		return true
	})
	out := ""
	to.Articles(func(si, ai int, a *gazette.Article) bool {
		if si == at[0] && ai == at[1] {
			out = a.ID
			return false
		}
		return true
	})
	if out == "" {
		b.Fatal("the article is not in the issue the workstation opened")
	}
	return out
}

// benchWorkstationOn opens the workstation, in a window of the size
// editors use, on a new database holding the issue seed makes.
func benchWorkstationOn(b *testing.B, seed func() (*gazette.Issue, error)) *Workstation {
	b.Helper()
	test.NewTempApp(b).Settings().SetTheme(Theme{}) // the Chinese faces, as in the workstation
	st, err := store.OpenWith(filepath.Join(b.TempDir(), "g.db"), store.Options{Seed: seed, NoAutoBackup: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	win := test.NewTempWindow(b, nil)
	win.Resize(fyne.NewSize(1280, 820))
	return New(win, st)
}

// paintAll does for the window what the driver does before it paints a
// frame: the content laid out at the window's size, then every visible
// object walked through the renderers the widgets keep (made when first
// needed), each text measured.
func paintAll(c fyne.Canvas) {
	c.Content().Resize(c.Size())
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		switch o := o.(type) {
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(o).Objects() {
				walk(k)
			}
		case *fyne.Container:
			for _, k := range o.Objects {
				walk(k)
			}
		case *canvas.Text:
			o.MinSize()
		}
	}
	walk(c.Content())
}

// cpuTime is the CPU time the process has used (every thread, the
// collector's too): on a machine shared with other work it varies less
// than the time that passes.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
