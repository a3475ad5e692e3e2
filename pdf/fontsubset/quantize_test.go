package fontsubset

import (
	"encoding/binary"
	"fmt"
	"math"
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"gazette/fonts"
)

// TestSizeClass checks the octaves of size that share one subset.
func TestSizeClass(t *testing.T) {
	tests := []struct {
		size float64
		want int
	}{
		{5, 0}, {9, 0}, {10.5, 0}, {12, 0}, {12.01, 1}, {15.75, 1}, {22, 1}, {24, 1}, {26, 2}, {44, 2}, {48, 2}, {72, 3},
	}
	for _, tc := range tests {
		if got := SizeClass(tc.size); got != tc.want {
			t.Errorf("SizeClass(%v) = %d, want %d", tc.size, got, tc.want)
		}
	}
}

// TestOutlineGrid checks the grid chosen for a largest size: the coarsest
// on which half a unit stays within OutlineTolerance on paper, never finer
// than the font's own.
func TestOutlineGrid(t *testing.T) {
	tests := []struct {
		size float64
		upm  int
		want int
	}{
		{12, 1000, 212},   // 小四 body: 4.233 mm / 0.02 mm = 211.7
		{10.5, 1000, 186}, // 五号
		{15.75, 1000, 278},
		{22, 1000, 389},
		{44, 1000, 777}, // the masthead
		{60, 1000, 1000},
		{12, 200, 200}, // never finer than the font itself
		{0.5, 1000, 16},
		{0, 1000, 1000},
	}
	for _, tc := range tests {
		got := OutlineGrid(tc.size, tc.upm)
		if got != tc.want {
			t.Errorf("OutlineGrid(%v, %d) = %d, want %d", tc.size, tc.upm, got, tc.want)
		}
		mm := tc.size * 25.4 / 72
		if got < tc.upm && got > 16 {
			if move := mm / (2 * float64(got)); move > OutlineTolerance+1e-12 {
				t.Errorf("grid %d at %v pt moves points by %.4f mm", got, tc.size, move)
			}
			if move := mm / (2 * float64(got-1)); move <= OutlineTolerance {
				t.Errorf("grid %d at %v pt is not the coarsest (%d would do)", got, tc.size, got-1)
			}
		}
	}
}

// TestScaledOutlines checks every glyph of a subset put on a coarser grid
// (the seed's glyphs of each face, and composite glyphs). Decoded, the new
// glyph's points are the original's rounded to the grid, less points on the
// straight segment between two on-curve neighbours: no point moves by
// more than half a grid unit per axis. Read by an independent TrueType
// parser (golang.org/x/image/font/sfnt), each point of the new outline lies
// within one grid unit of a point of the original, and each point of the
// original that near a point or straight segment of the new one (one unit,
// not half: that parser truncates implied on-curve midpoints to whole units
// of the font it reads); the advance is the original's, scaled.
func TestScaledOutlines(t *testing.T) {
	seed := seedText(t)
	tests := []struct {
		style      fonts.Style
		size       float64
		composites int
	}{
		{fonts.Song, 12, 0}, {fonts.Song, 10.5, 0}, {fonts.SongBold, 18, 0}, {fonts.SongBlack, 44, 0},
		{fonts.Hei, 12, 0}, {fonts.HeiBold, 16, 0}, {fonts.Kai, 12, 20}, {fonts.Fang, 15.75, 0},
	}
	for _, tc := range tests {
		t.Run(string(tc.style), func(t *testing.T) {
			f := fonts.MustBundled(tc.style)
			s := subsetOf(f, seed)
			for _, g := range compositeGlyphs(f, tc.composites) {
				s.Use(g, "")
			}
			s.Grid = OutlineGrid(tc.size, f.UnitsPerEm)
			if s.Grid >= f.UnitsPerEm {
				t.Fatalf("grid %d is not coarser than the font's %d", s.Grid, f.UnitsPerEm)
			}
			tables, sub, orig := parsedSubset(t, s)
			if got := sub.UnitsPerEm(); int(got) != s.Grid {
				t.Fatalf("unitsPerEm %d, want %d", got, s.Grid)
			}
			// Both outlines in font units of the original, in 26.6.
			tol := fixed.Int26_6(math.Ceil(float64(f.UnitsPerEm) / float64(s.Grid) * 64))
			sc, _ := s.scaler()
			var b1, b2 sfnt.Buffer
			for i, k := range s.glyphs {
				want, err := orig.LoadGlyph(&b1, sfnt.GlyphIndex(k.old), fixed.I(f.UnitsPerEm), nil)
				if err != nil {
					t.Fatalf("original glyph %d: %v", k.old, err)
				}
				want = append(sfnt.Segments(nil), want...)
				got, err := sub.LoadGlyph(&b2, sfnt.GlyphIndex(i), fixed.I(f.UnitsPerEm), nil)
				if err != nil {
					t.Fatalf("subset glyph %d (was %d): %v", i, k.old, err)
				}
				if msg := roundedPoints(f.Glyph(k.old), subsetGlyph(t, tables, i), sc); msg != "" {
					t.Errorf("subset glyph %d (was %d, %q): %s", i, k.old, k.text, msg)
				}
				if msg := outlineNear(got, want, tol); msg != "" {
					t.Errorf("subset glyph %d (was %d, %q): %s", i, k.old, k.text, msg)
				}
				wa, _ := orig.GlyphAdvance(&b1, sfnt.GlyphIndex(k.old), fixed.I(f.UnitsPerEm), 0)
				ga, _ := sub.GlyphAdvance(&b2, sfnt.GlyphIndex(i), fixed.I(f.UnitsPerEm), 0)
				if d := ga - wa; d > tol || d < -tol {
					t.Errorf("subset glyph %d (was %d): advance %v, want %v", i, k.old, ga, wa)
				}
			}
		})
	}
}

// subsetGlyph returns glyph i of a subset's glyf table.
func subsetGlyph(t *testing.T, tables map[string][]byte, i int) []byte {
	t.Helper()
	loca, glyf := tables["loca"], tables["glyf"]
	a, b := binary.BigEndian.Uint32(loca[4*i:]), binary.BigEndian.Uint32(loca[4*i+4:])
	return glyf[a:b]
}

// roundedPoints returns "" when the simple glyph sub holds the points of
// orig rounded by sc, in order, less points that lie on the segment between
// their kept on-curve neighbours; else what differs. Composite
// glyphs are not compared here.
func roundedPoints(orig, sub []byte, sc scaler) string {
	if len(orig) < 10 || int16(binary.BigEndian.Uint16(orig)) < 0 {
		return ""
	}
	a, err := decodeSimple(orig)
	if err != nil {
		return err.Error()
	}
	b, err := decodeSimple(sub)
	if err != nil {
		return "subset glyph: " + err.Error()
	}
	if len(a.ends) != len(b.ends) {
		return fmt.Sprintf("%d contours, want %d", len(b.ends), len(a.ends))
	}
	as, bs := 0, 0
	for c := range a.ends {
		want := a.pts[as : int(a.ends[c])+1]
		got := b.pts[bs : int(b.ends[c])+1]
		as, bs = int(a.ends[c])+1, int(b.ends[c])+1
		j := 0
		var kept []int // index in want of each point of got
		for i, p := range want {
			r := point{sc.v(p.x), sc.v(p.y), p.on}
			if j < len(got) && got[j] == r {
				kept = append(kept, i)
				j++
			}
		}
		if j != len(got) {
			return fmt.Sprintf("contour %d: point %v is no original point rounded", c, got[j])
		}
		// Each left-out point lies on the segment between its kept neighbours.
		for k := range kept {
			lo, hi := kept[k], kept[(k+1)%len(kept)]
			for i := (lo + 1) % len(want); i != hi; i = (i + 1) % len(want) {
				p := point{sc.v(want[i].x), sc.v(want[i].y), want[i].on}
				a, b := got[k], got[(k+1)%len(got)]
				if p.x == a.x && p.y == a.y || p.x == b.x && p.y == b.y {
					continue // a repeated point, whichever of the two was kept
				}
				if !a.on || !b.on || !onSegment(a, p, b) {
					return fmt.Sprintf("contour %d: left-out point %d is off the straight line", c, i)
				}
			}
		}
	}
	return ""
}

// outlineNear returns "" when every point of got (ends and control points)
// is within tol per axis of a point of want, and every point of want is
// within tol of a point of got or of one of got's straight segments (the
// points the subsetter leaves out); else what is wrong.
func outlineNear(got, want sfnt.Segments, tol fixed.Int26_6) string {
	type seg struct{ a, b fixed.Point26_6 }
	pts := func(ss sfnt.Segments) (ps []fixed.Point26_6, lines []seg) {
		var cur, start fixed.Point26_6
		for _, s := range ss {
			switch s.Op {
			case sfnt.SegmentOpMoveTo:
				cur, start = s.Args[0], s.Args[0]
				ps = append(ps, cur)
				continue
			case sfnt.SegmentOpLineTo:
				lines = append(lines, seg{cur, s.Args[0]})
				ps = append(ps, s.Args[0])
				cur = s.Args[0]
			case sfnt.SegmentOpQuadTo:
				ps = append(ps, s.Args[0], s.Args[1])
				cur = s.Args[1]
			}
		}
		_ = start
		return ps, lines
	}
	near := func(p, q fixed.Point26_6) bool {
		dx, dy := p.X-q.X, p.Y-q.Y
		return dx <= tol && dx >= -tol && dy <= tol && dy >= -tol
	}
	onLine := func(p fixed.Point26_6, l seg) bool {
		ax, ay := float64(l.b.X-l.a.X), float64(l.b.Y-l.a.Y)
		px, py := float64(p.X-l.a.X), float64(p.Y-l.a.Y)
		n := ax*ax + ay*ay
		if n == 0 {
			return near(p, l.a)
		}
		u := math.Max(0, math.Min(1, (px*ax+py*ay)/n))
		return near(p, fixed.Point26_6{X: l.a.X + fixed.Int26_6(math.Round(u*ax)), Y: l.a.Y + fixed.Int26_6(math.Round(u*ay))})
	}
	gp, gl := pts(got)
	wp, _ := pts(want)
	if len(wp) > 0 && len(gp) == 0 {
		return "outline lost"
	}
outer:
	for _, p := range gp {
		for _, q := range wp {
			if near(p, q) {
				continue outer
			}
		}
		return fmt.Sprintf("point %v is far from every original point", p)
	}
outer2:
	for _, q := range wp {
		for _, p := range gp {
			if near(p, q) {
				continue outer2
			}
		}
		for _, l := range gl {
			if onLine(q, l) {
				continue outer2
			}
		}
		return fmt.Sprintf("original point %v is far from the new outline", q)
	}
	return ""
}

// TestGlyphCodec checks that decoding and encoding a simple glyph keeps its
// points, for every glyph of the seed in the Song and Kai faces.
func TestGlyphCodec(t *testing.T) {
	seed := seedText(t)
	for _, style := range []fonts.Style{fonts.Song, fonts.Kai} {
		f := fonts.MustBundled(style)
		seen := map[uint16]bool{}
		for _, r := range seed {
			g := f.GlyphIndex(r)
			raw := f.Glyph(g)
			if seen[g] || len(raw) < 10 || int16(uint16(raw[0])<<8|uint16(raw[1])) < 0 {
				continue
			}
			seen[g] = true
			a, err := decodeSimple(raw)
			if err != nil {
				t.Fatalf("%s glyph %d: %v", style, g, err)
			}
			b, err := decodeSimple(a.encode())
			if err != nil {
				t.Fatalf("%s glyph %d re-encoded: %v", style, g, err)
			}
			if len(a.pts) != len(b.pts) || len(a.ends) != len(b.ends) {
				t.Fatalf("%s glyph %d: %d points in %d contours, re-encoded %d in %d", style, g, len(a.pts), len(a.ends), len(b.pts), len(b.ends))
			}
			for i := range a.pts {
				if a.pts[i] != b.pts[i] {
					t.Fatalf("%s glyph %d point %d: %v, re-encoded %v", style, g, i, a.pts[i], b.pts[i])
				}
			}
		}
	}
}

// TestDropStraightPoints checks which points leave a contour.
func TestDropStraightPoints(t *testing.T) {
	on := func(x, y int) point { return point{x, y, true} }
	off := func(x, y int) point { return point{x, y, false} }
	tests := []struct {
		name string
		in   []point
		want int
	}{
		{"square with a midpoint on an edge", []point{on(0, 0), on(5, 0), on(10, 0), on(10, 10), on(0, 10)}, 4},
		{"a point repeated", []point{on(0, 0), on(10, 0), on(10, 0), on(10, 10), on(0, 10)}, 4},
		{"a corner stays", []point{on(0, 0), on(10, 1), on(20, 0), on(10, 10)}, 4},
		{"next to a curve stays", []point{on(0, 0), on(5, 0), off(10, 0), on(10, 10), on(0, 10)}, 5},
		{"a control point on the chord goes", []point{on(0, 0), off(5, 0), on(10, 0), on(10, 10), on(0, 10)}, 4},
		{"a control point off the chord stays", []point{on(0, 0), off(5, 1), on(10, 0), on(10, 10), on(0, 10)}, 5},
		{"a triangle keeps three", []point{on(0, 0), on(10, 0), on(5, 5)}, 3},
		{"beyond the ends stays", []point{on(0, 0), on(20, 0), on(10, 0), on(10, 10)}, 4},
	}
	for _, tc := range tests {
		sg := &simpleGlyph{ends: []uint16{uint16(len(tc.in) - 1)}, pts: append([]point(nil), tc.in...)}
		sg.dropStraightPoints()
		if len(sg.pts) != tc.want || int(sg.ends[0]) != tc.want-1 {
			t.Errorf("%s: %d points (last %d), want %d", tc.name, len(sg.pts), sg.ends[0], tc.want)
		}
	}
}

// FuzzDecodeSimple checks that no glyph data makes the decoder panic, and
// that what it decodes encodes to data that decodes to the same points.
func FuzzDecodeSimple(f *testing.F) {
	song := fonts.MustBundled(fonts.Song)
	for _, r := range "公报政府一" {
		f.Add(song.Glyph(song.GlyphIndex(r)))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sg, err := decodeSimple(data)
		if err != nil {
			return
		}
		back, err := decodeSimple(sg.encode())
		if err != nil {
			t.Fatalf("re-encoded glyph does not decode: %v", err)
		}
		if len(back.pts) != len(sg.pts) {
			t.Fatalf("%d points, re-encoded %d", len(sg.pts), len(back.pts))
		}
		for i := range sg.pts {
			if sg.pts[i].on != back.pts[i].on || int16(sg.pts[i].x) != int16(back.pts[i].x) || int16(sg.pts[i].y) != int16(back.pts[i].y) {
				t.Fatalf("point %d: %v, re-encoded %v", i, sg.pts[i], back.pts[i])
			}
		}
	})
}

// TestScaler checks the rounding of coordinates onto a coarser grid: to
// the nearest unit, halves away from zero, never more than half a unit off.
func TestScaler(t *testing.T) {
	sc := scaler{1000, 212}
	tests := []struct{ in, want int }{
		{0, 0}, {141, 30}, {-8, -2}, {500, 106}, {2, 0}, {3, 1}, {-3, -1}, {1000, 212}, {-1000, -212}, {2358, 500},
	}
	for _, tc := range tests {
		if got := sc.v(tc.in); got != tc.want {
			t.Errorf("scale %d: %d, want %d", tc.in, got, tc.want)
		}
	}
	if got := (scaler{1000, 500}).v(-1); got != -1 { // -0.5: away from zero
		t.Errorf("scale -1 onto 500: %d, want -1", got)
	}
	for v := -2000; v <= 2000; v++ {
		if d := float64(sc.v(v)) - float64(v)*212/1000; d > 0.5 || d < -0.5 {
			t.Fatalf("scale %d: %d is %.3f units off", v, sc.v(v), d)
		}
	}
}
