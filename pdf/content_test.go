package pdf

import (
	"math"
	"reflect"
	"regexp"
	"strconv"
	"testing"

	"gazette/fonts"
	"gazette/layout"
	"gazette/pdf/fontsubset"
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
	c, _ := showSongRuns(runs, g)
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

// showSongRuns shows 12 pt runs of the Song face in a content stream on
// page geometry g, through a subset of their glyphs.
func showSongRuns(runs []layout.GlyphRun, g geometry) (*content, *fontsubset.Subset) {
	f := fonts.MustBundled(fonts.Song)
	sub := fontsubset.New(f)
	for _, r := range runs {
		for _, gl := range r.Glyphs {
			sub.Use(gl.GID, gl.Text)
		}
	}
	sub.Number()
	c := &content{g: g, lw: 1}
	c.runs(runs, map[fontKey]*fontRes{{f, fontsubset.SizeClass(12)}: {name: "F1", sub: sub}}, Options{})
	return c, sub
}

// TestEvenSpacing checks that a letter-spaced run is shown with character
// spacing (Tc) and no per-glyph adjustments, that a run set solid resets it,
// and that a viewer following the operators puts every glyph where the
// layout put it, within half a thousandth of the em.
func TestEvenSpacing(t *testing.T) {
	set := fonts.Default()
	spaced := func(x, y, gap float64, text string) layout.GlyphRun {
		r := runOf(set, fonts.Song, 12, layout.Black, x, y, text)[0]
		for i := range r.Glyphs {
			r.Glyphs[i].X += float64(i) * gap
		}
		return r
	}
	runs := []layout.GlyphRun{
		spaced(80, 100, 3.3333, "编委会名单"),
		runOf(set, fonts.Song, 12, layout.Black, 80, 120, "政府公报")[0],
		spaced(80, 140, -0.75, "一二三四五六七八九十"),
		spaced(80, 160, 2, "公报"), // two glyphs: one adjustment is shorter than Tc
	}
	g := geometry{w: a4W, h: a4H, off: bleed3}
	c, sub := showSongRuns(runs, g)
	tcs := regexp.MustCompile(`(-?[\d.]+) Tc\n`).FindAllSubmatch(c.b, -1)
	if len(tcs) != 4 || string(tcs[0][1]) != "3.333" || string(tcs[1][1]) != "0" || string(tcs[2][1]) != "-0.75" || string(tcs[3][1]) != "0" {
		t.Errorf("Tc operators %q, want 3.333, 0, -0.75, 0:\n%s", tcs, c.b)
	}
	if n := len(regexp.MustCompile(`\] TJ\n`).FindAll(c.b, -1)); n != 1 {
		t.Errorf("%d TJ arrays, want 1 (the two-glyph run):\n%s", n, c.b)
	}
	xs := viewerX(t, c.b, sub, 12)
	var want []float64
	for _, r := range runs {
		for _, gl := range r.Glyphs {
			want = append(want, g.x(gl.X))
		}
	}
	if len(xs) != len(want) {
		t.Fatalf("viewer placed %d glyphs, want %d", len(xs), len(want))
	}
	for i := range xs {
		if math.Abs(xs[i]-want[i]) > 0.0005*12+0.005 {
			t.Errorf("glyph %d at x %.4f, want %.4f", i, xs[i], want[i])
		}
	}
}

// viewerX follows the text operators of a content stream drawn in one
// font at one size (Td, Tc, Tj, TJ with two-byte codes in literal strings)
// as a viewer does and returns the x of every glyph shown.
func viewerX(t *testing.T, b []byte, sub *fontsubset.Subset, size float64) []float64 {
	t.Helper()
	var xs, nums []float64
	var lineX, pen, tc float64
	var strs [][]byte
	show := func(s []byte) {
		for i := 0; i+1 < len(s); i += 2 {
			xs = append(xs, pen)
			pen += sub.Width(uint16(s[i])<<8|uint16(s[i+1]))*size/1000 + tc
		}
	}
	for i := 0; i < len(b); {
		switch ch := b[i]; {
		case ch == '(':
			var s []byte
			for i++; b[i] != ')'; i++ {
				if b[i] == '\\' {
					i++
					switch b[i] {
					case 'r':
						s = append(s, '\r')
						continue
					case 'n':
						s = append(s, '\n')
						continue
					}
				}
				s = append(s, b[i])
			}
			i++
			strs = append(strs, s)
		case ch == '[' || ch == ']' || ch == ' ' || ch == '\n':
			i++
		case ch == '-' || ch == '.' || ch >= '0' && ch <= '9':
			j := i
			for j < len(b) && (b[j] == '-' || b[j] == '.' || b[j] >= '0' && b[j] <= '9') {
				j++
			}
			v, err := strconv.ParseFloat(string(b[i:j]), 64)
			if err != nil {
				t.Fatal(err)
			}
			nums = append(nums, v)
			i = j
			if len(strs) > 0 { // an adjustment inside a TJ array
				pen -= v * size / 1000
				nums = nums[:len(nums)-1]
			}
		default:
			j := i
			for j < len(b) && b[j] != ' ' && b[j] != '\n' {
				j++
			}
			switch string(b[i:j]) {
			case "Td":
				lineX += nums[len(nums)-2]
				pen = lineX
			case "Tc":
				tc = nums[len(nums)-1]
			case "Tj", "TJ":
				// Strings were shown as they came; see below.
			}
			nums = nums[:0]
			strs = nil
			i = j
		}
		if len(strs) > 0 && (b[i-1] == ')') {
			show(strs[len(strs)-1])
		}
	}
	return xs
}
