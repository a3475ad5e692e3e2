// Package atomicfile writes a file whole or not at all: the one way gazette
// writes every output (PDF, export, backup, a kept font).
//
// The bytes go to a temporary file in the destination's folder, which is
// fsynced and renamed over the destination; the folder is then fsynced so
// that the rename survives a crash. On any error the temporary file is
// removed and the destination is left as it was: an earlier file under the
// name stays whole, and a reader never sees half a file.
package atomicfile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// Write creates or replaces the file at path with what fill writes. The
// file is made with perm less the umask (0o644 for a file to hand on,
// 0o600 for a private one such as a database backup). fill's error is
// returned as it is; the file system's errors are *fs.PathError or
// *os.LinkError naming the file.
func Write(path string, perm fs.FileMode, fill func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := createTemp(dir, filepath.Base(path), perm)
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer func() {
		if err != nil {
			_ = tmp.Close() // may be closed already: the error is of no use
			_ = os.Remove(name)
		}
	}()
	if err = fill(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(name, path); err != nil {
		return err
	}
	// The file is in place; a failed folder sync is reported (the rename
	// may not survive a crash) but the new file is not removed.
	return SyncDir(dir)
}

// WriteFile creates or replaces the file at path with data, as Write does.
func WriteFile(path string, data []byte, perm fs.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// TempPrefix starts the name of every temporary file Write makes beside
// its destination: "." (hidden), the destination's name and ".tmp-".
func TempPrefix(base string) string { return "." + base + ".tmp-" }

// createTemp makes a new, empty file in dir for the destination named base,
// with a random name no other file has (O_EXCL) and the mode perm.
func createTemp(dir, base string, perm fs.FileMode) (*os.File, error) {
	for range 100 {
		var r [6]byte
		if _, err := rand.Read(r[:]); err != nil {
			return nil, err
		}
		name := filepath.Join(dir, TempPrefix(base)+hex.EncodeToString(r[:]))
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, &fs.PathError{Op: "create", Path: filepath.Join(dir, TempPrefix(base)+"*"), Err: fs.ErrExist}
}

// SyncDir fsyncs the folder dir so that a file created, renamed or removed
// in it stays so after a crash. Windows cannot open a folder for sync (NTFS
// journals the rename); a file system that cannot sync folders (EINVAL) is
// not an error.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}
