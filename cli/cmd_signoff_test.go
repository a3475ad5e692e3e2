package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/gazette"
	"gazette/store"
)

// TestSignoffSigner: gazette signoff refuses a missing or blank --signer
// (exit 2, the message naming 签发人; nothing signed, no PDF), signs off
// with one, records it beside the OS user, lists it in issues and
// signoff --list; render with the same options reproduces the signed PDF.
func TestSignoffSigner(t *testing.T) {
	dir, db, ids := cliDB(t)
	out := filepath.Join(dir, "签发.pdf")
	for _, args := range [][]string{
		{"signoff", "--db", db, "--issue", ids[2], "--marks", "--force", "-o", out},
		{"signoff", "--db", db, "--issue", ids[2], "--signer", " \u3000 ", "--marks", "--force", "-o", out},
	} {
		code, _, errs := runCaptured(t, args...)
		if code != 2 || !strings.Contains(errs, msgNoSigner) {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a PDF was written without a 签发人")
	}
	code, stdout, errs := runCaptured(t, "signoff", "--db", db, "--issue", ids[2], "--signer", "张三", "--marks", "--force", "-o", out)
	if code != 0 || !strings.Contains(stdout, "签发人 张三") || !strings.Contains(stdout, "本机用户") {
		t.Fatalf("signoff: exit %d, stdout %q, stderr %q", code, stdout, errs)
	}
	st, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	is, _ := st.Get(ids[2])
	recs, err := st.SignOffs(ids[2])
	st.Close()
	if is.Status != gazette.StatusSigned || is.SignedBy != "张三" || err != nil || len(recs) != 1 || recs[0].Signer != "张三" || recs[0].User == "" {
		t.Fatalf("stored: status %s, SignedBy %q, records %+v (%v)", is.Status, is.SignedBy, recs, err)
	}
	code, stdout, _ = runCaptured(t, "render", "--db", db, "--issue", ids[2], "--marks", "--force", "-o", filepath.Join(dir, "again.pdf"))
	if code != 0 || !strings.Contains(stdout, "逐字节相同") {
		t.Errorf("render of the signed issue: exit %d, %q", code, stdout)
	}
	_, stdout, _ = runCaptured(t, "issues", "--db", db)
	for _, line := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(line, ids[2]) != strings.Contains(line, "签发人 张三") {
			t.Errorf("issues line %q", line)
		}
	}
	code, stdout, _ = runCaptured(t, "signoff", "--db", db, "--issue", ids[2], "--list")
	if code != 0 || !strings.Contains(stdout, "第1次") || !strings.Contains(stdout, "签发人 张三") || !strings.Contains(stdout, is.SignedPDFSHA256) {
		t.Errorf("signoff --list: exit %d, %q", code, stdout)
	}
	code, _, errs = runCaptured(t, "signoff", "--db", db, "--issue", ids[2], "--signer", "李四", "--marks", "--force", "-o", out)
	if code == 0 || !strings.Contains(errs, "签发") {
		t.Errorf("second signoff: exit %d, stderr %q", code, errs)
	}
}
