package archive

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"gazette/archive/archivetest"
	"gazette/gazette"
	"gazette/store"
)

// yearDB is one year of 12 issues, built once for the tests that only read
// it (each opens its own copy's store read-only).
var yearDB struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, dir := range []string{yearDB.dir, benchDB.dir} {
		if dir != "" {
			os.RemoveAll(dir)
		}
	}
	os.Exit(code)
}

// oneYear opens the shared database of 2001's 12 issues read-only.
func oneYear(t *testing.T) *store.Store {
	t.Helper()
	yearDB.once.Do(func() {
		yearDB.dir, yearDB.err = os.MkdirTemp("", "archive-test-")
		if yearDB.err != nil {
			return
		}
		yearDB.path = filepath.Join(yearDB.dir, "gazette.db")
		var bases []*gazette.Issue
		bases, yearDB.err = archivetest.Bases("..")
		if yearDB.err == nil {
			_, yearDB.err = archivetest.Build(yearDB.path, bases, 1, 12)
		}
	})
	if yearDB.err != nil {
		t.Fatal(fmt.Errorf("building the test database: %w", yearDB.err))
	}
	st, err := store.OpenReadOnly(yearDB.path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}
