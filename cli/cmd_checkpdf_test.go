package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckPDF checks a print file given to check as its file argument:
// the demo as render writes it meets PDF/X-4 (exit 0), a bare PDF meets
// nothing (exit 1), and a damaged one is an error naming the file.
func TestCheckPDF(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "demo.pdf")
	if code, _, stderr := runCaptured(t, "render", "--demo", "-o", out); code != 0 {
		t.Fatalf("render: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := runCaptured(t, "check", out)
	if code != 0 || !strings.Contains(stdout, "PDF/X-4：符合") || !strings.Contains(stdout, "出血 3.0 毫米") {
		t.Errorf("check the demo's PDF: exit %d\n%s%s", code, stdout, stderr)
	}
	bare := filepath.Join(dir, "bare.pdf")
	data := "%PDF-1.4\n"
	var offs []int
	for i, o := range []string{"<</Type /Catalog /Pages 2 0 R>>", "<</Type /Pages /Kids [3 0 R] /Count 1>>",
		"<</Type /Page /Parent 2 0 R /MediaBox [0 0 100 100]>>"} {
		offs = append(offs, len(data))
		data += fmt.Sprintf("%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := len(data)
	data += "xref\n0 4\n0000000000 65535 f\r\n"
	for _, o := range offs {
		data += fmt.Sprintf("%010d 00000 n\r\n", o)
	}
	data += fmt.Sprintf("trailer\n<</Size 4 /Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", xref)
	if err := os.WriteFile(bare, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ = runCaptured(t, "check", bare)
	if code != 1 || !strings.Contains(stdout, "没有 TrimBox") || !strings.Contains(stdout, "没有 /GTS_PDFXVersion") {
		t.Errorf("check a bare PDF: exit %d\n%s", code, stdout)
	}
	damaged := filepath.Join(dir, "damaged.pdf")
	if err := os.WriteFile(damaged, []byte("%PDF-1.6\nnot really"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCaptured(t, "check", damaged); code != 1 || !strings.Contains(stderr, "damaged.pdf") {
		t.Errorf("check a damaged PDF: exit %d, stderr %q", code, stderr)
	}
	folder := filepath.Join(dir, "folder.pdf")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{filepath.Join(dir, "missing.pdf"): "文件不存在", folder: "是文件夹"} {
		if code, _, stderr := runCaptured(t, "check", path); code != 1 || !strings.Contains(stderr, want) || !strings.Contains(stderr, path) {
			t.Errorf("check %s: exit %d, stderr %q (want %q)", path, code, stderr, want)
		}
	}
}

// TestRenderICC checks --icc: a print center's CMYK output profile is
// embedded (the file still meets PDF/X-4), a display profile is refused
// as a usage error, and --icc with --web too.
func TestRenderICC(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.pdf")
	if code, _, stderr := runCaptured(t, "render", "--demo", "--icc", "../pdf/icc/FOGRA39-gazette.icc", "-o", out); code != 0 {
		t.Fatalf("render --icc: exit %d: %s", code, stderr)
	}
	if code, stdout, _ := runCaptured(t, "check", out); code != 0 || !strings.Contains(stdout, "PDF/X-4：符合") {
		t.Errorf("check: exit %d\n%s", code, stdout)
	}
	for _, args := range [][]string{
		{"--icc", "../pdf/icc/sRGB.icc"},
		{"--icc", "../pdf/icc/FOGRA39-gazette.icc", "--web"},
		{"--icc", filepath.Join(dir, "missing.icc")},
	} {
		code, _, stderr := runCaptured(t, append([]string{"render", "--demo", "-o", filepath.Join(dir, "y.pdf")}, args...)...)
		if code != 2 || !strings.Contains(stderr, "--icc") {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
}
