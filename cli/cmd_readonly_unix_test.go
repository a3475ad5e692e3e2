//go:build unix

package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

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
	cmd := exec.Command(bin)
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
