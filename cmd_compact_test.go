package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"gazette/assets"
	"gazette/store"
)

// TestImportNewRefusesSingleDocument: a single document given to --new (no
// masthead) is refused with a message that points at --issue, and the
// database is not touched.
func TestImportNewRefusesSingleDocument(t *testing.T) {
	dir, db := importDB(t)
	doc := put(t, t.TempDir(), "通知.txt", []byte("关于做好防汛工作的通知\n\n各县（市、区）人民政府：\n\n现将有关事项通知如下。\n"))
	hash, before := sha(t, db), tree(t, dir)
	code, _, errs := runCaptured(t, "import", "--db", db, "--new", doc)
	if code != 1 || !strings.Contains(errs, "刊头") || !strings.Contains(errs, "--issue") {
		t.Errorf("import --new of a single document: exit %d, stderr %q", code, errs)
	}
	if sha(t, db) != hash || tree(t, dir) != before {
		t.Error("the refused import changed the database or wrote files")
	}
}

// TestCompactCommand: gazette compact backs up, rewrites the file smaller
// or equal, and the database still lists the same issues.
func TestCompactCommand(t *testing.T) {
	_, db := importDB(t)
	seed := put(t, t.TempDir(), "本期.txt", assets.DemoText)
	for range 3 {
		if code, _, errs := runCaptured(t, "import", "--db", db, "--new", "--replace", seed); code != 0 {
			t.Fatalf("import: %s", errs)
		}
	}
	_, before, _ := runCaptured(t, "issues", "--db", db)
	code, out, errs := runCaptured(t, "compact", "--db", db)
	if code != 0 || !strings.Contains(out, "已压缩") {
		t.Fatalf("compact: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	baks, _ := filepath.Glob(filepath.Join(store.BackupDir(db), "*-compact.db"))
	if len(baks) != 1 || store.VerifyBackup(baks[0]) != nil {
		t.Errorf("compact backup: %v", baks)
	}
	_, after, _ := runCaptured(t, "issues", "--db", db)
	if after != before {
		t.Errorf("issues after compact:\n%s\nbefore:\n%s", after, before)
	}
	if code, _, errs := runCaptured(t, "verify", "--db", db); code != 0 {
		t.Errorf("verify after compact: %s", errs)
	}
	os.Remove(db)
	if code, _, _ := runCaptured(t, "compact", "--db", db); code != 1 {
		t.Errorf("compact of a missing database: exit %d, want 1", code)
	}
}

// envRunAs makes the test binary, started again by TestIssuesOnReadOnlyFile,
// run the gazette command line given in $GAZETTE_CHILD_ARGS (tab-separated)
// and exit with its code.
const envRunAs = "GAZETTE_CHILD_ARGS"

// TestHelperReadOnlyChild is not a test: it is the child process of
// TestIssuesOnReadOnlyFile.
func TestHelperReadOnlyChild(t *testing.T) {
	args := os.Getenv(envRunAs)
	if args == "" {
		t.Skip("only runs as a child process")
	}
	os.Exit(run(strings.Split(args, "\t")))
}

// TestIssuesOnReadOnlyFile: gazette issues lists a database its user may
// only read (the file and its folder not writable), writing nothing. Run as
// root, the check runs in a child process with the uid of nobody.
func TestIssuesOnReadOnlyFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "gazette.db")
	if code, _, errs := runCaptured(t, "issues", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	bin := os.Args[0]
	if os.Getuid() == 0 {
		// nobody must reach the file and run a copy of the test binary.
		self, err := os.ReadFile(os.Args[0])
		if err != nil {
			t.Fatal(err)
		}
		bin = filepath.Join(dir, "gazette.test")
		if err := os.WriteFile(bin, self, 0o755); err != nil {
			t.Fatal(err)
		}
		for d := dir; d != "/" && d != os.TempDir(); d = filepath.Dir(d) {
			os.Chmod(d, 0o755)
		}
	}
	os.Chmod(db, 0o444)
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	before := tree(t, dir)
	cmd := exec.Command(bin, "-test.run=^TestHelperReadOnlyChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), envRunAs+"=issues\t--db\t"+db, "HOME="+dir)
	if os.Getuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if err != nil || !strings.Contains(out.String(), "景德镇市人民政府公报") || !strings.Contains(errb.String(), "只读") {
		t.Errorf("issues on a read-only database: %v\nstdout %q\nstderr %q", err, out.String(), errb.String())
	}
	if tree(t, dir) != before {
		t.Error("listing a read-only database wrote files")
	}
}
