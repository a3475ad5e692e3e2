package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// xvfbDisplays numbers the displays the tests of one process start.
var xvfbDisplays atomic.Int32

// startXvfb starts an Xvfb server of its own (1366×900, as a laptop screen)
// for tb, stopped when tb ends, and returns its display. The makefile
// installs xvfb; without it tb fails with a message.
func startXvfb(tb testing.TB) string {
	tb.Helper()
	if _, err := exec.LookPath("Xvfb"); err != nil {
		tb.Fatalf("缺少 Xvfb（make deps 或 apt-get install xvfb），无法做工作站测试")
	}
	display := fmt.Sprintf(":%d", 300+(os.Getpid()%300)*3+int(xvfbDisplays.Add(1))%3)
	xvfb := exec.Command("Xvfb", display, "-screen", "0", "1366x900x24", "-nolisten", "tcp")
	if err := xvfb.Start(); err != nil {
		tb.Fatalf("Xvfb: %v", err)
	}
	tb.Cleanup(func() { xvfb.Process.Kill(); xvfb.Wait() })
	sock := "/tmp/.X11-unix/X" + strings.TrimPrefix(display, ":")
	for i := 0; i < 100; i++ {
		if _, err := os.Stat(sock); err == nil {
			return display
		}
		time.Sleep(50 * time.Millisecond)
	}
	tb.Fatalf("Xvfb %s did not start", display)
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
