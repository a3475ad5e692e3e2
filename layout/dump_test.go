package layout

import (
	"fmt"
	"sort"
	"strings"
)

// dumpDoc writes the pages as text: per page its kind, running head,
// folio, section, then each line's text with x and baseline y rounded.
func dumpDoc(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "document %q, %d pages\n", d.Title, len(d.Pages))
	for _, p := range d.Pages {
		fmt.Fprintf(&b, "\n=== page %d %s section=%q\n", p.Number, p.Kind, p.Section)
		for _, l := range pageLines(p) {
			fmt.Fprintf(&b, "%4.0f %4.0f %s\n", l.x, l.y, l.text)
		}
		for _, l := range p.Links {
			fmt.Fprintf(&b, "link y=%.0f → page %d y=%.0f\n", l.Rect.Y, l.Page, l.Y)
		}
		for _, a := range p.Anchors {
			fmt.Fprintf(&b, "anchor %d %q y=%.0f\n", a.Level, a.Title, a.Y)
		}
		fmt.Fprintf(&b, "rules %d images %d\n", len(p.Rules), len(p.Images))
	}
	for _, f := range d.Findings {
		fmt.Fprintf(&b, "finding error=%v page=%d %s\n", f.Error, f.Page, f.Message)
	}
	return b.String()
}

// dumpLine is the glyphs of one baseline in one column, in x order.
type dumpLine struct {
	x, y float64
	text string
}

// pageLines groups the page's glyphs into lines: same baseline (rounded to
// 0.5 pt), split where more than 1 em of space separates glyphs.
func pageLines(p *Page) []dumpLine {
	type gl struct {
		x, y, size, adv float64
		t               string
	}
	var gs []gl
	for _, r := range p.Runs {
		for _, g := range r.Glyphs {
			gs = append(gs, gl{g.X, r.Y, r.Size, r.Font.AdvanceEm([]rune(g.Text)[0]) * r.Size, g.Text})
		}
	}
	key := func(y float64) float64 { return float64(int(y*2+0.5)) / 2 }
	sort.SliceStable(gs, func(i, j int) bool {
		if key(gs[i].y) != key(gs[j].y) {
			return key(gs[i].y) < key(gs[j].y)
		}
		return gs[i].x < gs[j].x
	})
	var out []dumpLine
	for i, g := range gs {
		if i == 0 || key(g.y) != key(gs[i-1].y) || g.x-gs[i-1].x-gs[i-1].adv > 1.0*g.size {
			out = append(out, dumpLine{x: g.x, y: g.y})
		}
		out[len(out)-1].text += g.t
	}
	return out
}
