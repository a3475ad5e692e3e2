package preview

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"gazette/gazette"
	"gazette/internal/probe"
	"gazette/layout"
)

// stalePictures draws the probe issue's pages through a Cache keyed by key
// (warmed on the unchanged issue) after each change in turn, and draws them
// afresh; it returns the changes after which a page differs, and how many
// changes changed a picture at all.
func stalePictures(t *testing.T, base *gazette.Issue, changes []probe.Change,
	key func(*layout.Page, float64) uint64) (stale []string, changed int) {
	t.Helper()
	const dpi = 24
	c := NewCache()
	c.key = key
	l := layout.NewLayouter(layout.Options{})
	baseDoc, err := l.Lay(base)
	if err != nil {
		t.Fatal(err)
	}
	before := c.Thumbnails(baseDoc, dpi)
	for _, ch := range changes {
		// Draw a copy, change it in place (as the editor does), draw it again.
		is := probe.Copy(base)
		warm, err := l.Lay(is)
		if err != nil {
			t.Fatal(err)
		}
		c.Thumbnails(warm, dpi)
		ch.Apply(is)
		doc, err := l.Lay(is)
		if err != nil {
			t.Fatalf("%s: %v", ch.Path, err)
		}
		got := c.Thumbnails(doc, dpi)
		differs := len(doc.Pages) != len(before)
		for i, p := range doc.Pages {
			want := Render(p, Options{DPI: dpi})
			if !bytes.Equal(got[i].Pix, want.Pix) {
				stale = append(stale, ch.Path)
				break
			}
			differs = differs || !bytes.Equal(want.Pix, before[i].Pix)
		}
		if differs {
			changed++
		}
	}
	return stale, changed
}

// TestCacheEveryField: whatever field of the issue changes, the thumbnails
// the cache gives are the pages drawn afresh.
func TestCacheEveryField(t *testing.T) {
	base, changes := probe.IssueChanges(t, "../fonts/ttf/fang.ttf")
	stale, changed := stalePictures(t, base, changes, hash)
	for _, p := range stale {
		t.Errorf("after a change of %s a cached thumbnail differs from the page drawn afresh", p)
	}
	t.Logf("%d changes, %d of them change a picture", len(changes), changed)
	if changed < len(changes)/2 {
		t.Errorf("only %d of %d changes change a picture: the probe is too weak", changed, len(changes))
	}
}

// TestCacheKeyMissingField: the property test catches a key that misses a
// field of the page — here the images: a new cover picture would keep the
// old one on the screen.
func TestCacheKeyMissingField(t *testing.T) {
	base, changes := probe.IssueChanges(t, "../fonts/ttf/fang.ttf")
	changes = slices.DeleteFunc(changes, func(c probe.Change) bool { return !strings.HasPrefix(c.Path, "Cover.Image") })
	withoutImages := func(p *layout.Page, dpi float64) uint64 {
		q := *p
		q.Images = nil
		return hash(&q, dpi)
	}
	stale, _ := stalePictures(t, base, changes, withoutImages)
	if !slices.Contains(stale, "Cover.Image.Data") {
		t.Fatalf("a key without the images served no stale picture after a new cover picture (stale after: %v)", stale)
	}
	t.Logf("a key without the images is caught by: %s", strings.Join(stale, ", "))
}
