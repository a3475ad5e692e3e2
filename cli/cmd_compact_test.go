package cli

import (
	"os"
	"path/filepath"
	"strings"
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
