//go:build torture

package store

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The long fault campaign: go test -tags torture -run Torture ./store/
// (make torture). Not part of make test: it runs strace some 500 times.

// TestTortureGrowth: 10,000 saves over 69 simulated days and 50 replaces.
func TestTortureGrowth(t *testing.T) {
	g := simulateWork(t, 10000, 50)
	t.Logf("10000 saves, 50 replaces: database %.2f MB (%.2f MB compacted), %d revisions; %d backups, %.2f MB in all",
		mb(g.dbSize), mb(g.compacted), g.revisions, g.nBackups, mb(g.backups))
	checkGrowth(t, g, 10000, 50)
}

// TestTortureBitFlips: 5,000 single-bit flips in record pages.
func TestTortureBitFlips(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	flipCampaign(t, 5000, seed)
}

// TestTortureMetaDamage: every bit of the checked part of both meta pages.
func TestTortureMetaDamage(t *testing.T) {
	good, ps := goodFile(t)
	path := filepath.Join(t.TempDir(), "gazette.db")
	reported, n := 0, 0
	for page := 0; page < 2; page++ {
		for bit := 0; bit < (metaChecked+8)*8; bit++ {
			b := append([]byte(nil), good...)
			b[page*ps+pageHeaderSize+bit/8] ^= 1 << (bit % 8)
			os.WriteFile(path, b, 0o600)
			n++
			_, err := OpenReadOnly(path)
			if errors.Is(err, ErrLostCommit) {
				reported++
			} else {
				t.Errorf("meta %d bit %d: open = %v, want ErrLostCommit", page, bit, err)
			}
		}
	}
	t.Logf("meta damage: %d single-bit flips in the two meta pages, %d reported as a lost commit", n, reported)
}

// writeCalls are the system calls through which the store changes files,
// each with how many times one work session (workChild) makes it at most.
var writeCalls = []struct {
	name string
	max  int
}{
	{"pwrite64", 70}, {"fdatasync", 26}, {"fsync", 14}, {"ftruncate", 6},
	{"linkat", 2}, {"renameat", 4}, {"unlinkat", 2}, {"write", 8},
}

// session is what one traced work session did.
type session struct {
	reported []int
	done     bool // printed "compacted"
	killed   bool
	stderr   string
}

// traced runs workChild on path under strace, injecting fault (e.g.
// "signal=SIGKILL" or "error=ENOSPC") at the n-th call of syscall.
func traced(t *testing.T, path, syscall, fault string, n int) session {
	t.Helper()
	cmd := exec.Command("strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace="+syscall,
		"-e", fmt.Sprintf("inject=%s:%s:when=%d", syscall, fault, n),
		os.Args[0])
	// strace counts calls per thread: one P keeps the session on few threads,
	// so the n-th call is close to the n-th of the whole session.
	cmd.Env = append(os.Environ(), envChild+"=work", envDB+"="+path, "GOMAXPROCS=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var s session
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		if n, err := strconv.Atoi(sc.Text()); err == nil {
			s.reported = append(s.reported, n)
		} else if sc.Text() == "compacted" {
			s.done = true
		}
	}
	s.stderr = errb.String()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		s.killed = strings.Contains(s.stderr, "SIGKILL") || ee.ExitCode() == 128+9 || ee.ExitCode() == -1
	}
	return s
}

// checkAfter opens what a session left and checks it: a sound database
// (or none, when it was being created and nothing was reported) holding the
// last reported save, no leftovers after the open, every backup sound.
func checkAfter(t *testing.T, what, path string, base int, s session) {
	t.Helper()
	last := base
	for _, n := range s.reported {
		last = max(last, n)
	}
	if _, err := os.Lstat(path); errors.Is(err, os.ErrNotExist) {
		if base >= 0 || len(s.reported) > 0 {
			t.Fatalf("%s: the database is gone (reported %v)", what, s.reported)
		}
		return
	}
	st, err := OpenWith(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatalf("%s: open after the fault: %v", what, err)
	}
	defer st.Close()
	if err := st.Check(); err != nil {
		t.Fatalf("%s: Check after the fault: %v", what, err)
	}
	list, err := st.List()
	if err != nil || len(list) != 1 {
		t.Fatalf("%s: %d issues (%v), want 1", what, len(list), err)
	}
	is, err := st.Get(list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	cur, _ := strconv.Atoi(bodyText(&is.Sections[0].Articles[0]))
	if last < 0 {
		last = 0
	}
	if cur != last && cur != last+1 {
		t.Fatalf("%s: the database holds save %d, the last reported is %d", what, cur, last)
	}
	dir := filepath.Dir(path)
	for _, d := range []string{dir, BackupDir(path)} {
		ents, _ := os.ReadDir(d)
		for _, e := range ents {
			if strings.Contains(e.Name(), ".tmp-") || strings.Contains(e.Name(), ".restore-") {
				t.Errorf("%s: leftover %s after the next open", what, e.Name())
			}
		}
	}
	bs, _ := Backups(path)
	for _, b := range bs {
		if err := VerifyBackup(b); err != nil {
			t.Errorf("%s: a damaged backup has a backup's name: %v", what, err)
		}
	}
}

// baseDB writes a sound database holding save number base into dir.
func baseDB(t *testing.T, path string, base int) {
	s, err := OpenWith(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	is := sampleIssue("崩溃测试公报", 2020, 8)
	setText(&is.Sections[0].Articles[0], strconv.Itoa(base))
	if err := s.Save(is); err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// TestTortureKillAtWrites kills a work session at the n-th call of each
// write system call (strace fault injection), on a new and on an existing
// database, and checks what is left after each.
func TestTortureKillAtWrites(t *testing.T) {
	if _, err := exec.LookPath("strace"); err != nil {
		t.Fatal("make torture needs strace (apt-get install strace)")
	}
	runs, kills := 0, 0
	for _, existing := range []bool{false, true} {
		for _, c := range writeCalls {
			for n := 1; n <= c.max; n++ {
				path := filepath.Join(t.TempDir(), "g.db")
				base := -1
				if existing {
					base = 10
					baseDB(t, path, base)
				}
				s := traced(t, path, c.name, "signal=SIGKILL", n)
				runs++
				if s.killed {
					kills++
				}
				checkAfter(t, fmt.Sprintf("kill at %s #%d (existing %v)", c.name, n, existing), path, base, s)
			}
		}
	}
	t.Logf("kills at write calls: %d sessions, %d killed at a write, 0 lost saves, 0 damaged files or backups", runs, kills)
}

// TestTortureDiskFull fails the n-th call of each write system call with
// ENOSPC: the session reports it in Chinese and what it left is sound.
func TestTortureDiskFull(t *testing.T) {
	if _, err := exec.LookPath("strace"); err != nil {
		t.Fatal("make torture needs strace (apt-get install strace)")
	}
	runs, refused := 0, 0
	for _, c := range writeCalls {
		if c.name == "write" || c.name == "unlinkat" || c.name == "linkat" || c.name == "renameat" {
			continue // not where a full disk shows
		}
		for n := 1; n <= c.max; n++ {
			path := filepath.Join(t.TempDir(), "g.db")
			baseDB(t, path, 10)
			s := traced(t, path, c.name, "error=ENOSPC", n)
			runs++
			if s.stderr != "" && !s.done {
				refused++
				if strings.Contains(s.stderr, "no space") || !strings.Contains(s.stderr, "磁盘空间不足") {
					t.Errorf("disk full at %s #%d: the message is not the Chinese one: %s", c.name, n, s.stderr)
				}
			}
			checkAfter(t, fmt.Sprintf("disk full at %s #%d", c.name, n), path, 10, s)
		}
	}
	t.Logf("disk full: %d sessions, %d stopped with 磁盘空间不足, 0 lost saves, 0 damaged files or backups", runs, refused)
}
