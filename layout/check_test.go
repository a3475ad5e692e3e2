package layout

import (
	"encoding/binary"

	"gazette/fonts"
	"sort"
	"strconv"
	"strings"
	"testing"

	"gazette/gazette"
)

// checkDoc checks what must hold of every laid-out issue.
func checkDoc(t *testing.T, is *gazette.Issue, d *Document) {
	t.Helper()
	if n := len(d.Pages); n%4 != 0 {
		t.Errorf("page count %d is not a multiple of 4", n)
	}
	for i, p := range d.Pages {
		if p.Number != i+1 {
			t.Errorf("page %d has number %d", i+1, p.Number)
		}
	}
	if k := d.Pages[0].Kind; k != PageCover {
		t.Errorf("page 1 is %s, want cover", k)
	}
	if k := d.Pages[len(d.Pages)-1].Kind; k != PageBack {
		t.Errorf("last page is %s, want back", k)
	}
	checkTOC(t, is, d)
	checkInside(t, d)
	checkColours(t, d)
	checkWidows(t, is, d)
}

// titlePage returns the first page holding a glyph of article k's head.
func titlePage(d *Document, k int) int {
	for _, p := range d.Pages {
		for _, r := range p.Runs {
			for _, g := range r.Glyphs {
				if g.Src.Article == k && g.Src.Block == -1 {
					return p.Number
				}
			}
		}
	}
	return 0
}

// checkTOC checks that the TOC links every article, in reading order, to the
// page its title is on, and prints that page's number at the right.
func checkTOC(t *testing.T, is *gazette.Issue, d *Document) {
	t.Helper()
	var links []Link
	var linkPages []*Page
	for _, p := range d.Pages {
		if p.Kind == PageTOC {
			for _, l := range p.Links {
				links = append(links, l)
				linkPages = append(linkPages, p)
			}
		}
	}
	if n := is.ArticleCount(); len(links) != n {
		t.Fatalf("TOC has %d entries, want %d", len(links), n)
	}
	for k, l := range links {
		if want := titlePage(d, k); l.Page != want {
			t.Errorf("TOC entry %d points at page %d, its title is on page %d", k, l.Page, want)
		}
		p := linkPages[k]
		num := ""
		for _, ln := range pageLines(p) {
			if ln.y > l.Rect.Y && ln.y < l.Rect.Y+l.H+1 {
				num = strings.TrimLeft(ln.text, "·")
				if i := strings.LastIndex(num, "·"); i >= 0 {
					num = num[i+len("·"):]
				}
			}
		}
		if num != strconv.Itoa(l.Page) {
			t.Errorf("TOC entry %d prints %q, want %d", k, num, l.Page)
		}
	}
}

// checkInside checks that no glyph of an article, no rule and no image of a
// body page lies outside the text block.
func checkInside(t *testing.T, d *Document) {
	t.Helper()
	const eps = 0.5
	for _, p := range d.Pages {
		if p.Kind != PageBody && p.Kind != PageTOC {
			continue
		}
		b := p.Block
		for _, r := range p.Runs {
			for _, g := range r.Glyphs {
				if g.Src.Article < 0 && p.Kind == PageBody {
					continue // running head and folio
				}
				if p.Kind == PageTOC && (r.Y < b.Y || r.Y > b.Y+b.H+r.Size) {
					continue // running head and folio
				}
				x0, y0, x1, y1, ok := ink(r.Font, g.GID)
				if !ok {
					continue // a blank glyph
				}
				k := r.Size / float64(r.Font.UnitsPerEm)
				if g.X+x0*k < b.X-eps || g.X+x1*k > b.X+b.W+eps || r.Y-y1*k < b.Y-eps || r.Y-y0*k > b.Y+b.H+eps {
					t.Errorf("page %d: glyph %q at (%.1f, %.1f) outside the text block %+v", p.Number, g.Text, g.X, r.Y, b)
					return
				}
			}
		}
		if p.Kind != PageBody {
			continue
		}
		for _, im := range p.Images {
			if im.X < b.X-eps || im.X+im.W > b.X+b.W+eps || im.Y < b.Y-eps || im.Y+im.H > b.Y+b.H+eps {
				t.Errorf("page %d: image outside the text block", p.Number)
			}
		}
		for _, r := range p.Rules {
			if r.Y0 < b.Y-MM(6) { // the running head's rule
				continue
			}
			if min(r.X0, r.X1) < b.X-eps || max(r.X0, r.X1) > b.X+b.W+eps || max(r.Y0, r.Y1) > b.Y+b.H+eps {
				t.Errorf("page %d: rule %+v outside the text block", p.Number, r)
			}
		}
	}
}

// checkColours checks that everything but the cover is 100 % K.
func checkColours(t *testing.T, d *Document) {
	t.Helper()
	for _, p := range d.Pages[1:] {
		for _, r := range p.Runs {
			if r.Color != Black {
				t.Errorf("page %d: text in %+v, want 100 %% K", p.Number, r.Color)
				return
			}
		}
		for _, r := range p.Rules {
			if r.Color != Black {
				t.Errorf("page %d: rule in %+v, want 100 %% K", p.Number, r.Color)
				return
			}
		}
	}
}

// checkWidows checks that no paragraph leaves or carries a single line over a
// page or column break and that no heading ends a column (docs/typesetting.md §4).
func checkWidows(t *testing.T, is *gazette.Issue, d *Document) {
	t.Helper()
	s := is.Layout
	paras := map[[2]int]bool{} // (article, block) of paragraphs
	heads := map[[2]int]bool{} // and of headings
	k := 0
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		i := 0
		gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) {
			switch b.Type {
			case gazette.BlockParagraph:
				paras[[2]int{k, i}] = true
			case gazette.BlockHeading:
				heads[[2]int{k, i}] = true
			}
			i++
		})
		k++
		return true
	})
	// The flow: for each column of each body page, the paragraph key of each
	// body-size line in y order.
	type line struct {
		key [2]int
		y   float64
	}
	var flow [][]line // one slice per column
	for _, p := range d.Pages {
		if p.Kind != PageBody {
			continue
		}
		cols := map[int]map[float64][2]int{}
		for _, r := range p.Runs {
			if len(r.Glyphs) == 0 || r.Glyphs[0].Src.Article < 0 {
				continue
			}
			g := r.Glyphs[0]
			c := 0
			if g.X > p.Block.X+p.Block.W/2 && s.Columns == 2 {
				c = 1
			}
			if cols[c] == nil {
				cols[c] = map[float64][2]int{}
			}
			if _, ok := cols[c][r.Y]; !ok || r.Size >= 10 {
				cols[c][r.Y] = [2]int{g.Src.Article, g.Src.Block}
			}
		}
		for c := 0; c < 2; c++ {
			var ls []line
			for y, key := range cols[c] {
				ls = append(ls, line{key, y})
			}
			sort.Slice(ls, func(i, j int) bool { return ls[i].y < ls[j].y })
			if len(ls) > 0 {
				flow = append(flow, ls)
			}
		}
	}
	for i := 0; i < len(flow)-1; i++ {
		if key := flow[i][len(flow[i])-1].key; heads[key] {
			t.Errorf("heading %v ends a column (column %d)", key, i)
		}
	}
	for i := 1; i < len(flow); i++ {
		prev, next := flow[i-1], flow[i]
		key := prev[len(prev)-1].key
		if !paras[key] || next[0].key != key {
			continue
		}
		before, after := 0, 0
		for j := len(prev) - 1; j >= 0 && prev[j].key == key; j-- {
			before++
		}
		for j := 0; j < len(next) && next[j].key == key; j++ {
			after++
		}
		if before < 2 || after < 2 {
			t.Errorf("paragraph %v broken %d|%d lines over a column or page break (column %d)", key, before, after, i)
		}
	}
}

// pageText is all the text of a page, line by line.
func pageText(p *Page) string {
	var b strings.Builder
	for _, l := range pageLines(p) {
		b.WriteString(l.text)
		b.WriteByte('\n')
	}
	return b.String()
}

// ink returns the bounding box of a glyph's outline in font units (y up),
// from its glyf header; ok is false for a glyph without outline.
func ink(f *fonts.Font, gid uint16) (x0, y0, x1, y1 float64, ok bool) {
	g := f.Glyph(gid)
	if len(g) < 10 {
		return 0, 0, 0, 0, false
	}
	v := func(i int) float64 { return float64(int16(binary.BigEndian.Uint16(g[i:]))) }
	return v(2), v(4), v(6), v(8), true
}
