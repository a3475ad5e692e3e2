package app

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"gazette/exchange"
)

// TestIssueFileReadsExport: a file `export --format text` wrote, given as
// the FILE of render or check, is read exactly — no warning, the same
// articles — not through the import heuristics.
func TestIssueFileReadsExport(t *testing.T) {
	demo, err := Demo()
	if err != nil {
		t.Fatal(err)
	}
	var txt bytes.Buffer
	if err := exchange.WriteText(&txt, demo.Issue); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "export.txt")
	if err := os.WriteFile(path, txt.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := IssueFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Warnings) != 0 {
		t.Errorf("warnings on an exported file: %v", src.Warnings)
	}
	if got, want := src.Issue.ArticleCount(), demo.Issue.ArticleCount(); got != want || got == 0 {
		t.Errorf("%d articles, want %d", got, want)
	}
	for si, s := range demo.Issue.Sections {
		for ai, a := range s.Articles {
			b := src.Issue.Sections[si].Articles[ai]
			if b.Title != a.Title || b.Date != a.Date || len(b.Blocks) != len(a.Blocks) {
				t.Errorf("article %d/%d: %q %s %d blocks, want %q %s %d", si, ai, b.Title, b.Date, len(b.Blocks), a.Title, a.Date, len(a.Blocks))
			}
		}
	}
}
