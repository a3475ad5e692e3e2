package store

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// TestOpenLockedByAnotherProcess holds the file from a child process; Open,
// OpenReadOnly and Restore must fail fast with ErrLocked naming the path.
func TestOpenLockedByAnotherProcess(t *testing.T) {
	s, path, bak := backedUp(t)
	s.Close()

	cmd, sc, stdin := child(t, "holder", path)
	defer func() {
		stdin.Close()
		cmd.Wait()
	}()
	if err := waitLine(sc, "ready", 10*time.Second); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		fn   func() error
	}{
		{"Open", func() error { s, err := Open(path); closeIf(s); return err }},
		{"OpenReadOnly", func() error { s, err := OpenReadOnly(path); closeIf(s); return err }},
		{"Restore", func() error { return Restore(bak, path) }},
	}
	for _, tt := range tests {
		start := time.Now()
		err := tt.fn()
		took := time.Since(start)
		if !errors.Is(err, ErrLocked) {
			t.Errorf("%s of a held file = %v, want ErrLocked", tt.name, err)
			continue
		}
		if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "另一个 gazette") {
			t.Errorf("%s error %q does not name the path and the other gazette", tt.name, err)
		}
		t.Logf("%s of a held file refused after %v", tt.name, took.Round(time.Millisecond))
		if took >= time.Second {
			t.Errorf("%s took %v to give up, want under 1 s", tt.name, took)
		}
	}
}

func closeIf(s *Store) {
	if s != nil {
		s.Close()
	}
}
