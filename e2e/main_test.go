package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// built is the gazette binary the tests share: go build runs once per test
// binary, on the first test that needs it, and TestMain removes it.
var built struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// TestMain runs the tests, then removes the shared binary.
func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// gazetteBinary returns the path of the gazette binary built from this
// checkout (cgo and GL included, as users get it); a failed build fails t.
func gazetteBinary(t testing.TB) string {
	t.Helper()
	built.once.Do(func() {
		built.dir, built.err = os.MkdirTemp("", "gazette-e2e-")
		if built.err != nil {
			return
		}
		built.path = filepath.Join(built.dir, "gazette")
		if out, err := exec.Command("go", "build", "-o", built.path, "..").CombinedOutput(); err != nil {
			built.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.path
}
