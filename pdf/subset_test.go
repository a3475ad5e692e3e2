package pdf

import (
	"encoding/binary"
	"encoding/hex"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"gazette/fonts"
	"gazette/internal/testseed"
)

// seedText returns the seed issue's text (the demo issue, assets/demo).
func seedText(testing.TB) string { return testseed.Text() }

// subsetOf returns a subset of f holding the glyph of every character of
// text that f maps, each for its own character (not yet numbered).
func subsetOf(f *fonts.Font, text string) *subset {
	s := newSubset(f)
	for _, r := range text {
		s.use(f.GlyphIndex(r), string(r))
	}
	return s
}

// compositeGlyphs returns up to n composite glyphs of f.
func compositeGlyphs(f *fonts.Font, n int) []uint16 {
	var out []uint16
	for g := 0; g < f.NumGlyphs && len(out) < n; g++ {
		if len(components(f.Glyph(uint16(g)))) > 0 {
			out = append(out, uint16(g))
		}
	}
	return out
}

// withEmptyCmap adds a cmap with no mappings, which golang.org/x/image's
// parser insists on (a PDF's CIDFontType2 needs none).
func withEmptyCmap(tables map[string][]byte) []byte {
	// format 4, one segment (the required 0xFFFF end segment).
	sub := []byte{0, 4, 0, 24, 0, 0, 0, 2, 0, 2, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0xff, 0xff, 0, 1, 0, 0}
	cmap := append([]byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}, sub...)
	t := map[string][]byte{"cmap": cmap}
	for k, v := range tables {
		t[k] = v
	}
	return sfntFile(t)
}

// TestSubsetOutlines checks that every glyph of a subset has the outline
// and advance of the original glyph it stands for, as an independent
// TrueType parser reads them: for every face, the glyphs of the whole seed
// issue, and composite glyphs (whose components are renumbered). Outlines
// are compared in canonical form (see canonical), because the subsetter
// leaves out points that change no outline.
func TestSubsetOutlines(t *testing.T) {
	seed := seedText(t)
	tests := []struct {
		style      fonts.Style
		composites int
	}{
		{fonts.Song, 0}, {fonts.SongBold, 0}, {fonts.SongBlack, 0}, {fonts.Hei, 0},
		{fonts.HeiBold, 0}, {fonts.Kai, 20}, {fonts.Fang, 0},
	}
	for _, tc := range tests {
		t.Run(string(tc.style), func(t *testing.T) {
			f := fonts.MustBundled(tc.style)
			s := subsetOf(f, seed)
			comps := compositeGlyphs(f, tc.composites)
			for _, g := range comps {
				s.use(g, "")
			}
			if tc.composites > 0 && len(comps) == 0 {
				t.Fatalf("%s has no composite glyphs to test", tc.style)
			}
			_, sub, orig := parsedSubset(t, s)
			if sub.NumGlyphs() != len(s.glyphs) {
				t.Fatalf("subset has %d glyphs, want %d", sub.NumGlyphs(), len(s.glyphs))
			}
			ppem := fixed.I(f.UnitsPerEm)
			var b1, b2 sfnt.Buffer
			for i, k := range s.glyphs {
				want, err := orig.LoadGlyph(&b1, sfnt.GlyphIndex(k.old), ppem, nil)
				if err != nil {
					t.Fatalf("original glyph %d: %v", k.old, err)
				}
				want = append(sfnt.Segments(nil), want...)
				got, err := sub.LoadGlyph(&b2, sfnt.GlyphIndex(i), ppem, nil)
				if err != nil {
					t.Fatalf("subset glyph %d (was %d): %v", i, k.old, err)
				}
				if cw, cg := canonical(want), canonical(got); !reflect.DeepEqual(cg, cw) {
					t.Errorf("subset glyph %d (was %d, %q): outline differs:\n got %v\nwant %v", i, k.old, k.text, cg, cw)
				}
				wa, _ := orig.GlyphAdvance(&b1, sfnt.GlyphIndex(k.old), ppem, font.HintingNone)
				ga, _ := sub.GlyphAdvance(&b2, sfnt.GlyphIndex(i), ppem, font.HintingNone)
				if wa != ga {
					t.Errorf("subset glyph %d (was %d): advance %v, want %v", i, k.old, ga, wa)
				}
			}
			if len(s.glyphs) >= f.NumGlyphs/2 {
				t.Errorf("subset keeps %d of %d glyphs", len(s.glyphs), f.NumGlyphs)
			}
		})
	}
}

// parsedSubset numbers subset s, builds its tables and parses them and the
// original font with golang.org/x/image's parser.
func parsedSubset(t *testing.T, s *subset) (tables map[string][]byte, sub, orig *sfnt.Font) {
	t.Helper()
	s.number()
	tables, err := s.tables()
	if err != nil {
		t.Fatal(err)
	}
	if sub, err = sfnt.Parse(withEmptyCmap(tables)); err != nil {
		t.Fatalf("subset does not parse: %v", err)
	}
	if orig, err = sfnt.Parse(s.font.Data()); err != nil {
		t.Fatal(err)
	}
	return tables, sub, orig
}

// cseg is one segment of a closed contour in canonical form: a line from
// the previous segment's end to to, or a quadratic curve through ctrl.
type cseg struct {
	quad     bool
	ctrl, to fixed.Point26_6
}

// canonical returns the contours of an outline in a form that is the same
// for two outlines covering the same area in the same way: each contour
// closed, curves whose control point is one of their ends made lines (they
// run straight), zero-length segments and contours dropped, lines that
// continue one another in the same direction joined, and each contour
// started at its smallest point (the rotation that reads smallest).
func canonical(segs sfnt.Segments) [][]cseg {
	var out [][]cseg
	var cur []cseg
	var start fixed.Point26_6
	flush := func() {
		if len(cur) == 0 {
			return
		}
		if cur[len(cur)-1].to != start {
			cur = append(cur, cseg{to: start})
		}
		if c := canonicalContour(cur); len(c) > 0 {
			out = append(out, c)
		}
		cur = nil
	}
	for _, sg := range segs {
		switch sg.Op {
		case sfnt.SegmentOpMoveTo:
			flush()
			start = sg.Args[0]
		case sfnt.SegmentOpLineTo:
			cur = append(cur, cseg{to: sg.Args[0]})
		case sfnt.SegmentOpQuadTo:
			cur = append(cur, cseg{quad: true, ctrl: sg.Args[0], to: sg.Args[1]})
		default:
			cur = append(cur, cseg{quad: true, ctrl: sg.Args[0], to: sg.Args[2]}) // not in TrueType
		}
	}
	flush()
	return out
}

// canonicalContour simplifies one closed contour (segment i starts at the
// end of segment i-1, the first at the end of the last) and rotates it.
func canonicalContour(c []cseg) []cseg {
	from := func(i int) fixed.Point26_6 { return c[(i+len(c)-1)%len(c)].to }
	for changed := true; changed && len(c) > 0; {
		changed = false
		for i := 0; i < len(c); i++ {
			p := from(i)
			if c[i].quad && (c[i].ctrl == p || c[i].ctrl == c[i].to) {
				c[i] = cseg{to: c[i].to}
				changed = true
			}
			if !c[i].quad && c[i].to == p {
				c = append(c[:i], c[i+1:]...)
				changed = true
				break
			}
			if j := (i + 1) % len(c); len(c) > 1 && !c[i].quad && !c[j].quad {
				q, r := c[i].to, c[j].to
				ax, ay := int64(q.X-p.X), int64(q.Y-p.Y)
				bx, by := int64(r.X-q.X), int64(r.Y-q.Y)
				if ax*by-ay*bx == 0 && ax*bx+ay*by > 0 {
					c[i].to = r
					c = append(c[:j], c[j+1:]...)
					changed = true
					break
				}
			}
		}
	}
	if len(c) == 0 {
		return nil
	}
	less := func(a, b []cseg) bool {
		for k := range a {
			if a[k] == b[k] {
				continue
			}
			x, y := a[k], b[k]
			if x.to != y.to {
				return x.to.Y < y.to.Y || x.to.Y == y.to.Y && x.to.X < y.to.X
			}
			if x.quad != y.quad {
				return !x.quad
			}
			return x.ctrl.Y < y.ctrl.Y || x.ctrl.Y == y.ctrl.Y && x.ctrl.X < y.ctrl.X
		}
		return false
	}
	best := c
	for k := 1; k < len(c); k++ {
		rot := append(append([]cseg(nil), c[k:]...), c[:k]...)
		if less(rot, best) {
			best = rot
		}
	}
	return best
}

// TestSubsetFile checks the sfnt structure: tables sorted and aligned,
// each table's checksum right, the file summing to 0xB1B0AFBA, and only the
// tables a PDF needs.
func TestSubsetFile(t *testing.T) {
	s := subsetOf(fonts.MustBundled(fonts.Song), "政府公报第8期")
	s.number()
	data, err := s.build()
	if err != nil {
		t.Fatal(err)
	}
	if got := checksum(data); got != 0xB1B0AFBA {
		t.Errorf("file checksum %#x, want 0xB1B0AFBA", got)
	}
	nt := int(binary.BigEndian.Uint16(data[4:]))
	var tags []string
	for i := 0; i < nt; i++ {
		rec := data[12+16*i:]
		tag := string(rec[:4])
		sum, off, ln := binary.BigEndian.Uint32(rec[4:]), binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if off%4 != 0 {
			t.Errorf("table %s at unaligned offset %d", tag, off)
		}
		tb := append([]byte(nil), data[off:off+ln]...)
		if tag == "head" {
			binary.BigEndian.PutUint32(tb[8:], 0)
		}
		if checksum(tb) != sum {
			t.Errorf("table %s: checksum %#x, directory says %#x", tag, checksum(tb), sum)
		}
		tags = append(tags, tag)
	}
	if want := "glyf head hhea hmtx loca maxp post"; strings.Join(tags, " ") != want {
		t.Errorf("tables %q, want %q", strings.Join(tags, " "), want)
	}
	if len(data) > 20000 {
		t.Errorf("subset of 7 glyphs is %d bytes", len(data))
	}
}

// TestSubsetTag checks that the tag is six capitals, the same for the same
// glyphs and different for different ones.
func TestSubsetTag(t *testing.T) {
	f := fonts.MustBundled(fonts.Song)
	tagOf := func(text string) string {
		s := subsetOf(f, text)
		s.number()
		return s.tag()
	}
	a, b, c := tagOf("公报"), tagOf("报公"), tagOf("公文")
	if len(a) != 6 || strings.Trim(a, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		t.Errorf("tag %q is not six capitals", a)
	}
	if a != b {
		t.Errorf("same glyphs, tags %q and %q", a, b)
	}
	if a == c {
		t.Errorf("different glyphs, same tag %q", a)
	}
}

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
		t.Skip("the font has no two CJK characters sharing a glyph")
	}
	s := newSubset(f)
	s.use(f.GlyphIndex(a), string(a))
	s.use(f.GlyphIndex(b), string(b))
	s.number()
	ca, cb := s.code(f.GlyphIndex(a), string(a)), s.code(f.GlyphIndex(b), string(b))
	if ca == cb || ca == 0 || cb == 0 {
		t.Fatalf("%q and %q got CIDs %d and %d", a, b, ca, cb)
	}
	m := parseToUnicode(t, s.toUnicode())
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
		{"above U+FFFF", []glyphKey{text('\U00020000'), text('公')}, 0, 1, 1},
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
			s := &subset{font: f, glyphs: append([]glyphKey{{0, ""}}, tc.keys...)}
			cmap := codespace.ReplaceAll(s.toUnicode(), nil)
			m := parseToUnicode(t, cmap)
			for i, k := range tc.keys {
				if got := m[uint16(i+1)]; got != k.text {
					t.Errorf("CID %d reads as %q, want %q", i+1, got, k.text)
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
