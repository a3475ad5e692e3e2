package layout

import (
	"fmt"
	"strconv"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout/para"
)

// composer lays out one issue once.
type composer struct {
	is    *gazette.Issue
	s     *gazette.Settings
	g     geometry
	set   *fonts.Set
	fp    func(a *gazette.Article, index int, section string) uint64
	cache map[string]*cachedArticle
	used  map[string]*cachedArticle

	findings []Finding
	// tocLines keeps the TOC entries' lines between rounds of the fixed point.
	tocLines map[string][]para.Line
	// first is the cover's page number (Options.FirstPage; 0 means 1).
	first int
}

// offset is what every page number of the issue adds to its place in the
// issue (0 unless Options.FirstPage says otherwise).
func (c *composer) offset() int { return max(c.first-1, 0) }

// start is where an article begins: its page offset in the body and y.
type start struct {
	page int // index among body pages
	y    float64
}

// articleBoxes returns the article's flow, from the cache when unchanged.
func (c *composer) articleBoxes(a *gazette.Article, index int, section string) []*box {
	id := a.ID + "#" + strconv.Itoa(index)
	fp := c.fp(a, index, section)
	if ca := c.cache[id]; ca != nil && ca.fp == fp {
		c.used[id] = ca
		return ca.boxes
	}
	st := &setter{set: c.set, s: c.s, g: c.g, measure: c.g.colW, art: index, section: section}
	st.article(a)
	ca := &cachedArticle{fp: fp, boxes: st.boxes}
	c.used[id] = ca
	return ca.boxes
}

// isRunOn reports whether an article runs on after the one before instead
// of starting a new page: statistics and news items do (house style),
// documents do not.
func isRunOn(k gazette.Kind) bool {
	return k == gazette.KindStatistics || k == gazette.KindNews
}

// bodyFlow joins the articles' flows in reading order, each behind a
// zero-height mark that starts a new page for documents.
func (c *composer) bodyFlow() []*box {
	var flow []*box
	index := 0
	for si := range c.is.Sections {
		sec := &c.is.Sections[si]
		for ai := range sec.Articles {
			a := &sec.Articles[ai]
			runOn := isRunOn(a.Kind) && len(flow) > 0
			if runOn {
				flow = append(flow, &box{h: c.g.pitch, discard: true, article: index, section: sec.Name})
			}
			flow = append(flow, &box{keep: true, newPage: !runOn, span: !runOn && c.g.columns > 1, article: index, section: sec.Name,
				marker: &articleMark{index: index, title: a.Title, section: sec.Name, sectionStart: ai == 0}})
			flow = append(flow, c.articleBoxes(a, index, sec.Name)...)
			index++
		}
	}
	return flow
}

// compose makes the whole document.
func (c *composer) compose() *Document {
	pg := &paginator{g: c.g}
	body := pg.paginate(c.bodyFlow())
	starts := map[int]start{}
	for pi := range body {
		body[pi].each(func(_ int, p placed, y float64) {
			if m := p.b.marker; m != nil {
				if _, ok := starts[m.index]; !ok {
					starts[m.index] = start{page: pi, y: y}
				}
			}
		})
	}
	// Front matter: cover, inside cover (unless the colophon goes on the
	// back), then the TOC, whose length and numbers reach a fixed point.
	front := 1
	if !c.s.ColophonOnBack {
		front = 2
	}
	var toc []*Page
	tocN := 1
	for iter := 0; iter < 8; iter++ {
		firstBody := front + tocN + 1
		toc = c.tocPages(c.offset()+front+1, c.offset()+firstBody, starts)
		if len(toc) == tocN {
			break
		}
		tocN = len(toc)
	}
	var pages []*Page
	pages = append(pages, c.coverPage())
	if front == 2 {
		pages = append(pages, c.insidePage(c.offset()+2, PageInside))
	}
	pages = append(pages, toc...)
	pages = append(pages, c.bodyPages(c.offset()+len(pages)+1, body, pg)...)
	// Saddle stitching needs a multiple of 4 pages (docs/typesetting.md §7):
	// blanks go before the back cover. 封三, the page before it, is one of
	// them when there is a body: the cover sheet (封一–封四) is printed on
	// its own stock, so no body text may fall there (pdf.Selected splits the
	// sheet off). An issue without articles stays 4 pages.
	blanks := blanksFor(len(pages) + 1)
	if len(body) > 0 {
		blanks = 1 + blanksFor(len(pages)+2)
	}
	for i := 0; i < blanks; i++ {
		pages = append(pages, c.g.page(c.offset()+len(pages)+1, PageBlank))
	}
	if blanks > 0 {
		c.findings = append(c.findings, Finding{Page: c.offset() + len(pages), Src: SrcPos{Article: -1, Block: -1},
			Message: fmt.Sprintf("补了%d个空白页", blanks)})
	}
	if c.s.ColophonOnBack {
		pages = append(pages, c.insidePage(c.offset()+len(pages)+1, PageBack))
	} else {
		pages = append(pages, c.g.page(c.offset()+len(pages)+1, PageBack))
	}
	for _, p := range pages {
		c.furniture(p)
	}
	return &Document{
		Title:    c.is.Title + " " + c.is.Label(),
		Subject:  c.is.TotalLabel(),
		Pages:    pages,
		Findings: c.findings,
	}
}

// blanksFor returns how many blank pages make n pages a multiple of 4, for
// saddle stitching (docs/typesetting.md §7: pad before the back cover, never
// inside a document).
func blanksFor(n int) int { return (4 - n%4) % 4 }

// bodyPages turns the paginated flow into pages numbered from first.
func (c *composer) bodyPages(first int, body []flowPage, pg *paginator) []*Page {
	overset := map[*box]bool{}
	for _, b := range pg.overset {
		overset[b] = true
	}
	forced := map[*box]bool{}
	for _, b := range pg.forced {
		forced[b] = true
	}
	pages := make([]*Page, 0, len(body))
	section := ""
	for pi, fp := range body {
		n := first + pi
		p := c.g.page(n, PageBody)
		nl := 0
		fp.each(func(_ int, pl placed, _ float64) { nl += len(pl.b.lines) })
		p.Runs = make([]GlyphRun, 0, nl+nl/4+4)
		first := true
		fp.each(func(ci int, pl placed, y float64) {
			b := pl.b
			if first && b.section != "" {
				section = b.section
			}
			first = false
			x0 := c.g.colX(n, max(ci, 0))
			y0 := p.Block.Y + y
			if m := b.marker; m != nil {
				if m.sectionStart {
					p.Anchors = append(p.Anchors, Anchor{Title: m.section, Level: 0, Y: y0})
				}
				p.Anchors = append(p.Anchors, Anchor{Title: m.title, Level: 1, Y: y0})
			}
			drawBox(p, b, x0, y0)
			for _, f := range b.findings {
				f.Page = n
				c.findings = append(c.findings, f)
			}
			if forced[b] && ci >= 0 && len(fp.cols[ci]) > 0 && fp.cols[ci][0].b == b {
				c.findings = append(c.findings, Finding{Page: n, Src: b.src,
					Message: fmt.Sprintf("第%d页：要连排的内容（标题与后文、表头与表行）超过一栏，只能在中间分开", n)})
			}
			if overset[b] {
				c.findings = append(c.findings, Finding{Error: true, Page: n, Src: b.src,
					Message: fmt.Sprintf("第%d页：内容高于版心，放不下，超出部分被裁掉", n)})
			}
		})
		for ci, col := range fp.cols {
			tableFrames(p, col, c.g.colX(n, ci), p.Block.Y+fp.bandH)
		}
		p.Section = section
		pages = append(pages, p)
	}
	return pages
}

// tableFrames draws the 0.75 pt outer frame around each stretch of a
// table's rows in a column (house style: 0.5 pt rules, 0.75 pt frame).
func tableFrames(p *Page, col []placed, x0, y0 float64) {
	for i := 0; i < len(col); {
		t := col[i].b.table
		if t == nil {
			i++
			continue
		}
		j := i
		for j+1 < len(col) && col[j+1].b.table == t {
			j++
		}
		top := y0 + col[i].y
		bot := y0 + col[j].y + col[j].b.h
		l, r := x0+t.x, x0+t.x+t.width
		p.Rules = append(p.Rules,
			Rule{X0: l, Y0: top, X1: r, Y1: top, Width: tableFrame, Color: Black},
			Rule{X0: l, Y0: bot, X1: r, Y1: bot, Width: tableFrame, Color: Black},
			Rule{X0: l, Y0: top, X1: l, Y1: bot, Width: tableFrame, Color: Black},
			Rule{X0: r, Y0: top, X1: r, Y1: bot, Width: tableFrame, Color: Black})
		i = j + 1
	}
}
