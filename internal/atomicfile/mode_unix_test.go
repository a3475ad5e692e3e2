//go:build unix

package atomicfile

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteMode: the file gets perm less the umask, whatever mode an
// earlier file of that name had.
func TestWriteMode(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	for _, tt := range []struct {
		perm, want fs.FileMode
	}{{0o644, 0o644}, {0o600, 0o600}, {0o666, 0o644}} {
		path := filepath.Join(dir, "f")
		if err := WriteFile(path, []byte("x"), tt.perm); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != tt.want {
			t.Errorf("perm %o: file mode %o, want %o", tt.perm, fi.Mode().Perm(), tt.want)
		}
	}
}
