package atomicfile

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// entries lists the names in dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

// TestWrite: a new file and a replaced one hold exactly the bytes written,
// with no temporary file left beside them.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "公报.pdf")
	for _, data := range [][]byte{[]byte("%PDF-1 first"), []byte("%PDF-1 second, longer than the first"), {}} {
		if err := WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("file holds %q, want %q", got, data)
		}
		if names := entries(t, dir); len(names) != 1 || names[0] != "公报.pdf" {
			t.Errorf("folder holds %q, want the file alone", names)
		}
	}
}

// TestWriteFailureKeepsOld: when fill fails, the earlier file is unchanged
// and the temporary file is gone; fill's error comes back as it is.
func TestWriteFailureKeepsOld(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "backup.db")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("disk on fire")
	err := Write(path, 0o600, func(w io.Writer) error {
		if _, err := w.Write([]byte("half of the new")); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want fill's error", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("the earlier file now holds %q", got)
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Errorf("folder holds %q after a failed write", names)
	}
}

// TestWriteRenameFails: a destination that cannot be replaced (a folder
// that is not empty) is an error naming it, and no temporary file stays.
func TestWriteRenameFails(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out")
	if err := os.MkdirAll(filepath.Join(path, "inside"), 0o755); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(path, []byte("x"), 0o644)
	if err == nil {
		t.Fatal("a file was written over a folder")
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name %s", err, path)
	}
	for _, n := range entries(t, dir) {
		if strings.HasPrefix(n, TempPrefix("out")) {
			t.Errorf("temporary file %s left behind", n)
		}
	}
}

// TestWriteMissingFolder: a folder that is not there is fs.ErrNotExist.
func TestWriteMissingFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "x.pdf")
	if err := WriteFile(path, []byte("x"), 0o644); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("err = %v, want fs.ErrNotExist", err)
	}
}

// TestSyncDir: a folder syncs; a missing one is an error.
func TestSyncDir(t *testing.T) {
	if err := SyncDir(t.TempDir()); err != nil {
		t.Error(err)
	}
	if runtime.GOOS != "windows" {
		if err := SyncDir(filepath.Join(t.TempDir(), "none")); err == nil {
			t.Error("a missing folder synced")
		}
	}
}
