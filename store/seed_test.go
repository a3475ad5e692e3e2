package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"gazette/gazette"
)

// TestFailedSeedLeavesNoFile: when the demo issue of a new database cannot
// be made, no half-made file is left behind, so the next open makes the
// database again, seeded; an existing database is never seeded again.
func TestFailedSeedLeavesNoFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gazette.db")
	_, err := OpenWith(path, Options{Seed: func() (*gazette.Issue, error) { return nil, errors.New("示例坏了") }})
	if err == nil {
		t.Fatal("a failed seed was not reported")
	}
	if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a failed seed left %s behind (%v)", path, err)
	}
	seeds := 0
	seed := func() (*gazette.Issue, error) { seeds++; return sampleIssue("甲市人民政府公报", 2020, 8), nil }
	for i := 0; i < 2; i++ {
		s, err := OpenWith(path, Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		list, _ := s.List()
		s.Close()
		if len(list) != 1 {
			t.Errorf("open #%d lists %d issues, want the one seeded", i+1, len(list))
		}
	}
	if seeds != 1 {
		t.Errorf("seeded %d times, want once", seeds)
	}
}
