package gazette

import (
	"fmt"
	"strings"
	"time"
)

// NextIssue returns a new draft issue that follows prev: the same 刊名,
// 主管主办, frequency, statement, slogan, board, colophon, cover and layout
// settings, no sections, number + 1 and total number + 1 — or 第1期 of the
// next year when prev was the last of its year (by its frequency, 月刊 has
// 12). The editor can still change 年/期 before the issue is created.
func NextIssue(prev *Issue) *Issue {
	c := prev.Clone()
	now := time.Now().UTC().Truncate(time.Second)
	c.ID = NewID()
	c.Sections = nil
	c.Status = StatusDraft
	c.SignedAt = time.Time{}
	c.SignedPDFSHA256 = ""
	c.Unlocks = nil
	c.Date = ""
	c.Created, c.Modified = now, now
	c.TotalNumber = prev.TotalNumber + 1
	c.Number = prev.Number + 1
	if max := IssuesPerYear(prev.Frequency); max > 0 && c.Number > max {
		c.Year, c.Number = prev.Year+1, 1
	}
	return c
}

// DuplicateIssue returns a copy of is as a new draft with fresh IDs for the
// issue, its sections and articles (so revisions stay with the original).
func DuplicateIssue(is *Issue) *Issue {
	c := is.Clone()
	now := time.Now().UTC().Truncate(time.Second)
	c.ID = NewID()
	c.Status = StatusDraft
	c.SignedAt = time.Time{}
	c.SignedPDFSHA256 = ""
	c.Unlocks = nil
	c.Created, c.Modified = now, now
	for si := range c.Sections {
		c.Sections[si].ID = NewID()
		for ai := range c.Sections[si].Articles {
			c.Sections[si].Articles[ai].ID = NewID()
		}
	}
	return c
}

// Latest returns the issue that comes last in the series (highest year, then
// number, then total number) or nil for none.
func Latest(issues []*Issue) *Issue {
	var best *Issue
	for _, is := range issues {
		if best == nil || is.Year > best.Year ||
			is.Year == best.Year && (is.Number > best.Number ||
				is.Number == best.Number && is.TotalNumber > best.TotalNumber) {
			best = is
		}
	}
	return best
}

// AddSection appends an empty section named name; the name must be new.
func AddSection(is *Issue, name string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return fmt.Errorf("栏目名称不能为空")
	}
	if is.Section(name) != nil {
		return fmt.Errorf("已有名为“%s”的栏目，请换一个名称", name)
	}
	is.Sections = append(is.Sections, Section{ID: NewID(), Name: name})
	return nil
}

// RenameSection renames section si; the new name must not be taken.
func RenameSection(is *Issue, si int, name string) error {
	name = strings.TrimSpace(name)
	if si < 0 || si >= len(is.Sections) {
		return fmt.Errorf("没有第%d个栏目", si+1)
	}
	if name == "" {
		return fmt.Errorf("栏目名称不能为空")
	}
	if s := is.Section(name); s != nil && s != &is.Sections[si] {
		return fmt.Errorf("已有名为“%s”的栏目，请换一个名称", name)
	}
	is.Sections[si].Name = name
	return nil
}

// DeleteSection removes section si with its articles.
func DeleteSection(is *Issue, si int) error {
	if si < 0 || si >= len(is.Sections) {
		return fmt.Errorf("没有第%d个栏目", si+1)
	}
	is.Sections = append(is.Sections[:si], is.Sections[si+1:]...)
	return nil
}

// MoveSection moves section si by delta places (−1 up, +1 down) and
// returns its new index; at either end it stays put.
func MoveSection(is *Issue, si, delta int) int {
	to := si + delta
	if si < 0 || si >= len(is.Sections) || to < 0 || to >= len(is.Sections) {
		return si
	}
	is.Sections[si], is.Sections[to] = is.Sections[to], is.Sections[si]
	return to
}

// ArticlePos is where an article sits: section index and index within it.
type ArticlePos struct{ Section, Index int }

// FindArticle returns the position of the article with the given ID.
func FindArticle(is *Issue, id string) (ArticlePos, bool) {
	for si := range is.Sections {
		for ai := range is.Sections[si].Articles {
			if is.Sections[si].Articles[ai].ID == id {
				return ArticlePos{si, ai}, true
			}
		}
	}
	return ArticlePos{}, false
}

// MoveArticle moves the article with the given ID by delta places in reading
// order: past the first or last article of its section it crosses into the
// previous or next section (at the end, or the start, of that section).
// It reports whether the article moved.
func MoveArticle(is *Issue, id string, delta int) bool {
	p, ok := FindArticle(is, id)
	if !ok || delta == 0 {
		return false
	}
	arts := is.Sections[p.Section].Articles
	to := p.Index + delta
	if to >= 0 && to < len(arts) {
		arts[p.Index], arts[to] = arts[to], arts[p.Index]
		return true
	}
	ns := p.Section + 1
	if delta < 0 {
		ns = p.Section - 1
	}
	if ns < 0 || ns >= len(is.Sections) {
		return false
	}
	a := arts[p.Index]
	is.Sections[p.Section].Articles = append(arts[:p.Index], arts[p.Index+1:]...)
	dst := &is.Sections[ns]
	if delta < 0 {
		dst.Articles = append(dst.Articles, a)
	} else {
		dst.Articles = append([]Article{a}, dst.Articles...)
	}
	return true
}

// MoveArticleTo moves the article with the given ID to the end of section si.
func MoveArticleTo(is *Issue, id string, si int) error {
	p, ok := FindArticle(is, id)
	if !ok {
		return fmt.Errorf("找不到要移动的文章")
	}
	if si < 0 || si >= len(is.Sections) {
		return fmt.Errorf("没有第%d个栏目", si+1)
	}
	if si == p.Section {
		return nil
	}
	src := &is.Sections[p.Section]
	a := src.Articles[p.Index]
	src.Articles = append(src.Articles[:p.Index], src.Articles[p.Index+1:]...)
	is.Sections[si].Articles = append(is.Sections[si].Articles, a)
	return nil
}

// DeleteArticle removes the article with the given ID.
func DeleteArticle(is *Issue, id string) bool {
	p, ok := FindArticle(is, id)
	if !ok {
		return false
	}
	s := &is.Sections[p.Section]
	s.Articles = append(s.Articles[:p.Index], s.Articles[p.Index+1:]...)
	return true
}
