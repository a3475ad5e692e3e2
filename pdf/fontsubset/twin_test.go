package fontsubset

import (
	"os"
	"testing"

	"gazette/fonts"
)

// TestTwinGlyphs checks when a subset is drawn from its font's CFF twin:
// the Song face's glyphs of the whole seed issue (the Chinese dash drawn
// with the rule of U+2500 too) all are, each with the twin's glyph of its
// character; a glyph no character maps to keeps the subset TrueType; faces
// without a twin and an office's own Song face stay TrueType.
func TestTwinGlyphs(t *testing.T) {
	song := fonts.MustBundled(fonts.Song)
	tw := song.CFFTwin()
	t.Run("seed", func(t *testing.T) {
		s := subsetOf(song, seedText(t))
		s.Use(song.GlyphIndex('─'), "—") // the Chinese dash, as para draws it
		s.Number()
		got, gids := s.twinGlyphs()
		if got != tw || len(gids) != len(s.glyphs) {
			t.Fatalf("twin %v with %d glyphs for a subset of %d", got, len(gids), len(s.glyphs))
		}
		for i, k := range s.glyphs[1:] {
			r, _ := drawnRune(song, k)
			if want := int(tw.GlyphIndex(r)); gids[i+1] != want || want == 0 {
				t.Errorf("glyph %d (%q) → twin %d, want %d", i+1, k.text, gids[i+1], want)
			}
		}
	})
	t.Run("a glyph no character maps to", func(t *testing.T) {
		unmapped := uint16(0)
		rev := map[uint16]bool{}
		for _, r := range song.Runes() {
			rev[song.GlyphIndex(r)] = true
		}
		for g := 1; g < song.NumGlyphs; g++ {
			if !rev[uint16(g)] {
				unmapped = uint16(g)
				break
			}
		}
		if unmapped == 0 {
			t.Fatal("every glyph of the bundled Song face has a character: this test needs one without")
		}
		s := subsetOf(song, seedText(t))
		s.Use(unmapped, "x")
		s.Number()
		if got, _ := s.twinGlyphs(); got != nil {
			t.Error("a subset with an unmapped glyph is drawn from the twin")
		}
	})
	t.Run("faces without a twin", func(t *testing.T) {
		for _, st := range []fonts.Style{fonts.SongBold, fonts.Hei, fonts.Kai} {
			s := New(fonts.MustBundled(st))
			s.Use(1, "公")
			s.Number()
			if got, _ := s.twinGlyphs(); got != nil {
				t.Errorf("%s has a twin", st)
			}
		}
		data, err := os.ReadFile("../../fonts/ttf/song.ttf")
		if err != nil {
			t.Fatal(err)
		}
		own, err := fonts.Parse(data) // an office's face, even the same file
		if err != nil {
			t.Fatal(err)
		}
		if own.CFFTwin() != nil {
			t.Error("a Song face read from a file has the bundled twin")
		}
	})
}
