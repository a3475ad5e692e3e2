// Package golden compares what a test produced with a file kept under
// testdata/, and rewrites that file instead when the test binary runs with
// -update. It is imported by tests only; the flag it defines is the one
// -update every package's golden tests share.
package golden

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// Update reports whether the tests run with -update.
func Update() bool { return *update }

// Text compares got with the file at path, or writes got there with -update.
// A difference fails the test with the first line that differs.
func Text(t testing.TB, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update to create it)", err)
	}
	if string(want) == got {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Errorf("%s differs from what the test produced, first at line %d:\n  got:  %q\n  want: %q\n(run go test with -update and review the diff)", path, i+1, g, w)
			return
		}
	}
}
