package importer

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"gazette/exchange"
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
	ReasonEntity      = "网页字符实体残留（如 &nbsp;），不是正文"
)

// Report is what an import found and did, for the editor to check before
// saving: the documents, what was removed, the warnings.
type Report struct {
	File string `json:"file"`
	// Documents are the articles found, in the order of the text.
	Documents []ReportDoc `json:"documents"`
	Removed   []Removal   `json:"removed"`
	// Unmatched are the printed 目录's entries no article matched.
	Unmatched []string  `json:"unmatched_toc"`
	Warnings  []Warning `json:"warnings"`
}

// ReportDoc is one article as the import found it.
type ReportDoc struct {
	Line      int          `json:"line"` // where it starts in the input
	Section   string       `json:"section"`
	Title     string       `json:"title"`
	DocNumber string       `json:"doc_number"`
	Date      string       `json:"date"`
	Issuers   []string     `json:"issuers"`
	Kind      gazette.Kind `json:"kind"`
}

// Weak returns the warnings that report a weak guess.
func (r *Report) Weak() []Warning {
	var out []Warning
	for _, w := range r.Warnings {
		if w.Weak {
			out = append(out, w)
		}
	}
	return out
}

// Text is the report for people: the documents found, what was removed
// (with the lines), the 目录 entries left unmatched, the weak guesses.
func (r *Report) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "找到 %d 篇：\n", len(r.Documents))
	for _, d := range r.Documents {
		fmt.Fprintf(&b, "  第%d行　［%s］%s", d.Line, d.Section, titleOr(d.Title))
		if d.DocNumber != "" {
			fmt.Fprintf(&b, "　%s", d.DocNumber)
		}
		if d.Date != "" {
			fmt.Fprintf(&b, "　%s", gazette.DateLabel(d.Date))
		}
		if len(d.Issuers) > 0 {
			fmt.Fprintf(&b, "　发文机关：%s", strings.Join(d.Issuers, "、"))
		}
		fmt.Fprintf(&b, "　%s\n", d.Kind.Label())
	}
	if len(r.Removed) > 0 {
		fmt.Fprintf(&b, "略去 %d 处（不是正文）：\n", len(r.Removed))
		for _, m := range r.Removed {
			fmt.Fprintf(&b, "  第%d行　%s：%s\n", m.Line, m.Reason, strings.ReplaceAll(strings.TrimSpace(m.Text), "\t", " "))
		}
	}
	if len(r.Unmatched) > 0 {
		fmt.Fprintf(&b, "目录中有 %d 条在正文中未找到：\n", len(r.Unmatched))
		for _, u := range r.Unmatched {
			fmt.Fprintf(&b, "  %s\n", u)
		}
	}
	if weak := r.Weak(); len(weak) > 0 {
		fmt.Fprintf(&b, "%d 处推测请核对：\n", len(weak))
		for _, w := range weak {
			fmt.Fprintf(&b, "  %s\n", w)
		}
	}
	return b.String()
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
	if exchange.IsText(text) {
		return readExported(name, text)
	}
	p := newParser(name, text)
	is, err := p.parseIssue()
	return is, p.report(), err
}

// ParseDocumentReport is ParseDocument returning the import's report.
func ParseDocumentReport(name, text string) (gazette.Article, *Report, error) {
	p := newParser(name, text)
	a, err := p.parseDocument()
	rep := p.report()
	if err == nil {
		rep.Documents = []ReportDoc{{Line: 1, Title: a.Title, DocNumber: a.DocNumber, Date: a.Date, Issuers: a.Issuers, Kind: a.Kind}}
	}
	return a, rep, err
}

// report is the parser's report so far.
func (p *parser) report() *Report {
	sort.SliceStable(p.removed, func(i, j int) bool { return p.removed[i].Line < p.removed[j].Line })
	r := &Report{File: p.warn.file, Documents: p.docs, Removed: p.removed, Unmatched: p.unmatched, Warnings: p.warn.list}
	if r.Documents == nil {
		r.Documents = []ReportDoc{}
	}
	if r.Removed == nil {
		r.Removed = []Removal{}
	}
	if r.Unmatched == nil {
		r.Unmatched = []string{}
	}
	if r.Warnings == nil {
		r.Warnings = []Warning{}
	}
	return r
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
