package pdf

import (
	"math"
	"reflect"
	"regexp"
	"strconv"
	"testing"

	"gazette/fonts"
	"gazette/layout"
)

// TestAppendHundredths checks the number form of text positions.
func TestAppendHundredths(t *testing.T) {
	tests := []struct {
		in   int64
		want string
	}{
		{0, "0"}, {12345, "123.45"}, {-50, "-0.5"}, {100, "1"}, {-1, "-0.01"}, {7, "0.07"}, {-2000, "-20"}, {8787, "87.87"},
	}
	for _, tc := range tests {
		if got := string(appendHundredths(nil, tc.in)); got != tc.want {
			t.Errorf("appendHundredths(%d) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestJoinSegments checks which pieces of table rules become one line.
func TestJoinSegments(t *testing.T) {
	h := func(x0, x1, y int64) segment { return segment{x0, y, x1, y} }
	v := func(x, y0, y1 int64) segment { return segment{x, y0, x, y1} }
	tests := []struct {
		name string
		in   []segment
		want []segment
	}{
		{"touching", []segment{h(0, 10, 5), h(10, 20, 5)}, []segment{h(0, 20, 5)}},
		{"overlapping, out of order", []segment{h(10, 30, 5), h(0, 15, 5)}, []segment{h(0, 30, 5)}},
		{"inside another", []segment{h(0, 30, 5), h(10, 20, 5)}, []segment{h(0, 30, 5)}},
		{"gap", []segment{h(0, 10, 5), h(11, 20, 5)}, []segment{h(0, 10, 5), h(11, 20, 5)}},
		{"other height", []segment{h(0, 10, 5), h(10, 20, 6)}, []segment{h(10, 20, 6), h(0, 10, 5)}},
		{"vertical", []segment{v(3, 0, 10), v(3, 10, 20), v(4, 20, 30)}, []segment{v(3, 0, 20), v(4, 20, 30)}},
		{"diagonal kept", []segment{{0, 0, 10, 10}, {10, 10, 20, 20}}, []segment{{0, 0, 10, 10}, {10, 10, 20, 20}}},
		{"a point is not a line", []segment{h(0, 10, 5), {10, 5, 10, 5}}, []segment{h(0, 10, 5), {10, 5, 10, 5}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := joinSegments(append([]segment(nil), tc.in...)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("joinSegments(%v) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

// TestRunPositions checks that the relative Td moves of a text object add
// up to each run's start within a hundredth of a point, and that a run with
// no adjustment is shown with Tj.
func TestRunPositions(t *testing.T) {
	set := fonts.Default()
	var runs []layout.GlyphRun
	starts := [][2]float64{{80.123, 120.456}, {104.5, 140.004}, {80.123, 160.999}, {300.001, 10.333}}
	for _, s := range starts {
		runs = append(runs, runOf(set, fonts.Song, 12, layout.Black, s[0], s[1], "政府公报")...)
	}
	g := geometry{w: a4W, h: a4H, off: bleed3}
	c := &content{g: g, lw: 1}
	f := fonts.MustBundled(fonts.Song)
	sub := newSubset(f)
	for _, r := range runs {
		for _, gl := range r.Glyphs {
			sub.use(gl.GID, gl.Text)
		}
	}
	sub.number()
	c.runs(runs, map[*fonts.Font]*fontRes{f: {name: "F1", sub: sub}})
	td := regexp.MustCompile(`(-?[\d.]+) (-?[\d.]+) Td\n`).FindAllSubmatch(c.b, -1)
	if len(td) != len(starts) {
		t.Fatalf("%d Td, want %d:\n%s", len(td), len(starts), c.b)
	}
	var x, y float64
	for i, m := range td {
		dx, _ := strconv.ParseFloat(string(m[1]), 64)
		dy, _ := strconv.ParseFloat(string(m[2]), 64)
		x, y = x+dx, y+dy
		if wx, wy := g.x(starts[i][0]), g.y(starts[i][1]); math.Abs(x-wx) > 0.005+1e-9 || math.Abs(y-wy) > 0.005+1e-9 {
			t.Errorf("run %d starts at (%.4f, %.4f), want (%.4f, %.4f)", i, x, y, wx, wy)
		}
	}
	if n := len(regexp.MustCompile(`\) Tj\n`).FindAll(c.b, -1)); n != len(starts) {
		t.Errorf("%d runs shown with Tj, want %d:\n%s", n, len(starts), c.b)
	}
}
