package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// corpusDocs is the folder of the corpus's single documents.
const corpusDocs = "../../shared/corpus/docs"

// corpusPasteText is whole documents of the corpus, in file order, one
// after another (a blank line between), until the text has at least n
// characters: what an editor copies from several documents at once.
func corpusPasteText(tb testing.TB, n int) string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(corpusDocs, "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatal("the corpus (../shared/corpus beside the repository) is missing:", err)
	}
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.Write(data)
		if utf8.RuneCountInString(b.String()) >= n {
			return b.String()
		}
	}
	tb.Fatalf("the corpus has fewer than %d characters", n)
	return ""
}
