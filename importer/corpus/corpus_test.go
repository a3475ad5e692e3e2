package corpus

import (
	"path/filepath"
	"testing"
)

var corpusDir = filepath.Join("..", "..", "..", "shared", "corpus")

func TestTally(t *testing.T) {
	var ty Tally
	ty.add("a", "a")
	ty.add("a", "")
	ty.add("a", "b")
	if ty != (Tally{1, 1, 1}) {
		t.Errorf("tally = %+v", ty)
	}
}

func TestFolioLike(t *testing.T) {
	for s, want := range map[string]bool{"12": true, "—12—": true, "-4-": true, "·12·": true, "2019": true, "12345": false, "第12条": false, "": false} {
		if got := folioLike(s); got != want {
			t.Errorf("folioLike(%q) = %v", s, got)
		}
	}
}

// TestScoreboard scores the real corpus and holds the importer to what it
// reaches today: a field once right stays right, and nothing more is lost.
func TestScoreboard(t *testing.T) {
	sb, err := Score(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + sb.String())
	floor := map[string]int{"title": 39, "issuers": 36, "doc_number": 39, "date": 32, "addressee": 40}
	for f, n := range floor {
		if sb.Docs[f].Right < n {
			t.Errorf("docs %s right = %d, want ≥ %d", f, sb.Docs[f].Right, n)
		}
	}
	ifloor := map[string]int{"document": 25, "section": 25, "title": 25, "doc_number": 25, "date": 21}
	for f, n := range ifloor {
		if sb.Issue[f].Right < n {
			t.Errorf("issues %s right = %d, want ≥ %d", f, sb.Issue[f].Right, n)
		}
	}
	lost := 0
	for _, n := range sb.Lost {
		lost += n
	}
	if lost > maxLost {
		t.Errorf("%d characters lost, want ≤ %d", lost, maxLost)
	}
}

// maxLost is the most characters the corpus may lose; it only goes down.
const maxLost = 2259
