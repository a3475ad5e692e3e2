package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"gazette/assets"
	"gazette/gazette"
)

// growth is what TestGrowthBounded measured.
type growth struct {
	dbSize, compacted, backups int64
	nBackups, revisions        int
	articles                   int
	days                       float64 // simulated time the saves spanned
}

// simulateWork saves the demo issue (景德镇 2020年第8期, 17 articles)
// saves times, one article changed per save, ten simulated minutes apart
// (10,000 saves span 69 days), reopening the database each simulated day
// (which writes the day's backup); then replaces the issue replaces times
// through a -replace backup, as gazette import --new --replace does.
func simulateWork(t testing.TB, saves, replaces int) growth {
	path := filepath.Join(t.TempDir(), "gazette.db")
	return simulateWorkAt(t, path, saves, replaces)
}

// simulateWorkPath runs simulateWork and returns the database's path.
func simulateWorkPath(t testing.TB, saves, replaces int) string {
	path := filepath.Join(t.TempDir(), "gazette.db")
	simulateWorkAt(t, path, saves, replaces)
	return path
}

// simulateWorkAt is simulateWork on the database at path.
func simulateWorkAt(t testing.TB, path string, saves, replaces int) growth {
	clock := time.Date(2020, 7, 1, 8, 0, 0, 0, time.Local)
	old := timeNow
	timeNow = func() time.Time { return clock }
	defer func() { timeNow = old }()
	open := func() *Store {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		s.db.NoSync = true // the layout is the same; the test is 20× faster
		return s
	}
	s := open()
	is, err := assets.DemoIssue()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Save(is); err != nil {
		t.Fatal(err)
	}
	var arts []*gazette.Article
	is.Articles(func(_, _ int, a *gazette.Article) bool { arts = append(arts, a); return true })
	day := clock.YearDay()
	for i := range saves {
		clock = clock.Add(10 * time.Minute)
		if clock.YearDay() != day {
			day = clock.YearDay()
			s.Close()
			s = open()
			if err := s.AutoBackupError(); err != nil {
				t.Fatal(err)
			}
		}
		a := arts[i%len(arts)]
		if len(a.Blocks) == 0 {
			a.Blocks = []gazette.Block{{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: ""}}}}
		}
		if len(a.Blocks[0].Runs) == 0 {
			a.Blocks[0].Runs = []gazette.Run{{Text: ""}}
		}
		r := &a.Blocks[0].Runs[0]
		r.Text = string([]rune("甲乙丙丁戊己庚辛壬癸")[i%10:i%10+1]) + r.Text // one character typed
		if len(r.Text) > 600 {
			r.Text = r.Text[:0]
		}
		if err := s.Save(is); err != nil {
			t.Fatal(err)
		}
	}
	for range replaces {
		clock = clock.Add(time.Hour)
		if _, err := s.BackupBefore("replace"); err != nil {
			t.Fatal(err)
		}
		fresh, err := assets.DemoIssue()
		if err != nil {
			t.Fatal(err)
		}
		fresh.ID = is.ID
		if err := s.Save(fresh); err != nil {
			t.Fatal(err)
		}
	}
	g := growth{articles: len(arts), days: float64(saves) * 10 / (24 * 60)}
	g.revisions = countRevisions(t, s)
	s.Close()
	g.dbSize = fileSize(t, path)
	bs, _ := Backups(path)
	g.nBackups = len(bs)
	for _, b := range bs {
		g.backups += fileSize(t, b)
	}
	if _, err := Compact(path); err != nil {
		t.Fatal(err)
	}
	g.compacted = fileSize(t, path)
	return g
}

func fileSize(t testing.TB, path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// countRevisions counts the revisions stored in s.
func countRevisions(t testing.TB, s *Store) int {
	n := 0
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bRevisions).ForEachBucket(func(id []byte) error {
			ib := tx.Bucket(bRevisions).Bucket(id)
			return ib.ForEachBucket(func(art []byte) error {
				return ib.Bucket(art).ForEach(func(k, _ []byte) error {
					if len(k) == 8 {
						n++
					}
					return nil
				})
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestGrowthBounded: a database saved 10,000 times (69 simulated days) and
// replaced 50 times stays small (see the bounds below).
func TestGrowthBounded(t *testing.T) {
	saves, replaces := 1000, 10
	if testing.Short() {
		saves, replaces = 300, 3
	}
	g := simulateWork(t, saves, replaces)
	t.Logf("%d saves, %d replaces: database %.2f MB (%.2f MB compacted), %d revisions; %d backups, %.2f MB in all",
		saves, replaces, mb(g.dbSize), mb(g.compacted), g.revisions, g.nBackups, mb(g.backups))
	checkGrowth(t, g, saves, replaces)
}

// checkGrowth compares what simulateWork measured with the bounds the
// thinning policy (thin.go) gives:
//
//   - revisions ≤ articles × (10 newest + 24 hourly + 30 daily + one per
//     older week) + articles × replaces (each replace turns every article
//     of the old issue into a deleted article's last version, kept);
//   - the compacted database ≤ 1 MiB (the issue itself, 173 KB, and the
//     tree) + 6 KiB per revision: the demo's articles are 11 KB of JSON on
//     average and 4.3 KiB deflated, 6 KiB leaves room for page rounding;
//   - the file as bbolt grows it ≤ twice that (bbolt doubles its size in
//     steps while under 1 GiB);
//   - the backups ≤ 2 × KeepBackups copies of the compacted database
//     (daily ones and those before a change are kept apart).
//
// For 10,000 saves (69 days) and 50 replaces of the 16-article demo that
// is 1,936 revisions, 12.3 MiB compacted, 24.7 MiB for the file and 346 MiB
// of backups at most; before thinning 2,000 saves alone grew the file to
// 33.7 MB and 50 replaces left 300 MB of backups that were never pruned.
func checkGrowth(t *testing.T, g growth, saves, replaces int) {
	t.Helper()
	weeks := int(max(0, g.days-30)/7) + 2
	maxRevs := g.articles*(KeepNewestRevisions+24+30+weeks) + g.articles*replaces
	maxCompacted := int64(1<<20 + maxRevs*6<<10)
	t.Logf("bounds: %d revisions, %.2f MB compacted, %.2f MB file, %.2f MB of backups", maxRevs, mb(maxCompacted), mb(2*maxCompacted), mb(2*KeepBackups*maxCompacted))
	if g.revisions > maxRevs {
		t.Errorf("%d revisions kept, bound %d", g.revisions, maxRevs)
	}
	if g.compacted > maxCompacted {
		t.Errorf("compacted database %.2f MB, bound %.2f MB", mb(g.compacted), mb(maxCompacted))
	}
	if g.dbSize > 2*maxCompacted {
		t.Errorf("database file %.2f MB, bound %.2f MB", mb(g.dbSize), mb(2*maxCompacted))
	}
	if g.nBackups > 2*KeepBackups || g.backups > 2*KeepBackups*maxCompacted {
		t.Errorf("%d backups, %.2f MB; bound %d, %.2f MB", g.nBackups, mb(g.backups), 2*KeepBackups, mb(2*KeepBackups*maxCompacted))
	}
}

func mb(n int64) float64 { return float64(n) / (1 << 20) }
