package importer

import (
	"strings"

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
	ReasonLabel       = "刊头栏目名"
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
