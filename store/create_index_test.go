package store

import (
	"path/filepath"
	"testing"

	"gazette/gazette"

	bolt "go.etcd.io/bbolt"
)

// TestNewDatabaseIndexComplete: a database made with a seed issue has its
// catalog and search index complete as created (the seed's save keeps them),
// so the first open does not build them again, and they agree with the
// records (Check) and find the seed's words.
func TestNewDatabaseIndexComplete(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gazette.db")
	seed := func() (*gazette.Issue, error) { return sampleIssue("索引测试公报", 2020, 8), nil }
	if err := createAtomic(path, false, seed); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var current bool
	if err := db.View(func(tx *bolt.Tx) error { current = indexCurrent(tx); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if !current {
		t.Fatal("a new database's catalog and index are not marked complete: its first open rebuilds them")
	}
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Check(); err != nil {
		t.Fatalf("Check on a new database: %v", err)
	}
	found, err := s.SearchDocs([]string{"某某办法"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 1 {
		t.Fatalf("search for the seed's title in a new database: %d hits, want 1", len(found))
	}
}
