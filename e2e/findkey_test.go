package e2e

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestFindShortcutInRealWindow drives the real workstation under Xvfb with
// xdotool, as a user at the keyboard: Ctrl+F opens the find bar of 正文编辑
// (the window changes, Esc restores it), and after a click on empty space
// Ctrl+F opens it again, exactly as the first time (a focus lost to the
// click once swallowed the key). The makefile installs xdotool.
func TestFindShortcutInRealWindow(t *testing.T) {
	for _, tool := range []string{"xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("缺少 %s（make deps 或 apt-get install xdotool imagemagick），无法在真实窗口中测试快捷键", tool)
		}
	}
	t.Parallel()
	bin := gazetteBinary(t)
	display := startXvfb(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	app := exec.CommandContext(ctx, bin)
	app.Env = freshHome(t.TempDir(), display)
	var logs strings.Builder
	app.Stdout, app.Stderr = &logs, &logs
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { app.Process.Kill(); app.Wait() }()

	x := func(args ...string) string {
		t.Helper()
		cmd := exec.CommandContext(ctx, "xdotool", args...)
		cmd.Env = append(cmd.Environ(), "DISPLAY="+display)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("xdotool %s: %v\n%s\nworkstation:\n%s", strings.Join(args, " "), err, out, logs.String())
		}
		return strings.TrimSpace(string(out))
	}
	wid := strings.Fields(x("search", "--sync", "--onlyvisible", "--name", "公报编辑工作站"))[0]
	shot := func() image.Image {
		t.Helper()
		cmd := exec.CommandContext(ctx, "import", "-window", wid, "png:-")
		cmd.Env = append(cmd.Environ(), "DISPLAY="+display)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("import: %v", err)
		}
		img, err := png.Decode(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		return img
	}
	// settled waits until two captures in a row agree (a blinking text cursor
	// aside) and returns the last.
	settled := func() image.Image {
		t.Helper()
		prev := shot()
		for i := 0; i < 40; i++ {
			time.Sleep(150 * time.Millisecond)
			cur := shot()
			if changedPixels(prev, cur) < 100 {
				return cur
			}
			prev = cur
		}
		t.Fatal("the window never stopped changing")
		return nil
	}
	const opened = 2000 // pixels the find bar changes at least

	start := settled()
	x("key", "--window", wid, "ctrl+f")
	first := settled()
	if n := changedPixels(start, first); n < opened {
		t.Fatalf("Ctrl+F changed %d pixels: the find bar did not open", n)
	}
	x("key", "--window", wid, "Escape")
	closed := settled()
	if n := changedPixels(first, closed); n < opened {
		t.Fatalf("Esc changed %d pixels: the find bar did not close", n)
	}

	// A click on empty space (the body pane, no article open), then Ctrl+F.
	x("mousemove", "--window", wid, "640", "500", "click", "1")
	clicked := settled()
	x("key", "--window", wid, "ctrl+f")
	again := settled()
	if n := changedPixels(clicked, again); n < opened {
		t.Fatalf("after a click on empty space, Ctrl+F changed %d pixels: the find bar did not open", n)
	}
	if n := changedPixels(first, again); n > 300 {
		t.Errorf("the find bar opened after the click differs from the first by %d pixels", n)
	}
}

// changedPixels counts the pixels of two same-sized captures that differ
// noticeably in any channel (all of them when the sizes differ).
func changedPixels(a, b image.Image) int {
	ab, bb := a.Bounds(), b.Bounds()
	if ab.Size() != bb.Size() {
		return ab.Dx() * ab.Dy()
	}
	n := 0
	for y := 0; y < ab.Dy(); y++ {
		for x := 0; x < ab.Dx(); x++ {
			r1, g1, b1, _ := a.At(ab.Min.X+x, ab.Min.Y+y).RGBA()
			r2, g2, b2, _ := b.At(bb.Min.X+x, bb.Min.Y+y).RGBA()
			if far(r1, r2) || far(g1, g2) || far(b1, b2) {
				n++
			}
		}
	}
	return n
}

// far reports whether two 16-bit channel values differ by more than 1/8.
func far(p, q uint32) bool {
	if p > q {
		p, q = q, p
	}
	return q-p > 0x2000
}
