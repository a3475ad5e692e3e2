package importer

import (
	"fmt"
	"strings"
	"unicode"

	"gazette/gazette"
)

// This file measures text conservation: every character of an input must
// end up in the issue or in the import's list of removals (Report.Removed).
// The comparison is of characters, not of their order: spaces and the
// markup of the text form (#, *, |, <>, a list's leading "- ", a line's
// trailing "\") do not count, and the normalisations the importer makes
// and reports (a half-width mark made full-width, 〔〕 in a 文号) are folded
// away (Fold).

// Fold maps a character to the one it is compared as: full-width ASCII
// forms to ASCII, 。to ., the brackets of a 文号 to [], curly quotes to
// straight ones. It returns -1 for characters that do not count.
func Fold(r rune) rune {
	switch {
	case unicode.IsSpace(r), r == '#', r == '*', r == '|', r == '<', r == '>', r == '\\':
		return -1
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r == '。':
		r = '.'
	case r == '〔' || r == '［' || r == '【':
		r = '['
	case r == '〕' || r == '］' || r == '】':
		r = ']'
	case r == '“' || r == '”':
		r = '"'
	case r == '‘' || r == '’':
		r = '\''
	}
	return r
}

// supSub takes out the tags of a superscript or subscript (km<sup>2</sup>),
// which the importer reads as a run's style.
var supSub = strings.NewReplacer("<sup>", "", "</sup>", "", "<sub>", "", "</sub>", "")

// charCounts counts the characters of s that Fold keeps. In an input
// (markup set) a line's leading list mark "- " or "* " is markup too, and
// so are a pipe table's separator row and its merge marks << and ^^.
func charCounts(s string, into map[rune]int, sign int, markup bool) {
	s = supSub.Replace(s)
	for _, line := range strings.Split(s, "\n") {
		t := line
		if markup {
			t = strings.TrimLeftFunc(line, unicode.IsSpace) // as splitLines trims a line (\r, \f, U+3000 too)
			for _, m := range []string{"- ", "* "} {
				t = strings.TrimPrefix(t, m)
			}
			if p := strings.TrimSpace(t); strings.HasPrefix(p, "|") { // a pipe table (as splitLines sees it): its separator row and merge marks
				if strings.Trim(p, "|-: \t\f\r") == "" { // the white space pipeSeparator's \s takes
					continue
				}
				t = strings.NewReplacer("<<", "", "^^", "").Replace(t)
			}
		}
		for _, r := range t {
			if f := Fold(r); f >= 0 {
				into[f] += sign
			}
		}
	}
}

// Balance returns how many characters of input are in neither output nor
// removed (lost), and how many of output are not in input (added).
func Balance(input, output, removed string) (lost, added int) {
	c := map[rune]int{}
	charCounts(input, c, 1, true)
	charCounts(output, c, -1, false)
	r := map[rune]int{}
	charCounts(removed, r, 1, false)
	for ch, n := range c {
		switch {
		case n > 0:
			lost += max(0, n-r[ch])
		case n < 0:
			added += -n
		}
	}
	return lost, added
}

// Missing lists the characters Balance counts as lost, most frequent
// first, for a test's failure message.
func Missing(input, output, removed string) string {
	c := map[rune]int{}
	charCounts(input, c, 1, true)
	charCounts(output, c, -1, false)
	charCounts(removed, c, -1, false)
	var b strings.Builder
	for ch, n := range c {
		if n > 0 {
			fmt.Fprintf(&b, "%c×%d ", ch, n)
		}
	}
	return b.String()
}

// ArticleText is every character of an article as it is kept and printed:
// title, 文号, date (unless a signature carries it), subtitle, issuers not
// already opening the title, addressee, body, disclosure note, source.
func ArticleText(a *gazette.Article) string {
	var b strings.Builder
	put := func(s string) {
		if s != "" {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	put(a.Title)
	if !strings.Contains(a.Subtitle, a.DocNumber) {
		put(a.DocNumber) // a 题注 that names the 令 prints it (as layout does)
	}
	date := a.DateLabel()
	if _, _, note := adoptionNote(a.Subtitle); date != "" && !signatureDated(a.Blocks, date) && !note {
		put(date) // printed under the title unless the signature or the 题注 carries it
	}
	put(a.Subtitle)
	for _, is := range a.PrintedIssuers() { // as layout prints them
		put(is)
	}
	if ad := strings.TrimSpace(a.Addressee); ad != "" && !strings.HasSuffix(ad, "：") && !strings.HasSuffix(ad, ":") {
		put(ad + "：") // printed with its colon (GB/T 9704-2012 §7.3.2)
	} else {
		put(ad)
	}
	gazette.WalkBlocks(a.Blocks, func(bl *gazette.Block) { put(bl.Text()) })
	if a.Disclosure != "" {
		put("（此件" + a.Disclosure + "）")
	}
	if src := strings.TrimSpace(a.Source); src != "" { // printed （来源：…）, as layout's sourceText
		src = strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(src, "（"), "("), "）"), ")")
		if !strings.HasPrefix(src, "来源") {
			src = "来源：" + src
		}
		put("（" + src + "）")
	}
	return b.String()
}

// signatureDated reports whether a signature block carries the date (so the
// head does not print it again).
func signatureDated(bs []gazette.Block, date string) bool {
	for i := range bs {
		if bs[i].Type != gazette.BlockSignature {
			continue
		}
		t := strings.TrimSpace(bs[i].Text())
		if strings.Contains(t, date) {
			return true
		}
		lines := strings.Split(t, "\n")
		last := strings.TrimSpace(lines[len(lines)-1])
		if strings.HasSuffix(last, "日") && strings.Contains(last, "年") && strings.Contains(last, "月") && runeLen(last) <= 14 {
			return true
		}
	}
	return false
}

// IssueText is every character of an issue: its masthead, board and
// colophon fields, then each section's name and articles.
func IssueText(is *gazette.Issue) string {
	var b strings.Builder
	put := func(s string) {
		if s != "" {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	put(is.Title)
	put(is.Sponsor)
	put(is.Frequency)
	if is.Year > 0 {
		put(is.Label())
	}
	if is.TotalNumber > 0 {
		put(is.TotalLabel())
	}
	put(gazette.DateLabel(is.Date))
	put(is.Statement)
	put(is.Slogan)
	for _, e := range is.Board {
		put(e.Role)
		for _, n := range e.Names {
			put(n)
		}
	}
	c := is.Colophon
	for _, s := range []string{c.Sponsor, c.Publisher, c.Address, c.Postcode, c.Printer, c.Website, c.Phone, c.Email, c.Lines} {
		put(s)
	}
	for si := range is.Sections {
		put(is.Sections[si].Name)
		for ai := range is.Sections[si].Articles {
			put(ArticleText(&is.Sections[si].Articles[ai]))
		}
	}
	return b.String()
}
