package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzOpenDamaged opens arbitrary bytes as a database: never a panic or a
// fault, either ErrDamaged or a database whose Check and List work, and the
// file unchanged. Seeds: a sound file and a few spoiled ones.
func FuzzOpenDamaged(f *testing.F) {
	dir := f.TempDir()
	path := filepath.Join(dir, "seed.db")
	s, err := Open(path)
	if err != nil {
		f.Fatal(err)
	}
	s.Save(sampleIssue("甲市人民政府公报", 2020, 8))
	s.Close()
	good, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte("not a database"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return // zero length is a new database by design (TestZeroLengthFile)
		}
		p := filepath.Join(t.TempDir(), "gazette.db")
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := OpenWith(p, Options{ReadOnly: true})
		if err != nil {
			if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNewerSchema) { // a spoiled schema number can read as a newer one
				t.Fatalf("open = %v, want ErrDamaged", err)
			}
			return
		}
		defer s.Close()
		if err := s.Check(); err != nil && !errors.Is(err, ErrDamaged) {
			t.Fatalf("Check = %v", err)
		}
		_, _ = s.List()
	})
}
