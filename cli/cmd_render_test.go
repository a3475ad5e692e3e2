package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/app"
	"gazette/store"
)

// TestRenderDemo renders the embedded demo twice through the command line:
// both files are PDFs and byte-identical.
func TestRenderDemo(t *testing.T) {
	dir := t.TempDir()
	var files [][]byte
	for _, name := range []string{"a.pdf", "b.pdf"} {
		out := filepath.Join(dir, name)
		code, stdout, stderr := runCaptured(t, "render", "--demo", "-o", out, "--marks")
		if code != 0 || !strings.Contains(stdout, "已输出") {
			t.Fatalf("render --demo: exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		b, err := os.ReadFile(out)
		if err != nil || !bytes.HasPrefix(b, []byte("%PDF-1.6")) { // PDF/X-4
			t.Fatalf("render --demo wrote no PDF: %v", err)
		}
		files = append(files, b)
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("two renders of the demo differ")
	}
}

// TestRenderPreflight renders an issue from a database: check and render
// agree on errors, render refuses them without --force and writes the PDF
// with it.
func TestRenderPreflight(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "gazette.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	is := testIssue("甲市人民政府公报", 2020, 8, 20)
	is.Sections[0].Articles[0].Title = "" // an article without a title is an error
	if err := st.Save(is); err != nil {
		t.Fatal(err)
	}
	st.Close()

	code, report, _ := runCaptured(t, "check", "--db", db, "--issue", "2020-8")
	if code != 1 || !strings.Contains(report, "错误") {
		t.Fatalf("check: exit %d, report %q; want exit 1 and the error", code, report)
	}
	out := filepath.Join(dir, "x.pdf")
	code, _, stderr := runCaptured(t, "render", "--db", db, "--issue", "2020-8", "-o", out)
	if _, err := os.Stat(out); code != 1 || err == nil || !strings.Contains(stderr, "--force") {
		t.Errorf("render with preflight errors: exit %d, file written %v, stderr %q", code, err == nil, stderr)
	}
	code, _, stderr = runCaptured(t, "render", "--db", db, "--issue", "2020-8", "-o", out, "--force", "--web")
	if _, err := os.Stat(out); code != 0 || err != nil {
		t.Errorf("render --force: exit %d, %v, stderr %q", code, err, stderr)
	}
}

// TestRenderUsage checks that wrong command lines exit 2 with a message.
func TestRenderUsage(t *testing.T) {
	out := filepath.Join(t.TempDir(), "x.pdf")
	tests := [][]string{
		{"render", "--demo"},
		{"render", "--demo", "x.txt", "-o", out},
		{"render", "-o", out},
		{"render", "--demo", "-o", out, "--cover", "--body"},
		{"render", "--demo", "-o", out, "--marks", "--web"},
		{"render", "--demo", "-o", out, "--columns", "3"},
		{"render", "--demo", "-o", out, "--preset", "报纸"},
		{"render", "--demo", "-o", out, "--bleed", "50"},
		{"check"},
	}
	for _, args := range tests {
		code, _, stderr := runCaptured(t, args...)
		if code != 2 || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and a message", args, code, stderr)
		}
	}
}

// TestRenderSignedIssueSaysWhetherItMatches: rendering a signed issue says
// whether the PDF is the one signed off: with the sign-off's options it is,
// byte for byte; with others the note says so and gives both SHA-256s.
func TestRenderSignedIssueSaysWhetherItMatches(t *testing.T) {
	dir, db, ids := cliDB(t)
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	res, err := app.SignOff(st, ids[2], "王五", app.Options{Marks: true, Force: true}, filepath.Join(dir, "签发.pdf"), nil)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	sha := res.Files[0].SHA256
	out := filepath.Join(dir, "x.pdf")
	code, stdout, stderr := runCaptured(t, "render", "--db", db, "--issue", ids[2], "--marks", "--force", "-o", out)
	if code != 0 || !strings.Contains(stdout, "逐字节相同") || !strings.Contains(stdout, sha) {
		t.Errorf("with the sign-off's options: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, _ = runCaptured(t, "render", "--db", db, "--issue", ids[2], "--force", "-o", out)
	if code != 0 || !strings.Contains(stdout, "选项与签发时不同") || !strings.Contains(stdout, sha) || !strings.Contains(stdout, app.Creator()) {
		t.Errorf("without --marks: exit %d, stdout %q", code, stdout)
	}
	code, stdout, _ = runCaptured(t, "render", "--db", db, "--issue", ids[0], "--force", "-o", out)
	if code != 0 || strings.Contains(stdout, "签发") {
		t.Errorf("an issue not signed: exit %d, stdout %q", code, stdout)
	}
}
