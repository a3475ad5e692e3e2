package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"unicode/utf16"
)

// Font is one parsed TrueType (glyf) face: only the tables needed for
// metrics and embedding are read (head, hhea, maxp, OS/2, cmap, hmtx, loca);
// glyph outlines stay in the file's bytes until asked for.
type Font struct {
	// Name is the PostScript name from the name table (e.g. NotoSerifSC-Regular).
	Name string
	// Style is the style the font was loaded for ("" for a font parsed directly).
	Style Style

	data   []byte
	tables map[string][]byte

	// UnitsPerEm is the design grid of the font.
	UnitsPerEm int
	// Ascent and Descent (negative) are the typographic ascender and descender
	// in font units (OS/2 sTypo values, else hhea).
	Ascent, Descent int
	// CapHeight is the height of capital letters in font units (0 if unknown).
	CapHeight int
	// NumGlyphs is the number of glyphs in the font.
	NumGlyphs int
	// BBox is the font bounding box in font units: xMin, yMin, xMax, yMax.
	BBox [4]int
	// ItalicAngle and Flags are for the PDF font descriptor.
	ItalicAngle float64

	advances []uint16 // per glyph
	bmp      []uint16 // BMP rune → glyph (0 = none)
	supp     map[rune]uint16
	longLoca bool
	weight   int
}

// ErrNotTrueType is returned for font files that have no glyf outlines
// (CFF .otf, collections, or not a font at all).
var ErrNotTrueType = errors.New("不是 TrueType（glyf 轮廓）字体")

// Parse reads a TrueType font from data. data is kept, not copied.
func Parse(data []byte) (*Font, error) { return parse(data, false) }

// parse reads a TrueType font, or with cff also an OpenType font with CFF
// outlines ('OTTO', a 'CFF ' table instead of glyf and loca).
func parse(data []byte, cff bool) (f *Font, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("字体文件已损坏：%v", r)
		}
	}()
	if len(data) < 12 {
		return nil, ErrNotTrueType
	}
	switch tag := string(data[:4]); tag {
	case "\x00\x01\x00\x00", "true":
	case "ttcf":
		return nil, fmt.Errorf("这是字体集（.ttc），不能直接使用，请先用 fontTools 取出其中一款字体另存为 .ttf：%w", ErrNotTrueType)
	case "OTTO":
		if cff {
			break
		}
		return nil, fmt.Errorf("这是 CFF 轮廓的 OpenType 字体（.otf），不能嵌入，请先转换为 TrueType（.ttf）：%w", ErrNotTrueType)
	default:
		return nil, ErrNotTrueType
	}
	n := int(u16(data, 4))
	f = &Font{data: data, tables: make(map[string][]byte, n)}
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		tag := string(data[rec : rec+4])
		off, ln := int(u32(data, rec+8)), int(u32(data, rec+12))
		if off < 0 || ln < 0 || off+ln > len(data) {
			return nil, fmt.Errorf("字体文件已损坏：%q 表超出文件范围", tag)
		}
		f.tables[tag] = data[off : off+ln]
	}
	for _, t := range []string{"head", "hhea", "maxp", "cmap", "hmtx", "loca", "glyf"} {
		if f.tables[t] == nil {
			if (t == "glyf" || t == "loca") && cff && f.tables["CFF "] != nil {
				continue
			}
			if t == "glyf" || t == "loca" {
				return nil, ErrNotTrueType
			}
			return nil, fmt.Errorf("字体文件缺少 %s 表", t)
		}
	}
	head := f.tables["head"]
	f.UnitsPerEm = int(u16(head, 18))
	f.BBox = [4]int{int(int16(u16(head, 36))), int(int16(u16(head, 38))), int(int16(u16(head, 40))), int(int16(u16(head, 42)))}
	f.longLoca = u16(head, 50) == 1
	f.NumGlyphs = int(u16(f.tables["maxp"], 4))
	hhea := f.tables["hhea"]
	f.Ascent, f.Descent = int(int16(u16(hhea, 4))), int(int16(u16(hhea, 6)))
	if os2 := f.tables["OS/2"]; len(os2) >= 78 {
		f.weight = int(u16(os2, 4))
		f.Ascent, f.Descent = int(int16(u16(os2, 68))), int(int16(u16(os2, 70)))
		if len(os2) >= 90 && u16(os2, 0) >= 2 {
			f.CapHeight = int(int16(u16(os2, 88)))
		}
	}
	if f.UnitsPerEm == 0 {
		return nil, errors.New("字体文件已损坏：unitsPerEm 为 0")
	}
	// hmtx: numberOfHMetrics long metrics, then the last advance repeats.
	nh := int(u16(hhea, 34))
	hmtx := f.tables["hmtx"]
	f.advances = make([]uint16, f.NumGlyphs)
	var last uint16
	for g := 0; g < f.NumGlyphs; g++ {
		if g < nh && 4*g+2 <= len(hmtx) {
			last = u16(hmtx, 4*g)
		}
		f.advances[g] = last
	}
	if err := f.parseCmap(); err != nil {
		return nil, err
	}
	f.Name = f.postScriptName()
	return f, nil
}

func (f *Font) parseCmap() error {
	cmap := f.tables["cmap"]
	n := int(u16(cmap, 2))
	var fmt4, fmt12 []byte
	for i := 0; i < n; i++ {
		pid, eid := u16(cmap, 4+8*i), u16(cmap, 6+8*i)
		off := int(u32(cmap, 8+8*i))
		if off >= len(cmap) {
			continue
		}
		sub := cmap[off:]
		switch u16(sub, 0) {
		case 4:
			if (pid == 3 && eid == 1) || pid == 0 {
				fmt4 = sub
			}
		case 12:
			if (pid == 3 && eid == 10) || pid == 0 {
				fmt12 = sub
			}
		}
	}
	f.bmp = make([]uint16, 0x10000)
	f.supp = map[rune]uint16{}
	switch {
	case fmt12 != nil:
		groups := int(u32(fmt12, 12))
		for i := 0; i < groups; i++ {
			g := fmt12[16+12*i:]
			start, end, gid := rune(u32(g, 0)), rune(u32(g, 4)), u32(g, 8)
			for r := start; r <= end && r <= 0x10FFFF; r++ {
				id := uint16(gid + uint32(r-start))
				if int(id) >= f.NumGlyphs {
					continue
				}
				if r < 0x10000 {
					f.bmp[r] = id
				} else {
					f.supp[r] = id
				}
			}
		}
	case fmt4 != nil:
		segX2 := int(u16(fmt4, 6))
		ends, starts := 14, 16+segX2
		deltas, ranges := starts+segX2, starts+2*segX2
		for s := 0; s < segX2/2; s++ {
			end, start := int(u16(fmt4, ends+2*s)), int(u16(fmt4, starts+2*s))
			delta, ro := u16(fmt4, deltas+2*s), int(u16(fmt4, ranges+2*s))
			for c := start; c <= end && c < 0xFFFF; c++ {
				var id uint16
				if ro == 0 {
					id = uint16(c) + delta
				} else {
					p := ranges + 2*s + ro + 2*(c-start)
					if p+2 > len(fmt4) {
						continue
					}
					if id = u16(fmt4, p); id != 0 {
						id += delta
					}
				}
				if int(id) < f.NumGlyphs {
					f.bmp[c] = id
				}
			}
		}
	default:
		return errors.New("字体文件没有 Unicode 字符映射（cmap）")
	}
	return nil
}

func (f *Font) postScriptName() string {
	if n := f.nameString(6); n != "" {
		return n
	}
	return "Font"
}

// Family returns the font's family name from its name table: the
// typographic family (name ID 16) or else the family (ID 1), English when
// the table has it (e.g. "Noto Serif SC"); "" when it has neither.
func (f *Font) Family() string {
	if n := f.nameString(16); n != "" {
		return n
	}
	return f.nameString(1)
}

// nameString returns the name table's string for nameID: the first
// Macintosh Roman or Unicode/Windows record, preferring English (language
// 0 on the Macintosh platform, 0x409 on Windows) when there are several.
func (f *Font) nameString(nameID uint16) string {
	name := f.tables["name"]
	if len(name) < 6 {
		return ""
	}
	count, strOff := int(u16(name, 2)), int(u16(name, 4))
	best, bestRank := "", 0
	for i := 0; i < count; i++ {
		r := 6 + 12*i
		if r+12 > len(name) {
			break
		}
		pid, lang, id := u16(name, r), u16(name, r+4), u16(name, r+6)
		ln, off := int(u16(name, r+8)), int(u16(name, r+10))
		if id != nameID || strOff+off+ln > len(name) {
			continue
		}
		raw := name[strOff+off : strOff+off+ln]
		var s string
		if pid == 1 {
			s = string(raw)
		} else {
			u := make([]uint16, len(raw)/2)
			for j := range u {
				u[j] = uint16(raw[2*j])<<8 | uint16(raw[2*j+1])
			}
			s = string(utf16.Decode(u))
		}
		rank := 1
		if pid == 1 && lang == 0 || pid == 3 && lang == 0x409 {
			rank = 2
		}
		if s != "" && rank > bestRank {
			best, bestRank = s, rank
		}
	}
	return best
}

// GlyphIndex returns the glyph of r, or 0 when the font has none.
func (f *Font) GlyphIndex(r rune) uint16 {
	if r >= 0 && r < 0x10000 {
		return f.bmp[r]
	}
	return f.supp[r]
}

// Has reports whether the font has a glyph for r.
func (f *Font) Has(r rune) bool { return f.GlyphIndex(r) != 0 }

// Advance returns the advance width of glyph gid in font units.
func (f *Font) Advance(gid uint16) int {
	if int(gid) >= len(f.advances) {
		return 0
	}
	return int(f.advances[gid])
}

// AdvanceEm returns the advance width of r as a fraction of the em (the
// .notdef glyph's when the font lacks r).
func (f *Font) AdvanceEm(r rune) float64 {
	return float64(f.Advance(f.GlyphIndex(r))) / float64(f.UnitsPerEm)
}

// Data returns the font file's bytes.
func (f *Font) Data() []byte { return f.data }

// CFF returns the font's CFF table: its outlines, when it has no glyf.
func (f *Font) CFF() []byte { return f.tables["CFF "] }

// Table returns the raw bytes of a table, or nil.
func (f *Font) Table(tag string) []byte { return f.tables[tag] }

// Glyph returns the raw glyf-table entry of gid (empty for a blank glyph).
func (f *Font) Glyph(gid uint16) []byte {
	loca, glyf := f.tables["loca"], f.tables["glyf"]
	g := int(gid)
	if g >= f.NumGlyphs {
		return nil
	}
	var a, b int
	if f.longLoca {
		if 4*g+8 > len(loca) {
			return nil
		}
		a, b = int(u32(loca, 4*g)), int(u32(loca, 4*g+4))
	} else {
		if 2*g+4 > len(loca) {
			return nil
		}
		a, b = 2*int(u16(loca, 2*g)), 2*int(u16(loca, 2*g+2))
	}
	if a > b || b > len(glyf) {
		return nil
	}
	return glyf[a:b]
}

// Weight returns the OS/2 weight class (400 regular, 700 bold), or 0.
func (f *Font) Weight() int { return f.weight }

// Runes returns every rune the font maps, in order.
func (f *Font) Runes() []rune {
	var rs []rune
	for r, g := range f.bmp {
		if g != 0 {
			rs = append(rs, rune(r))
		}
	}
	supp := make([]rune, 0, len(f.supp))
	for r := range f.supp {
		supp = append(supp, r)
	}
	sort.Slice(supp, func(i, j int) bool { return supp[i] < supp[j] })
	return append(rs, supp...)
}

func u16(b []byte, off int) uint16 { return binary.BigEndian.Uint16(b[off:]) }
func u32(b []byte, off int) uint32 { return binary.BigEndian.Uint32(b[off:]) }

// InkX returns the horizontal extent of glyph gid's outline (the glyf
// header's xMin and xMax) in font units; ok is false for a blank glyph.
// The line engine uses it to keep the ink of compressed punctuation inside
// its half of the em box.
func (f *Font) InkX(gid uint16) (xMin, xMax int, ok bool) {
	g := f.Glyph(gid)
	if len(g) < 10 {
		return 0, 0, false
	}
	return int(int16(u16(g, 2))), int(int16(u16(g, 6))), true
}
