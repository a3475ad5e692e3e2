// Package proof is 校对: the proofreading checks a responsible editor runs
// before 签发. It reads an issue (and the issues published before it) and
// finds what a general checker cannot: 文号 in the wrong form, reused or not
// matching the issuer; dates that do not exist, come after the issue or
// disagree with the signature; punctuation against GB/T 15834; numbering
// sequences with gaps; attachments named and not printed; mixed number
// forms against GB/T 15835; and text a page break left behind on import.
//
// Each rule is a small named function whose comment cites its source. A
// Finding names the article, the paragraph and the spot, and carries a
// mechanical Fix when there is one (Apply makes it).
package proof

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"gazette/gazette"
)

// Finding is one thing the proofreader found.
type Finding struct {
	Rule     string           `json:"rule"`
	Severity gazette.Severity `json:"-"`
	// Level is the severity as text: "error" or "warning".
	Level     string `json:"severity"`
	ArticleID string `json:"article_id,omitempty"`
	Article   string `json:"article"` // the article's title; "" for the issue itself
	Loc
	Message string `json:"message"`
	// Excerpt is the text around the spot with the spot between ▶ and ◀.
	Excerpt string `json:"excerpt"`
	Fix     *Fix   `json:"fix,omitempty"`
	Cite    string `json:"cite"`
	// Key identifies the finding across re-checks (for suppression).
	Key string `json:"key"`
}

// Loc is where a finding is: a head field of the article, or a body unit
// (a paragraph, heading or signature; a table cell; a list item; an
// attachment's title) and the spot in its text.
type Loc struct {
	Section int    `json:"section"` // section index, -1 for the issue
	Index   int    `json:"index"`   // article index in the section, -1 for the issue or a section
	Field   string `json:"field,omitempty"`
	Block   int    `json:"block"` // top-level block index, -1 for a head field
	Sub     int    `json:"sub"`   // block index inside the attachment Block, -1 when none
	Row     int    `json:"row"`   // table row or list item, -1 when none
	Cell    int    `json:"cell"`  // table cell, -1 when none
	// Offset and Length are the spot in the unit's text, in characters (runes).
	Offset int `json:"offset"`
	Length int `json:"length"`
}

// Fix is a mechanical correction: the unit's text at the finding's spot
// (Old) becomes New; Join instead joins the next paragraph onto this one.
type Fix struct {
	Old  string `json:"old"`
	New  string `json:"new"`
	Join bool   `json:"join,omitempty"`
}

// String prints the finding for people: severity, rule, article, paragraph,
// message and excerpt.
func (f Finding) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s [%s]", f.Severity.Label(), f.Rule)
	if f.Article != "" {
		fmt.Fprintf(&b, " 《%s》", f.Article)
	}
	if w := f.Where(); w != "" {
		b.WriteString(" " + w)
	}
	b.WriteString("：" + f.Message)
	if f.Excerpt != "" {
		b.WriteString("　「" + f.Excerpt + "」")
	}
	if f.Fix != nil {
		if f.Fix.Join {
			b.WriteString("　建议：与下一段合并")
		} else {
			fmt.Fprintf(&b, "　建议：“%s”→“%s”", f.Fix.Old, f.Fix.New)
		}
	}
	b.WriteString("（" + f.Cite + "）")
	return b.String()
}

// fieldNames are the Chinese names of the head fields.
var fieldNames = map[string]string{"title": "标题", "doc_number": "文号", "date": "成文日期",
	"addressee": "主送", "issuers": "发文机关", "section": "栏目", "subtitle": "副题"}

// Where names the place in Chinese: 文号, 第3段, 附件2第4段 …
func (f Finding) Where() string {
	switch {
	case f.Field != "":
		return fieldNames[f.Field]
	case f.Block < 0:
		return ""
	case f.Sub >= 0:
		return fmt.Sprintf("第%d块（附件）第%d段", f.Block+1, f.Sub+1)
	default:
		return fmt.Sprintf("第%d段", f.Block+1)
	}
}

// Errors counts the findings of severity Error.
func Errors(fs []Finding) int {
	n := 0
	for _, f := range fs {
		if f.Severity == gazette.Error {
			n++
		}
	}
	return n
}

// unit is one piece of text the rules read: a head field or a body unit.
type unit struct {
	loc   Loc
	text  string
	kind  unitKind
	block *gazette.Block // the block the unit is (or is in)
	// scope numbers the stretch of body the unit belongs to: the main text,
	// each attachment, each document printed after a heading of its own.
	scope int
}

type unitKind int

const (
	kindField unitKind = iota
	kindParagraph
	kindHeading
	kindSignature
	kindCell
	kindItem
	kindAttachTitle
)

// prose reports whether the unit is running text (a paragraph, heading or
// list item), where sentence punctuation rules apply.
func (u *unit) prose() bool {
	return u.kind == kindParagraph || u.kind == kindHeading || u.kind == kindItem
}

// article is what the article rules read: the article, its place and its
// units in reading order.
type article struct {
	a        *gazette.Article
	si, ai   int
	units    []*unit
	issue    *gazette.Issue
	findings *[]Finding
}

// units lists the article's head fields and body units in reading order.
func unitsOf(a *gazette.Article, si, ai int) []*unit {
	var us []*unit
	base := Loc{Section: si, Index: ai, Block: -1, Sub: -1, Row: -1, Cell: -1}
	for _, f := range []struct{ name, text string }{{"title", a.Title}, {"doc_number", a.DocNumber}, {"addressee", a.Addressee}} {
		if f.text != "" {
			l := base
			l.Field = f.name
			us = append(us, &unit{loc: l, text: f.text, kind: kindField})
		}
	}
	scope := 0
	add := func(b *gazette.Block, l Loc) {
		switch b.Type {
		case gazette.BlockParagraph:
			us = append(us, &unit{loc: l, text: gazette.RunsText(b.Runs), kind: kindParagraph, block: b, scope: scope})
		case gazette.BlockHeading:
			if b.HeadingKind == gazette.HeadingPlain {
				scope++ // a document printed after the notice that issues it
			}
			us = append(us, &unit{loc: l, text: gazette.RunsText(b.Runs), kind: kindHeading, block: b, scope: scope})
		case gazette.BlockSignature:
			us = append(us, &unit{loc: l, text: gazette.RunsText(b.Runs), kind: kindSignature, block: b, scope: scope})
		case gazette.BlockList:
			for i, it := range b.Items {
				ll := l
				ll.Row = i
				us = append(us, &unit{loc: ll, text: gazette.RunsText(it), kind: kindItem, block: b, scope: scope})
			}
		case gazette.BlockTable:
			if b.Table == nil {
				return
			}
			for r, row := range b.Table.Rows {
				for c, cell := range row.Cells {
					ll := l
					ll.Row, ll.Cell = r, c
					us = append(us, &unit{loc: ll, text: cell.Text(), kind: kindCell, block: b, scope: scope})
				}
			}
		}
	}
	for bi := range a.Blocks {
		b := &a.Blocks[bi]
		l := base
		l.Block = bi
		if b.Type == gazette.BlockAttachment && b.Attachment != nil {
			scope++
			if b.Attachment.Title != "" {
				us = append(us, &unit{loc: l, text: b.Attachment.Title, kind: kindAttachTitle, block: b, scope: scope})
			}
			for si := range b.Attachment.Blocks {
				ll := l
				ll.Sub = si
				add(&b.Attachment.Blocks[si], ll)
			}
			continue
		}
		add(b, l)
	}
	return us
}

// emit records a finding on unit u at the byte span [start, end) of its
// text. fix, when not "", replaces that span.
func (ac *article) emit(u *unit, start, end int, sev gazette.Severity, rule, cite, msg string, fix *Fix) {
	f := Finding{Rule: rule, Severity: sev, Level: level(sev), ArticleID: ac.a.ID, Article: ac.a.Title,
		Message: msg, Cite: cite, Fix: fix}
	if u != nil {
		f.Loc = u.loc
		f.Offset = utf8.RuneCountInString(u.text[:start])
		f.Length = utf8.RuneCountInString(u.text[start:end])
		f.Excerpt = excerpt(u.text, start, end)
	} else {
		f.Loc = Loc{Section: ac.si, Index: ac.ai, Block: -1, Sub: -1, Row: -1, Cell: -1}
	}
	*ac.findings = append(*ac.findings, f)
}

// replace is the Fix that puts new in place of the unit's text in [start, end).
func replace(u *unit, start, end int, new string) *Fix {
	return &Fix{Old: u.text[start:end], New: new}
}

func level(s gazette.Severity) string {
	if s == gazette.Error {
		return "error"
	}
	return "warning"
}

// excerptRunes is how many characters of context an excerpt shows each side.
const excerptRunes = 16

// excerpt returns the text around [start, end) with the spot marked ▶…◀.
func excerpt(text string, start, end int) string {
	before := []rune(text[:start])
	after := []rune(text[end:])
	pre, post := "", ""
	if len(before) > excerptRunes {
		before = before[len(before)-excerptRunes:]
		pre = "…"
	}
	if len(after) > excerptRunes {
		after = after[:excerptRunes]
		post = "…"
	}
	clean := func(s string) string { return strings.NewReplacer("\n", "⏎", "\t", "⇥").Replace(s) }
	return pre + clean(string(before)) + "▶" + clean(text[start:end]) + "◀" + clean(string(after)) + post
}

// Check proofreads the issue; earlier are the issues published before it
// (for 文号 already used and the 代字 each issuer writes), in any order.
// The findings come in reading order, issue-level ones first.
func Check(is *gazette.Issue, earlier []*gazette.Issue) []Finding {
	var fs []Finding
	ctx := newIssueContext(is, earlier)
	issueRules(is, ctx, &fs)
	is.Articles(func(si, ai int, a *gazette.Article) bool {
		ac := &article{a: a, si: si, ai: ai, units: unitsOf(a, si, ai), issue: is, findings: &fs}
		for _, r := range articleRules {
			r(ac, ctx)
		}
		for _, u := range ac.units {
			for _, r := range unitRules {
				r(ac, u)
			}
		}
		return true
	})
	for i := range fs {
		fs[i].Key = keyOf(fs[i])
	}
	return fs
}

// articleRules read a whole article; unitRules one unit at a time.
var (
	articleRules = []func(*article, *issueContext){
		docNumberForm, docNumberYear, docNumberIssuer, docNumberDuplicate,
		dateAfterIssue, signatureDate,
		numberingSequence, attachmentsNamed, attachmentsReferenced, issuedTitle,
		rangeForms, percentForms, unitForms, unendedLine,
	}
	unitRules = []func(*article, *unit){
		docNumberInText, datesInText,
		unpairedMarks, halfWidthBetweenHan, doubledMarks, ellipsisForm, dashForm, spaceBetweenHan,
		thousandsSeparator, fullWidthDigits, pageFurniture,
	}
)
