package fontsubset

import (
	"encoding/binary"
	"reflect"
	"strings"
	"testing"

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
func subsetOf(f *fonts.Font, text string) *Subset {
	s := New(f)
	for _, r := range text {
		s.Use(f.GlyphIndex(r), string(r))
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
				s.Use(g, "")
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
func parsedSubset(t *testing.T, s *Subset) (tables map[string][]byte, sub, orig *sfnt.Font) {
	t.Helper()
	s.Number()
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
	s.Number()
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
		s.Number()
		return s.Tag()
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
