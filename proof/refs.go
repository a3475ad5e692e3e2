package proof

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gazette/gazette"
)

// The sources of the reference rules.
const (
	citeAttachment = "GB/T 9704-2012 7.3.4 附件说明、7.3.7 附件"
	citeTitle      = "GB/T 9704-2012 7.3.1 标题"
	citeCover      = "GB/T 9704-2012 7.3.1；公报封面目录（house-style）"
)

// attachmentLine is the 附件 note under the text: 附件：标题, 附件：1. 标题,
// 附件1.标题.
var attachmentLine = regexp.MustCompile(`^附件(?:[:：]\s*|\s*(?:\d{1,2}[.．、]))`)

// listNumber is a list item's number, 1. or 1、 or (1).
var listNumber = regexp.MustCompile(`^\s*(?:(\d{1,2})[.．、]|[（(](\d{1,2})[）)])\s*`)

// namedAttachment is one attachment the 附件 note names.
type namedAttachment struct {
	u     *unit
	title string
	start int // byte offset of the title in u.text
}

// attachmentNames reads the 附件 note of the main text: the line starting
// 附件： and the numbered lines that follow it.
func attachmentNames(ac *article) []namedAttachment {
	var out []namedAttachment
	for i, u := range ac.units {
		if u.loc.Sub >= 0 || (u.kind != kindParagraph && u.kind != kindItem) {
			continue
		}
		m := attachmentLine.FindStringIndex(u.text)
		if m == nil {
			continue
		}
		numbered := listNumber.MatchString(u.text[m[1]:]) || !strings.ContainsAny(u.text[:m[1]], ":：")
		add := func(v *unit, at int) {
			start := at
			if n := listNumber.FindStringIndex(v.text[at:]); n != nil {
				start = at + n[1]
			}
			if t := strings.TrimSpace(v.text[start:]); t != "" {
				out = append(out, namedAttachment{u: v, title: t, start: start})
			}
		}
		add(u, m[1])
		for _, v := range ac.units[i+1:] {
			if !numbered || v.loc.Sub >= 0 || (v.kind != kindParagraph && v.kind != kindItem) || !listNumber.MatchString(v.text) {
				break
			}
			add(v, 0)
		}
	}
	return out
}

// sameTitle compares two titles as printed: spaces, quotes and 书名号 and
// a final full stop do not count, and a title may be printed shortened or
// with a note ((共130项)) as long as one holds the other whole.
func sameTitle(a, b string) bool {
	x, y := normTitle(a), normTitle(b)
	if len([]rune(x)) > len([]rune(y)) {
		x, y = y, x
	}
	return x == y || (len([]rune(x)) >= 8 && strings.Contains(y, x))
}

// nearTitle reports whether b is a, mistyped: different, but the same at
// both ends over most of the length — a title the editor meant to be the
// same, not another document's.
func nearTitle(a, b string) bool {
	x, y := []rune(normTitle(a)), []rune(normTitle(b))
	p := 0
	for p < len(x) && p < len(y) && x[p] == y[p] {
		p++
	}
	q := 0
	for q < len(x)-p && q < len(y)-p && x[len(x)-1-q] == y[len(y)-1-q] {
		q++
	}
	return p+q >= (max(len(x), len(y))*3+3)/5
}

func normTitle(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || strings.ContainsRune("《》“”\"。.", r) {
			return -1
		}
		return r
	}, s)
}

// printedAttachment is an attachment block of the article.
type printedAttachment struct {
	u     *unit // its title unit, nil when it has no title
	block int
	label string
	title string
}

func (ac *article) attachments() []printedAttachment {
	var out []printedAttachment
	for bi := range ac.a.Blocks {
		b := &ac.a.Blocks[bi]
		if b.Type != gazette.BlockAttachment || b.Attachment == nil {
			continue
		}
		p := printedAttachment{block: bi, label: b.Attachment.Label, title: b.Attachment.Title}
		for _, u := range ac.units {
			if u.kind == kindAttachTitle && u.loc.Block == bi {
				p.u = u
			}
		}
		out = append(out, p)
	}
	return out
}

// attachmentsNamed: the 附件 note lists each attachment by its title, and
// each attachment printed is listed (GB/T 9704-2012 7.3.4, 7.3.7): a title
// that differs, an attachment named and not printed, one printed and not
// named.
func attachmentsNamed(ac *article, _ *issueContext) {
	names := attachmentNames(ac)
	printed := ac.attachments()
	if len(names) == 0 && len(printed) == 0 {
		return
	}
	matched := make([]bool, len(printed))
	var unmatched []namedAttachment
	for _, n := range names {
		found := false
		for j, p := range printed {
			if !matched[j] && sameTitle(n.title, p.title) {
				matched[j], found = true, true
				break
			}
		}
		if !found {
			unmatched = append(unmatched, n)
		}
	}
	var left []int
	for j := range printed {
		if !matched[j] {
			left = append(left, j)
		}
	}
	// A name and a printed title that were meant for each other (same place
	// in the list) differ in their wording.
	for len(unmatched) > 0 && len(left) > 0 && nearTitle(unmatched[0].title, printed[left[0]].title) {
		n, p := unmatched[0], printed[left[0]]
		unmatched, left = unmatched[1:], left[1:]
		ac.emit(n.u, n.start, len(n.u.text), gazette.Warning, "attachment-title", citeAttachment,
			fmt.Sprintf("附件说明中的标题与所附%s的标题“%s”不一致", labelOr(p.label), p.title), nil)
	}
	for _, n := range unmatched {
		ac.emit(n.u, n.start, len(n.u.text), gazette.Warning, "attachment-missing", citeAttachment,
			"附件说明列出的“"+n.title+"”没有随文刊登", nil)
	}
	for _, j := range left {
		p := printed[j]
		if len(names) == 0 && ac.refersTo(p) {
			continue // 明细见附件: the text names it by its label
		}
		if p.u == nil {
			ac.emit(nil, 0, 0, gazette.Warning, "attachment-unnamed", citeAttachment,
				fmt.Sprintf("第%d块的%s没有标题，正文附件说明也未列出", p.block+1, labelOr(p.label)), nil)
			continue
		}
		ac.emit(p.u, 0, len(p.u.text), gazette.Warning, "attachment-unnamed", citeAttachment,
			fmt.Sprintf("%s“%s”在正文的附件说明中没有列出", labelOr(p.label), p.title), nil)
	}
}

func labelOr(label string) string {
	if label == "" {
		return "附件"
	}
	return label
}

// refersTo reports whether the main text names the attachment by its
// label (见附件, 详见附件2).
func (ac *article) refersTo(p printedAttachment) bool {
	label := labelOr(strings.TrimSpace(p.label))
	for _, u := range ac.units {
		if u.loc.Sub < 0 && u.kind == kindParagraph {
			for at := 0; ; {
				i := strings.Index(u.text[at:], label)
				if i < 0 {
					break
				}
				at += i + len(label)
				if next, _ := utf8.DecodeRuneInString(u.text[at:]); !unicode.IsDigit(next) {
					return true
				}
			}
		}
	}
	return false
}

// attachmentRef is a reference to a numbered attachment in the text.
var attachmentRef = regexp.MustCompile(`附件(\d{1,2})`)

// attachmentsReferenced: an attachment the text refers to by number (详见
// 附件3) is printed with the document (GB/T 9704-2012 7.3.7).
func attachmentsReferenced(ac *article, _ *issueContext) {
	printed := ac.attachments()
	if len(printed) == 0 {
		return
	}
	have := map[int]bool{}
	for i, p := range printed {
		n, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(p.label), "附件"))
		if err != nil {
			n = i + 1
		}
		have[n] = true
	}
	for _, u := range ac.units {
		if u.loc.Sub >= 0 || u.kind != kindParagraph || attachmentLine.MatchString(u.text) {
			continue
		}
		for _, m := range attachmentRef.FindAllStringSubmatchIndex(u.text, -1) {
			n, _ := strconv.Atoi(u.text[m[2]:m[3]])
			if !have[n] {
				ac.emit(u, m[0], m[1], gazette.Warning, "attachment-ref", citeAttachment,
					fmt.Sprintf("正文提到附件%d，但本文只附有 %d 个附件", n, len(printed)), nil)
			}
		}
	}
}

// issuedIn reads what an 印发 notice issues from its title: the last 《》,
// else the words between 印发 and 的通知.
var (
	issuedQuoted = regexp.MustCompile(`(?:印发|转发)[^《]*《([^》]+)》[^《》]*$`)
	issuedBare   = regexp.MustCompile(`印发(.+?)的(?:通知|函)$`)
	issuedInText = regexp.MustCompile(`《([^》]+)》[^《》]{0,40}?(?:现)?(?:印发|转发)给你们`)
)

// issuedTitle: an 印发/转发 notice prints the document it issues under the
// title its own title and text give it (GB/T 9704-2012 7.3.1): 关于印发
// 《X》的通知 prints X.
func issuedTitle(ac *article, _ *issueContext) {
	var candidates []*unit
	for _, u := range ac.units {
		if (u.kind == kindHeading && u.block.HeadingKind == gazette.HeadingPlain && u.loc.Sub < 0) || u.kind == kindAttachTitle {
			candidates = append(candidates, u)
		}
	}
	if len(candidates) == 0 {
		return
	}
	// misprinted returns the printed title x was meant to be and is not
	// quite, or nil when x is printed as it is or names another document.
	misprinted := func(x string) *unit {
		var near *unit
		for _, c := range candidates {
			if sameTitle(c.text, x) {
				return nil
			}
			if near == nil && nearTitle(c.text, x) {
				near = c
			}
		}
		return near
	}
	if x := issuedName(ac.a.Title); x != "" {
		if c := misprinted(x); c != nil {
			ac.emit(c, 0, len(c.text), gazette.Warning, "issued-title", citeTitle,
				fmt.Sprintf("所印文件的标题与标题中印发的《%s》不一致", x), nil)
		}
	}
	short := abbreviations(ac)
	for _, u := range ac.units {
		if u.scope != 0 || u.kind != kindParagraph {
			continue
		}
		m := issuedInText.FindStringSubmatchIndex(u.text)
		if m == nil || short[u.text[m[2]:m[3]]] {
			continue
		}
		if c := misprinted(u.text[m[2]:m[3]]); c != nil {
			ac.emit(u, m[2], m[3], gazette.Warning, "issued-title", citeTitle,
				"正文印发的《"+u.text[m[2]:m[3]]+"》与所印文件的标题“"+c.text+"”不一致", nil)
		}
	}
}

// shortName is a name the text introduces for a title: 以下简称《方案》.
var shortName = regexp.MustCompile(`简称[《“]([^》”]+)[》”]`)

// abbreviations returns the short names the article introduces.
func abbreviations(ac *article) map[string]bool {
	out := map[string]bool{}
	for _, u := range ac.units {
		for _, m := range shortName.FindAllStringSubmatch(u.text, -1) {
			out[m[1]] = true
		}
	}
	return out
}

// issuedName returns what an 印发/转发 title issues, or "".
func issuedName(title string) string {
	if m := issuedQuoted.FindStringSubmatch(title); m != nil {
		return m[1]
	}
	if m := issuedBare.FindStringSubmatch(title); m != nil && !strings.Contains(m[1], "关于") {
		return m[1]
	}
	return ""
}

// issueRules are the checks of the issue as a whole.
func issueRules(is *gazette.Issue, _ *issueContext, fs *[]Finding) {
	emptySection(is, fs)
}

// emptySection: the cover's table of contents lists every section, so a
// section without articles prints a heading with nothing under it.
func emptySection(is *gazette.Issue, fs *[]Finding) {
	for si, s := range is.Sections {
		if len(s.Articles) > 0 {
			continue
		}
		where := "目录"
		if is.Cover.Mode == "toc" {
			where = "封面和目录"
		}
		*fs = append(*fs, Finding{Rule: "empty-section", Severity: gazette.Warning, Level: level(gazette.Warning),
			Loc:     Loc{Section: si, Index: -1, Field: "section", Block: -1, Sub: -1, Row: -1, Cell: -1},
			Message: fmt.Sprintf("栏目“%s”没有文章，却会列在%s上", s.Name, where), Excerpt: s.Name, Cite: citeCover})
	}
}
