package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"gazette/archive"
)

// SearchPanel is the archive's search on the 期刊列表 screen: a box for
// words (and, optionally, a year and an issuing organ), the articles found
// in every issue listed by issue (newest first) with the text around the
// match, and a click on an article opening its issue at that article in
// 编排. It searches through archive.Search, as gazette search does.
type SearchPanel struct {
	w *Workstation
	// Entry takes the words; Year and Issuer narrow the search.
	Entry, Year, Issuer *widget.Entry
	SearchBtn, CloseBtn *widget.Button
	// Results lists the issues and their articles; Status counts them.
	Results *widget.List
	Status  *widget.Label

	rows    []searchRow
	bar     fyne.CanvasObject
	results *fyne.Container
}

// searchRow is one line of the results: an issue's heading, or an article
// found in it.
type searchRow struct {
	issue   string // the issue's ID
	article string // "" on an issue's heading
	text    string
}

func newSearchPanel(w *Workstation) *SearchPanel {
	s := &SearchPanel{w: w, Entry: widget.NewEntry(), Year: widget.NewEntry(), Issuer: widget.NewEntry(), Status: widget.NewLabel("")}
	s.Entry.SetPlaceHolder("在所有刊期中查找：标题、文号、正文（多个词用空格分开）")
	s.Year.SetPlaceHolder("年份")
	s.Issuer.SetPlaceHolder("发文机关")
	s.Entry.OnSubmitted = func(string) { s.run() }
	s.Year.OnSubmitted = s.Entry.OnSubmitted
	s.Issuer.OnSubmitted = s.Entry.OnSubmitted
	s.SearchBtn = widget.NewButton("查找", s.run)
	s.CloseBtn = widget.NewButton("关闭结果", s.Clear)
	s.Results = widget.NewList(
		func() int { return len(s.rows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			r := s.rows[i]
			l.SetText(r.text)
			l.TextStyle.Bold = r.article == ""
			l.Refresh()
		})
	s.Results.OnSelected = func(i widget.ListItemID) {
		s.Open(i)
		s.Results.UnselectAll()
	}
	narrow := container.NewGridWrap(fyne.NewSize(90, s.Year.MinSize().Height), s.Year)
	wide := container.NewGridWrap(fyne.NewSize(180, s.Issuer.MinSize().Height), s.Issuer)
	s.bar = container.NewBorder(nil, nil, nil, container.NewHBox(narrow, wide, s.SearchBtn), s.Entry)
	s.results = container.NewBorder(container.NewBorder(nil, nil, nil, s.CloseBtn, s.Status), nil, nil, nil, s.Results)
	s.results.Hide()
	return s
}

// Bar is the search box and its button.
func (s *SearchPanel) Bar() fyne.CanvasObject { return s.bar }

// ResultsView is the results, hidden until a search.
func (s *SearchPanel) ResultsView() fyne.CanvasObject { return s.results }

// Rows returns the result lines shown (for tests).
func (s *SearchPanel) Rows() []string {
	out := make([]string, len(s.rows))
	for i, r := range s.rows {
		out[i] = r.text
	}
	return out
}

// run searches with what the boxes say and shows the results or why
// there are none.
func (s *SearchPanel) run() {
	if err := s.Search(s.Entry.Text, s.Year.Text, s.Issuer.Text); err != nil {
		showError(s.w.Win, err)
	}
}

// Search finds the articles that hold every word (in issues of year, when
// given, and from issuer, when given) and lists them by issue.
func (s *SearchPanel) Search(text, year, issuer string) error {
	q := archive.Query{Text: text, Issuer: strings.TrimSpace(issuer)}
	if y := strings.TrimSpace(year); y != "" {
		n, err := strconv.Atoi(y)
		if err != nil || n < 1000 || n > 9999 {
			return fmt.Errorf("年份“%s”无效：应为四位数字，如 2020", y)
		}
		q.Year = n
	}
	res, err := archive.Search(s.w.Ctl.Store, q)
	if err != nil {
		return err
	}
	s.rows = s.rows[:0]
	for _, ih := range res {
		s.rows = append(s.rows, searchRow{issue: ih.Issue, text: fmt.Sprintf("%s（%s）《%s》", ih.Label(), ih.TotalLabel(), ih.Title)})
		for _, h := range ih.Hits {
			line := "　　" + h.Section + "｜" + h.Title
			if h.DocNumber != "" {
				line += "（" + h.DocNumber + "）"
			}
			if h.Snippet != "" {
				line += "　" + h.Snippet
			}
			s.rows = append(s.rows, searchRow{issue: h.Issue, article: h.Article, text: line})
		}
	}
	if len(res) == 0 {
		s.Status.SetText("没有找到符合的文章")
	} else {
		s.Status.SetText(fmt.Sprintf("找到 %d 篇，见于 %d 期；点一篇打开", archive.Count(res), len(res)))
	}
	s.results.Show()
	s.Results.Refresh()
	return nil
}

// Clear hides the results.
func (s *SearchPanel) Clear() {
	s.rows = nil
	s.results.Hide()
}

// Open opens the issue of result row i, at its article in 编排 (an issue's
// heading opens the issue at the 编排 screen's start).
func (s *SearchPanel) Open(i int) {
	if i < 0 || i >= len(s.rows) {
		return
	}
	r := s.rows[i]
	if cur := s.w.Ctl.Issue(); cur == nil || cur.ID != r.issue {
		if err := s.w.Ctl.Open(r.issue); err != nil {
			showError(s.w.Win, err)
			return
		}
	}
	s.w.Select(TabCompose)
	if r.article != "" {
		s.w.Composer.SelectArticle(r.article)
	}
}
