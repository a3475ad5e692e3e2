package fontsubset

import (
	"fmt"
	"sync"

	"gazette/fonts"
)

// UseTwin makes the subset embed its font's CFF twin when twinGlyphs finds
// every glyph there.
func (s *Subset) UseTwin() {
	s.twin, s.twinGIDs = s.twinGlyphs()
}

// twinGlyphs returns the CFF twin of the subset's font (fonts.Font.CFFTwin)
// and, for each glyph of the subset, the twin's glyph for the same
// character with the same advance: the subset is then embedded
// with the twin's outlines. The character is the one the font's cmap maps to
// the glyph — the glyph's own text, or another (the layout draws the Chinese
// dash U+2014 with the rule of U+2500). It returns nil when the font has no
// twin or any glyph has no match (a glyph no character maps to, a character
// the twin lacks, another advance): the subset stays TrueType.
func (s *Subset) twinGlyphs() (*fonts.Font, []int) {
	tw := s.font.CFFTwin()
	if tw == nil || tw.UnitsPerEm != s.font.UnitsPerEm {
		return nil, nil
	}
	gids := make([]int, len(s.glyphs))
	for i, k := range s.glyphs {
		if i == 0 {
			continue // .notdef is the twin's .notdef
		}
		r, ok := drawnRune(s.font, k)
		if !ok {
			return nil, nil
		}
		g := tw.GlyphIndex(r)
		if g == 0 || tw.Advance(g) != s.font.Advance(k.old) {
			return nil, nil
		}
		gids[i] = int(g)
	}
	return tw, gids
}

// reverseCmaps caches, per font, the character its cmap maps to each glyph
// (the lowest, when several share one).
var reverseCmaps sync.Map // *fonts.Font → map[uint16]rune

// drawnRune returns the character whose glyph in f is k's: k's text when it
// is one character that maps there, else the first character that does.
func drawnRune(f *fonts.Font, k glyphKey) (rune, bool) {
	if rs := []rune(k.text); len(rs) == 1 && f.GlyphIndex(rs[0]) == k.old {
		return rs[0], true
	}
	m, ok := reverseCmaps.Load(f)
	if !ok {
		rev := map[uint16]rune{}
		for _, r := range f.Runes() {
			if g := f.GlyphIndex(r); g != 0 {
				if old, seen := rev[g]; !seen || r < old {
					rev[g] = r
				}
			}
		}
		m, _ = reverseCmaps.LoadOrStore(f, rev)
	}
	r, ok := m.(map[uint16]rune)[k.old]
	return r, ok
}

// buildCFF returns the subset as a CID-keyed CFF font program of the twin's
// outlines (CID = the subset's glyph number), each glyph on the subset's
// grid, without hints or subroutines, with the twin's advances (the
// subset's own: twinGlyphs matched them).
func (s *Subset) buildCFF(tw *fonts.Font, gids []int) ([]byte, error) {
	cf, err := parseCFF(tw.CFF())
	if err != nil {
		return nil, fmt.Errorf("pdf: font %s: %w", tw.Name, err)
	}
	grid := s.Grid
	if grid <= 0 || grid > tw.UnitsPerEm {
		grid = tw.UnitsPerEm
	}
	sc := scaler{tw.UnitsPerEm, grid}
	cs := make([][]byte, len(gids))
	widths := make([]float64, len(gids))
	var e csEncoder
	for i, g := range gids {
		e.path, _, err = cf.appendGlyph(e.path, g)
		if err != nil {
			return nil, fmt.Errorf("pdf: font %s: glyph %d: %w", tw.Name, g, err)
		}
		cs[i] = e.encode(nil, e.path, sc)
		widths[i] = float64(tw.Advance(uint16(g))) * float64(grid) / float64(tw.UnitsPerEm)
	}
	return buildCFF(s.Tag()+"+"+tw.Name, cs, widths, grid), nil
}
