package fontsubset

import (
	"math"
	"testing"

	"gazette/fonts"
)

// TestBuildCFFWidths checks that the CFF font program carries each glyph's
// advance: the commonest as defaultWidthX, the others (integers and
// fractions of the grid) in their charstrings.
func TestBuildCFFWidths(t *testing.T) {
	widths := []float64{1000, 1000, 500, 278.5, 1000, 0, 212.936}
	css := make([][]byte, len(widths))
	for i := range css {
		css[i] = cs(i, oHmoveto, 7, 9, oRlineto, oEndchar)
	}
	c, err := parseCFF(buildCFF(cffName, css, widths, 1000))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.privates[0].defaultWidthX; got != 1000 {
		t.Errorf("defaultWidthX %v, want 1000", got)
	}
	for i, want := range widths {
		_, w, err := c.glyph(i)
		if err != nil {
			t.Fatalf("glyph %d: %v", i, err)
		}
		if math.Abs(w-want) > 1.0/65536 {
			t.Errorf("glyph %d width %v, want %v", i, w, want)
		}
	}
}

// TestTwinWidths checks, for the Song face's subset of the whole seed issue
// on the 12 pt grid, that every glyph of the embedded CFF advances by the
// width the PDF's /W gives it (Width, in thousandths of the em) — a
// font program whose advances differ from /W is a preflight error and
// throws text extraction off.
func TestTwinWidths(t *testing.T) {
	song := fonts.MustBundled(fonts.Song)
	s := subsetOf(song, seedText(t))
	s.Grid = OutlineGrid(12, song.UnitsPerEm)
	s.Number()
	s.UseTwin()
	data, isCFF, _, err := s.Program()
	if err != nil || !isCFF {
		t.Fatalf("program: CFF %v, %v", isCFF, err)
	}
	c, err := parseCFF(data)
	if err != nil {
		t.Fatal(err)
	}
	if c.numGlyphs() != s.Len() || s.Len() < 1000 {
		t.Fatalf("%d CFF glyphs for %d in the subset", c.numGlyphs(), s.Len())
	}
	for cid := range s.Len() {
		_, w, err := c.glyph(cid)
		if err != nil {
			t.Fatalf("glyph %d: %v", cid, err)
		}
		got := w * 1000 / float64(s.Grid)
		if want := s.Width(uint16(cid)); math.Abs(got-want) > 0.01 {
			t.Errorf("CID %d (%q): CFF advance %.3f, /W %.3f", cid, s.Text(uint16(cid)), got, want)
		}
	}
}
