package e2e

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startXvfb starts an Xvfb server of its own (1366×900, as a laptop screen)
// for tb, stopped when tb ends, and returns its display. Xvfb picks a free
// display number itself and writes it back once it listens (-displayfd), so
// that servers of tests running at the same time never collide. The
// makefile installs xvfb; without it tb fails with a message.
func startXvfb(tb testing.TB) string {
	tb.Helper()
	if _, err := exec.LookPath("Xvfb"); err != nil {
		tb.Fatalf("缺少 Xvfb（make deps 或 apt-get install xvfb），无法做工作站测试")
	}
	r, w, err := os.Pipe()
	if err != nil {
		tb.Fatal(err)
	}
	defer r.Close()
	xvfb := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1366x900x24", "-nolisten", "tcp")
	xvfb.ExtraFiles = []*os.File{w}
	err = xvfb.Start()
	w.Close()
	if err != nil {
		tb.Fatalf("Xvfb: %v", err)
	}
	tb.Cleanup(func() { xvfb.Process.Signal(syscall.SIGTERM); xvfb.Wait() })
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
	}()
	select {
	case n := <-got:
		if n == "" {
			tb.Fatal("Xvfb quit without a display")
		}
		return ":" + n
	case <-time.After(20 * time.Second):
		tb.Fatal("Xvfb did not start within 20 s")
	}
	return ""
}

// freshHome returns the environment of a first start: display, an empty home
// and XDG directories under dir (no settings, no database, no font cache).
func freshHome(dir, display string) []string {
	home := filepath.Join(dir, "home")
	return append(os.Environ(), "DISPLAY="+display, "HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "XDG_CACHE_HOME="+filepath.Join(home, ".cache"),
		"XDG_DATA_HOME="+filepath.Join(home, ".local", "share"), "GAZETTE_DB=")
}
