package fontsubset

import (
	"encoding/binary"
	"sort"

	"gazette/fonts"
)

// ScreenFont returns a TrueType font with the glyphs of f for runes (those f
// has), a cmap mapping each rune to its glyph, and f's own OS/2 and name
// tables, so that it sets text exactly as f does for those runes. A screen
// toolkit parses a few thousand glyphs in a fraction of the time the whole
// face takes (the workstation's start, ui.Theme).
func ScreenFont(f *fonts.Font, runes []rune) ([]byte, error) {
	s := New(f)
	for _, r := range runes {
		if g := f.GlyphIndex(r); g != 0 {
			s.Use(g, string(r))
		}
	}
	s.Number()
	tables, err := s.tables()
	if err != nil {
		return nil, err
	}
	type pair struct {
		r   rune
		cid uint16
	}
	var pairs []pair
	for _, r := range runes {
		if g := f.GlyphIndex(r); g != 0 {
			pairs = append(pairs, pair{r, s.Code(g, string(r))})
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].r < pairs[j].r })
	// cmap format 12 (platform 3, encoding 10), one group per run of
	// consecutive runes on consecutive glyphs.
	var groups [][3]uint32
	for i, p := range pairs {
		if i > 0 && p.r == pairs[i-1].r {
			continue
		}
		if n := len(groups); n > 0 && groups[n-1][1]+1 == uint32(p.r) &&
			groups[n-1][2]+(groups[n-1][1]-groups[n-1][0])+1 == uint32(p.cid) {
			groups[n-1][1]++
			continue
		}
		groups = append(groups, [3]uint32{uint32(p.r), uint32(p.r), uint32(p.cid)})
	}
	sub := make([]byte, 16+12*len(groups))
	binary.BigEndian.PutUint16(sub, 12)
	binary.BigEndian.PutUint32(sub[4:], uint32(len(sub)))
	binary.BigEndian.PutUint32(sub[12:], uint32(len(groups)))
	for i, g := range groups {
		for j, v := range g {
			binary.BigEndian.PutUint32(sub[16+12*i+4*j:], v)
		}
	}
	cmap := make([]byte, 12, 12+len(sub))
	binary.BigEndian.PutUint16(cmap[2:], 1)  // one encoding record
	binary.BigEndian.PutUint16(cmap[4:], 3)  // Windows
	binary.BigEndian.PutUint16(cmap[6:], 10) // Unicode full repertoire
	binary.BigEndian.PutUint32(cmap[8:], 12)
	tables["cmap"] = append(cmap, sub...)
	for _, t := range []string{"OS/2", "name"} {
		if b := f.Table(t); b != nil {
			tables[t] = b
		}
	}
	return fontFile(tables), nil
}
