//go:build unix

package store

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
	"time"
)

// holdLock takes an flock on path (shared or exclusive) on a descriptor of
// its own, retrying until timeout; it returns ErrLocked (naming path) when
// another descriptor — another gazette, or a bbolt handle — keeps it. bbolt
// locks the same way, so holding this keeps writers out while the file is
// checked. A missing file needs no lock: release is a no-op then.
func holdLock(path string, exclusive bool, timeout time.Duration) (release func(), err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return func() {}, nil
	}
	if err != nil {
		return nil, err
	}
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
		if err == nil {
			return func() {
				_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
				_ = f.Close()
			}, nil
		}
		if err != syscall.EWOULDBLOCK || time.Now().After(deadline) {
			_ = f.Close()
			if err == syscall.EWOULDBLOCK {
				return nil, lockedError(path)
			}
			return nil, err
		}
		time.Sleep(50 * time.Millisecond)
	}
}
