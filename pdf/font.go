package pdf

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"gazette/fonts"
	"gazette/pdf/fontsubset"
)

// widths returns the default width (the commonest) and the /W array of the
// glyphs whose width differs from it, as runs of consecutive CIDs.
func widths(s *fontsubset.Subset) (dw float64, w string) {
	count := map[float64]int{}
	for i := range s.Len() {
		count[s.Width(uint16(i))]++
	}
	best := -1
	for v, c := range count {
		if c > best || (c == best && v < dw) {
			dw, best = v, c
		}
	}
	var b []byte
	b = append(b, '[')
	for i := 0; i < s.Len(); {
		if s.Width(uint16(i)) == dw {
			i++
			continue
		}
		b = fmt.Appendf(b, "%d [", i)
		start := i
		for j := i; j < s.Len() && s.Width(uint16(j)) != dw; j++ {
			if j > start {
				b = append(b, ' ')
			}
			b = appendNum(b, s.Width(uint16(j)))
			i = j + 1
		}
		b = append(b, "] "...)
	}
	b = bytes.TrimRight(b, " ")
	b = append(b, ']')
	return dw, string(b)
}

// toUnicode returns the ToUnicode CMap of the subset: every glyph that
// stands for text maps its CID to that text in UTF-16BE (surrogate pairs for
// characters above U+FFFF, several characters for a ligature).
func toUnicode(s *fontsubset.Subset) []byte {
	type pair struct {
		cid  int
		text string
	}
	var pairs []pair
	for i := 1; i < s.Len(); i++ {
		t := s.Text(uint16(i))
		if t == "" {
			continue
		}
		if len([]rune(t)) > 64 {
			t = string([]rune(t)[:64])
		}
		pairs = append(pairs, pair{i, t})
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].cid < pairs[j].cid })
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	// Runs of consecutive CIDs (up to 100, within one high byte, as a CMap
	// range must keep) go in bfrange: with one start value when they map to
	// consecutive single UTF-16 units, else with an array of their texts
	// (Adobe TN 5014/5411, beginbfrange). Lone CIDs go in bfchar. Each
	// section holds at most 100 entries.
	var chars, ranges [][2]string
	for i := 0; i < len(pairs); {
		j := i + 1
		for j < len(pairs) && j-i < 100 && pairs[j].cid == pairs[j-1].cid+1 && pairs[j].cid>>8 == pairs[i].cid>>8 {
			j++
		}
		if j-i == 1 {
			chars = append(chars, [2]string{fmt.Sprintf("<%04X> ", pairs[i].cid), "<" + utf16Hex(pairs[i].text) + ">"})
			i = j
			continue
		}
		head := fmt.Sprintf("<%04X> <%04X> ", pairs[i].cid, pairs[j-1].cid)
		if consecutiveUnits(pairs[i:j], func(p pair) string { return p.text }) {
			ranges = append(ranges, [2]string{head, "<" + utf16Hex(pairs[i].text) + ">"})
		} else {
			var arr strings.Builder
			arr.WriteByte('[')
			for _, p := range pairs[i:j] {
				arr.WriteString("<" + utf16Hex(p.text) + ">")
			}
			arr.WriteByte(']')
			ranges = append(ranges, [2]string{head, arr.String()})
		}
		i = j
	}
	section := func(kind string, entries [][2]string) {
		for len(entries) > 0 {
			n := min(len(entries), 100)
			fmt.Fprintf(&b, "%d begin%s\n", n, kind)
			for _, e := range entries[:n] {
				b.WriteString(e[0] + e[1] + "\n")
			}
			b.WriteString("end" + kind + "\n")
			entries = entries[n:]
		}
	}
	section("bfchar", chars)
	section("bfrange", ranges)
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return b.Bytes()
}

// consecutiveUnits reports whether the texts of ps are single UTF-16 units
// that follow one another within one high byte, so that a CMap range can
// give them by the first alone.
func consecutiveUnits[T any](ps []T, text func(T) string) bool {
	u0, ok := single(text(ps[0]))
	if !ok {
		return false
	}
	for k, p := range ps {
		v, ok := single(text(p))
		if !ok || v != u0+uint16(k) || v>>8 != u0>>8 {
			return false
		}
	}
	return true
}

// single returns the UTF-16 unit of a text that is one character of the
// Basic Multilingual Plane.
func single(text string) (uint16, bool) {
	rs := []rune(text)
	if len(rs) != 1 || rs[0] > 0xFFFF || rs[0] >= 0xD800 && rs[0] < 0xE000 {
		return 0, false
	}
	return uint16(rs[0]), true
}

// writeFont writes the subset as a Type0 font with Identity-H encoding into
// object ref: its CIDFontType2 descendant, font descriptor, embedded font
// file and ToUnicode map.
func writeFont(pf *file, s *fontsubset.Subset, ref int) error {
	f := s.Font()
	// TrueType (FontFile2, CIDFontType2 with an identity CIDToGIDMap), or
	// the twin's CFF (FontFile3 /CIDFontType0C, CIDFontType0: CID = GID).
	data, isCFF, psName, err := s.Program()
	if err != nil {
		return err
	}
	fileDict, fileKey, cidType, gidMap := fmt.Sprintf(" /Length1 %d", len(data)), "FontFile2", "CIDFontType2", " /CIDToGIDMap /Identity"
	if isCFF {
		fileDict, fileKey, cidType, gidMap = " /Subtype /CIDFontType0C", "FontFile3", "CIDFontType0", ""
	}
	base := s.Tag() + "+" + psName
	scale := func(v int) string { return num(float64(v) * 1000 / float64(f.UnitsPerEm)) }

	fileRef, err := pf.addStream(fileDict, data, true)
	if err != nil {
		return fmt.Errorf("pdf: font %s: %w", f.Name, err)
	}
	stemV := 80
	if f.Weight() >= 600 {
		stemV = 140
	}
	capHeight := f.CapHeight
	if capHeight == 0 {
		capHeight = f.Ascent
	}
	weight := f.Weight()
	if weight < 100 || weight > 900 {
		weight = 400
	}
	// FontFamily, FontStretch and FontWeight are PDF 1.5 entries.
	style := ""
	if pf.version >= "1.5" {
		style = fmt.Sprintf(" /FontFamily %s /FontStretch /Normal /FontWeight %d", textString(family(f)), weight/100*100)
	}
	desc := pf.add(fmt.Appendf(nil, "<</Type /FontDescriptor /FontName %s%s /Flags %d /FontBBox [%s %s %s %s] "+
		"/ItalicAngle %s /Ascent %s /Descent %s /CapHeight %s /StemV %d /%s %d 0 R>>",
		name(base), style, fontFlags(f),
		scale(f.BBox[0]), scale(f.BBox[1]), scale(f.BBox[2]), scale(f.BBox[3]),
		num(f.ItalicAngle), scale(f.Ascent), scale(f.Descent), scale(capHeight), stemV, fileKey, fileRef))
	dw, w := widths(s)
	cid := pf.add(fmt.Appendf(nil, "<</Type /Font /Subtype /%s /BaseFont %s "+
		"/CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> "+
		"/FontDescriptor %d 0 R /DW %s /W %s%s>>", cidType, name(base), desc, num(dw), w, gidMap))
	tu, err := pf.addStream("", toUnicode(s), true)
	if err != nil {
		return fmt.Errorf("pdf: font %s: %w", f.Name, err)
	}
	pf.set(ref, fmt.Appendf(nil, "<</Type /Font /Subtype /Type0 /BaseFont %s /Encoding /Identity-H "+
		"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>", name(base), cid, tu))
	return nil
}

// family is the font descriptor's FontFamily: the font's family name, or
// its PostScript name when the name table has none.
func family(f *fonts.Font) string {
	if fam := f.Family(); fam != "" {
		return fam
	}
	return f.Name
}

// fontFlags returns the font descriptor's Flags (PDF 1.7 §9.8.2): Symbolic,
// as for every CID font whose glyphs lie outside the standard Latin set,
// Serif when the OS/2 PANOSE classification says Latin text with serifs,
// Italic when the font slants.
func fontFlags(f *fonts.Font) int {
	const serif, symbolic, italic = 1 << 1, 1 << 2, 1 << 6
	flags := symbolic
	if os2 := f.Table("OS/2"); len(os2) >= 42 && os2[32] == 2 && os2[33] >= 2 && os2[33] <= 10 {
		flags |= serif
	}
	if f.ItalicAngle != 0 {
		flags |= italic
	}
	return flags
}
