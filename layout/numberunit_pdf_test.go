package layout_test

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gazette/gazette"
	"gazette/internal/testseed"
	"gazette/layout"
	"gazette/pdf"
)

// TestNumberUnitPDF lays out the seed as 2023年第3号（总第146号） and reads
// the PDF back with pdftotext: the cover (page 1) says 2023年第3号 and
// （总第146号）, the running heads say 2023年第3号, and no page says 第3期.
func TestNumberUnitPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext 不在 PATH 中（make deps 或 apt-get install poppler-utils）")
	}
	is := testseed.Issue(t)
	is.Year, is.Number, is.TotalNumber, is.Unit = 2023, 3, 146, gazette.UnitHao
	doc, err := layout.Lay(is, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "hao.pdf")
	if err := pdf.WriteFile(path, doc, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	text := func(args ...string) string {
		out, err := exec.Command("pdftotext", append(append([]string{"-enc", "UTF-8"}, args...), path, "-")...).Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		return strings.Join(strings.Fields(string(out)), "")
	}
	cover, all := text("-f", "1", "-l", "1"), text()
	for _, want := range []string{"2023年第3号", "（总第146号）"} {
		if !strings.Contains(cover, want) {
			t.Errorf("the cover lacks %s:\n%s", want, cover)
		}
	}
	if heads := strings.Count(all, is.Title+"2023年第3号"); heads < 2 {
		t.Errorf("%d running heads say %s2023年第3号", heads, is.Title)
	}
	for _, bad := range []string{"2023年第3期", "总第146期"} {
		if strings.Contains(all, bad) {
			t.Errorf("the PDF says %s", bad)
		}
	}
}
