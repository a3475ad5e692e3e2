package layout

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"gazette/gazette"
	"gazette/internal/probe"
)

// staleLayouts lays out the probe issue, changed by each change in turn,
// with a Layouter whose articles' key is fp (warmed on the issue before the
// change) and with a fresh one; it returns the changes after which the two
// differ, and how many changes changed the layout at all.
func staleLayouts(t *testing.T, base *gazette.Issue, changes []probe.Change,
	fp func(*gazette.Article, int, string) uint64) (stale []string, changed int) {
	t.Helper()
	l := NewLayouter(Options{})
	l.fp = fp
	before, err := Lay(base, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		// Lay out a copy, change it in place (as the editor does), lay it out
		// again: a key that holds an address misses an edit in place.
		is := probe.Copy(base)
		if _, err := l.Lay(is); err != nil {
			t.Fatal(err)
		}
		c.Apply(is)
		cached, err := l.Lay(is)
		if err != nil {
			t.Fatalf("%s: %v", c.Path, err)
		}
		fresh, err := Lay(is, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.Path, err)
		}
		if !reflect.DeepEqual(cached, fresh) {
			stale = append(stale, c.Path)
		}
		if !reflect.DeepEqual(fresh, before) {
			changed++
		}
	}
	return stale, changed
}

// TestCacheEveryField: whatever field of the issue changes, the Layouter
// that kept the articles it set before lays out the same pages as a fresh
// one — the layout the preview shows is the one that prints.
func TestCacheEveryField(t *testing.T) {
	base, changes := probe.IssueChanges(t, "../fonts/ttf/fang.ttf")
	stale, changed := staleLayouts(t, base, changes, fingerprint)
	for _, p := range stale {
		t.Errorf("after a change of %s the cached layout differs from a fresh one", p)
	}
	t.Logf("%d changes, %d of them change the layout", len(changes), changed)
	if changed < len(changes)/2 {
		t.Errorf("only %d of %d changes change the layout: the probe is too weak", changed, len(changes))
	}
}

// TestCacheKeyMissingField: the property test catches a key that misses a
// field — here the issuers, which the hand-kept key once missed (the preview
// kept the old issuer line while the print showed the new one).
func TestCacheKeyMissingField(t *testing.T) {
	base, changes := probe.IssueChanges(t, "../fonts/ttf/fang.ttf")
	changes = slices.DeleteFunc(changes, func(c probe.Change) bool { return !strings.Contains(c.Path, "Issuers") })
	withoutIssuers := func(a *gazette.Article, index int, section string) uint64 {
		b := *a
		b.Issuers = nil
		return fingerprint(&b, index, section)
	}
	stale, _ := staleLayouts(t, base, changes, withoutIssuers)
	if len(stale) == 0 {
		t.Fatalf("a key without the issuers served no stale layout after %d changes of the issuers", len(changes))
	}
	t.Logf("a key without the issuers is caught by: %s", strings.Join(stale, ", "))
}
