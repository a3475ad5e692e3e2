package exchange_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"gazette/exchange"
	"gazette/importer"
)

// TestCorpusRoundTrip: each real issue of shared/corpus, imported, reads
// back unchanged from its text form — the heuristics that read a gazette
// stay apart from the exact form export writes.
func TestCorpusRoundTrip(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "issues", "*.txt"))
	if err != nil || len(files) != 2 {
		t.Fatalf("corpus issues: %v %v", files, err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		is, _, err := importer.ParseIssue(filepath.Base(f), string(data))
		if err != nil {
			t.Fatal(err)
		}
		var txt bytes.Buffer
		if err := exchange.WriteText(&txt, is); err != nil {
			t.Fatal(err)
		}
		back, err := exchange.ReadText("export.txt", txt.String())
		if err != nil {
			t.Fatal(err)
		}
		sameIssue(t, is, back, f)
	}
}
