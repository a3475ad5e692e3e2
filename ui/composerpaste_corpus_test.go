package ui

import (
	"encoding/json"
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
	text, _ := corpusPaste(tb, n)
	return text
}

// corpusPaste is corpusPasteText with the titles of its documents, in
// order, as the corpus's ground truth (NNN.json) has them.
func corpusPaste(tb testing.TB, n int) (string, []string) {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(corpusDocs, "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatal("the corpus (../shared/corpus beside the repository) is missing:", err)
	}
	var (
		b      strings.Builder
		titles []string
	)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		js, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".json")
		if err != nil {
			tb.Fatal(err)
		}
		var truth struct {
			Title string `json:"title"`
		}
		if err := json.Unmarshal(js, &truth); err != nil || truth.Title == "" {
			tb.Fatalf("%s: no title in the ground truth (%v)", f, err)
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.Write(data)
		titles = append(titles, truth.Title)
		if utf8.RuneCountInString(b.String()) >= n {
			return b.String(), titles
		}
	}
	tb.Fatalf("the corpus has fewer than %d characters", n)
	return "", nil
}
