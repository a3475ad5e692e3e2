package preflight

import (
	"fmt"
	"sort"
	"strings"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout"
)

// Check runs every preflight check over an issue, its laid-out document and
// the fonts it is set in, and returns the findings by page, then article.
// doc may be nil (only the issue is checked); set nil means the bundled
// faces. The pictures are checked for print.
func Check(is *gazette.Issue, doc *layout.Document, set *fonts.Set) []Finding {
	return CheckFor(is, doc, set, false)
}

// CheckFor is Check for print (web false) or for the web edition, where a
// picture under MinDPI is a warning and RGB pictures stay RGB.
func CheckFor(is *gazette.Issue, doc *layout.Document, set *fonts.Set, web bool) []Finding {
	if set == nil {
		set = fonts.Default()
	}
	x := newIndex(is, doc)
	var fs []Finding
	if is != nil {
		fs = append(fs, missingChars(is, x, set)...)
		fs = append(fs, validation(is, x)...)
	}
	if doc != nil {
		fs = append(fs, layoutFindings(doc, x)...)
		fs = append(fs, pictures(is, doc, x, web)...)
	}
	sortFindings(fs)
	return fs
}

// layoutFindings passes on what layout found: overset text and emergency
// breaks (errors), blank pages added (warnings), as layout graded them. A
// finding without a page gets the page its text is set on; a page number
// leading the message is dropped, as the finding names the page.
func layoutFindings(doc *layout.Document, x *index) []Finding {
	var fs []Finding
	for _, lf := range doc.Findings {
		page := lf.Page
		if page == 0 && lf.Src.Article >= 0 {
			page = x.pageOf(lf.Src.Article, lf.Src.Block, lf.Src.Rune)
		}
		msg := lf.Message
		if page > 0 {
			msg = strings.TrimPrefix(msg, fmt.Sprintf("第%d页：", page))
		}
		fs = append(fs, x.finding(lf.Error, page, lf.Src, msg))
	}
	return fs
}

// validation passes on the problems of gazette's Validate: an article
// without title is an error, a document without 文号 or date and an empty
// section are warnings. The article's name is dropped from the message, as
// the finding names it.
func validation(is *gazette.Issue, x *index) []Finding {
	var fs []Finding
	for _, p := range is.Validate() {
		src := layout.SrcPos{Article: -1, Block: -1}
		page := 0
		msg := p.Message
		if i, ok := x.byID[p.ArticleID]; ok && p.ArticleID != "" {
			src.Article = i
			page = x.firstPage[i]
			if name := x.articles[i].Name(); strings.HasPrefix(msg, name) && msg != name {
				msg = strings.TrimPrefix(strings.TrimPrefix(msg, name), "的")
			}
		}
		fs = append(fs, x.finding(p.Severity == gazette.Error, page, src, msg))
	}
	return fs
}

// sortFindings orders findings by page (findings without a page first), then
// by article, block and character, keeping the order of equals.
func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Page != b.Page {
			return a.Page < b.Page
		}
		if a.Src.Article != b.Src.Article {
			return a.Src.Article < b.Src.Article
		}
		if a.Src.Block != b.Src.Block {
			return a.Src.Block < b.Src.Block
		}
		return a.Src.Rune < b.Src.Rune
	})
}
