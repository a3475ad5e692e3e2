package e2e

import (
	"context"
	"image"
	_ "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWorkstationUnderXvfb starts the real workstation (the gazette binary,
// cgo and GL included) under Xvfb on a fresh home directory, as a new user
// would: the window must open on a new database seeded with the demo issue,
// and each screen must draw (the screenshot mode captures every screen and
// exits). The makefile installs xvfb and imagemagick; without them the test
// fails with a message.
func TestWorkstationUnderXvfb(t *testing.T) {
	if _, err := exec.LookPath("import"); err != nil {
		t.Fatalf("缺少 import（make deps 或 apt-get install imagemagick），无法做工作站启动测试")
	}
	t.Parallel()
	dir := t.TempDir()
	bin := gazetteBinary(t)
	display := startXvfb(t)

	home := filepath.Join(dir, "home")
	shots := filepath.Join(dir, "shots")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	app := exec.CommandContext(ctx, bin)
	app.Env = append(freshHome(dir, display), "GAZETTE_SCREENSHOTS="+shots)
	if out, err := app.CombinedOutput(); err != nil {
		t.Fatalf("workstation under Xvfb: %v\n%s", err, out)
	}

	for _, name := range []string{"issues.png", "compose.png", "date-picker.png", "body.png", "cover.png", "preview.png", "export.png"} {
		f, err := os.Open(filepath.Join(shots, name))
		if err != nil {
			t.Fatalf("screen %s not captured: %v", name, err)
		}
		img, _, err := image.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if b := img.Bounds(); b.Dx() < 800 || b.Dy() < 500 || inkShare(img) < 0.005 {
			t.Errorf("%s: %dx%d, ink %.4f: the window did not draw", name, b.Dx(), b.Dy(), inkShare(img))
		}
	}

	// The new database in the fresh home holds the demo issue.
	db := filepath.Join(home, ".config", "gazette", "gazette.db")
	out := run(t, bin, "issues", "--db", db)
	if !strings.Contains(out, "2020年第8期") || !strings.Contains(out, "总第20期") {
		t.Errorf("gazette issues on the new database:\n%s", out)
	}
}

// inkShare is the share of pixels noticeably darker than white.
func inkShare(img image.Image) float64 {
	b := img.Bounds()
	dark, n := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if (r+g+bl)/3 < 0x9000 {
				dark++
			}
			n++
		}
	}
	return float64(dark) / float64(n)
}
