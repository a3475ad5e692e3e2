package archive

import (
	"fmt"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout"
	"gazette/preflight"
	"gazette/store"
)

// Folios is how a bound volume numbers its pages.
type Folios string

// The ways of numbering a volume.
const (
	// FoliosIssue keeps each issue's pages as they were printed, numbered
	// from its own cover; the index cites those numbers.
	FoliosIssue Folios = "issue"
	// FoliosContinuous numbers the whole volume on from its cover: each
	// issue is set again with its cover on the page after the issue before
	// it, its TOC and folios saying the volume's numbers, and the index
	// cites those.
	FoliosContinuous Folios = "continuous"
)

// VolumeOptions choose a bound volume.
type VolumeOptions struct {
	Year
	Folios Folios // "" is FoliosIssue
}

// Finding is a preflight finding of one of the volume's issues.
type Finding struct {
	Issue string // e.g. 2020年第8期
	preflight.Finding
}

// String returns the finding with its issue.
func (f Finding) String() string { return f.Issue + " " + f.Finding.String() }

// Volume sets the year's bound volume (合订本): its cover and a blank page,
// the 年度总目录 (entries linked to their pages, padded so that the issues
// begin on a right-hand page and the volume's count stays a multiple of
// 4), then every issue of the year whole, in number order. Bookmarks: the
// index and its parts, each issue and its documents. The findings are the
// issues' preflight findings.
func Volume(st *store.Store, vo VolumeOptions) (*layout.Document, []Finding, error) {
	switch vo.Folios {
	case "":
		vo.Folios = FoliosIssue
	case FoliosIssue, FoliosContinuous:
	default:
		return nil, nil, fmt.Errorf("页码方式“%s”无效：应为 issue（各期自有页码）或 continuous（全卷连续页码）", vo.Folios)
	}
	sums, err := vo.issues(st)
	if err != nil {
		return nil, nil, err
	}
	// Each issue as printed: its pages and where its articles begin.
	var issues []*laidIssue
	for _, s := range sums {
		is, err := st.Get(s.ID)
		if err != nil {
			return nil, nil, err
		}
		li, err := layIssue(is, 1)
		if err != nil {
			return nil, nil, err
		}
		issues = append(issues, li)
	}
	last := issues[len(issues)-1].is
	set, err := fonts.NewSet(last.Layout.Faces)
	if err != nil {
		return nil, nil, err
	}
	opt := layout.Options{Settings: &last.Layout, Fonts: set}
	cover, err := layout.LayVolumeCover(volumeCover(issues), opt)
	if err != nil {
		return nil, nil, err
	}
	// The index's length decides where the issues begin, and (with
	// continuous folios) the numbers it cites: set it until it keeps its
	// length.
	first := len(cover) + 1
	var index []*layout.Page
	var starts []int
	for n, tries := 0, 0; ; tries++ {
		starts = issueStarts(issues, first+n)
		ix, err := layout.LayIndex(volumeIndex(issues, starts, vo.Folios), opt, first)
		if err != nil {
			return nil, nil, err
		}
		index = padPages(ix.Pages, len(cover))
		if len(index) == n || tries >= 8 {
			break
		}
		n = len(index)
	}
	// With continuous folios each issue is set again from its place.
	if vo.Folios == FoliosContinuous {
		for k, li := range issues {
			again, err := layIssue(li.is, starts[k])
			if err != nil {
				return nil, nil, err
			}
			if len(again.doc.Pages) != len(li.doc.Pages) {
				return nil, nil, fmt.Errorf("《%s》%s按连续页码重排后页数变了（%d→%d）", li.is.Title, li.is.Label(), len(li.doc.Pages), len(again.doc.Pages))
			}
			issues[k] = again
		}
	}
	doc := &layout.Document{Title: fmt.Sprintf("%s %d年合订本", last.Title, vo.Year.Year)}
	doc.Pages = append(doc.Pages, cover...)
	doc.Pages = append(doc.Pages, indexPages(index, vo.Year.Year)...)
	var findings []Finding
	for k, li := range issues {
		shift := starts[k] - 1
		if vo.Folios == FoliosContinuous {
			shift = 0 // already numbered in the volume
		}
		doc.Pages = append(doc.Pages, issuePages(li, shift)...)
		set, err := fonts.NewSet(li.is.Layout.Faces)
		if err != nil {
			return nil, nil, err
		}
		for _, f := range preflight.Check(li.is, li.doc, set) {
			findings = append(findings, Finding{Issue: li.is.Label(), Finding: f})
		}
		li.doc = nil // its pages are the volume's now
	}
	return doc, findings, nil
}

// volumeCover says what the volume binds: 第1—12期（总第9—20期）.
func volumeCover(issues []*laidIssue) layout.VolumeCover {
	a, b := issues[0].is, issues[len(issues)-1].is
	nums := gazette.NumberRangeLabel(a.Number, b.Number, b.Unit)
	if a.TotalNumber > 0 && b.TotalNumber > 0 {
		nums += "（" + gazette.TotalRangeLabel(a.TotalNumber, b.TotalNumber, b.Unit) + "）"
	}
	return layout.VolumeCover{Title: b.Title, Year: b.Year, Numbers: nums, Sponsor: b.Sponsor, Color: b.Cover.Color}
}

// issueStarts returns the volume page of each issue's cover when the first
// begins at page first.
func issueStarts(issues []*laidIssue, first int) []int {
	starts := make([]int, len(issues))
	for k, li := range issues {
		starts[k] = first
		first += len(li.doc.Pages)
	}
	return starts
}

// volumeIndex is the index of the volume: every entry links to the
// article's page in the volume, and cites the issue's own page or, with
// continuous folios, the volume's.
func volumeIndex(issues []*laidIssue, starts []int, folios Folios) *layout.YearIndex {
	var arts []placedArticle
	for k, li := range issues {
		for _, pa := range li.articles {
			if folios == FoliosContinuous {
				pa.page += starts[k] - 1
			}
			arts = append(arts, pa)
		}
	}
	pageOf := func(pa *placedArticle) int { return pa.page }
	if folios != FoliosContinuous {
		start := map[*gazette.Issue]int{}
		for k, li := range issues {
			start[li.is] = starts[k]
		}
		pageOf = func(pa *placedArticle) int { return start[pa.issue] - 1 + pa.page }
	}
	last := issues[len(issues)-1].is
	return yearIndex(last.Title, last.Year, arts, pageOf)
}

// indexPages gives the index's pages the volume's bookmarks: the index as
// a whole at the top level, its parts below it.
func indexPages(pages []*layout.Page, year int) []*layout.Page {
	out := make([]*layout.Page, len(pages))
	for i, p := range pages {
		np := *p
		np.Anchors = nil
		if i == 0 {
			np.Anchors = append(np.Anchors, layout.Anchor{Title: layout.IndexTitle(year), Level: 0})
		}
		for _, a := range p.Anchors {
			a.Level = 1
			np.Anchors = append(np.Anchors, a)
		}
		out[i] = &np
	}
	return out
}

// issuePages returns an issue's pages as pages of the volume: numbered on
// by shift, their links shifted alike, and bookmarked as the issue (its
// cover, at the top level) and its documents (below it; the sections'
// bookmarks give way to the issue's).
func issuePages(li *laidIssue, shift int) []*layout.Page {
	out := make([]*layout.Page, len(li.doc.Pages))
	for i, p := range li.doc.Pages {
		np := *p
		np.Number += shift
		if len(p.Links) > 0 {
			np.Links = make([]layout.Link, len(p.Links))
			for j, l := range p.Links {
				l.Page += shift
				np.Links[j] = l
			}
		}
		np.Anchors = nil
		if i == 0 {
			np.Anchors = append(np.Anchors, layout.Anchor{Title: li.is.Label() + "（" + li.is.TotalLabel() + "）", Level: 0})
		}
		for _, a := range p.Anchors {
			if a.Level >= 1 {
				np.Anchors = append(np.Anchors, a)
			}
		}
		out[i] = &np
	}
	return out
}
