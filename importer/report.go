package importer

import (
	"strings"
	"unicode"

	"gazette/gazette"
)

// Removal is one line (or part of a line) of the input that the importer
// did not put into the issue, with where it was and why: page furniture
// (a folio, a running head), the printed 目录 (the issue's sections are
// taken from it), a table's header row repeated after a page break, or the
// label of a masthead field whose value was kept. Nothing else is dropped.
type Removal struct {
	Line   int    `json:"line"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// The reasons of a Removal.
const (
	ReasonFolio       = "页码"
	ReasonRunningHead = "页眉"
	ReasonTOC         = "目录"
	ReasonHeaderRow   = "续表重复的表头"
	ReasonLabel       = "刊头栏目名或标点（值已记入该栏）"
	ReasonIssuer      = "发文机关行（记入发文机关，标题已含，不重印）"
	ReasonBanner      = "版头（发文机关标志、份号、密级、紧急程度、签发人），公报不印"
	ReasonMeta        = "交换格式元数据注释"
	ReasonDocLine     = "文号行的括号"
	ReasonDateTwice   = "文号行中的成文日期（落款中已有，只印一次）"
	ReasonDateFigures = "成文日期原文（按 2020年7月21日 的写法印出）"
)

// Report is what an import found and did, for the editor to check before
// saving: the documents, what was removed, the warnings.
type Report struct {
	File     string    `json:"file"`
	Removed  []Removal `json:"removed"`
	Warnings []Warning `json:"warnings"`
}

// RemovedText returns the text of every removal, one a line.
func (r *Report) RemovedText() string {
	var b strings.Builder
	for _, m := range r.Removed {
		b.WriteString(m.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// remove records that line n's text (or the part given) was left out.
func (p *parser) remove(n int, text, reason string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	p.removed = append(p.removed, Removal{Line: n, Text: text, Reason: reason})
}

// ParseIssueReport is ParseIssue returning the import's report.
func ParseIssueReport(name, text string) (*gazette.Issue, *Report, error) {
	p := newParser(name, text)
	is, err := p.parseIssue()
	return is, &Report{File: name, Removed: p.removed, Warnings: p.warn.list}, err
}

// ParseDocumentReport is ParseDocument returning the import's report.
func ParseDocumentReport(name, text string) (gazette.Article, *Report, error) {
	p := newParser(name, text)
	a, err := p.parseDocument()
	return a, &Report{File: name, Removed: p.removed, Warnings: p.warn.list}, err
}

// keepRest records as a removal what is left of a masthead line once the
// values taken from it (a field's value, a role and names) are taken out:
// its label, a colon, the brackets around 月刊. A value is taken out where
// it stands whole, else character by character from the line's end (a
// value follows its label).
func (p *parser) keepRest(n int, raw string, values ...string) {
	p.keepRestAs(n, raw, ReasonLabel, values...)
}

// keepRestAs is keepRest with another reason.
func (p *parser) keepRestAs(n int, raw, reason string, values ...string) {
	rest := raw
	for _, v := range values {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		if k := strings.LastIndex(rest, v); k >= 0 {
			rest = rest[:k] + " " + rest[k+len(v):]
			continue
		}
		rs := []rune(rest)
		vs := []rune(v)
		for i := len(vs) - 1; i >= 0; i-- {
			if unicode.IsSpace(vs[i]) {
				continue
			}
			for k := len(rs) - 1; k >= 0; k-- {
				if rs[k] == vs[i] || Fold(rs[k]) == Fold(vs[i]) {
					rs = append(rs[:k], rs[k+1:]...)
					break
				}
			}
		}
		rest = string(rs)
	}
	p.remove(n, strings.Join(strings.Fields(rest), " "), reason)
}
