package fontsubset

import (
	"encoding/binary"
	"fmt"
	"math"
	"sort"

	"gazette/fonts"
)

// glyphKey is one glyph of a subset: a glyph of the original font and the
// text it stands for. The same outline drawn for two texts is two glyphs of
// the subset, so that each extracts as its own text.
type glyphKey struct {
	old  uint16
	text string
}

// Subset is the part of one font a document draws.
type Subset struct {
	font   *fonts.Font
	used   map[glyphKey]bool
	glyphs []glyphKey          // index = new glyph ID = CID; set by build
	cid    map[glyphKey]uint16 // set by build
	comp   map[uint16]uint16   // old → new glyph of composite components
	// grid is the units to the em of the embedded outlines: the font's own,
	// or a coarser grid chosen by OutlineGrid (0 means the font's own).
	Grid int
	// twin, when set, is the font whose CFF outlines the subset embeds
	// instead (fonts.Font.CFFTwin), twinGIDs its glyph for each of ours.
	twin     *fonts.Font
	twinGIDs []int
}

// New returns an empty subset of f.
func New(f *fonts.Font) *Subset {
	return &Subset{font: f, used: map[glyphKey]bool{}}
}

// scaler returns the mapping from the font's units onto the subset's grid,
// and whether the outlines change at all.
func (s *Subset) scaler() (scaler, bool) {
	upm := s.font.UnitsPerEm
	if s.Grid <= 0 || s.Grid >= upm {
		return scaler{upm, upm}, false
	}
	return scaler{upm, s.Grid}, true
}

// Use records that glyph gid is drawn for text. The .notdef glyph is always
// CID 0, whatever it stands for, so that a missing glyph stays visible to
// preflight tools.
func (s *Subset) Use(gid uint16, text string) {
	if gid == 0 || int(gid) >= s.font.NumGlyphs {
		return
	}
	s.used[glyphKey{gid, text}] = true
}

// Code returns the CID of a drawn glyph (0 for .notdef or a glyph never
// recorded).
func (s *Subset) Code(gid uint16, text string) uint16 {
	if gid == 0 {
		return 0
	}
	return s.cid[glyphKey{gid, text}]
}

// Number orders the used glyphs and gives them their new IDs: .notdef
// first, then the drawn glyphs by original ID and text, then the components
// of composite glyphs that are not drawn themselves.
func (s *Subset) Number() {
	keys := make([]glyphKey, 0, len(s.used)+1)
	for k := range s.used {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].old != keys[j].old {
			return keys[i].old < keys[j].old
		}
		return keys[i].text < keys[j].text
	})
	s.glyphs = append([]glyphKey{{0, ""}}, keys...)
	s.cid = make(map[glyphKey]uint16, len(s.glyphs))
	s.comp = map[uint16]uint16{}
	for i, k := range s.glyphs {
		s.cid[k] = uint16(i)
		if _, ok := s.comp[k.old]; !ok {
			s.comp[k.old] = uint16(i)
		}
	}
	// Close over composite components, breadth first, in a fixed order.
	for i := 0; i < len(s.glyphs) && len(s.glyphs) < 0xFFFF; i++ {
		for _, c := range components(s.font.Glyph(s.glyphs[i].old)) {
			if _, ok := s.comp[c]; ok || int(c) >= s.font.NumGlyphs {
				continue
			}
			s.comp[c] = uint16(len(s.glyphs))
			s.glyphs = append(s.glyphs, glyphKey{c, ""})
		}
	}
}

// Tag returns the subset tag (six capital letters) derived from the font
// name and the glyphs kept, so that the same subset always gets the same tag
// and different subsets of a font almost surely differ.
func (s *Subset) Tag() string {
	h := fnv64()
	h.str(s.font.Name)
	h.u64(uint64(s.Grid))
	if s.twin != nil {
		h.str(s.twin.Name)
	}
	for _, g := range s.glyphs {
		h.u64(uint64(g.old))
		h.str(g.text)
	}
	v := h.sum
	b := make([]byte, 6)
	for i := range b {
		b[i] = 'A' + byte(v%26)
		v /= 26
	}
	return string(b)
}

// Font returns the font the subset is taken from.
func (s *Subset) Font() *fonts.Font { return s.font }

// Len returns the number of glyphs of the numbered subset, .notdef
// included: the CIDs are 0 to Len()-1.
func (s *Subset) Len() int { return len(s.glyphs) }

// Text returns the text glyph cid stands for ("" for .notdef and for the
// components of composite glyphs).
func (s *Subset) Text(cid uint16) string { return s.glyphs[cid].text }

// Width returns the advance of a subset glyph in the PDF's glyph space
// (thousandths of the em), rounded as it is written in /W, so that content
// streams position glyphs with the very widths the viewer uses.
func (s *Subset) Width(cid uint16) float64 {
	f := s.font
	w := float64(f.Advance(s.glyphs[cid].old)) * 1000 / float64(f.UnitsPerEm)
	return math.Round(w*1000) / 1000
}

// Program returns the subset's font program: a TrueType font, or when
// UseTwin found the twin's glyphs, a CID-keyed CFF font (cff true); and the
// PostScript name of the font it is drawn from.
func (s *Subset) Program() (data []byte, cff bool, psName string, err error) {
	if s.twin != nil {
		data, err = s.buildCFF(s.twin, s.twinGIDs)
		return data, true, s.twin.Name, err
	}
	data, err = s.build()
	return data, false, s.font.Name, err
}

// Composite glyph flags (OpenType glyf table).
const (
	argsAreWords   = 0x0001
	haveScale      = 0x0008
	moreComponents = 0x0020
	haveXYScale    = 0x0040
	have2x2        = 0x0080
)

// components returns the glyph IDs a composite glyph is made of (nil for a
// simple or empty glyph).
func components(g []byte) []uint16 {
	if len(g) < 10 || int16(binary.BigEndian.Uint16(g)) >= 0 {
		return nil
	}
	var out []uint16
	p := 10
	for p+4 <= len(g) {
		flags := binary.BigEndian.Uint16(g[p:])
		out = append(out, binary.BigEndian.Uint16(g[p+2:]))
		p += componentLen(flags)
		if flags&moreComponents == 0 {
			break
		}
	}
	return out
}

// componentLen is the length of one component record with the given flags.
func componentLen(flags uint16) int {
	n := 4 + 4
	if flags&argsAreWords == 0 {
		n = 4 + 2
	}
	switch {
	case flags&haveScale != 0:
		n += 2
	case flags&haveXYScale != 0:
		n += 4
	case flags&have2x2 != 0:
		n += 8
	}
	return n
}

// remapComposite returns a copy of composite glyph g with its component
// glyph IDs renumbered by m.
func remapComposite(g []byte, m map[uint16]uint16) []byte {
	out := append([]byte(nil), g...)
	p := 10
	for p+4 <= len(out) {
		flags := binary.BigEndian.Uint16(out[p:])
		old := binary.BigEndian.Uint16(out[p+2:])
		binary.BigEndian.PutUint16(out[p+2:], m[old])
		p += componentLen(flags)
		if flags&moreComponents == 0 {
			break
		}
	}
	return out
}

// leftBearing returns the left side bearing of glyph g from an hmtx table
// with nh long metrics.
func leftBearing(hmtx []byte, nh, g int) int16 {
	off := 4*g + 2
	if g >= nh {
		off = 4*nh + 2*(g-nh)
	}
	if off+2 > len(hmtx) {
		return 0
	}
	return int16(binary.BigEndian.Uint16(hmtx[off:]))
}

// build returns the subset font file: the tables a PDF needs of a TrueType
// font embedded as CIDFontType2 (ISO 32000-1, 9.9), with right checksums.
func (s *Subset) build() ([]byte, error) {
	tables, err := s.tables()
	if err != nil {
		return nil, err
	}
	return fontFile(tables), nil
}

// fontFile assembles tables, which include head, into a font file whose
// checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
func fontFile(tables map[string][]byte) []byte {
	out := sfntFile(tables)
	headOff := tableOffset(out, "head")
	binary.BigEndian.PutUint32(out[headOff+8:], 0xB1B0AFBA-checksum(out))
	return out
}

// tables returns the tables of the subset font: the kept glyphs renumbered
// (composite components too), long loca offsets, full horizontal metrics and
// post version 3 (no glyph names); cvt, fpgm and prep as they are. On a
// coarser grid (s.Grid) every outline and metric is scaled onto it and the
// hinting instructions, which address the font's own units, are dropped.
func (s *Subset) tables() (map[string][]byte, error) {
	f := s.font
	head, hhea, maxp, hmtx := f.Table("head"), f.Table("hhea"), f.Table("maxp"), f.Table("hmtx")
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, fmt.Errorf("pdf: font %s: head, hhea or maxp too short", f.Name)
	}
	n := len(s.glyphs)
	nh := int(binary.BigEndian.Uint16(hhea[34:]))

	size := 0
	for _, k := range s.glyphs {
		size += len(f.Glyph(k.old)) + 3
	}
	glyf := make([]byte, 0, size)
	loca := make([]byte, 4*(n+1))
	newHmtx := make([]byte, 4*n)
	sc, scaled := s.scaler()
	for i, k := range s.glyphs {
		binary.BigEndian.PutUint32(loca[4*i:], uint32(len(glyf)))
		g := f.Glyph(k.old)
		if len(g) >= 10 && int16(binary.BigEndian.Uint16(g)) < 0 {
			g = remapComposite(g, s.comp)
		}
		lsb := int(leftBearing(hmtx, nh, int(k.old)))
		if scaled {
			sg, xMin, err := scaleGlyph(g, sc)
			if err != nil {
				return nil, fmt.Errorf("pdf: font %s: glyph %d: %w", f.Name, k.old, err)
			}
			g, lsb = sg, xMin
			if len(g) == 0 {
				lsb = sc.v(int(leftBearing(hmtx, nh, int(k.old))))
			}
		}
		glyf = append(glyf, g...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		binary.BigEndian.PutUint16(newHmtx[4*i:], uint16(sc.v(f.Advance(k.old))))
		binary.BigEndian.PutUint16(newHmtx[4*i+2:], uint16(int16(lsb)))
	}
	binary.BigEndian.PutUint32(loca[4*n:], uint32(len(glyf)))

	newHead := append([]byte(nil), head...)
	binary.BigEndian.PutUint32(newHead[8:], 0)  // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(newHead[50:], 1) // indexToLocFormat: long
	newHhea := append([]byte(nil), hhea...)
	binary.BigEndian.PutUint16(newHhea[34:], uint16(n))
	newMaxp := append([]byte(nil), maxp...)
	binary.BigEndian.PutUint16(newMaxp[4:], uint16(n))
	post := make([]byte, 32)
	copy(post, f.Table("post"))
	binary.BigEndian.PutUint32(post, 0x00030000)

	if scaled {
		scaleFields(newHead, sc, 18, 36, 38, 40, 42)      // unitsPerEm, xMin, yMin, xMax, yMax
		scaleFields(newHhea, sc, 4, 6, 8, 10, 12, 14, 16) // ascender … xMaxExtent
		scaleFields(post, sc, 8, 10)                      // underline position, thickness
	}
	tables := map[string][]byte{
		"head": newHead, "hhea": newHhea, "maxp": newMaxp, "loca": loca,
		"glyf": glyf, "hmtx": newHmtx, "post": post,
	}
	if scaled {
		return tables, nil
	}
	for _, t := range []string{"cvt ", "fpgm", "prep"} {
		if b := f.Table(t); b != nil {
			tables[t] = b
		}
	}
	return tables, nil
}

// scaleFields scales the 16-bit fields at the given offsets of a table onto
// the grid of sc (unitsPerEm, head offset 18, becomes sc.to exactly).
func scaleFields(t []byte, sc scaler, offsets ...int) {
	for _, o := range offsets {
		if o+2 <= len(t) {
			v := int(int16(binary.BigEndian.Uint16(t[o:])))
			binary.BigEndian.PutUint16(t[o:], uint16(int16(sc.v(v))))
		}
	}
}

// sfntFile assembles tables into a TrueType file with its table directory
// sorted by tag, each table 4-byte aligned and checksummed.
func sfntFile(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	size := 12 + 16*len(tables)
	for t, b := range tables {
		tags = append(tags, t)
		size += (len(b) + 3) &^ 3
	}
	sort.Strings(tags)
	out := make([]byte, 12+16*len(tags), size)
	binary.BigEndian.PutUint32(out, 0x00010000)
	nt := len(tags)
	pow, log := 1, 0
	for pow*2 <= nt {
		pow *= 2
		log++
	}
	binary.BigEndian.PutUint16(out[4:], uint16(nt))
	binary.BigEndian.PutUint16(out[6:], uint16(16*pow))
	binary.BigEndian.PutUint16(out[8:], uint16(log))
	binary.BigEndian.PutUint16(out[10:], uint16(16*nt-16*pow))
	for i, t := range tags {
		b := tables[t]
		rec := out[12+16*i:]
		copy(rec, t)
		binary.BigEndian.PutUint32(rec[4:], checksum(b))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(b)))
		out = append(out, b...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

// tableOffset returns the offset of a table in an sfnt file, or -1.
func tableOffset(file []byte, tag string) int {
	nt := int(binary.BigEndian.Uint16(file[4:]))
	for i := 0; i < nt; i++ {
		rec := file[12+16*i:]
		if string(rec[:4]) == tag {
			return int(binary.BigEndian.Uint32(rec[8:]))
		}
	}
	return -1
}

// checksum is the OpenType table checksum: the sum of the big-endian
// 32-bit words of b, zero-padded to a multiple of four bytes.
func checksum(b []byte) uint32 {
	var sum uint32
	i := 0
	for ; i+4 <= len(b); i += 4 {
		sum += binary.BigEndian.Uint32(b[i:])
	}
	if i < len(b) {
		var last [4]byte
		copy(last[:], b[i:])
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}
