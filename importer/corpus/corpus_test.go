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
	// Every field of every document right.
	for _, f := range DocFields {
		if sb.Docs[f].Right != 40 {
			t.Errorf("docs %s right = %d, want 40", f, sb.Docs[f].Right)
		}
	}
	ifloor := map[string]int{"document": 26, "section": 26, "title": 26, "doc_number": 26, "date": 26}
	for f, n := range ifloor {
		if sb.Issue[f].Right < n {
			t.Errorf("issues %s right = %d, want ≥ %d", f, sb.Issue[f].Right, n)
		}
	}
	for f, ty := range sb.Docs {
		if ty.Wrong > 0 {
			t.Errorf("docs %s: %d wrong", f, ty.Wrong)
		}
	}
	for f, ty := range sb.Issue {
		if ty.Wrong > 0 {
			t.Errorf("issues %s: %d wrong", f, ty.Wrong)
		}
	}
	if sb.Extra > 0 {
		t.Errorf("%d articles no expected document matches", sb.Extra)
	}
	for name, n := range sb.Lost {
		if n > 0 {
			t.Errorf("%s: %d characters lost: %s", name, n, sb.LostChars[name])
		}
	}
	for name, n := range sb.Furniture {
		if n > 0 {
			t.Errorf("%s: %d running heads or folios in a body", name, n)
		}
	}
	if sb.Lines.Right < 933 {
		t.Errorf("%d source lines kept whole, want ≥ 933", sb.Lines.Right)
	}
}
