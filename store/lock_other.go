//go:build !unix

package store

import "time"

// holdLock is a no-op where flock is not available; bbolt's own lock (with
// Options.Timeout) still refuses a file another process holds.
func holdLock(path string, exclusive bool, timeout time.Duration) (release func(), err error) {
	return func() {}, nil
}
