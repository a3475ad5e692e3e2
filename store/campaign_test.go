package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// contents reads everything a user can get out of the store — every issue,
// every revision of every article, every sign-off snapshot and PDF, the
// settings — as one string; any error stops it.
func contents(s *Store) (string, error) {
	var b strings.Builder
	list, err := s.List()
	if err != nil {
		return "", err
	}
	for _, sum := range list {
		is, err := s.Get(sum.ID)
		if err != nil {
			return "", err
		}
		j, _ := json.Marshal(is)
		fmt.Fprintf(&b, "%+v\n%s\n", sum, j)
		var ids []string
		for _, sec := range is.Sections {
			for _, a := range sec.Articles {
				ids = append(ids, a.ID)
			}
		}
		sort.Strings(ids)
		for _, id := range ids {
			revs, err := s.Revisions(is.ID, id)
			if err != nil {
				return "", err
			}
			j, _ := json.Marshal(revs)
			fmt.Fprintf(&b, "%s %s\n", id, j)
		}
		if snap, err := s.SignedSnapshot(is.ID); err == nil {
			j, _ := json.Marshal(snap)
			pdf, err := s.SignedPDF(is.ID)
			if err != nil {
				return "", err
			}
			fmt.Fprintf(&b, "signed %s %q\n", j, pdf)
		} else if !errors.Is(err, ErrNotFound) {
			return "", err
		}
	}
	v, err := s.Setting("campaign")
	if err != nil {
		return "", err
	}
	b.WriteString(v)
	return b.String(), nil
}

// recordPages returns the in-use branch and leaf pages of a sound file
// (with their overflow pages), as bbolt's page tree reaches them.
func recordPages(t *testing.T, path string) (pages []uint64, ps int) {
	t.Helper()
	ff, err := checkFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := &walker{f: f, size: ff.size, ps: uint64(ff.pageSize), m: ff.meta, seen: map[uint64]bool{0: true, 1: true}}
	if err := w.walk(ff.meta.root, 0); err != nil {
		t.Fatal(err)
	}
	for id := range w.seen {
		if id >= 2 {
			pages = append(pages, id)
		}
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i] < pages[j] })
	return pages, ff.pageSize
}

// flipOutcome is what a damaged copy did.
type flipOutcome int

const (
	flipDetected flipOutcome = iota // an open or a read said ErrDamaged
	flipHarmless                    // everything read back as before
	flipSilent                      // something read back different, no error
	flipOtherErr                    // an error that is not ErrDamaged
)

// tryFlip reads the file at path every way a user would and compares what
// it gives with want. The file must not change.
func tryFlip(t *testing.T, path, want string) (flipOutcome, string) {
	t.Helper()
	before := fileSum(t, path)
	defer func() {
		if fileSum(t, path) != before {
			t.Fatalf("%s: reading the damaged file changed it", path)
		}
	}()
	// A writer must refuse whatever a reader finds damaged, before it
	// writes anything (the file is compared when this returns).
	writerRefuses := func(out flipOutcome, msg string) (flipOutcome, string) {
		w, err := OpenWith(path, Options{NoAutoBackup: true})
		if err == nil {
			w.Close()
			return flipOtherErr, "a read-write open accepted a file a reader found damaged: " + msg
		}
		return out, msg
	}
	s, err := OpenReadOnly(path)
	if err != nil {
		if errors.Is(err, ErrDamaged) {
			return writerRefuses(flipDetected, err.Error())
		}
		return flipOtherErr, err.Error()
	}
	defer s.Close()
	got, err := contents(s)
	switch {
	case errors.Is(err, ErrDamaged):
		s.Close()
		return writerRefuses(flipDetected, err.Error())
	case err != nil:
		return flipOtherErr, err.Error()
	case got != want:
		return flipSilent, firstDiff(want, got)
	}
	if err := s.Check(); err != nil {
		return flipDetected, err.Error()
	}
	return flipHarmless, ""
}

// firstDiff shows where two strings part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-40)
	return fmt.Sprintf("…%q → …%q", a[lo:min(len(a), i+40)], b[lo:min(len(b), i+40)])
}

// flipCampaign flips n single bits, one per copy, in the record pages of a
// sound database and reports the counts; it fails on any silent change or
// an error that is not ErrDamaged.
func flipCampaign(t *testing.T, n int, seed uint64) map[flipOutcome]int {
	good, _ := goodFile(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "src.db")
	if err := os.WriteFile(src, good, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := OpenReadOnly(src)
	if err != nil {
		t.Fatal(err)
	}
	want, err := contents(s)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	pages, ps := recordPages(t, src)
	rng := rand.New(rand.NewPCG(seed, 7))
	counts := map[flipOutcome]int{}
	path := filepath.Join(dir, "gazette.db")
	for i := range n {
		b := append([]byte(nil), good...)
		page := pages[rng.IntN(len(pages))]
		bit := rng.IntN(ps * 8)
		b[int(page)*ps+bit/8] ^= 1 << (bit % 8)
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		out, msg := tryFlip(t, path, want)
		counts[out]++
		switch out {
		case flipDetected:
			if latin.MatchString(msg) {
				t.Errorf("flip %d: the message is not all Chinese: %s", i, msg)
			}
		case flipSilent:
			t.Errorf("flip %d (page %d, byte %d, bit %d) changed what the store reads with no error: %s", i, page, bit/8, bit%8, msg)
		case flipOtherErr:
			t.Errorf("flip %d (page %d, byte %d, bit %d) gave an error that is not ErrDamaged: %s", i, page, bit/8, bit%8, msg)
		}
	}
	t.Logf("bit flips in %d record pages: %d flips, %d detected, %d harmless, %d silent changes, %d other errors",
		len(pages), n, counts[flipDetected], counts[flipHarmless], counts[flipSilent], counts[flipOtherErr])
	return counts
}

// TestBitFlipsInRecordPages: every single-bit flip in a page holding
// records is detected (ErrDamaged) or harmless (everything reads back the
// same); none changes what the store gives without an error.
func TestBitFlipsInRecordPages(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 100
	}
	counts := flipCampaign(t, n, 11)
	if counts[flipDetected] == 0 {
		t.Error("no flip was detected: the campaign hit nothing")
	}
}
