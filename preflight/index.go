package preflight

import (
	"sort"

	"gazette/gazette"
	"gazette/layout"
)

// blockKey names one block of one article (layout.SrcPos without the rune).
type blockKey struct{ article, block int }

// pageStart is where a block's text begins on a page: from rune on, the
// block is on page.
type pageStart struct{ rune, page int }

// index ties the issue's articles to their reading-order numbers and to the
// pages their text is set on.
type index struct {
	articles  []*gazette.Article
	byID      map[string]int
	firstPage map[int]int              // article → first page with its text
	blocks    map[blockKey][]pageStart // in rune order
}

func newIndex(is *gazette.Issue, doc *layout.Document) *index {
	x := &index{byID: map[string]int{}, firstPage: map[int]int{}, blocks: map[blockKey][]pageStart{}}
	if is != nil {
		is.Articles(func(_, _ int, a *gazette.Article) bool {
			x.byID[a.ID] = len(x.articles)
			x.articles = append(x.articles, a)
			return true
		})
	}
	if doc == nil {
		return x
	}
	for _, p := range doc.Pages {
		if p == nil {
			continue
		}
		for _, r := range p.Runs {
			for _, g := range r.Glyphs {
				a := g.Src.Article
				if a < 0 {
					continue
				}
				if fp, ok := x.firstPage[a]; !ok || p.Number < fp {
					x.firstPage[a] = p.Number
				}
				k := blockKey{a, g.Src.Block}
				st := x.blocks[k]
				if n := len(st); n == 0 || st[n-1].page != p.Number {
					x.blocks[k] = append(st, pageStart{g.Src.Rune, p.Number})
				} else if g.Src.Rune < st[n-1].rune {
					st[n-1].rune = g.Src.Rune
				}
			}
		}
	}
	for k, st := range x.blocks {
		sort.SliceStable(st, func(i, j int) bool { return st[i].rune < st[j].rune })
		x.blocks[k] = st
	}
	return x
}

// article returns the article of reading-order number i, or nil.
func (x *index) article(i int) *gazette.Article {
	if i < 0 || i >= len(x.articles) {
		return nil
	}
	return x.articles[i]
}

// pageOf returns the page the given rune of a block is set on: the block's
// page there, else the article's first page, else 0.
func (x *index) pageOf(article, block, rune int) int {
	st := x.blocks[blockKey{article, block}]
	page := 0
	for _, s := range st {
		if s.rune > rune {
			break
		}
		page = s.page
	}
	if page == 0 && len(st) > 0 {
		page = st[0].page
	}
	if page == 0 {
		page = x.firstPage[article]
	}
	return page
}

// finding returns a finding tied to a place in the issue, with the article's
// ID and title filled in.
func (x *index) finding(isErr bool, page int, src layout.SrcPos, msg string) Finding {
	f := Finding{Error: isErr, Page: page, Src: src, Message: msg}
	if a := x.article(src.Article); a != nil {
		f.ArticleID = a.ID
		f.Article = a.Title
	}
	return f
}
