package app

import (
	"path/filepath"
	"testing"

	"gazette/assets"
	"gazette/gazette"
	"gazette/store"
)

// demoStore opens a real database in a temporary folder holding the demo
// issue, and returns it with the demo's ID.
func demoStore(t *testing.T) (*store.Store, string) {
	t.Helper()
	st, err := store.OpenWith(filepath.Join(t.TempDir(), "gazette.db"), store.Options{Seed: assets.DemoIssue, NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	list, err := st.List()
	if err != nil || len(list) != 1 {
		t.Fatalf("the new database lists %v (%v)", list, err)
	}
	return st, list[0].ID
}

// withMissingGlyph adds to the first paragraph of is a character no bundled
// face has, which preflight reports as an error.
func withMissingGlyph(t *testing.T, is *gazette.Issue) {
	t.Helper()
	done := false
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		for bi := range a.Blocks {
			if b := &a.Blocks[bi]; b.Type == gazette.BlockParagraph && len(b.Runs) > 0 {
				b.Runs[0].Text += "\U0002A6D6"
				done = true
				return false
			}
		}
		return true
	})
	if !done {
		t.Fatal("the issue has no paragraph")
	}
}

func ptr[T any](v T) *T { return &v }
