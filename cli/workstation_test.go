//go:build !windows && !darwin

// (On Windows and macOS a display is always there.)

package cli

import (
	"io"
	"os"
	"strings"
	"testing"
)

func TestWorkstationWithoutDisplay(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := os.Stderr
	os.Stderr = w
	code := openWorkstation("")
	os.Stderr = stderr
	w.Close()
	out, _ := io.ReadAll(r)
	if code == 0 {
		t.Error("exit code 0 without a display")
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "没有图形显示") {
		t.Fatalf("want one line saying there is no display, got %q", out)
	}
	for _, name := range []string{"issues", "backup", "restore"} {
		if !strings.Contains(lines[0], name) {
			t.Errorf("the line does not name the headless command %s: %q", name, lines[0])
		}
	}
}
