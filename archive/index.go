package archive

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout"
	"gazette/store"
)

// Year chooses the issues of a year's index or volume.
type Year struct {
	Year int
	// Title is the gazette's name (刊名); "" takes the only gazette that has
	// issues that year (a database may hold several).
	Title string
}

// issues returns the year's issues of one gazette in number order.
func (y Year) issues(st *store.Store) ([]store.Summary, error) {
	all, err := st.List()
	if err != nil {
		return nil, err
	}
	var out []store.Summary
	titles := map[string]bool{}
	for _, s := range all {
		if s.Year != y.Year || (y.Title != "" && s.Title != y.Title) {
			continue
		}
		titles[s.Title] = true
		out = append(out, s)
	}
	switch {
	case len(out) == 0 && y.Title != "":
		return nil, fmt.Errorf("数据库中没有《%s》%d年的刊期", y.Title, y.Year)
	case len(out) == 0:
		return nil, fmt.Errorf("数据库中没有%d年的刊期", y.Year)
	case len(titles) > 1:
		var names []string
		for t := range titles {
			names = append(names, "《"+t+"》")
		}
		sort.Strings(names)
		return nil, fmt.Errorf("%d年有 %d 种公报的刊期（%s），请指定刊名", y.Year, len(names), strings.Join(names, "、"))
	}
	for i := 1; i < len(out); i++ {
		if out[i].Number == out[i-1].Number {
			return nil, fmt.Errorf("《%s》%s有两期（%s 与 %s），请先删去或改正一期", out[i].Title, out[i].Label(), out[i-1].ID, out[i].ID)
		}
	}
	return out, nil
}

// placedArticle is an article of the year and where its issue printed it.
type placedArticle struct {
	issue   *gazette.Issue
	section string
	a       *gazette.Article
	page    int     // the page it begins on, in its issue's own numbering
	y       float64 // where on that page
}

// laidIssue is an issue set in pages with where each article begins.
type laidIssue struct {
	is       *gazette.Issue
	doc      *layout.Document
	articles []placedArticle
}

// layIssue sets an issue in pages as render does, its cover numbered
// first (layout.Options.FirstPage), and finds the page each article begins
// on: the article anchors of its body pages, which the layout puts where
// each article's head is drawn.
func layIssue(is *gazette.Issue, first int) (*laidIssue, error) {
	set, err := fonts.NewSet(is.Layout.Faces)
	if err != nil {
		return nil, fmt.Errorf("《%s》%s的字体：%w", is.Title, is.Label(), err)
	}
	doc, err := layout.Lay(is, layout.Options{Fonts: set, FirstPage: first})
	if err != nil {
		return nil, fmt.Errorf("排版《%s》%s：%w", is.Title, is.Label(), err)
	}
	li := &laidIssue{is: is, doc: doc}
	var starts []placedArticle
	for _, p := range doc.Pages {
		if p.Kind != layout.PageBody {
			continue
		}
		for _, an := range p.Anchors {
			if an.Level == 1 {
				starts = append(starts, placedArticle{page: p.Number, y: an.Y})
			}
		}
	}
	if len(starts) != is.ArticleCount() {
		return nil, fmt.Errorf("《%s》%s有 %d 篇文章，版面上只找到 %d 篇的起始页", is.Title, is.Label(), is.ArticleCount(), len(starts))
	}
	k := 0
	is.Articles(func(si, _ int, a *gazette.Article) bool {
		starts[k].issue, starts[k].section, starts[k].a = is, is.Sections[si].Name, a
		k++
		return true
	})
	li.articles = starts
	return li, nil
}

// The index's parts.
const (
	partSections = "按栏目分类"
	partIssuers  = "按发文机关分类"
	noIssuer     = "其他"
)

// yearIndex arranges the year's articles (in issue and reading order) into
// the 年度总目录: by section, every article; by issuing organ, every
// document (a joint document under its lead organ, the first it names;
// documents naming none under 其他). Groups come in the order they first appear in the year.
// volPage, when not nil, gives the page an article begins on in the
// document the index goes into, for a link.
func yearIndex(title string, year int, arts []placedArticle, volPage func(*placedArticle) int) *layout.YearIndex {
	type grouping struct {
		order  []string
		groups map[string]*layout.IndexGroup
	}
	add := func(g *grouping, name string, e layout.IndexEntry) {
		if g.groups[name] == nil {
			g.groups[name] = &layout.IndexGroup{Name: name}
			g.order = append(g.order, name)
		}
		g.groups[name].Entries = append(g.groups[name].Entries, e)
	}
	bySection := &grouping{groups: map[string]*layout.IndexGroup{}}
	byIssuer := &grouping{groups: map[string]*layout.IndexGroup{}}
	for i := range arts {
		pa := &arts[i]
		e := layout.IndexEntry{Text: entryText(pa.a), Ref: entryRef(pa), Y: pa.y}
		if volPage != nil {
			e.Page = volPage(pa)
		}
		add(bySection, pa.section, e)
		if pa.a.Kind != gazette.KindDocument && pa.a.Kind != "" {
			continue
		}
		add(byIssuer, leadIssuer(pa.a), e)
	}
	ix := &layout.YearIndex{Title: title, Year: year}
	for _, p := range []struct {
		name string
		g    *grouping
	}{{partSections, bySection}, {partIssuers, byIssuer}} {
		if len(p.g.order) == 0 {
			continue
		}
		part := layout.IndexPart{Name: p.name}
		for _, name := range p.g.order {
			part.Groups = append(part.Groups, *p.g.groups[name])
		}
		ix.Parts = append(ix.Parts, part)
	}
	return ix
}

// leadIssuer is the organ a document is listed under by organ: the first
// of its issuers (a joint document's lead organ, 主办机关, comes first), or
// 其他.
func leadIssuer(a *gazette.Article) string {
	for _, org := range a.Issuers {
		if org = strings.TrimSpace(org); org != "" {
			return org
		}
	}
	return noIssuer
}

// entryText is an entry's text: the title, with its 文号 in brackets as the
// TOC gives it.
func entryText(a *gazette.Article) string {
	if a.DocNumber != "" {
		return a.Title + "（" + a.DocNumber + "）"
	}
	return a.Title
}

// entryRef is where an entry was printed, e.g. 2020年第8期 第5页.
func entryRef(pa *placedArticle) string {
	return fmt.Sprintf("%s 第%d页", pa.issue.Label(), pa.page)
}

// Index sets the year's 年度总目录 as a document of its own, its pages
// numbered from 1 and padded with blank pages to a multiple of 4 for
// saddle stitching, in the layout of the year's last issue.
func Index(st *store.Store, y Year) (*layout.Document, error) {
	sums, err := y.issues(st)
	if err != nil {
		return nil, err
	}
	var arts []placedArticle
	var last *gazette.Issue
	for _, s := range sums {
		is, err := st.Get(s.ID)
		if err != nil {
			return nil, err
		}
		li, err := layIssue(is, 1)
		if err != nil {
			return nil, err
		}
		arts = append(arts, li.articles...)
		last = is
	}
	doc, err := layout.LayIndex(yearIndex(last.Title, y.Year, arts, nil), layout.Options{Settings: &last.Layout}, 1)
	if err != nil {
		return nil, err
	}
	doc.Pages = padPages(doc.Pages, 0)
	return doc, nil
}

// padPages appends blank pages until the count plus extra is a multiple
// of 4 (saddle stitching, docs/typesetting.md §7).
func padPages(pages []*layout.Page, extra int) []*layout.Page {
	for (len(pages)+extra)%4 != 0 {
		last := pages[len(pages)-1]
		pages = append(pages, &layout.Page{Number: last.Number + 1, Kind: layout.PageBlank,
			Width: last.Width, Height: last.Height, Bleed: last.Bleed, Block: mirrored(last)})
	}
	return pages
}

// mirrored returns the text block of the page after p (margins mirror on
// facing pages).
func mirrored(p *layout.Page) layout.Rect {
	b := p.Block
	b.X = p.Width - b.X - b.W
	return b
}

// Dated is the date the year's index and volume carry as their PDF's
// creation and modification: the newest change of any of the year's issues,
// so that the same database always gives the same file and PDF/X has its
// dates.
func (y Year) Dated(st *store.Store) (time.Time, error) {
	iss, err := y.issues(st)
	if err != nil {
		return time.Time{}, err
	}
	var t time.Time
	for _, s := range iss {
		if s.Modified.After(t) {
			t = s.Modified
		}
	}
	return t, nil
}
