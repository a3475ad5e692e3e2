package proof

import (
	"fmt"
	"sort"
	"strings"

	"gazette/gazette"
)

// citeDocNumber is the source of the 文号 rules.
const citeDocNumber = "GB/T 9704-2012 7.2.5 发文字号"

// issueContext is what the rules know beyond one article: which issuers
// write each 代字 and which 文号 are already used, in this issue and before.
type issueContext struct {
	year int
	// agencyIssuers maps a 代字 to the issuers that wrote it in earlier issues.
	agencyIssuers map[string]map[string]bool
	// published maps a 文号 key to where an earlier issue of the same gazette
	// printed it.
	published map[string]string
	// inIssue maps a 文号 key to the articles of this issue that carry it.
	inIssue map[string][]*gazette.Article
}

// newIssueContext gathers the 代字 and 文号 of the earlier issues: all of
// them for the 代字 (an organ writes the same 代字 in every gazette), those
// of the same gazette before this one for the 文号 already printed.
func newIssueContext(is *gazette.Issue, earlier []*gazette.Issue) *issueContext {
	c := &issueContext{year: is.Year, agencyIssuers: map[string]map[string]bool{},
		published: map[string]string{}, inIssue: map[string][]*gazette.Article{}}
	sorted := append([]*gazette.Issue(nil), earlier...)
	sort.SliceStable(sorted, func(i, j int) bool {
		return sorted[i].Year*1000+sorted[i].Number < sorted[j].Year*1000+sorted[j].Number
	})
	for _, e := range sorted {
		if e == nil || e.ID == is.ID {
			continue
		}
		before := e.Title == is.Title && e.Year*1000+e.Number < is.Year*1000+is.Number
		e.Articles(func(_, _ int, a *gazette.Article) bool {
			d, ok := gazette.ParseDocNumber(a.DocNumber)
			if !ok {
				return true
			}
			if !d.Order && len(a.Issuers) == 1 {
				if c.agencyIssuers[d.Agency] == nil {
					c.agencyIssuers[d.Agency] = map[string]bool{}
				}
				c.agencyIssuers[d.Agency][a.Issuers[0]] = true
			}
			if before {
				if _, seen := c.published[d.Key()]; !seen {
					c.published[d.Key()] = fmt.Sprintf("%s %s《%s》", e.Title, e.Label(), a.Title)
				}
			}
			return true
		})
	}
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		if d, ok := readKey(a.DocNumber); ok {
			c.inIssue[d] = append(c.inIssue[d], a)
		}
		return true
	})
	return c
}

// readKey returns the standard form of a 文号 however it is written.
func readKey(s string) (string, bool) {
	if d, ok := gazette.ParseDocNumber(s); ok {
		return d.Key(), true
	}
	for _, p := range gazette.CheckDocNumber(s) {
		if d, ok := gazette.ParseDocNumber(p.Fix); ok {
			return d.Key(), true
		}
	}
	return "", false
}

// fieldUnit returns the unit of the head field name, or nil.
func (ac *article) fieldUnit(name string) *unit {
	for _, u := range ac.units {
		if u.loc.Field == name {
			return u
		}
	}
	return nil
}

// docNumberForm: the 文号 field in its standard form — year in 六角括号
// 〔〕 (not [] ［］ （） 【】), no 第 and no leading zero in the running
// number, ending in 号 (GB/T 9704-2012 7.2.5).
func docNumberForm(ac *article, _ *issueContext) {
	u := ac.fieldUnit("doc_number")
	if u == nil {
		return
	}
	for _, p := range gazette.CheckDocNumber(u.text) {
		var fix *Fix
		if p.Fix != "" {
			fix = replace(u, 0, len(u.text), p.Fix)
		}
		ac.emit(u, 0, len(u.text), gazette.Error, p.Rule, citeDocNumber, p.Message, fix)
	}
}

// docNumberYear: the year of a 文号 is the year the document was issued, so
// it is not after the issue's year, nor after the document's own date
// (GB/T 9704-2012 7.2.5: 年份应标全称).
func docNumberYear(ac *article, ctx *issueContext) {
	u := ac.fieldUnit("doc_number")
	if u == nil {
		return
	}
	key, ok := readKey(u.text)
	if !ok {
		return
	}
	d, _ := gazette.ParseDocNumber(key)
	if d.Order || d.Year == 0 {
		return
	}
	switch {
	case ctx.year > 0 && d.Year > ctx.year:
		ac.emit(u, 0, len(u.text), gazette.Error, "docnumber-year", citeDocNumber,
			fmt.Sprintf("文号年份 %d 晚于本期年份 %d", d.Year, ctx.year), nil)
	case gazette.ValidDate(ac.a.Date) && d.Year != yearOf(ac.a.Date):
		ac.emit(u, 0, len(u.text), gazette.Warning, "docnumber-year", citeDocNumber,
			fmt.Sprintf("文号年份 %d 与成文日期 %s 的年份不同", d.Year, ac.a.DateLabel()), nil)
	}
}

func yearOf(date string) int {
	var y int
	fmt.Sscanf(date, "%d", &y)
	return y
}

// docNumberIssuer: a 代字 belongs to one organ (GB/T 9704-2012 7.2.5 发文
// 机关代字); a document whose 代字 earlier issues paired with other issuers
// only (景府字 ↔ 景德镇市人民政府) names the wrong issuer or the wrong 代字.
func docNumberIssuer(ac *article, ctx *issueContext) {
	u := ac.fieldUnit("doc_number")
	if u == nil || len(ac.a.Issuers) != 1 {
		return
	}
	key, ok := readKey(u.text)
	if !ok {
		return
	}
	d, _ := gazette.ParseDocNumber(key)
	known := ctx.agencyIssuers[d.Agency]
	if d.Order || len(known) == 0 || known[ac.a.Issuers[0]] {
		return
	}
	var names []string
	for n := range known {
		names = append(names, n)
	}
	sort.Strings(names)
	ac.emit(u, 0, len(d.Agency), gazette.Warning, "docnumber-issuer", citeDocNumber,
		fmt.Sprintf("代字“%s”在往期是%s的，本文发文机关却是%s", d.Agency, strings.Join(names, "、"), ac.a.Issuers[0]), nil)
}

// docNumberDuplicate: one 文号 is one document (GB/T 9704-2012 7.2.5): the
// same number twice in the issue, or already printed in an earlier issue,
// is a document imported twice or a number mistyped.
func docNumberDuplicate(ac *article, ctx *issueContext) {
	u := ac.fieldUnit("doc_number")
	if u == nil {
		return
	}
	key, ok := readKey(u.text)
	if !ok {
		return
	}
	if others := ctx.inIssue[key]; len(others) > 1 {
		for _, o := range others {
			if o != ac.a {
				ac.emit(u, 0, len(u.text), gazette.Error, "docnumber-duplicate", citeDocNumber,
					fmt.Sprintf("本期《%s》也是这个文号", o.Title), nil)
				break
			}
		}
	}
	if where, ok := ctx.published[key]; ok {
		ac.emit(u, 0, len(u.text), gazette.Error, "docnumber-published", citeDocNumber,
			"这个文号已在"+where+"刊登", nil)
	}
}

// docNumberInText: a 文号 cited in the text follows the same form as the
// 文号 line — 〔〕 for the year, no 第, ending in 号 (GB/T 9704-2012 7.2.5).
func docNumberInText(ac *article, u *unit) {
	if u.loc.Field == "doc_number" {
		return
	}
	for _, m := range gazette.DocNumbersIn(u.text) {
		for _, p := range m.Problems {
			if p.Fix == "" {
				continue
			}
			ac.emit(u, m.Start, m.End, gazette.Error, p.Rule, citeDocNumber, p.Message, replace(u, m.Start, m.End, p.Fix))
			break
		}
	}
}
