package pdf

import (
	"encoding/hex"
	"gazette/internal/testseed"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"gazette/fonts"
	"gazette/pdf/fontsubset"
)

// seedText returns the seed issue's text (the demo issue the repository
// carries).
func seedText(testing.TB) string { return testseed.Text() }

// TestSharedGlyph checks that one outline drawn for two texts becomes two
// CIDs, each mapped to its own text.
func TestSharedGlyph(t *testing.T) {
	f := fonts.MustBundled(fonts.Song)
	// Find two characters the font draws with one glyph.
	seen := map[uint16]rune{}
	var a, b rune
	for _, r := range f.Runes() {
		if r < 0x3000 {
			continue
		}
		g := f.GlyphIndex(r)
		if o, ok := seen[g]; ok {
			a, b = o, r
			break
		}
		seen[g] = r
	}
	if a == 0 {
		t.Fatal("the bundled Song face has no two CJK characters sharing a glyph: this test needs one")
	}
	s := fontsubset.New(f)
	s.Use(f.GlyphIndex(a), string(a))
	s.Use(f.GlyphIndex(b), string(b))
	s.Number()
	ca, cb := s.Code(f.GlyphIndex(a), string(a)), s.Code(f.GlyphIndex(b), string(b))
	if ca == cb || ca == 0 || cb == 0 {
		t.Fatalf("%q and %q got CIDs %d and %d", a, b, ca, cb)
	}
	m := parseToUnicode(t, toUnicode(s))
	if m[ca] != string(a) || m[cb] != string(b) {
		t.Errorf("ToUnicode maps CID %d to %q and %d to %q, want %q and %q", ca, m[ca], cb, m[cb], string(a), string(b))
	}
}

// TestToUnicodeRanges checks the CMap forms: lone CIDs in bfchar, runs of
// consecutive CIDs in bfrange (one start value for consecutive characters,
// an array otherwise), never across a high byte nor over 100 codes, and
// that every CID reads back as its text.
func TestToUnicodeRanges(t *testing.T) {
	f := fonts.MustBundled(fonts.Song)
	type glyphKey struct {
		old  uint16
		text string
	}
	text := func(r rune) glyphKey { return glyphKey{f.GlyphIndex(r), string(r)} }
	tests := []struct {
		name        string
		keys        []glyphKey
		chars, runs int // bfchar entries, bfrange entries
		arrays      int // bfrange entries with an array
	}{
		{"one glyph", []glyphKey{text('公')}, 1, 0, 0},
		{"digits in a row", []glyphKey{text('1'), text('2'), text('3')}, 0, 1, 0},
		{"hanzi", []glyphKey{text('政'), text('府'), text('公'), text('报')}, 0, 1, 1},
		{"above U+FFFF", []glyphKey{{f.GlyphIndex('丂'), "\U00020000"}, text('公')}, 0, 1, 1}, // a glyph standing for an Extension B character
		{"a ligature", []glyphKey{{f.GlyphIndex('f'), "fi"}, text('公')}, 0, 1, 1},
	}
	many := []glyphKey{}
	for r := rune(0x4E00); len(many) < 300; r += 2 {
		if f.Has(r) {
			many = append(many, text(r))
		}
	}
	tests = append(tests, struct {
		name        string
		keys        []glyphKey
		chars, runs int
		arrays      int
	}{"300 glyphs", many, 0, 4, 4}) // CIDs 1–100, 101–200, 201–255, 256–300
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := fontsubset.New(f)
			for _, k := range tc.keys {
				s.Use(k.old, k.text)
			}
			s.Number()
			cmap := codespace.ReplaceAll(toUnicode(s), nil)
			m := parseToUnicode(t, cmap)
			for _, k := range tc.keys {
				cid := s.Code(k.old, k.text)
				if got := m[cid]; got != k.text {
					t.Errorf("CID %d reads as %q, want %q", cid, got, k.text)
				}
			}
			if len(m) != len(tc.keys) {
				t.Errorf("%d CIDs mapped, want %d", len(m), len(tc.keys))
			}
			chars := len(regexp.MustCompile(`(?m)^<[0-9A-F]{4}> <[0-9A-F]+>$`).FindAll(cmap, -1))
			runs := regexp.MustCompile(`(?m)^<([0-9A-F]{4})> <([0-9A-F]{4})> `).FindAllSubmatch(cmap, -1)
			arrays := len(regexp.MustCompile(`(?m)^<[0-9A-F]{4}> <[0-9A-F]{4}> \[`).FindAll(cmap, -1))
			if chars != tc.chars || len(runs) != tc.runs || arrays != tc.arrays {
				t.Errorf("%d bfchar, %d bfrange (%d arrays), want %d, %d (%d):\n%s", chars, len(runs), arrays, tc.chars, tc.runs, tc.arrays, cmap)
			}
			for _, r := range runs {
				lo, _ := strconv.ParseUint(string(r[1]), 16, 16)
				hi, _ := strconv.ParseUint(string(r[2]), 16, 16)
				if lo>>8 != hi>>8 || hi-lo >= 100 {
					t.Errorf("range %s–%s crosses a high byte or holds over 100 codes", r[1], r[2])
				}
			}
		})
	}
}

// codespace matches the codespace range section of a CMap.
var codespace = regexp.MustCompile(`(?s)begincodespacerange.*?endcodespacerange`)

// parseToUnicode reads the mappings of a ToUnicode CMap in the forms
// toUnicode writes: bfchar, bfrange with a start value, bfrange with an array.
func parseToUnicode(t *testing.T, cmap []byte) map[uint16]string {
	t.Helper()
	dec := func(h string) string {
		b, err := hex.DecodeString(h)
		if err != nil || len(b)%2 != 0 {
			t.Fatalf("bad UTF-16 hex %q", h)
		}
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
		return string(utf16.Decode(u))
	}
	m := map[uint16]string{}
	for _, line := range strings.Split(string(codespace.ReplaceAll(cmap, nil)), "\n") {
		f := regexp.MustCompile(`<([0-9A-F]+)>|\[|\]`).FindAllStringSubmatch(line, -1)
		switch {
		case len(f) == 2 && f[0][1] != "" && f[1][1] != "":
			c, _ := strconv.ParseUint(f[0][1], 16, 16)
			m[uint16(c)] = dec(f[1][1])
		case len(f) == 3 && f[2][1] != "":
			lo, _ := strconv.ParseUint(f[0][1], 16, 16)
			hi, _ := strconv.ParseUint(f[1][1], 16, 16)
			s := []rune(dec(f[2][1]))
			for c := lo; c <= hi; c++ {
				m[uint16(c)] = string(s[0] + rune(c-lo))
			}
		case len(f) > 3 && f[2][0] == "[":
			lo, _ := strconv.ParseUint(f[0][1], 16, 16)
			for i, g := range f[3 : len(f)-1] {
				m[uint16(lo)+uint16(i)] = dec(g[1])
			}
		}
	}
	return m
}

// TestToUnicodeText checks the UTF-16BE of ToUnicode targets.
func TestToUnicodeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"公", "516C"},
		{"\U00020000", "D840DC00"}, // Extension B: a surrogate pair
		{"ﬁ", "FB01"},
		{"fi", "00660069"}, // a ligature glyph standing for two letters
	}
	for _, tc := range tests {
		if got := utf16Hex(tc.in); got != tc.want {
			t.Errorf("utf16Hex(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
