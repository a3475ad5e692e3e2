package layout

import (
	"fmt"

	"gazette/fonts"
	"gazette/layout/para"
)

// YearIndex is a year's 年度总目录: every article the year's issues printed,
// in parts (按栏目, 按发文机关), each part in groups (a section, an issuing
// organ), each entry naming the issue and the page it begins on.
type YearIndex struct {
	Title string // the gazette's name, e.g. 景德镇市人民政府公报
	Year  int
	Parts []IndexPart
}

// IndexPart is one arrangement of the year's articles.
type IndexPart struct {
	Name   string // e.g. 按栏目分类
	Groups []IndexGroup
}

// IndexGroup is the entries under one section or organ.
type IndexGroup struct {
	Name    string
	Entries []IndexEntry
}

// IndexEntry is one article: its title and 文号, and where it was printed.
type IndexEntry struct {
	Text string // title（文号）
	Ref  string // e.g. 2020年第8期 第5页
	// Page and Y, when Page > 0, make the entry a link to that page of the
	// document the index is part of (the bound volume).
	Page int
	Y    float64
}

// Index type: the TOC's (toc.go) for the title, the group labels and the
// entries; the part headings between the two (Hei 16).
const indexPartSize = 16.0

// IndexTitle is the index's heading, e.g. 2020年总目录.
func IndexTitle(year int) string { return fmt.Sprintf("%d年总目录", year) }

// LayIndex sets the index on pages numbered from first, with the settings
// and faces of opt (opt.Settings is required: the year's layout, usually its
// last issue's), the folios and running heads of TOC pages. Each part
// starts on a new page; a group's label is kept with its first entry.
func LayIndex(ix *YearIndex, opt Options, first int) (*Document, error) {
	c, err := yearComposer(ix.Title, ix.Year, opt, "总目录")
	if err != nil {
		return nil, err
	}
	boxes, cont := c.indexBoxes(ix)
	g := c.g
	g.columns = 1
	pg := &paginator{g: g}
	var pages []*Page
	for i := 0; i < len(boxes); {
		// A group carried over to a new page is labelled again there.
		lead := cont[boxes[i]]
		top := 0.0
		if lead != nil {
			top = lead.h
		}
		col, next := pg.fill(boxes, i, g.blockH-top)
		if next == i {
			col, next = []placed{{b: boxes[i]}}, i+1
		}
		p := c.g.page(first+len(pages), PageTOC)
		if lead != nil {
			drawBox(p, lead, p.Block.X, p.Block.Y)
		}
		for _, pl := range col {
			drawBox(p, pl.b, p.Block.X, p.Block.Y+top+pl.y)
			if pl.b.section != "" {
				p.Section = pl.b.section
			}
		}
		if p.Section == "" && len(pages) > 0 {
			p.Section = pages[len(pages)-1].Section
		}
		pages = append(pages, p)
		i = next
	}
	head := ix.Title + "　" + IndexTitle(ix.Year)
	for _, p := range pages {
		if c.s.RunningHeads {
			text := p.Section // odd (recto) pages: the part
			if p.Number%2 == 0 {
				text = head
			}
			c.drawRunningHead(p, text)
		}
		c.folio(p)
	}
	return &Document{Title: ix.Title + " " + IndexTitle(ix.Year), Pages: pages}, nil
}

// indexBoxes makes the flow of the index: the title, then each part's
// heading, group labels and entries; cont gives for each entry the label
// that heads it when its group goes on at the top of a page, the group's
// name with （续）.
func (c *composer) indexBoxes(ix *YearIndex) (boxes []*box, cont map[*box]*box) {
	src := SrcPos{Article: -1, Block: -1}
	W := c.g.blockW
	cont = map[*box]*box{}
	// The title as the TOC's "目　录", 20 mm below the top of the text block,
	// the gazette's name above it in the part headings' size.
	nl := simpleLine(c.set, fonts.Hei, indexPartSize, ix.Title, 0)
	tl := simpleLine(c.set, fonts.Hei, tocTitleSize, IndexTitle(ix.Year), 0)
	tb := &box{h: MM(20) + tocTitleSize*2.5, keep: true}
	tb.lines = []textLine{
		{line: nl, x: (W - nl.Width) / 2, y: MM(20) - tocTitleSize*0.6, src: src},
		{line: tl, x: (W - tl.Width) / 2, y: MM(20) + ascentFrac*tocTitleSize, src: src},
	}
	boxes = append(boxes, tb)
	indent := tocEntrySize
	for pi, part := range ix.Parts {
		// The part's heading, centred; a later part starts a new page.
		pl := simpleLine(c.set, fonts.Hei, indexPartSize, part.Name, 0)
		ph := &box{h: 2 * tocLead, keep: true, newPage: pi > 0, section: part.Name}
		ph.lines = []textLine{{line: pl, x: (W - pl.Width) / 2, y: baselineIn(2*tocLead, indexPartSize), src: src}}
		ph.anchors = []Anchor{{Title: part.Name, Level: 0}}
		boxes = append(boxes, ph)
		for _, grp := range part.Groups {
			boxes = append(boxes, c.indexLabel(grp.Name, tocEntryGap*2))
			again := c.indexLabel(grp.Name+"（续）", 0)
			for _, e := range grp.Entries {
				b := c.indexEntry(e, indent, W)
				cont[b] = again
				boxes = append(boxes, b)
			}
		}
	}
	return boxes, cont
}

// indexLabel sets a group's label in the TOC's section-label type, gap
// above it, kept with what follows.
func (c *composer) indexLabel(name string, gap float64) *box {
	src := SrcPos{Article: -1, Block: -1}
	gl := para.Set([]para.Span{{Text: name, Style: fonts.Hei, Size: tocLabelSize}},
		para.Options{Measure: c.g.blockW, Align: para.Left, Fonts: c.set})
	b := &box{h: float64(len(gl))*tocLead + gap, keep: true}
	for i, l := range gl {
		b.lines = append(b.lines, textLine{line: l, y: gap + baselineIn(tocLead, tocLabelSize) + float64(i)*tocLead, src: src})
	}
	return b
}

// indexEntry sets one entry as the TOC sets its entries: the text
// justified in the measure left of the reference, dot leaders on its last
// line up to the reference, set flush right.
func (c *composer) indexEntry(e IndexEntry, indent, W float64) *box {
	src := SrcPos{Article: -1, Block: -1}
	ref := simpleLine(c.set, fonts.Song, tocEntrySize, e.Ref, 0)
	lines := para.Set([]para.Span{{Text: e.Text, Style: fonts.Song, Size: tocEntrySize}},
		para.Options{Measure: W - indent - ref.Width - tocEntrySize, Align: para.Justify, Fonts: c.set})
	b := &box{h: float64(len(lines))*tocLead + tocEntryGap}
	base := baselineIn(tocLead, tocEntrySize)
	for i, l := range lines {
		b.lines = append(b.lines, textLine{line: l, x: indent, y: base + float64(i)*tocLead, src: src})
	}
	y := base + float64(len(lines)-1)*tocLead
	last := lines[len(lines)-1]
	b.lines = append(b.lines, textLine{line: ref, x: W - ref.Width, y: y, src: src})
	if ld := leaders(c.set, indent+last.Width, W-ref.Width); len(ld.Glyphs) > 0 {
		b.lines = append(b.lines, textLine{line: ld, y: y, src: src})
	}
	if e.Page > 0 {
		b.links = []Link{{Rect: Rect{X: indent, Y: 0, W: W - indent, H: float64(len(lines)) * tocLead}, Page: e.Page, Y: e.Y}}
	}
	return b
}
