//go:build unix

package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestOnlyRegularFiles: a FIFO, a folder or a device as the database or as
// the backup to restore is refused at once, never opened (a FIFO would block
// for ever).
func TestOnlyRegularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.db")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, bak := backedUp(t)
	done := make(chan struct{})
	go func() {
		defer close(done)
		cases := []struct {
			name string
			fn   func() error
		}{
			{"Open FIFO", func() error { s, err := Open(fifo); closeIf(s); return err }},
			{"OpenReadOnly FIFO", func() error { s, err := OpenReadOnly(fifo); closeIf(s); return err }},
			{"Open device", func() error { s, err := Open("/dev/null"); closeIf(s); return err }},
			{"VerifyBackup FIFO", func() error { return VerifyBackup(fifo) }},
			{"Restore from FIFO", func() error { return Restore(fifo, filepath.Join(dir, "g.db")) }},
			{"Restore from folder", func() error { return Restore(dir, filepath.Join(dir, "g.db")) }},
			{"Restore onto FIFO", func() error { return Restore(bak, fifo) }},
		}
		for _, c := range cases {
			err := c.fn()
			if err == nil || !strings.Contains(err.Error(), "不是") {
				t.Errorf("%s = %v, want a refusal", c.name, err)
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("a FIFO blocked")
	}
	if _, err := os.Stat(filepath.Join(dir, "g.db")); !errors.Is(err, os.ErrNotExist) {
		t.Error("a refused restore made a database")
	}
}
