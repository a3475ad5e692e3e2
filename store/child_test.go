package store

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"gazette/gazette"
)

// The tests below re-execute the test binary as a child process (TestMain),
// its part chosen by $GAZETTE_STORE_CHILD, on the database at
// $GAZETTE_STORE_DB.
const (
	envChild = "GAZETTE_STORE_CHILD"
	envDB    = "GAZETTE_STORE_DB"
)

// TestMain plays the child of the crash and lock tests when the test binary
// is started again with $GAZETTE_STORE_CHILD set: "saver" saves one article
// in a loop and prints every committed sequence number; "holder" opens the
// database, prints "ready" and waits for its stdin to close; "work" does
// one short session of every kind of write (workChild). Otherwise it runs
// the tests.
func TestMain(m *testing.M) {
	mode := os.Getenv(envChild)
	if mode == "" {
		os.Exit(m.Run())
	}
	path := os.Getenv(envDB)
	var err error
	switch mode {
	case "saver":
		err = saverChild(path)
	case "holder":
		err = holderChild(path)
	case "work":
		err = workChild(path)
	default:
		err = fmt.Errorf("unknown child mode %q", mode)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(3)
	}
	os.Exit(0)
}

// saverChild saves forever: the first article's text is the sequence
// number; each save that returns is printed.
func saverChild(path string) error {
	s, err := Open(path)
	if err != nil {
		return err
	}
	list, err := s.List()
	if err != nil {
		return err
	}
	is := sampleIssue("崩溃测试公报", 2020, 8)
	if len(list) > 0 {
		if is, err = s.Get(list[0].ID); err != nil {
			return err
		}
	}
	n, _ := strconv.Atoi(bodyText(&is.Sections[0].Articles[0]))
	for {
		n++
		setText(&is.Sections[0].Articles[0], strconv.Itoa(n))
		if err := s.Save(is); err != nil {
			return err
		}
		fmt.Println(n) // os.Stdout is unbuffered: printed means committed
	}
}

// workChild does one short session of every kind of write: it opens (or
// creates, seeded) the database — the day's backup — saves three changes,
// printing each save's number once it returned, backs up before a replace
// and replaces the issue, printing "replaced", and compacts, printing
// "compacted".
func workChild(path string) error {
	s, err := OpenWith(path, Options{Seed: func() (*gazette.Issue, error) { return sampleIssue("崩溃测试公报", 2020, 8), nil }})
	if err != nil {
		return err
	}
	list, err := s.List()
	if err != nil {
		return err
	}
	is, err := s.Get(list[0].ID)
	if err != nil {
		return err
	}
	n, _ := strconv.Atoi(bodyText(&is.Sections[0].Articles[0]))
	for range 3 {
		n++
		setText(&is.Sections[0].Articles[0], strconv.Itoa(n))
		if err := s.Save(is); err != nil {
			return err
		}
		fmt.Println(n)
	}
	if _, err := s.BackupBefore("replace"); err != nil {
		return err
	}
	fresh := sampleIssue("崩溃测试公报", 2020, 8)
	fresh.ID = is.ID
	n++
	setText(&fresh.Sections[0].Articles[0], strconv.Itoa(n))
	if err := s.Save(fresh); err != nil {
		return err
	}
	fmt.Println(n)
	if err := s.Close(); err != nil {
		return err
	}
	if _, err := Compact(path); err != nil {
		return err
	}
	fmt.Println("compacted")
	return nil
}

// holderChild keeps the database open until stdin closes.
func holderChild(path string) error {
	s, err := Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	fmt.Println("ready")
	_, _ = io.Copy(io.Discard, os.Stdin)
	return nil
}

// child starts the test binary as a child in mode on the database at path.
func child(t *testing.T, mode, path string) (*exec.Cmd, *bufio.Scanner, io.WriteCloser) {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), envChild+"="+mode, envDB+"="+path)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewScanner(out), in
}

// waitLine reads lines until one equals want or the child's output ends.
func waitLine(sc *bufio.Scanner, want string, timeout time.Duration) error {
	done := make(chan error, 1)
	go func() {
		for sc.Scan() {
			if strings.TrimSpace(sc.Text()) == want {
				done <- nil
				return
			}
		}
		done <- fmt.Errorf("child ended before printing %q", want)
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(timeout):
		return fmt.Errorf("child did not print %q within %v", want, timeout)
	}
}
