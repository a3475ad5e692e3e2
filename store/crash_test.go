package store

import (
	"errors"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// TestCrashDuringSaves kills a saving child process at random moments and
// checks after each kill that the file opens, passes Check and holds every
// save the child reported as done (as the current text or a revision).
func TestCrashDuringSaves(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gazette.db")
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	reported := map[int]bool{}
	kills := 0
	for round := range 20 {
		cmd, sc, _ := child(t, "saver", path)
		lines := make(chan int, 1024)
		go func() {
			defer close(lines)
			for sc.Scan() {
				n, err := strconv.Atoi(sc.Text())
				if err == nil {
					lines <- n
				}
			}
		}()
		// Let it start and save a while: 0–300 ms after its first save (or
		// during its start-up when the draw is 0).
		delay := time.Duration(rng.IntN(300)) * time.Millisecond
		if rng.IntN(5) > 0 {
			select {
			case n, ok := <-lines:
				if ok {
					reported[n] = true
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("round %d: the child saved nothing in 5 s", round)
			}
		}
		time.Sleep(delay)
		if err := cmd.Process.Signal(syscall.SIGKILL); err == nil {
			kills++
		}
		for n := range lines {
			reported[n] = true
		}
		err := cmd.Wait()
		var ee interface{ ExitCode() int }
		if err == nil || !errors.As(err, &ee) || ee.ExitCode() != -1 {
			t.Fatalf("round %d: the child ended by itself: %v", round, err)
		}
		verifyCrashState(t, round, path, reported)
	}
	t.Logf("%d kills, %d saves reported", kills, len(reported))
}

// verifyCrashState opens the file after a kill and checks it.
func verifyCrashState(t *testing.T, round int, path string, reported map[int]bool) {
	t.Helper()
	s, err := OpenWith(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatalf("round %d: open after kill: %v", round, err)
	}
	defer s.Close()
	if err := s.Check(); err != nil {
		t.Fatalf("round %d: Check after kill: %v", round, err)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) == 0 {
		if len(reported) > 0 {
			t.Fatalf("round %d: the issue is gone after %d reported saves", round, len(reported))
		}
		return
	}
	is, err := s.Get(list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	a := &is.Sections[0].Articles[0]
	cur, err := strconv.Atoi(bodyText(a))
	if err != nil {
		t.Fatalf("round %d: the article's text %q is not a save number", round, bodyText(a))
	}
	last := 0
	for n := range reported {
		last = max(last, n)
	}
	// Every reported save is committed: the file holds the last one, or
	// the one after it (committed, killed before it was printed). Earlier
	// saves are thinned from the revisions (thin.go), but the newest
	// KeepNewestRevisions stay, one number apart.
	if cur != last && cur != last+1 {
		t.Fatalf("round %d: the file holds save %d, the last reported is %d", round, cur, last)
	}
	reported[cur] = true // committed: the next round starts from it
	revs, err := s.Revisions(is.ID, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := cur - 1
	for i, r := range revs {
		if i >= KeepNewestRevisions || want < 1 {
			break
		}
		if n, _ := strconv.Atoi(bodyText(&r.Article)); n != want {
			t.Fatalf("round %d: revision %d holds save %d, want %d", round, i, n, want)
		}
		want--
	}
}
