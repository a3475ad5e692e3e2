package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/gazette"
	"gazette/store"
)

// runCaptured runs the command line and returns its exit code, stdout and
// stderr.
func runCaptured(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	dir := t.TempDir()
	outF, _ := os.Create(filepath.Join(dir, "out"))
	errF, _ := os.Create(filepath.Join(dir, "err"))
	oldOut, oldErr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = outF, errF
	code := run(args)
	os.Stdout, os.Stderr = oldOut, oldErr
	read := func(f *os.File) string {
		f.Seek(0, 0)
		b, _ := io.ReadAll(f)
		f.Close()
		return string(b)
	}
	return code, read(outF), read(errF)
}

// testIssue is a small valid issue.
func testIssue(title string, year, number, total int) *gazette.Issue {
	is := gazette.New(title, year, number)
	is.TotalNumber = total
	is.AddArticle("市政府文件", gazette.Article{Kind: gazette.KindDocument, Title: "关于某事项的通知", DocNumber: "某府字〔2020〕1号", Date: "2020-07-21"})
	return is
}

func TestStoreCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "gazette.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	a, b := testIssue("甲市人民政府公报", 2020, 8, 20), testIssue("甲市人民政府公报", 2020, 7, 19)
	if err := st.SaveMany(a, b); err != nil {
		t.Fatal(err)
	}
	st.Close()

	code, out, errs := runCaptured(t, "issues", "--db", db)
	want := b.ID + "\t甲市人民政府公报\t2020年第7期\t总第19期\t草稿\n" + a.ID + "\t甲市人民政府公报\t2020年第8期\t总第20期\t草稿\n"
	if code != 0 || out != want {
		t.Errorf("issues: exit %d, stdout %q (stderr %q), want %q", code, out, errs, want)
	}

	code, out, _ = runCaptured(t, "verify", "--db", db)
	if code != 0 || !strings.Contains(out, "完好：2 期，0 处错误") {
		t.Errorf("verify of a sound database: exit %d, stdout %q", code, out)
	}

	bak := filepath.Join(dir, "bak.db")
	if code, out, errs = runCaptured(t, "backup", "--db", db, "-o", bak); code != 0 || !strings.Contains(out, bak) {
		t.Errorf("backup: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if code, _, errs = runCaptured(t, "backup", "-o", bak, "--db", db); code != 2 || !strings.Contains(errs, "已存在") {
		t.Errorf("backup over an existing file: exit %d, stderr %q", code, errs)
	}
	if code, _, _ = runCaptured(t, "backup", "--db", db); code != 2 {
		t.Errorf("backup without -o: exit %d, want 2", code)
	}

	// An issue with a validation error makes verify fail.
	st, _ = store.Open(db)
	bad := testIssue("", 2020, 9, 21)
	st.Save(bad)
	st.Close()
	code, out, _ = runCaptured(t, "verify", "--db", db)
	if code != 1 || !strings.Contains(out, "错误：本期缺少刊名") {
		t.Errorf("verify with an invalid issue: exit %d, stdout %q", code, out)
	}

	// Restore brings back the two-issue state and keeps the current file.
	code, out, errs = runCaptured(t, "restore", bak, "--db", db)
	if code != 0 || !strings.Contains(out, "原数据库保存为") {
		t.Fatalf("restore: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if _, out, _ = runCaptured(t, "issues", "--db", db); strings.Count(out, "\n") != 2 {
		t.Errorf("after restore issues lists:\n%s", out)
	}

	// A damaged database: verify and issues fail with a clear message.
	data, _ := os.ReadFile(db)
	os.WriteFile(db, data[:len(data)/2], 0o600)
	for _, cmd := range []string{"verify", "issues"} {
		code, _, errs = runCaptured(t, cmd, "--db", db)
		if code != 1 || !strings.Contains(errs, "已损坏") || !strings.Contains(errs, db) {
			t.Errorf("%s of a damaged database: exit %d, stderr %q", cmd, code, errs)
		}
	}
	if code, _, errs = runCaptured(t, "restore", filepath.Join(dir, "missing.db"), "--db", db); code != 1 {
		t.Errorf("restore of a missing backup: exit %d, stderr %q", code, errs)
	}
}

func TestFindIssue(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "gazette.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a := testIssue("甲市人民政府公报", 2020, 8, 20)
	st.Save(a)
	for _, ref := range []string{a.ID, "2020-8", "2020年第8期"} {
		if is, err := findIssue(st, ref); err != nil || is.ID != a.ID {
			t.Errorf("findIssue(%q) = %v, %v", ref, is, err)
		}
	}
	if _, err := findIssue(st, ""); err == nil || !strings.Contains(err.Error(), "--issue") {
		t.Errorf("findIssue(\"\") = %v, want a hint about --issue", err)
	}
}
