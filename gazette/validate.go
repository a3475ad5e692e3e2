package gazette

import (
	"fmt"
	"strings"
	"time"
)

// Severity grades a Problem.
type Severity int

// The severities of a Problem.
const (
	Warning Severity = iota
	Error
)

// Label returns 错误 or 警告.
func (s Severity) Label() string {
	if s == Error {
		return "错误"
	}
	return "警告"
}

// Problem is one finding of Validate: a Chinese message that names the
// article and the field.
type Problem struct {
	Severity  Severity
	ArticleID string // "" for issue-level problems
	Field     string // the model field, e.g. "doc_number"
	Message   string // e.g. 《…的通知》缺少文号
}

func (p Problem) String() string { return p.Severity.Label() + "：" + p.Message }

// Validate checks the issue and returns its problems in reading order.
// Errors make an issue unfit to print; warnings are for the editor to judge.
func (is *Issue) Validate() []Problem {
	var ps []Problem
	add := func(sev Severity, id, field, format string, args ...any) {
		ps = append(ps, Problem{Severity: sev, ArticleID: id, Field: field, Message: fmt.Sprintf(format, args...)})
	}
	if strings.TrimSpace(is.Title) == "" {
		add(Error, "", "title", "本期缺少刊名")
	}
	if is.Year < 1949 || is.Year > 2200 {
		add(Error, "", "year", "本期年份 %d 无效", is.Year)
	}
	if is.Number < 1 {
		add(Error, "", "number", "本期期号 %d 无效", is.Number)
	}
	if !is.Unit.Valid() {
		add(Error, "", "unit", "本期的期号单位“%s”无效（应为“期”或“号”）", is.Unit)
	}
	if is.Date != "" && !ValidDate(is.Date) {
		add(Error, "", "date", "出版日期“%s”不是有效日期（应为 YYYY-MM-DD）", is.Date)
	}
	for si := range is.Sections {
		s := &is.Sections[si]
		if strings.TrimSpace(s.Name) == "" {
			add(Error, "", "sections", "第%d个栏目缺少名称", si+1)
		}
		if len(s.Articles) == 0 {
			add(Warning, "", "sections", "栏目“%s”没有文章", s.Name)
		}
		for ai := range s.Articles {
			a := &s.Articles[ai]
			ps = append(ps, a.Validate()...)
			for _, fp := range CheckDateField(a.Date, is.Year, is.Date) {
				if fp.Rule != "date-real" { // Article.Validate says that one
					add(Warning, a.ID, "date", "%s：%s", a.Name(), fp.Message)
				}
			}
		}
	}
	return ps
}

// Validate checks one article: a missing title or a malformed date is an
// error; a document without 文号 or date, or with a 文号 not in its standard
// form (CheckDocNumber, GB/T 9704-2012 §7.2.5), is a warning.
func (a *Article) Validate() []Problem {
	var ps []Problem
	name := a.Name()
	add := func(sev Severity, field, format string, args ...any) {
		ps = append(ps, Problem{Severity: sev, ArticleID: a.ID, Field: field, Message: fmt.Sprintf(format, args...)})
	}
	if strings.TrimSpace(a.Title) == "" {
		add(Error, "title", "%s缺少标题", name)
	}
	switch a.Kind {
	case KindDocument, KindStatistics, KindNews:
	default:
		add(Error, "kind", "%s的类型“%s”无效", name, a.Kind)
	}
	if a.Kind == KindDocument {
		if strings.TrimSpace(a.DocNumber) == "" && !DatedNote(a.Subtitle) {
			add(Warning, "doc_number", "%s缺少文号", name)
		}
		for _, fp := range CheckDocNumber(a.DocNumber) {
			if fp.Fix != "" {
				add(Warning, "doc_number", "%s：%s（应为“%s”）", name, fp.Message, fp.Fix)
			} else {
				add(Warning, "doc_number", "%s：%s", name, fp.Message)
			}
		}
		if a.Date == "" {
			add(Warning, "date", "%s缺少成文日期", name)
		}
	}
	if a.Date != "" && !ValidDate(a.Date) {
		add(Error, "date", "%s的成文日期“%s”无效（应为 YYYY-MM-DD）", name, a.Date)
	}
	if len(a.TitleLines) > 0 && strings.Join(a.TitleLines, "") != a.Title {
		add(Error, "title_lines", "%s的标题分行与标题不一致", name)
	}
	switch a.Disclosure {
	case "", DisclosurePublic, DisclosureOnRequest, DisclosureNone, DisclosurePublished:
	default:
		add(Warning, "disclosure", "%s的公开属性“%s”不是主动公开、依申请公开、不予公开或公开发布", name, a.Disclosure)
	}
	return ps
}

// Name returns the article as editors name it: its title in 《》, or
// “未命名文章” when it has none.
func (a *Article) Name() string {
	if strings.TrimSpace(a.Title) == "" {
		return "未命名文章"
	}
	return "《" + a.Title + "》"
}

// Errors returns only the problems of severity Error.
func Errors(ps []Problem) []Problem {
	var out []Problem
	for _, p := range ps {
		if p.Severity == Error {
			out = append(out, p)
		}
	}
	return out
}

// ValidDate reports whether s is a real calendar date in YYYY-MM-DD form.
func ValidDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// DateLabel formats a YYYY-MM-DD date the Chinese way, "2020年7月21日", or
// returns "" when s is not a valid date.
func DateLabel(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}
