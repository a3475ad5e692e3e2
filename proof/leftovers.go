package proof

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"gazette/gazette"
)

// citeImport is the source of the import-leftover rules: the gazette's text
// is the document's text, with nothing of the page it was copied from.
const citeImport = "GB/T 9704-2012 7.5 页码（页码、眉题不入正文）；导入校核"

// folio is a page number as the page prints it: — 12 —, - 12 -, －12－.
var folio = regexp.MustCompile(`[—－-]\s*\d{1,3}\s*[—－-]`)

// folioMatches finds the folios in text.
func folioMatches(text string) [][]int {
	if !strings.ContainsAny(text, "—－-") {
		return nil
	}
	return folio.FindAllStringIndex(text, -1)
}

// bareFolio is a paragraph that is only a page number.
var bareFolio = regexp.MustCompile(`^\s*\d{1,3}\s*$`)

// pageFurniture: a page's furniture — the gazette's name or the issue's
// label as a running head, a folio like — 12 — — is not text of the
// document; a page break read into a paragraph leaves it there. The fix
// takes it out (a paragraph that is nothing else is emptied).
func pageFurniture(ac *article, u *unit) {
	if u.kind != kindParagraph {
		return
	}
	text := u.text
	if bareFolio.MatchString(text) {
		ac.emit(u, 0, len(text), gazette.Error, "page-furniture", citeImport, "段落只有一个页码，是版面上的页码混入了正文", replace(u, 0, len(text), ""))
		return
	}
	for _, m := range folioMatches(text) {
		s := text[m[0]:m[1]]
		if s[0] == '-' && s[len(s)-1] == '-' && !strings.Contains(s, " ") {
			continue // a hyphenated code, 3-5-7
		}
		ac.emit(u, m[0], m[1], gazette.Error, "page-furniture", citeImport, "正文中混入了页码“"+s+"”", replace(u, m[0], m[1], ""))
	}
	for _, head := range runningHeads(ac.issue) {
		for at := 0; ; {
			i := strings.Index(text[at:], head)
			if i < 0 {
				break
			}
			start, end := at+i, at+i+len(head)
			at = end
			if insideTitleMarks(text, start) || strings.HasSuffix(text[:start], "》") || mention(text[:start], text[end:]) {
				continue
			}
			// The running head may sit in the text with the spaces around it.
			for strings.HasSuffix(text[:start], " ") {
				start--
			}
			for strings.HasPrefix(text[end:], " ") {
				end++
			}
			ac.emit(u, start, end, gazette.Error, "page-furniture", citeImport, "正文中混入了眉题“"+head+"”", replace(u, start, end, ""))
			break
		}
	}
}

// mention reports whether the words around a gazette's name or issue
// label make it part of a sentence (在市政府公报上刊登, 2020年第8期公报)
// rather than a running head dropped into the text.
func mention(before, after string) bool {
	for _, w := range []string{"在", "于", "经", "由", "见", "通过", "和", "、", "及"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	for _, w := range []string{"上", "刊", "公布", "发布", "登", "公报", "、", "和", "等", "。", "，", "）", "”"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// runningHeads are the forms the issue's running head takes on a page,
// longest first: 刊名 and 期号 together, then each alone.
func runningHeads(is *gazette.Issue) []string {
	var out []string
	if is.Title != "" && is.Year > 0 {
		out = append(out, is.Title+" "+is.Label(), is.Title+is.Label())
	}
	if is.Title != "" {
		out = append(out, is.Title)
	}
	if is.Year > 0 && is.Number > 0 {
		out = append(out, is.Label())
	}
	return out
}

// endMarks are what a paragraph may end with: a stop, a closing mark, or
// a colon before a list.
const endMarks = "。；：:！？!?”’）)》】〕…—"

// unendedLine: a paragraph of running text ends with a mark; one that
// ends on a character or a comma and is followed by a paragraph that
// starts without a number is a sentence a page or line break cut in two on
// import. The fix joins the two.
func unendedLine(ac *article, _ *issueContext) {
	for i := 0; i+1 < len(ac.units); i++ {
		u, next := ac.units[i], ac.units[i+1]
		if u.kind != kindParagraph || next.kind != kindParagraph || u.scope != next.scope || u.loc.Sub >= 0 != (next.loc.Sub >= 0) {
			continue
		}
		text := strings.TrimRight(u.text, " \u3000")
		if utf8.RuneCountInString(text) < 20 || !strings.ContainsAny(text, "，。；") {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(text)
		if strings.ContainsRune(endMarks, last) || !(isHan(last) || last == '，' || last == '、') {
			continue
		}
		nt := strings.TrimLeft(next.text, " \u3000")
		first, _ := utf8.DecodeRuneInString(nt)
		if !isHan(first) && first != '，' && first != '、' && first != '。' {
			continue
		}
		if _, _, _, _, ok := numberOf(next); ok || attachmentLine.MatchString(nt) || dateLine(nt) {
			continue
		}
		end := len(u.text)
		_, n := utf8.DecodeLastRuneInString(u.text)
		ac.emit(u, end-n, end, gazette.Warning, "unended-line", citeImport,
			"段末没有标点，下一段接着这句话，可能是导入时断开的一段", &Fix{Old: "", New: "", Join: true})
	}
}
