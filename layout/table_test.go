package layout

import (
	"fmt"
	"math"
	"sort"
	"testing"

	"gazette/gazette"
	"gazette/internal/testseed"
)

// textAt finds text set on one baseline of the page, glyph after glyph, and
// returns its left and right edges and its baseline.
func textAt(p *Page, text string) (x0, x1, y float64, ok bool) {
	type gl struct{ x, y, adv float64 }
	want := []rune(text)
	var gs []gl
	var rs []rune
	for _, r := range p.Runs {
		for _, g := range r.Glyphs {
			c := []rune(g.Text)[0]
			gs = append(gs, gl{g.X, r.Y, r.Font.AdvanceEm(c) * r.Size})
			rs = append(rs, c)
		}
	}
	for i := 0; i+len(want) <= len(rs); i++ {
		if string(rs[i:i+len(want)]) != text {
			continue
		}
		last := gs[i+len(want)-1]
		if last.y != gs[i].y {
			continue
		}
		return gs[i].x, last.x + last.adv, gs[i].y, true
	}
	return 0, 0, 0, false
}

// verticalsAt returns the distinct x of the vertical rules crossing the
// height y, in order.
func verticalsAt(p *Page, y float64) []float64 {
	var xs []float64
	for _, r := range p.Rules {
		if r.X0 != r.X1 || y <= math.Min(r.Y0, r.Y1) || y >= math.Max(r.Y0, r.Y1) {
			continue
		}
		dup := false
		for _, x := range xs {
			dup = dup || math.Abs(x-r.X0) < 0.05
		}
		if !dup {
			xs = append(xs, r.X0)
		}
	}
	sort.Float64s(xs)
	return xs
}

// TestMergedHeaderCells lays a long table whose two header rows hold a cell
// spanning two rows and two cells spanning two columns, broken over pages,
// and checks on every page it reaches that the header is repeated with its
// spans: no rule runs through a spanned cell, and a spanned heading is
// centred across its span.
func TestMergedHeaderCells(t *testing.T) {
	is := testIssue()
	tb := &gazette.Table{HeaderRows: 2, Rows: []gazette.Row{
		{Cells: []gazette.Cell{{Runs: []gazette.Run{{Text: "项目"}}, RowSpan: 2}, {Runs: []gazette.Run{{Text: "城镇居民"}}, ColSpan: 2}, {Runs: []gazette.Run{{Text: "农村居民"}}, ColSpan: 2}}},
		{Cells: []gazette.Cell{cell("本期甲"), cell("增幅甲"), cell("本期乙"), cell("增幅乙")}},
	}}
	for i := 1; i <= 90; i++ {
		tb.Rows = append(tb.Rows, gazette.Row{Cells: []gazette.Cell{cell(fmt.Sprintf("第%d项", i)), cell("19858.20"), cell("3.1"), cell("8963.75"), cell("5.2")}})
	}
	a := &is.Sections[0].Articles[0]
	a.Blocks = append(a.Blocks, gazette.Block{Type: gazette.BlockTable, Table: tb})
	d, err := Lay(is, Options{})
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	for _, p := range d.Pages {
		gx0, gx1, y0, ok := textAt(p, "城镇居民")
		if !ok {
			continue
		}
		pages++
		_, _, y1, ok1 := textAt(p, "本期甲")
		hx0, hx1, hy, ok2 := textAt(p, "项目")
		if !ok1 || !ok2 || y1 <= y0 {
			t.Fatalf("page %d: the header's second row or 项目 is missing", p.Number)
		}
		// Row one is crossed by the frame, the rule after 项目, the rule
		// between the two groups and the frame: four rules, not six.
		xs := verticalsAt(p, y0-2)
		if len(xs) != 4 {
			t.Errorf("page %d: %d vertical rules cross the first header row (%v), want 4", p.Number, len(xs), xs)
			continue
		}
		if mid := (gx0 + gx1) / 2; math.Abs(mid-(xs[1]+xs[2])/2) > 0.5 {
			t.Errorf("page %d: 城镇居民 centred at %.1f, its span at %.1f", p.Number, mid, (xs[1]+xs[2])/2)
		}
		if n := len(verticalsAt(p, y1-2)); n != 6 {
			t.Errorf("page %d: %d vertical rules cross the second header row, want 6", p.Number, n)
		}
		// 项目 stands over both rows: centred between them, no rule across it.
		if math.Abs(hy-(y0+y1)/2) > 1 {
			t.Errorf("page %d: 项目 on baseline %.1f, want midway between %.1f and %.1f", p.Number, hy, y0, y1)
		}
		for _, r := range p.Rules {
			if r.Y0 == r.Y1 && r.Y0 > y0 && r.Y0 < y1 && math.Min(r.X0, r.X1) < (hx0+hx1)/2 && math.Max(r.X0, r.X1) > (hx0+hx1)/2 {
				t.Errorf("page %d: a rule at y %.1f runs through 项目", p.Number, r.Y0)
			}
		}
	}
	if pages < 2 {
		t.Fatalf("the header is on %d pages, want the table to run over ≥ 2", pages)
	}
}

// TestTableCentred checks that every table frame sits centred in the text
// block and within it: narrow tables (a four-column CPI table, the merged
// statistics table) are set in the measure, not flush left.
func TestTableCentred(t *testing.T) {
	d, err := Lay(testIssue(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	frames := 0
	for _, p := range d.Pages {
		if p.Kind != PageBody {
			continue
		}
		sides := map[string][]float64{} // vertical frame rules by their extent
		for _, r := range p.Rules {
			if r.X0 == r.X1 && r.Width == tableFrame {
				k := fmt.Sprintf("%.1f-%.1f", r.Y0, r.Y1)
				sides[k] = append(sides[k], r.X0)
			}
		}
		for k, xs := range sides {
			if len(xs) != 2 {
				t.Errorf("page %d: frame %s has %d sides", p.Number, k, len(xs))
				continue
			}
			frames++
			l, r := math.Min(xs[0], xs[1]), math.Max(xs[0], xs[1])
			left, right := l-p.Block.X, p.Block.X+p.Block.W-r
			if left < -0.01 || right < -0.01 || math.Abs(left-right) > 0.01 {
				t.Errorf("page %d: table frame %.1f–%.1f in a block %.1f–%.1f is not centred in the measure",
					p.Number, l, r, p.Block.X, p.Block.X+p.Block.W)
			}
		}
	}
	if frames < 2 {
		t.Fatalf("%d table frames found, want the test issue's tables", frames)
	}
}

// TestSeedHeaderCells checks the seed's 附件1 table of 景府办发〔2020〕4号:
// its merged header (完成目标 over four columns, 年度 over two rows) and its
// header cell 面积标准（平方米） broken before the bracket, not inside it.
func TestSeedHeaderCells(t *testing.T) {
	d, err := Lay(testseed.Issue(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Pages {
		_, _, ty, ok := textAt(p, "完成目标")
		if !ok {
			continue
		}
		_, _, ay, ok1 := textAt(p, "面积标准")
		_, _, uy, ok2 := textAt(p, "（平方米）")
		_, _, sy, ok3 := textAt(p, "立项")
		if !ok1 || !ok2 || !ok3 || uy <= ay {
			t.Fatalf("page %d: want 面积标准 over （平方米） in the header", p.Number)
		}
		if n := len(verticalsAt(p, ty-2)); n != 5 {
			t.Errorf("page %d: %d vertical rules cross 完成目标's row, want 5 (four cells)", p.Number, n)
		}
		if n := len(verticalsAt(p, sy-2)); n != 8 {
			t.Errorf("page %d: %d vertical rules cross 立项's row, want 8 (seven columns)", p.Number, n)
		}
		return
	}
	t.Fatal("no page holds the table's 完成目标")
}
