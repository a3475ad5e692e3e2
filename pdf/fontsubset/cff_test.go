package fontsubset

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"reflect"
	"sort"
	"testing"
	"time"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"gazette/fonts"
)

// songOTF is the CFF build of the Song face, relative to this package.
const songOTF = "../../fonts/otf/song.otf"

// cffName is the font name the tests give rebuilt tables.
const cffName = "ABCDEF+NotoSerifCJKsc-Regular"

// sfntTable returns a table of an sfnt file, or nil.
func sfntTable(file []byte, tag string) []byte {
	if len(file) < 12 {
		return nil
	}
	nt := int(binary.BigEndian.Uint16(file[4:]))
	for i := 0; i < nt && 12+16*i+16 <= len(file); i++ {
		rec := file[12+16*i:]
		if string(rec[:4]) == tag {
			off, n := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
			if off+n <= len(file) {
				return file[off : off+n]
			}
		}
	}
	return nil
}

// songOTFFile reads the Song OTF file and returns it with its CFF table.
func songOTFFile(t testing.TB) (file, table []byte) {
	t.Helper()
	file, err := os.ReadFile(songOTF)
	if err != nil {
		t.Fatal(err)
	}
	if table = sfntTable(file, "CFF "); table == nil {
		t.Fatalf("%s has no CFF table", songOTF)
	}
	return file, table
}

// cffSeedGlyphs returns the glyphs of song.otf that the seed text draws,
// one per character as the PDF writer numbers them (by glyph, then text),
// with .notdef first.
func cffSeedGlyphs(t testing.TB, f *sfnt.Font) []sfnt.GlyphIndex {
	t.Helper()
	type key struct {
		g sfnt.GlyphIndex
		r rune
	}
	seen := map[rune]bool{}
	var keys []key
	var b sfnt.Buffer
	for _, r := range seedText(t) {
		if seen[r] {
			continue
		}
		seen[r] = true
		g, err := f.GlyphIndex(&b, r)
		if err != nil {
			t.Fatal(err)
		}
		if g != 0 {
			keys = append(keys, key{g, r})
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i].g < keys[j].g || keys[i].g == keys[j].g && keys[i].r < keys[j].r
	})
	out := []sfnt.GlyphIndex{0}
	for _, k := range keys {
		out = append(out, k.g)
	}
	return out
}

// cffRebuild reads the glyphs of table, encodes them on the grid of sc and
// returns a CFF table of them built by buildCFF.
func cffRebuild(t testing.TB, table []byte, glyphs []sfnt.GlyphIndex, sc scaler) []byte {
	t.Helper()
	c, err := parseCFF(table)
	if err != nil {
		t.Fatal(err)
	}
	cs := make([][]byte, len(glyphs))
	for i, g := range glyphs {
		p, err := c.path(int(g))
		if err != nil {
			t.Fatal(err)
		}
		cs[i] = encodeCharstring(p, sc)
	}
	return buildCFF(cffName, cs, nil, sc.to)
}

// otfFile wraps a CFF table of n glyphs in the smallest OpenType file that
// golang.org/x/image/font/sfnt reads: head (from the source font, with
// unitsPerEm upm), hhea, hmtx, maxp 0.5, post 3 and an empty cmap.
func otfFile(t testing.TB, src, cff []byte, n, upm int) []byte {
	t.Helper()
	head := append([]byte(nil), sfntTable(src, "head")...)
	hhea := append([]byte(nil), sfntTable(src, "hhea")...)
	if len(head) != 54 || len(hhea) != 36 {
		t.Fatal("source font without head or hhea")
	}
	binary.BigEndian.PutUint16(head[18:], uint16(upm))
	binary.BigEndian.PutUint16(hhea[34:], uint16(n))
	maxp := binary.BigEndian.AppendUint16([]byte{0, 0, 0x50, 0}, uint16(n))
	post := make([]byte, 32)
	binary.BigEndian.PutUint32(post, 0x00030000)
	file := withEmptyCmap(map[string][]byte{
		"CFF ": cff, "head": head, "hhea": hhea, "hmtx": make([]byte, 4*n), "maxp": maxp, "post": post,
	})
	copy(file, "OTTO")
	return file
}

// sfntSegments returns what sfnt's LoadGlyph gives for a path at ppem =
// unitsPerEm: each contour closed by a line when it ends off its start,
// coordinates in 26.6 with y pointing down.
func sfntSegments(p []pathOp) sfnt.Segments {
	var out sfnt.Segments
	pt := func(q [2]float64) fixed.Point26_6 {
		return fixed.Point26_6{X: fixed.Int26_6(math.Round(q[0] * 64)), Y: -fixed.Int26_6(math.Round(q[1] * 64))}
	}
	var start, cur fixed.Point26_6
	open := false
	closePath := func() {
		if open && cur != start {
			out = append(out, sfnt.Segment{Op: sfnt.SegmentOpLineTo, Args: [3]fixed.Point26_6{start}})
		}
	}
	for _, o := range p {
		switch o.op {
		case 'M':
			closePath()
			start, cur, open = pt(o.pts[0]), pt(o.pts[0]), true
			out = append(out, sfnt.Segment{Op: sfnt.SegmentOpMoveTo, Args: [3]fixed.Point26_6{start}})
		case 'L':
			cur = pt(o.pts[0])
			out = append(out, sfnt.Segment{Op: sfnt.SegmentOpLineTo, Args: [3]fixed.Point26_6{cur}})
		case 'C':
			cur = pt(o.pts[2])
			out = append(out, sfnt.Segment{Op: sfnt.SegmentOpCubeTo, Args: [3]fixed.Point26_6{pt(o.pts[0]), pt(o.pts[1]), cur}})
		}
	}
	closePath()
	return out
}

// TestCFFRoundTrip checks, for every glyph the seed issue draws from the
// Song OTF, that path reads the same outline as golang.org/x/image's own
// CFF reader and the charstring's width equals the hmtx advance, and that the glyph encoded at the font's own grid and rebuilt
// with buildCFF (in an OpenType wrapper) loads back segment for segment the
// same as the original.
func TestCFFRoundTrip(t *testing.T) {
	file, table := songOTFFile(t)
	orig, err := sfnt.Parse(file)
	if err != nil {
		t.Fatal(err)
	}
	c, err := parseCFF(table)
	if err != nil {
		t.Fatal(err)
	}
	if !c.cid || c.numGlyphs() != orig.NumGlyphs() {
		t.Fatalf("parsed cid=%v with %d glyphs, want a CID font of %d", c.cid, c.numGlyphs(), orig.NumGlyphs())
	}
	glyphs := cffSeedGlyphs(t, orig)
	if len(glyphs) < 100 {
		t.Fatalf("only %d seed glyphs", len(glyphs))
	}
	sc := scaler{1000, 1000}
	cs := make([][]byte, len(glyphs))
	var b1, b2 sfnt.Buffer
	ppem := fixed.I(1000)
	for i, g := range glyphs {
		p, adv, err := c.glyph(int(g))
		if err != nil {
			t.Fatal(err)
		}
		want, err := orig.LoadGlyph(&b1, g, ppem, nil)
		if err != nil {
			t.Fatalf("sfnt: glyph %d: %v", g, err)
		}
		if hmtx, _ := orig.GlyphAdvance(&b1, g, ppem, font.HintingNone); adv != float64(hmtx)/64 {
			t.Errorf("glyph %d: charstring width %v, hmtx %v", g, adv, float64(hmtx)/64)
		}
		if got := sfntSegments(p); !sameSegments(got, want) {
			t.Errorf("glyph %d: path reads\n%v\nsfnt reads\n%v", g, got, want)
		}
		cs[i] = encodeCharstring(p, sc)
	}
	rebuilt, err := sfnt.Parse(otfFile(t, file, buildCFF(cffName, cs, nil, 1000), len(cs), 1000))
	if err != nil {
		t.Fatalf("rebuilt font does not parse: %v", err)
	}
	if rebuilt.NumGlyphs() != len(glyphs) {
		t.Fatalf("rebuilt font has %d glyphs, want %d", rebuilt.NumGlyphs(), len(glyphs))
	}
	for i, g := range glyphs {
		want, err := orig.LoadGlyph(&b1, g, ppem, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := rebuilt.LoadGlyph(&b2, sfnt.GlyphIndex(i), ppem, nil)
		if err != nil {
			t.Fatalf("rebuilt glyph %d (was %d): %v", i, g, err)
		}
		if !sameSegments(got, want) {
			t.Errorf("rebuilt glyph %d (was %d) differs:\n got %v\nwant %v", i, g, got, want)
		}
	}
}

// sameSegments reports whether two outlines are the same, nil or empty.
func sameSegments(a, b sfnt.Segments) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

// TestCFFGrid checks the glyphs of the seed issue encoded on the grid of
// 12 pt type (OutlineGrid(12, 1000) = 212 units to the em): loaded by
// golang.org/x/image at ppem = 212 (whole grid units, so sfnt adds no
// rounding of its own) and scaled back to 1000 units, every point of every
// segment lies within half a grid unit (1000/424 units) of the
// corresponding point of the original (loaded at ppem = 1000, also exact).
// A segment rounding makes empty may be missing, a curve rounding makes
// straight may be a line (its end point is compared), and a contour
// rounding shrinks to a point may be missing: the original's points there
// must lie within half a grid unit of the rebuilt point they vanish into.
func TestCFFGrid(t *testing.T) {
	file, table := songOTFFile(t)
	orig, err := sfnt.Parse(file)
	if err != nil {
		t.Fatal(err)
	}
	grid := OutlineGrid(12, 1000)
	if grid != 212 {
		t.Fatalf("OutlineGrid(12, 1000) = %d, want 212", grid)
	}
	glyphs := cffSeedGlyphs(t, orig)
	cff := cffRebuild(t, table, glyphs, scaler{1000, grid})
	rebuilt, err := sfnt.Parse(otfFile(t, file, cff, len(glyphs), grid))
	if err != nil {
		t.Fatalf("rebuilt font does not parse: %v", err)
	}
	tol := 0.5*1000/float64(grid) + 1e-9
	var b1, b2 sfnt.Buffer
	dropped, total := 0, 0
	for i, g := range glyphs {
		want, err := orig.LoadGlyph(&b1, g, fixed.I(1000), nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := rebuilt.LoadGlyph(&b2, sfnt.GlyphIndex(i), fixed.I(grid), nil)
		if err != nil {
			t.Fatalf("rebuilt glyph %d (was %d): %v", i, g, err)
		}
		d, err := matchGrid(want, got, 1000/float64(grid), tol)
		if err != nil {
			t.Errorf("glyph %d (was %d): %v", i, g, err)
		}
		dropped += d
		total += len(want)
	}
	t.Logf("%d glyphs, %d of %d segments dropped by rounding", len(glyphs), dropped, total)
}

// matchGrid matches the segments of a glyph rebuilt on a grid (got, in grid
// units times 64; scale turns a grid unit into font units) against the
// original's (want, in font units times 64) as TestCFFGrid describes, and
// returns how many of the original segments have no counterpart.
func matchGrid(want, got sfnt.Segments, scale, tol float64) (int, error) {
	near := func(w, g fixed.Point26_6) bool {
		return math.Abs(float64(w.X)/64-float64(g.X)/64*scale) <= tol &&
			math.Abs(float64(w.Y)/64-float64(g.Y)/64*scale) <= tol
	}
	argc := map[sfnt.SegmentOp]int{sfnt.SegmentOpMoveTo: 1, sfnt.SegmentOpLineTo: 1, sfnt.SegmentOpCubeTo: 3}
	matches := func(w, g sfnt.Segment) bool {
		switch {
		case w.Op == g.Op:
			for k := 0; k < argc[w.Op]; k++ {
				if !near(w.Args[k], g.Args[k]) {
					return false
				}
			}
			return true
		case w.Op == sfnt.SegmentOpCubeTo && g.Op == sfnt.SegmentOpLineTo:
			return near(w.Args[2], g.Args[0])
		}
		return false
	}
	j, dropped := 0, 0
	var pen fixed.Point26_6 // the rebuilt glyph's current point
	for i := 0; i < len(want); i++ {
		w := want[i]
		if j < len(got) && matches(w, got[j]) {
			pen = got[j].Args[argc[got[j].Op]-1]
			j++
			continue
		}
		dropped++
		if w.Op != sfnt.SegmentOpMoveTo {
			for k := 0; k < argc[w.Op]; k++ {
				if !near(w.Args[k], pen) {
					return dropped, fmt.Errorf("segment %d %v has no counterpart (rebuilt segment %d of %d)", i, w, j, len(got))
				}
			}
			continue
		}
		// A whole contour gone: its points must all round to one point.
		p := fixed.Point26_6{X: fixed.Int26_6(math.Round(float64(w.Args[0].X)/64/scale) * 64),
			Y: fixed.Int26_6(math.Round(float64(w.Args[0].Y)/64/scale) * 64)}
		for ; i+1 < len(want) && want[i+1].Op != sfnt.SegmentOpMoveTo; i++ {
			for k := 0; k < argc[want[i+1].Op]; k++ {
				if !near(want[i+1].Args[k], p) {
					return dropped, fmt.Errorf("contour at segment %d has no counterpart", i)
				}
			}
		}
	}
	if j != len(got) {
		return dropped, fmt.Errorf("rebuilt segments %d… %v have no original", j, got[j:])
	}
	return dropped, nil
}

// deflated returns the size of b compressed with Flate at its best.
func deflated(t testing.TB, b []byte) int {
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(b)
	w.Close()
	return buf.Len()
}

// TestCFFSize checks that the seed issue's Song glyphs take at least 10 %
// less room, Flate-compressed, as a CFF table on the 212 grid than as the
// glyf table of the TrueType subset on the same grid.
func TestCFFSize(t *testing.T) {
	file, table := songOTFFile(t)
	orig, err := sfnt.Parse(file)
	if err != nil {
		t.Fatal(err)
	}
	const grid = 212
	glyphs := cffSeedGlyphs(t, orig)
	start := time.Now()
	cff := cffRebuild(t, table, glyphs, scaler{1000, grid})
	elapsed := time.Since(start)

	s := subsetOf(fonts.MustBundled(fonts.Song), seedText(t))
	s.Grid = grid
	s.Number()
	tables, err := s.tables()
	if err != nil {
		t.Fatal(err)
	}
	zc, zg, zl := deflated(t, cff), deflated(t, tables["glyf"]), deflated(t, tables["loca"])
	t.Logf("%d CFF glyphs (parse, path, encode, build: %v): CFF %d bytes, Flate %d", len(glyphs), elapsed, len(cff), zc)
	t.Logf("%d TrueType glyphs: glyf %d bytes, Flate %d (loca Flate %d more); CFF %.1f %% smaller than glyf",
		len(s.glyphs), len(tables["glyf"]), zg, zl, 100*(1-float64(zc)/float64(zg)))
	if d := len(glyphs) - len(s.glyphs); d < -5 || d > 5 {
		t.Errorf("CFF has %d glyphs, TrueType %d: not the same text", len(glyphs), len(s.glyphs))
	}
	if float64(zc) > 0.9*float64(zg) {
		t.Errorf("compressed CFF %d bytes is not 10 %% smaller than compressed glyf %d", zc, zg)
	}
}

// BenchmarkCFFEncode measures path and encodeCharstring for the glyphs of
// the seed issue at the 212 grid.
func BenchmarkCFFEncode(b *testing.B) {
	file, table := songOTFFile(b)
	orig, err := sfnt.Parse(file)
	if err != nil {
		b.Fatal(err)
	}
	glyphs := cffSeedGlyphs(b, orig)
	c, err := parseCFF(table)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, g := range glyphs {
			p, err := c.path(int(g))
			if err != nil {
				b.Fatal(err)
			}
			encodeCharstring(p, scaler{1000, 212})
		}
	}
}

// decodeCharstring runs one charstring through the interpreter, without
// subroutines.
func decodeCharstring(cs []byte) ([]pathOp, error) {
	in := t2Interp{c: &cffFont{}}
	ended, err := in.run(cs, 0)
	if err == nil && !ended {
		err = errors.New("no endchar")
	}
	return in.path, err
}

// mv is a move to (x, y).
func mv(x, y float64) pathOp { return pathOp{op: 'M', pts: [3][2]float64{{x, y}}} }

// ln is a line to (x, y).
func ln(x, y float64) pathOp { return pathOp{op: 'L', pts: [3][2]float64{{x, y}}} }

// cu is a cubic curve via (x1, y1) and (x2, y2) to (x3, y3).
func cu(x1, y1, x2, y2, x3, y3 float64) pathOp {
	return pathOp{op: 'C', pts: [3][2]float64{{x1, y1}, {x2, y2}, {x3, y3}}}
}

// op is an operator, or any raw bytes, in a charstring assembled by cs.
type op []byte

// cs assembles a charstring from numbers (int, in their shortest form) and
// operators or raw bytes (op).
func cs(items ...any) []byte {
	var b []byte
	for _, it := range items {
		switch v := it.(type) {
		case int:
			b = appendT2Int(b, v)
		case op:
			b = append(b, v...)
		}
	}
	return b
}

// Operators for cs.
var (
	oRmoveto, oHmoveto, oVmoveto = op{21}, op{22}, op{4}
	oRlineto, oHlineto, oVlineto = op{5}, op{6}, op{7}
	oRrcurveto, oVvcurveto       = op{8}, op{26}
	oHhcurveto, oVhcurveto       = op{27}, op{30}
	oHvcurveto, oEndchar         = op{31}, op{14}
	oHstem, oVstem, oHstemhm     = op{1}, op{3}, op{18}
	oCallsubr, oCallgsubr        = op{10}, op{29}
	oReturn                      = op{11}
	oFlex, oHflex                = op{12, 35}, op{12, 34}
	oHflex1, oFlex1              = op{12, 36}, op{12, 37}
)

// TestEncodeCharstring checks that encodeCharstring picks the short form
// that applies (exact bytes), and that its charstrings decode back to the
// rounded points.
func TestEncodeCharstring(t *testing.T) {
	id := scaler{1000, 1000}
	tests := []struct {
		name string
		in   []pathOp
		sc   scaler
		want []byte   // nil: not checked
		out  []pathOp // the decoded path; nil: in, rounded
	}{
		{"empty", nil, id, cs(oEndchar), []pathOp{}},
		{"rlineto pairs", []pathOp{mv(10, 20), ln(30, 50), ln(60, 40)}, id,
			cs(10, 20, oRmoveto, 20, 30, 30, -10, oRlineto, oEndchar), nil},
		{"hlineto alternation", []pathOp{mv(0, 0), ln(100, 0), ln(100, 100), ln(0, 100)}, id,
			cs(0, oHmoveto, 100, 100, -100, oHlineto, oEndchar), nil},
		{"vlineto alternation, vmoveto", []pathOp{mv(0, 30), ln(0, 80), ln(50, 80), ln(50, 30)}, id,
			cs(30, oVmoveto, 50, 50, -50, oVlineto, oEndchar), nil},
		{"explicit closing line dropped", []pathOp{mv(0, 0), ln(100, 0), ln(100, 100), ln(0, 0)}, id,
			cs(0, oHmoveto, 100, 100, oHlineto, oEndchar),
			[]pathOp{mv(0, 0), ln(100, 0), ln(100, 100)}},
		{"rrcurveto", []pathOp{mv(0, 0), cu(10, 5, 20, 15, 30, 10), cu(40, 5, 45, 20, 60, 30)}, id,
			cs(0, oHmoveto, 10, 5, 10, 10, 10, -5, 10, -5, 5, 15, 15, 10, oRrcurveto, oEndchar), nil},
		{"vhcurveto circle", []pathOp{mv(100, 0), cu(100, 55, 55, 100, 0, 100), cu(-55, 100, -100, 55, -100, 0),
			cu(-100, -55, -55, -100, 0, -100), cu(55, -100, 100, -55, 100, 0)}, id,
			cs(100, oHmoveto, 55, -45, 45, -55, -55, -45, -45, -55, -55, 45, -45, 55, 55, 45, 45, 55, oVhcurveto, oEndchar), nil},
		{"hvcurveto ending off the axis", []pathOp{mv(0, 0), cu(30, 0, 50, 20, 50, 50), cu(50, 80, 70, 90, 95, 99)}, id,
			cs(0, oHmoveto, 30, 20, 20, 30, 30, 20, 10, 25, 9, oHvcurveto, oEndchar), nil},
		{"hhcurveto", []pathOp{mv(0, 0), cu(30, 0, 60, 20, 90, 20), cu(120, 20, 150, 0, 180, 0)}, id,
			cs(0, oHmoveto, 30, 30, 20, 30, 30, 30, -20, 30, oHhcurveto, oEndchar), nil},
		{"hhcurveto with dy1", []pathOp{mv(0, 0), cu(30, 10, 60, 20, 90, 20), cu(120, 20, 150, 0, 180, 0)}, id,
			cs(0, oHmoveto, 10, 30, 30, 10, 30, 30, 30, -20, 30, oHhcurveto, oEndchar), nil},
		{"vvcurveto with dx1", []pathOp{mv(0, 0), cu(10, 30, 20, 60, 20, 90), cu(20, 120, 0, 150, 0, 180)}, id,
			cs(0, oHmoveto, 10, 30, 10, 30, 30, 30, -20, 30, 30, oVvcurveto, oEndchar), nil},
		{"curve then line: no rcurveline", []pathOp{mv(0, 0), cu(10, 5, 20, 15, 30, 10), ln(50, 60)}, id,
			cs(0, oHmoveto, 10, 5, 10, 10, 10, -5, oRrcurveto, 20, 50, oRlineto, oEndchar), nil},
		{"lines then curve: no rlinecurve", []pathOp{mv(0, 0), ln(20, 10), ln(30, 50), cu(40, 55, 50, 70, 60, 80)}, id,
			cs(0, oHmoveto, 20, 10, 10, 40, oRlineto, 10, 5, 10, 15, 10, 10, oRrcurveto, oEndchar), nil},
		{"two contours, moveto from the last point", []pathOp{mv(0, 0), ln(10, 10), ln(20, 0), mv(5, 5), ln(15, 25), ln(0, 30)}, id,
			cs(0, oHmoveto, 10, 10, 10, -10, oRlineto, -15, 5, oRmoveto, 10, 20, -15, 5, oRlineto, oEndchar), nil},
		{"big numbers", []pathOp{mv(-2000, 0), ln(-1000, 500), ln(16000, 1131)}, id,
			cs(-2000, oHmoveto, 1000, 500, 17000, 631, oRlineto, oEndchar), nil},
		{"rounded onto 212", []pathOp{mv(0, 0), ln(1, 1), ln(1000, 0), ln(1000, 1000), ln(3, 1000)}, scaler{1000, 212},
			cs(0, oHmoveto, 212, 212, -211, oHlineto, oEndchar),
			[]pathOp{mv(0, 0), ln(212, 0), ln(212, 212), ln(1, 212)}},
		{"half rounds away from zero", []pathOp{mv(-25, 25), ln(75, -75)}, scaler{1000, 20},
			cs(-1, 1, oRmoveto, 3, -3, oRlineto, oEndchar), []pathOp{mv(-1, 1), ln(2, -2)}},
		{"straight curve becomes a line", []pathOp{mv(0, 0), cu(20, 0, 40, 0, 60, 0), cu(60, 0, 60, 80, 60, 80)}, scaler{1000, 500},
			cs(0, oHmoveto, 30, 40, oHlineto, oEndchar), []pathOp{mv(0, 0), ln(30, 0), ln(30, 40)}},
		{"contour rounded to a point", []pathOp{mv(0, 0), ln(1, 1), ln(2, 0), mv(100, 100), ln(200, 100), ln(100, 200)}, scaler{1000, 100},
			cs(10, 10, oRmoveto, 10, 0, -10, 10, oRlineto, oEndchar), []pathOp{mv(10, 10), ln(20, 10), ln(10, 20)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := encodeCharstring(tc.in, tc.sc)
			if tc.want != nil && !bytes.Equal(got, tc.want) {
				t.Errorf("encoded % d\n         want % d", got, tc.want)
			}
			out := tc.out
			if out == nil {
				out = roundPath(tc.in, tc.sc)
			}
			dec, err := decodeCharstring(got)
			if err != nil {
				t.Fatalf("decoding % d: %v", got, err)
			}
			if dec == nil {
				dec = []pathOp{}
			}
			if !reflect.DeepEqual(dec, out) {
				t.Errorf("decodes to %v, want %v", dec, out)
			}
		})
	}
}

// roundPath returns p with every point rounded onto the grid of sc.
func roundPath(p []pathOp, sc scaler) []pathOp {
	out := make([]pathOp, len(p))
	for i, o := range p {
		out[i].op = o.op
		for k := range o.pts {
			out[i].pts[k] = [2]float64{float64(sc.v(int(o.pts[k][0]))), float64(sc.v(int(o.pts[k][1])))}
		}
	}
	return out
}

// TestEncodeCharstringRandom checks on random paths, rich in axis-parallel
// tangents and lines and long enough to fill the argument stack, that every
// charstring decodes to the path on the grid (as gridContours rounds it)
// and that no operator takes more than 48 arguments.
func TestEncodeCharstringRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	coord := func(prev float64) float64 {
		if rng.Intn(3) == 0 {
			return prev // an axis-parallel step
		}
		return prev + float64(rng.Intn(2001)-1000)
	}
	for n := 0; n < 3000; n++ {
		var p []pathOp
		x, y := 0.0, 0.0
		for k, m := 0, rng.Intn(60); k < m; k++ {
			switch r := rng.Intn(10); {
			case r == 0 || k == 0:
				x, y = coord(x), coord(y)
				p = append(p, mv(x, y))
			case r < 4:
				x, y = coord(x), coord(y)
				p = append(p, ln(x, y))
			default:
				x1, y1 := coord(x), coord(y)
				x2, y2 := coord(x1), coord(y1)
				x, y = coord(x2), coord(y2)
				p = append(p, cu(x1, y1, x2, y2, x, y))
			}
		}
		sc := []scaler{{1000, 1000}, {1000, 212}, {1000, 53}, {2048, 300}}[n%4]
		got := encodeCharstring(p, sc)
		dec, err := decodeCharstring(got)
		if err != nil {
			t.Fatalf("path %d: decoding % d: %v", n, got, err)
		}
		if dec == nil {
			dec = []pathOp{}
		}
		if want := contoursPath(gridContours(p, sc)); !reflect.DeepEqual(dec, want) {
			t.Fatalf("path %d %v on %v:\n got %v\nwant %v", n, p, sc, dec, want)
		}
		if m := maxArgs(got); m > t2MaxStack {
			t.Fatalf("path %d: an operator takes %d arguments", n, m)
		}
	}
}

// contoursPath returns contours as an absolute path.
func contoursPath(cs []csContour) []pathOp {
	out := []pathOp{}
	for _, c := range cs {
		x, y := float64(c.start[0]), float64(c.start[1])
		out = append(out, mv(x, y))
		for _, g := range c.segs {
			if !g.curve {
				x, y = x+float64(g.d[0][0]), y+float64(g.d[0][1])
				out = append(out, ln(x, y))
				continue
			}
			x1, y1 := x+float64(g.d[0][0]), y+float64(g.d[0][1])
			x2, y2 := x1+float64(g.d[1][0]), y1+float64(g.d[1][1])
			x, y = x2+float64(g.d[2][0]), y2+float64(g.d[2][1])
			out = append(out, cu(x1, y1, x2, y2, x, y))
		}
	}
	return out
}

// maxArgs returns the most arguments any operator of a charstring without
// hint masks takes.
func maxArgs(b []byte) int {
	most, n := 0, 0
	for p := 0; p < len(b); {
		if b[p] >= 32 || b[p] == 28 {
			_, k, err := t2Number(b[p:])
			if err != nil {
				return 1 << 30
			}
			n++
			p += k
			continue
		}
		most, n = max(most, n), 0
		p++
	}
	return most
}

// testCFF builds a name-keyed CFF table with the given global and local
// subroutines and charstrings, so that the interpreter can be tried on
// what buildCFF never writes.
func testCFF(gsubrs, lsubrs, charstrings [][]byte) []byte {
	header := []byte{1, 0, 4, 4}
	names := appendIndex(nil, [][]byte{[]byte("Test")})
	strs := appendIndex(nil, nil)
	gs := appendIndex(nil, gsubrs)
	private := append(appendDict5(nil, 6), opSubrs) // the Subrs INDEX follows the 6-byte DICT
	ls := appendIndex(nil, lsubrs)
	top := func(csOff, privOff int) []byte {
		d := append(appendDict5(nil, csOff), opCharStrings)
		d = append(appendDict5(d, len(private)), appendDict5(nil, privOff)...)
		return append(d, opPrivate)
	}
	topLen := len(appendIndex(nil, [][]byte{top(0, 0)}))
	csOff := len(header) + len(names) + topLen + len(strs) + len(gs)
	csIndex := appendIndex(nil, charstrings)
	privOff := csOff + len(csIndex)
	out := append([]byte(nil), header...)
	out = append(out, names...)
	out = appendIndex(out, [][]byte{top(csOff, privOff)})
	out = append(out, strs...)
	out = append(out, gs...)
	out = append(out, csIndex...)
	out = append(out, private...)
	return append(out, ls...)
}

// TestCharstringOperators checks the interpreter on charstrings that use
// what encodeCharstring never writes: widths, hints and masks, subroutines
// with their bias, the flex operators, fixed-point numbers, and its errors.
func TestCharstringOperators(t *testing.T) {
	many := make([][]byte, 1300) // a bias of 1131
	for i := range many {
		many[i] = cs(i, 0, oRlineto, oReturn)
	}
	tests := []struct {
		name         string
		gsubrs, subr [][]byte
		glyph        []byte
		want         []pathOp // nil: an error is expected
		width        float64
	}{
		{"width before rmoveto", nil, nil, cs(500, 10, 20, oRmoveto, 5, oHlineto, oEndchar),
			[]pathOp{mv(10, 20), ln(15, 20)}, 500},
		{"width before hmoveto", nil, nil, cs(500, 10, oHmoveto, 5, oVlineto, oEndchar),
			[]pathOp{mv(10, 0), ln(10, 5)}, 500},
		{"width alone", nil, nil, cs(500, oEndchar), []pathOp{}, 500},
		{"hints, width, implicit vstem, masks", nil, nil,
			cs(300, 0, 10, 20, 10, oHstemhm, 0, 10, 30, 10, 60, 10, op{19, 0xff}, 10, oVmoveto, op{20, 0xff}, 7, oHlineto, oEndchar),
			[]pathOp{mv(0, 10), ln(7, 10)}, 300},
		{"width before an implicit vstem", nil, nil,
			cs(250, 0, 10, op{19, 0x80}, 10, oVmoveto, oEndchar), []pathOp{mv(0, 10)}, 250},
		{"no width before hintmask", nil, nil,
			cs(0, 10, oHstem, op{19, 0x80}, 3, 10, oVmoveto, oEndchar), nil, 0},
		{"nine stems take two mask bytes", nil, nil,
			cs(0, 1, 2, 1, 4, 1, 6, 1, 8, 1, oHstem, 0, 1, 2, 1, 4, 1, 6, 1, oVstem, op{19, 0xff, 0x80}, 1, 1, oRmoveto, oEndchar),
			[]pathOp{mv(1, 1)}, 0},
		{"local and global subroutines", [][]byte{cs(5, oHlineto, oReturn)}, [][]byte{cs(1, 2, oRmoveto, oReturn), cs(-107, oCallgsubr, oReturn)},
			cs(-107, oCallsubr, -106, oCallsubr, oEndchar), []pathOp{mv(1, 2), ln(6, 2)}, 0},
		{"bias 1131", nil, many, cs(0, 0, oRmoveto, 1299-1131, oCallsubr, oEndchar), []pathOp{mv(0, 0), ln(1299, 0)}, 0},
		{"endchar in a subroutine", nil, [][]byte{cs(5, oHlineto, oEndchar)}, cs(1, oHmoveto, -107, oCallsubr),
			[]pathOp{mv(1, 0), ln(6, 0)}, 0},
		{"fixed-point numbers", nil, nil, cs(op{255, 0, 1, 0x80, 0}, op{255, 0xff, 0xff, 0xc0, 0}, oRmoveto, oEndchar),
			[]pathOp{mv(1.5, -0.25)}, 0},
		{"flex", nil, nil, cs(0, oHmoveto, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 50, oFlex, oEndchar),
			[]pathOp{mv(0, 0), cu(1, 2, 4, 6, 9, 12), cu(16, 20, 25, 30, 36, 42)}, 0},
		{"hflex", nil, nil, cs(0, oHmoveto, 1, 2, 3, 4, 5, 6, 7, oHflex, oEndchar),
			[]pathOp{mv(0, 0), cu(1, 0, 3, 3, 7, 3), cu(12, 3, 18, 0, 25, 0)}, 0},
		{"hflex1", nil, nil, cs(0, oHmoveto, 1, 2, 3, 4, 5, 6, 7, 8, 9, oHflex1, oEndchar),
			[]pathOp{mv(0, 0), cu(1, 2, 4, 6, 9, 6), cu(15, 6, 22, 14, 31, 0)}, 0},
		{"flex1, horizontal", nil, nil, cs(0, oHmoveto, 10, 1, 10, 1, 10, 1, 10, -1, 10, -1, 10, oFlex1, oEndchar),
			[]pathOp{mv(0, 0), cu(10, 1, 20, 2, 30, 3), cu(40, 2, 50, 1, 60, 0)}, 0},
		{"flex1, vertical", nil, nil, cs(0, oHmoveto, 1, 10, 1, 10, 1, 10, -1, 10, -1, 10, 10, oFlex1, oEndchar),
			[]pathOp{mv(0, 0), cu(1, 10, 2, 20, 3, 30), cu(2, 40, 1, 50, 0, 60)}, 0},
		{"seac", nil, nil, cs(0, 0, 65, 66, oEndchar), nil, 0},
		{"line before moveto", nil, nil, cs(5, oHlineto, oEndchar), nil, 0},
		{"no endchar", nil, nil, cs(1, 1, oRmoveto), nil, 0},
		{"wrong argument count", nil, nil, cs(1, 1, oRmoveto, 1, 2, 3, oRlineto, oEndchar), nil, 0},
		{"stack overflow", nil, nil, cs(repeat(1, 49)...), nil, 0},
		{"subroutine out of range", nil, [][]byte{cs(oReturn)}, cs(5, oCallsubr, oEndchar), nil, 0},
		{"no subroutines", nil, nil, cs(0, oCallgsubr, oEndchar), nil, 0},
		{"endless recursion", nil, [][]byte{cs(-107, oCallsubr, oReturn)}, cs(-107, oCallsubr, oEndchar), nil, 0},
		{"exponential calls", nil, [][]byte{
			cs(-106, oCallsubr, -106, oCallsubr, -106, oCallsubr, -106, oCallsubr, oReturn),
			cs(-105, oCallsubr, -105, oCallsubr, -105, oCallsubr, -105, oCallsubr, oReturn),
			cs(-104, oCallsubr, -104, oCallsubr, -104, oCallsubr, -104, oCallsubr, oReturn),
			cs(-103, oCallsubr, -103, oCallsubr, -103, oCallsubr, -103, oCallsubr, oReturn),
			cs(-102, oCallsubr, -102, oCallsubr, -102, oCallsubr, -102, oCallsubr, oReturn),
			cs(-101, oCallsubr, -101, oCallsubr, -101, oCallsubr, -101, oCallsubr, oReturn),
			cs(-100, oCallsubr, -100, oCallsubr, -100, oCallsubr, -100, oCallsubr, oReturn),
			cs(-99, oCallsubr, -99, oCallsubr, -99, oCallsubr, -99, oCallsubr, oReturn),
			cs(-98, oCallsubr, -98, oCallsubr, -98, oCallsubr, -98, oCallsubr, oReturn),
			cs(0, 0, oRlineto, oReturn),
		}, cs(0, 0, oRmoveto, -107, oCallsubr, oEndchar), nil, 0},
		{"mask cut short", nil, nil, cs(0, 1, oHstem, op{19}), nil, 0},
		{"arithmetic operator", nil, nil, cs(1, 2, op{12, 10}, oHmoveto, oEndchar), nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseCFF(testCFF(tc.gsubrs, tc.subr, [][]byte{tc.glyph}))
			if err != nil {
				t.Fatal(err)
			}
			if c.cid || c.numGlyphs() != 1 {
				t.Fatalf("parsed cid=%v, %d glyphs", c.cid, c.numGlyphs())
			}
			got, width, err := c.glyph(0)
			if tc.want != nil && width != tc.width {
				t.Errorf("width %v, want %v", width, tc.width)
			}
			switch {
			case tc.want == nil && err == nil:
				t.Errorf("no error, path %v", got)
			case tc.want == nil && !errors.Is(err, errCFF):
				t.Errorf("error %v does not wrap errCFF", err)
			case tc.want != nil && err != nil:
				t.Errorf("error: %v", err)
			case tc.want != nil && len(got)+len(tc.want) > 0 && !reflect.DeepEqual(got, tc.want):
				t.Errorf("path %v, want %v", got, tc.want)
			}
		})
	}
}

// repeat returns n copies of v.
func repeat(v any, n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = v
	}
	return out
}

// TestBuildCFF checks the structure buildCFF writes, read back by parseCFF
// and by hand: name, ROS, CIDCount, FontMatrix, charset, FDSelect, one Font
// DICT, no subroutines, every charstring in place.
func TestBuildCFF(t *testing.T) {
	tests := []struct {
		name string
		n    int
		upm  int
	}{
		{"one glyph", 1, 1000}, {"three glyphs", 3, 212}, {"offSize 3", 10000, 2048},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			css := make([][]byte, tc.n)
			for i := range css {
				css[i] = cs(i%500, oHmoveto, 7, 9, oRlineto, oEndchar)
			}
			css[0] = nil // becomes a bare endchar
			b := buildCFF(cffName, css, nil, tc.upm)
			c, err := parseCFF(b)
			if err != nil {
				t.Fatal(err)
			}
			if c.name != cffName || !c.cid || c.numGlyphs() != tc.n || len(c.privates) != 1 || c.gsubrs.count != 0 || c.privates[0].subrs.count != 0 {
				t.Fatalf("name %q cid %v, %d glyphs, %d Font DICTs, %d+%d subrs", c.name, c.cid, c.numGlyphs(), len(c.privates), c.gsubrs.count, c.privates[0].subrs.count)
			}
			m := 1 / float64(tc.upm)
			if c.fontMatrix != [6]float64{m, 0, 0, m, 0, 0} {
				t.Errorf("FontMatrix %v", c.fontMatrix)
			}
			for i := range css {
				want := css[i]
				if i == 0 {
					want = cs(oEndchar)
				}
				if got, _ := c.charstrings.get(i); !bytes.Equal(got, want) {
					t.Fatalf("charstring %d is % x, want % x", i, got, want)
				}
				if fd, err := c.fd(i); fd != 0 || err != nil {
					t.Fatalf("glyph %d in Font DICT %d (%v)", i, fd, err)
				}
			}
			tops, _, _ := readIndex(b, 4+len(appendIndex(nil, [][]byte{[]byte(cffName)})))
			td, _ := tops.get(0)
			top, err := parseDict(td)
			if err != nil {
				t.Fatal(err)
			}
			if got := top[opROS]; !reflect.DeepEqual(got, []float64{391, 392, 0}) {
				t.Errorf("ROS %v", got)
			}
			if got := top[opCIDCount]; !reflect.DeepEqual(got, []float64{float64(tc.n)}) {
				t.Errorf("CIDCount %v", got)
			}
			off, _ := top.int(opCharset, 0, 0)
			wantCharset := []byte{2, 0, 1, byte((tc.n - 2) >> 8), byte(tc.n - 2)}
			if tc.n == 1 {
				wantCharset = []byte{2}
			}
			if got := b[off : off+len(wantCharset)]; !bytes.Equal(got, wantCharset) {
				t.Errorf("charset % x, want % x", got, wantCharset)
			}
			if off, _ := top.int(opFDSelect, 0, 0); !bytes.Equal(b[off:off+8], []byte{3, 0, 1, 0, 0, 0, byte(tc.n >> 8), byte(tc.n)}) {
				t.Errorf("FDSelect % x", b[off:off+8])
			}
		})
	}
}

// TestDictNumbers checks the DICT operand forms, reals above all.
func TestDictNumbers(t *testing.T) {
	tests := []struct {
		in   []byte
		want []float64
	}{
		{[]byte{139, 239, 247, 0, 254, 255, 28, 0x80, 0, 29, 0, 1, 0, 0}, []float64{0, 100, 108, -1131, -32768, 65536}},
		{[]byte{30, 0xe2, 0xa2, 0x5f}, []float64{-2.25}},
		{[]byte{30, 0x0a, 0x14, 0x05, 0x41, 0xc3, 0xff}, []float64{0.140541e-3}},
		{[]byte{30, 0x1b, 0x2f}, []float64{1e2}},
		{appendDictReal(nil, 1/212.0), []float64{1 / 212.0}},
		{appendDictReal(nil, -0.00048828125), []float64{-0.00048828125}},
		{appendDictReal(nil, 1e-7), []float64{1e-7}},
	}
	for _, tc := range tests {
		d, err := parseDict(append(tc.in, 7))
		if err != nil {
			t.Errorf("% x: %v", tc.in, err)
			continue
		}
		if !reflect.DeepEqual(d[7], tc.want) {
			t.Errorf("% x reads %v, want %v", tc.in, d[7], tc.want)
		}
	}
	for _, bad := range [][]byte{{30, 0x1d, 0xff, 7}, {30, 0x12}, {28, 1}, {255, 7}, {12}} {
		if _, err := parseDict(bad); err == nil {
			t.Errorf("% x: no error", bad)
		}
	}
}

// FuzzParseCFF checks that no input makes parseCFF or path panic or hang.
// Seeds: the start of the real table, a small table buildCFF wrote from
// real glyphs and one with subroutines, and truncations of them.
func FuzzParseCFF(f *testing.F) {
	file, table := songOTFFile(f)
	f.Add(table[:min(len(table), 64<<10)])
	orig, err := sfnt.Parse(file)
	if err != nil {
		f.Fatal(err)
	}
	small := cffRebuild(f, table, cffSeedGlyphs(f, orig)[:20], scaler{1000, 212})
	subrs := testCFF([][]byte{cs(5, oHlineto, oReturn)}, [][]byte{cs(1, 2, oRmoveto, oReturn)},
		[][]byte{cs(-107, oCallsubr, -107, oCallgsubr, oEndchar), cs(0, 1, oHstem, op{19, 0x80}, 3, oHmoveto, 1, 2, 3, 4, 5, 6, 7, oHflex, oEndchar)})
	for _, b := range [][]byte{small, subrs} {
		f.Add(b)
		for _, n := range []int{len(b) / 2, len(b) - 1, 40} {
			f.Add(b[:n])
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := parseCFF(b)
		if err != nil {
			return
		}
		for g := 0; g < min(c.numGlyphs(), 50); g++ {
			if p, err := c.path(g); err == nil {
				encodeCharstring(p, scaler{1000, 212})
			}
		}
	})
}

// FuzzCharstring checks any glyph program, run in a font with global and
// local subroutines: the interpreter must not panic or hang, and a path it
// reads must come back from encodeCharstring as gridContours rounds it, on
// the font's own grid and on the 212 grid.
func FuzzCharstring(f *testing.F) {
	gsubrs := [][]byte{cs(5, oHlineto, oReturn), cs(10, 20, 30, 40, oVhcurveto, oReturn)}
	lsubrs := [][]byte{cs(1, 2, oRmoveto, oReturn), cs(-107, oCallgsubr, oReturn), cs(oEndchar)}
	for _, g := range [][]byte{
		cs(-107, oCallsubr, -106, oCallsubr, 1, 2, 3, 4, oHvcurveto, oEndchar),
		cs(300, 0, 10, 20, 10, oHstemhm, 0, 10, op{19, 0xc0}, 10, oVmoveto, 1, 2, 3, 4, 5, 6, 7, 8, 9, oHflex1, oEndchar),
		cs(0, oHmoveto, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, oFlex1, 5, 6, 7, 8, 9, oVvcurveto, op{255, 0, 1, 0x80, 0}, 3, oRlineto, -105, oCallsubr),
		encodeCharstring([]pathOp{mv(100, 0), cu(100, 55, 55, 100, 0, 100), cu(-55, 100, -100, 55, -100, 0), ln(0, -30)}, scaler{1000, 1000}),
	} {
		f.Add(g)
	}
	f.Fuzz(func(t *testing.T, g []byte) {
		c, err := parseCFF(testCFF(gsubrs, lsubrs, [][]byte{g}))
		if err != nil {
			t.Fatal(err)
		}
		p, err := c.path(0)
		if err != nil {
			return
		}
		for _, sc := range []scaler{{1000, 1000}, {1000, 212}} {
			enc := encodeCharstring(p, sc)
			dec, err := decodeCharstring(enc)
			if err != nil {
				t.Fatalf("%v on %v: decoding % d: %v", p, sc, enc, err)
			}
			if dec == nil {
				dec = []pathOp{}
			}
			if want := contoursPath(gridContours(p, sc)); !reflect.DeepEqual(dec, want) {
				t.Fatalf("%v on %v:\n got %v\nwant %v", p, sc, dec, want)
			}
		}
	})
}
