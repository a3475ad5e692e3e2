package exchange_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"gazette/exchange"
	"gazette/importer"
)

// TestQARoundTrip: every QA issue (testdata/qa: 人大 公报 with 题注, 公告,
// 规章, 目录 without page numbers, …) that imports reads back from its
// exchange text unchanged — the fields the segmentation fills (subtitle
// 题注, a 规章's 文号 from its 题注) included.
func TestQARoundTrip(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "qa", "*.txt"))
	if err != nil || len(files) < 24 {
		t.Fatalf("QA inputs: %d %v", len(files), err)
	}
	read := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		is, _, err := importer.ParseIssue(filepath.Base(f), string(data))
		if err != nil {
			continue // refused with an error (importer's TestQAConservation checks it names the file)
		}
		read++
		var txt bytes.Buffer
		if err := exchange.WriteText(&txt, is); err != nil {
			t.Fatal(err)
		}
		back, err := exchange.ReadText("export.txt", txt.String())
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		sameIssue(t, is, back, f)
	}
	if read < 20 {
		t.Errorf("only %d QA issues imported", read)
	}
}
