package archive

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"gazette/archive/archivetest"
	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout"
	"gazette/pdf"
	"gazette/store"
)

// The benchmarks' archive: 20 years × 12 issues (240 issues, about 3,500
// articles) made from the demo issue and the corpus's issues, built once
// per run in a temporary folder.
var benchDB struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// archive20 returns the path of the benchmarks' archive, building it.
func archive20(b *testing.B) string {
	b.Helper()
	benchDB.once.Do(func() {
		benchDB.dir, benchDB.err = os.MkdirTemp("", "archive-bench-")
		if benchDB.err != nil {
			return
		}
		benchDB.path = filepath.Join(benchDB.dir, "gazette.db")
		var bases []*gazette.Issue
		if bases, benchDB.err = archivetest.Bases(".."); benchDB.err == nil {
			var n int
			n, benchDB.err = archivetest.Build(benchDB.path, bases, 20, 12)
			if fi, err := os.Stat(benchDB.path); err == nil {
				fmt.Fprintf(os.Stderr, "archive: benchmark database of 240 issues, %d articles, %d MB\n", n, fi.Size()>>20)
			}
		}
	})
	if benchDB.err != nil {
		b.Fatal(benchDB.err)
	}
	return benchDB.path
}

// openBench opens the benchmarks' archive read-write, as the workstation
// does (without the daily backup).
func openBench(b *testing.B) *store.Store {
	b.Helper()
	st, err := store.OpenWith(archive20(b), store.Options{NoAutoBackup: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = st.Close() })
	return st
}

// BenchmarkArchiveOpenList opens the 240-issue database and lists its
// issues: what the workstation's issue list does when it starts (target
// ≤ 200 ms).
func BenchmarkArchiveOpenList(b *testing.B) {
	path := archive20(b)
	b.ResetTimer()
	for range b.N {
		st, err := store.OpenWith(path, store.Options{NoAutoBackup: true})
		if err != nil {
			b.Fatal(err)
		}
		if list, err := st.List(); err != nil || len(list) != 240 {
			b.Fatalf("List: %d issues, %v", len(list), err)
		}
		st.Close()
	}
}

// BenchmarkArchiveList lists the issues of the open database (the
// catalog, no issue decoded).
func BenchmarkArchiveList(b *testing.B) {
	st := openBench(b)
	b.ResetTimer()
	for range b.N {
		if _, err := st.List(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArchiveFind finds one issue by year and number and reads it.
func BenchmarkArchiveFind(b *testing.B) {
	st := openBench(b)
	b.ResetTimer()
	for range b.N {
		if _, err := st.Find("2015-6"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArchiveSearch answers searches over all 240 issues (target
// ≤ 100 ms each).
func BenchmarkArchiveSearch(b *testing.B) {
	st := openBench(b)
	for _, c := range []struct {
		name string
		q    Query
	}{
		{"文号", Query{Text: "景府字〔2019〕1030号"}},
		{"phrase", Query{Text: "城镇生活污水处理"}},
		{"two-words", Query{Text: "仲裁委员会 批复"}},
		{"common-word", Query{Text: "人民政府"}},
		{"issuer+title", Query{Issuer: "国务院办公厅", Title: "通知"}},
		{"year+dates", Query{Text: "通知", Year: 2012, From: "2012-03-01", To: "2012-06-30"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			hits := 0
			for range b.N {
				res, err := Search(st, c.q)
				if err != nil {
					b.Fatal(err)
				}
				hits = Count(res)
			}
			b.ReportMetric(float64(hits), "hits")
		})
	}
}

// BenchmarkArchiveVerify checks the whole database as gazette verify does:
// pages, records, the catalog and the search index against the records.
func BenchmarkArchiveVerify(b *testing.B) {
	st := openBench(b)
	b.ResetTimer()
	for range b.N {
		if err := st.Check(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArchiveBackup writes and checks a backup of the database.
func BenchmarkArchiveBackup(b *testing.B) {
	st := openBench(b)
	dir := b.TempDir()
	b.ResetTimer()
	for i := range b.N {
		if err := st.BackupFile(filepath.Join(dir, fmt.Sprintf("b%d.db", i))); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArchiveReindex rebuilds the catalog and the search index.
func BenchmarkArchiveReindex(b *testing.B) {
	st := openBench(b)
	b.ResetTimer()
	for range b.N {
		if err := st.RebuildIndex(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArchiveSaveEdit saves an edit of one paragraph in the
// 240-issue database: the index updates only the bigrams that changed.
func BenchmarkArchiveSaveEdit(b *testing.B) {
	st := openBench(b)
	is, err := st.Find("2020-6")
	if err != nil {
		b.Fatal(err)
	}
	a := &is.Sections[0].Articles[0]
	b.ResetTimer()
	for i := range b.N {
		a.Blocks[0].Runs[0].Text = fmt.Sprintf("第%d次修改。", i) + a.Blocks[0].Runs[0].Text
		if err := st.Save(is); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArchiveRenderIssue lays out one issue and writes its PDF: the
// unit the volume is measured against.
func BenchmarkArchiveRenderIssue(b *testing.B) {
	st := openBench(b)
	is, err := st.Find("2020-1")
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		set, err := fonts.NewSet(is.Layout.Faces)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := layout.Lay(is, layout.Options{Fonts: set})
		if err != nil {
			b.Fatal(err)
		}
		if err := pdf.Write(io.Discard, doc, pdf.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArchiveVolume sets and writes 2020's bound volume (12 issues,
// the index, the cover; target ≤ 6 × BenchmarkArchiveRenderIssue).
func BenchmarkArchiveVolume(b *testing.B) {
	st := openBench(b)
	pages := 0
	b.ResetTimer()
	for range b.N {
		doc, _, err := Volume(st, VolumeOptions{Year: Year{Year: 2020}})
		if err != nil {
			b.Fatal(err)
		}
		if err := pdf.Write(io.Discard, doc, pdf.Options{}); err != nil {
			b.Fatal(err)
		}
		pages = len(doc.Pages)
	}
	b.ReportMetric(float64(pages), "pages")
}
