package fonts

import (
	"testing"

	"gazette/internal/testseed"
)

// TestCFFTwin checks the Song face's CFF twin: it exists for the bundled
// Song face alone, parses as a CFF font with the Song's units, and draws
// every character of the seed issue that Song draws, with the same advance.
func TestCFFTwin(t *testing.T) {
	song := MustBundled(Song)
	tw := song.CFFTwin()
	if tw == nil || len(tw.CFF()) == 0 {
		t.Fatal("the Song face has no CFF twin")
	}
	if tw.UnitsPerEm != song.UnitsPerEm {
		t.Fatalf("twin has %d units to the em, Song %d", tw.UnitsPerEm, song.UnitsPerEm)
	}
	for _, s := range []Style{SongBold, Hei, Kai} {
		if MustBundled(s).CFFTwin() != nil {
			t.Errorf("%s has a CFF twin", s)
		}
	}
	seen := map[rune]bool{}
	missing, off := 0, 0
	for _, r := range testseed.Text() {
		if seen[r] || !song.Has(r) {
			continue
		}
		seen[r] = true
		if !tw.Has(r) {
			missing++
			t.Errorf("the twin lacks %q (U+%04X)", r, r)
			continue
		}
		if a, b := tw.Advance(tw.GlyphIndex(r)), song.Advance(song.GlyphIndex(r)); a != b {
			off++
			t.Errorf("%q: twin advance %d, Song %d", r, a, b)
		}
	}
	t.Logf("%d characters of the seed: %d missing from the twin, %d with another advance", len(seen), missing, off)
}
