package store

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goodFile writes a sound database with a few issues, revisions and a
// sign-off, closes it and returns its bytes and page size.
func goodFile(t *testing.T) ([]byte, int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "good.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 6; i++ {
		is := sampleIssue("甲市人民政府公报", 2020, i)
		for j := range 8 { // grow the file past a handful of pages
			is.AddArticle("部门文件", sampleIssue("", 0, 0).Sections[0].Articles[0])
			setText(&is.Sections[0].Articles[0], strings.Repeat(fmt.Sprintf("第%d稿。", j), 200))
			if err := s.Save(is); err != nil {
				t.Fatal(err)
			}
		}
		if i == 1 {
			if err := s.SignOff(is.ID, "", []byte("%PDF-1.7 signed")); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.SetSetting("campaign", "设置值"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	ff, err := checkFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b, ff.pageSize
}

// garbage returns n pseudo-random bytes.
func garbage(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

// damage is one way of spoiling a database file.
type damage struct {
	name string
	fn   func(b []byte, ps int, rng *rand.Rand) []byte
	// sound: the result may open (bbolt falls back to the other meta page).
	mayOpen bool
}

var damages = []damage{
	{"truncated to half", func(b []byte, ps int, _ *rand.Rand) []byte { // half the pages in use: bbolt grows the file ahead of them
		m, _ := parseMeta(b[:ps])
		return b[:int(m.pgid)/2*ps]
	}, false},
	{"truncated to one page", func(b []byte, ps int, _ *rand.Rand) []byte { return b[:ps] }, false},
	{"garbage meta page 0", func(b []byte, ps int, r *rand.Rand) []byte { copy(b, garbage(r, ps)); return b }, true},
	{"garbage meta page 1", func(b []byte, ps int, r *rand.Rand) []byte { copy(b[ps:], garbage(r, ps)); return b }, true},
	{"garbage both meta pages", func(b []byte, ps int, r *rand.Rand) []byte { copy(b, garbage(r, 2*ps)); return b }, false},
	{"garbage data pages", func(b []byte, ps int, r *rand.Rand) []byte {
		copy(b[2*ps:], garbage(r, len(b)-2*ps))
		return b
	}, false},
	{"random bytes", func(b []byte, ps int, r *rand.Rand) []byte { return garbage(r, len(b)) }, false},
	{"random short file", func(b []byte, ps int, r *rand.Rand) []byte { return garbage(r, 100) }, false},
}

// TestDamagedFiles opens each damaged copy read-write and read-only and
// verifies it as a backup: each gives ErrDamaged or a database that passes
// Check; none panics or hangs, and the file is never modified.
func TestDamagedFiles(t *testing.T) {
	good, ps := goodFile(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "gazette.db")
			if err := os.WriteFile(path, d.fn(append([]byte(nil), good...), ps, rng), 0o600); err != nil {
				t.Fatal(err)
			}
			before := fileSum(t, path)
			opened := tryDamaged(t, path)
			if opened && !d.mayOpen {
				t.Errorf("a file with %s opened as sound", d.name)
			}
			if fileSum(t, path) != before {
				t.Error("the damaged file was modified")
			}
		})
	}
}

// tryDamaged opens path every way; it reports whether it opened as sound.
func tryDamaged(t *testing.T, path string) (opened bool) {
	t.Helper()
	for _, ro := range []bool{false, true} {
		s, err := OpenWith(path, Options{ReadOnly: ro})
		if err != nil {
			if !errors.Is(err, ErrDamaged) {
				t.Errorf("open (read-only %v) = %v, want ErrDamaged", ro, err)
			}
			continue
		}
		if err := s.Check(); err != nil {
			if !errors.Is(err, ErrDamaged) {
				t.Errorf("Check = %v, want nil or ErrDamaged", err)
			}
		} else if _, err := s.List(); err != nil {
			t.Errorf("List after a clean Check: %v", err)
		} else {
			opened = true
		}
		s.Close()
	}
	if err := VerifyBackup(path); err != nil && !errors.Is(err, ErrDamaged) {
		t.Errorf("VerifyBackup = %v, want nil or ErrDamaged", err)
	}
	return opened
}

// TestRandomPageDamage spoils random bytes of random pages many times.
func TestRandomPageDamage(t *testing.T) {
	good, ps := goodFile(t)
	rng := rand.New(rand.NewPCG(3, 4))
	dir := t.TempDir()
	for i := range 150 {
		b := append([]byte(nil), good...)
		page := rng.IntN(len(b) / ps)
		for range 1 + rng.IntN(16) {
			b[page*ps+rng.IntN(ps)] = byte(rng.Uint32())
		}
		path := filepath.Join(dir, fmt.Sprintf("d%03d.db", i))
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		before := fileSum(t, path)
		tryDamaged(t, path)
		if fileSum(t, path) != before {
			t.Fatalf("case %d (page %d): the damaged file was modified", i, page)
		}
	}
}

// TestDamagedNamesBackup: the error names the file and its newest backup.
func TestDamagedNamesBackup(t *testing.T) {
	good, _ := goodFile(t)
	path := filepath.Join(t.TempDir(), "gazette.db")
	os.WriteFile(path, good, 0o600)
	s, err := Open(path) // first open of the day: writes a backup
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	bak, _ := NewestBackup(path)
	if bak == "" {
		t.Fatal("no daily backup was written")
	}
	os.WriteFile(path, good[:len(good)/2], 0o600)
	_, err = Open(path)
	var de *DamagedError
	if !errors.As(err, &de) || de.Backup != bak || !strings.Contains(err.Error(), bak) || !strings.Contains(err.Error(), path) {
		t.Fatalf("Open of a truncated file = %v, want a DamagedError naming %s and %s", err, path, bak)
	}
	if err := Restore(bak, path); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatalf("open after restoring the backup: %v", err)
	}
	defer s.Close()
	if l, _ := s.List(); len(l) != 6 {
		t.Errorf("restored database lists %d issues, want 6", len(l))
	}
}

// TestZeroLengthFile: without a backup beside it a zero-length file is a new
// empty database; with one it is damage and is left alone.
func TestZeroLengthFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gazette.db")
	os.WriteFile(path, nil, 0o600)
	if _, err := OpenReadOnly(path); !errors.Is(err, ErrDamaged) {
		t.Errorf("OpenReadOnly of a zero-length file = %v, want ErrDamaged", err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open of a zero-length file with no backup: %v", err)
	}
	if l, err := s.List(); len(l) != 0 || err != nil {
		t.Errorf("zero-length file lists %v, %v", l, err)
	}
	s.Save(sampleIssue("甲市人民政府公报", 2020, 8))
	s.Close()
	s, _ = Open(path) // writes the day's backup
	s.Close()

	os.WriteFile(path, nil, 0o600)
	_, err = Open(path)
	var de *DamagedError
	if !errors.As(err, &de) || de.Backup == "" {
		t.Fatalf("Open of a zero-length file beside a backup = %v, want a DamagedError naming the backup", err)
	}
	if fi, _ := os.Stat(path); fi.Size() != 0 {
		t.Error("the zero-length file was written to")
	}
}

// TestDirectoryIsNotADatabase: --db pointing at a folder is refused with a
// message that says so, and the folder is left alone.
func TestDirectoryIsNotADatabase(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(dir)
	if err == nil || !strings.Contains(err.Error(), "这是一个目录") {
		t.Fatalf("Open(dir) = %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("Open wrote into the folder: %v", entries)
	}
}
