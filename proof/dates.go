package proof

import (
	"fmt"
	"strings"

	"gazette/gazette"
)

// citeDate is the source of the date rules.
const citeDate = "GB/T 9704-2012 7.3.5.1 成文日期"

// emitField records a finding on a head field that is not a text unit (the
// date), the whole value as the spot.
func (ac *article) emitField(field, value string, sev gazette.Severity, rule, cite, msg string) {
	u := &unit{loc: Loc{Section: ac.si, Index: ac.ai, Field: field, Block: -1, Sub: -1, Row: -1, Cell: -1}, text: value, kind: kindField}
	ac.emit(u, 0, len(value), sev, rule, cite, msg, nil)
}

// datesInText: a date in the text exists in the calendar, and a week day
// named beside it (2020年7月12日（星期日）) is that date's week day — a wrong
// one is an error of fact the printed gazette would carry.
func datesInText(ac *article, u *unit) {
	for _, m := range gazette.DatesIn(u.text) {
		for _, p := range m.Problems {
			var fix *Fix
			if p.Fix != "" {
				fix = replace(u, m.Start, m.End, p.Fix)
			}
			ac.emit(u, m.Start, m.End, gazette.Error, p.Rule, citeDate, p.Message, fix)
		}
	}
}

// dateAfterIssue: a document is written before it is published — its 成文
// 日期 is not after the issue's date (or, with no issue date, its year);
// gazette.CheckDateField is the rule, shared with the article form.
func dateAfterIssue(ac *article, _ *issueContext) {
	for _, p := range gazette.CheckDateField(ac.a.Date, ac.issue.Year, ac.issue.Date) {
		if p.Rule == "date-after-issue" { // an invalid date is Validate's error
			ac.emitField("date", ac.a.Date, gazette.Error, p.Rule, citeDate, p.Message)
		}
	}
}

// signatureDate: the date under the signature is the document's 成文日期
// (GB/T 9704-2012 7.3.5.1), so it equals the date in the article's head.
// Only the document's own signature counts — the one before any document it
// prints (an 印发/转发 notice prints others, with dates of their own).
func signatureDate(ac *article, _ *issueContext) {
	if !gazette.ValidDate(ac.a.Date) {
		return
	}
	var first *unit
	var firstM gazette.DateMatch
	for _, u := range ac.units {
		if u.scope != 0 || u.kind == kindField {
			continue
		}
		if u.kind != kindSignature && !(u.kind == kindParagraph && dateLine(u.text)) {
			continue
		}
		for _, m := range gazette.DatesIn(u.text) {
			if len(m.Problems) > 0 && m.Problems[0].Rule == "date-real" {
				continue
			}
			if m.Date() == ac.a.Date {
				return
			}
			if first == nil {
				first, firstM = u, m
			}
		}
	}
	if first != nil {
		end := firstM.End
		if firstM.WeekdayStart >= 0 {
			end = strings.Index(first.text[firstM.Start:], "日") + firstM.Start + len("日")
		}
		ac.emit(first, firstM.Start, end, gazette.Error, "date-signature", citeDate,
			fmt.Sprintf("落款日期与成文日期 %s 不一致", ac.a.DateLabel()), nil)
	}
}

// dateLine reports whether a paragraph is a date alone (a signature the
// import did not mark as one).
func dateLine(text string) bool {
	ms := gazette.DatesIn(text)
	return len(ms) == 1 && strings.TrimSpace(text[:ms[0].Start]) == "" && strings.TrimSpace(text[ms[0].End:]) == ""
}
