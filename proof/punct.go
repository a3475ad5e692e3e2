package proof

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"gazette/gazette"
)

// The sources of the punctuation rules (GB/T 15834-2011 标点符号用法).
const (
	citeQuote    = "GB/T 15834-2011 4.8 引号、4.9 括号、4.15 书名号"
	citeForm     = "GB/T 15834-2011 5.1 标点符号的书写形式（中文用全角标点）"
	citeDoubled  = "GB/T 15834-2011 4.1–4.7 点号（一处只用一个点号）"
	citeEllipsis = "GB/T 15834-2011 4.11 省略号（……，两个三连点）"
	citeDash     = "GB/T 15834-2011 4.10 破折号（——，两个一字线）"
	citeSpace    = "GB/T 15834-2011 5.1.1 标点与汉字之间、汉字与汉字之间不留空格"
)

// pairFamily names the family of a paired mark and whether it opens: the
// full-width and ASCII round brackets are one family, so that a mix is the
// half-width rule's finding, not an unpaired one.
func pairFamily(r rune) (family rune, open, ok bool) {
	switch r {
	case '（', '(':
		return '（', true, true
	case '）', ')':
		return '（', false, true
	case '《':
		return '《', true, true
	case '》':
		return '《', false, true
	case '〈':
		return '〈', true, true
	case '〉':
		return '〈', false, true
	case '“':
		return '“', true, true
	case '”':
		return '“', false, true
	case '‘':
		return '‘', true, true
	case '’':
		return '‘', false, true
	case '【':
		return '【', true, true
	case '】':
		return '【', false, true
	case '〔':
		return '〔', true, true
	case '〕':
		return '〔', false, true
	case '［', '[':
		return '［', true, true
	case '］', ']':
		return '［', false, true
	}
	return 0, false, false
}

// listMarker is a list number closed by a half bracket at a paragraph's
// start (1）, a)), whose bracket has no opening mark by design.
var listMarker = regexp.MustCompile(`^\s*[0-9A-Za-z一二三四五六七八九十]{1,3}[）)]`)

// mark is a paired mark found in a unit: its family and byte offset.
type mark struct {
	family rune
	at     int
}

// unpairedMarks: quotes, brackets and 书名号 come in pairs within a
// paragraph (GB/T 15834-2011 4.8, 4.9, 4.15); an opening “ whose quotation
// runs on into the next paragraph, which starts with “ again, is paired by
// the standard's rule for quotations of several paragraphs (4.8.3). A ” that
// stands before its “ (”…“) is the pair reversed, with the fix.
func unpairedMarks(ac *article, u *unit) {
	if u.kind == kindSignature {
		return
	}
	text := u.text
	var stack []mark
	skipClose := -1
	if m := listMarker.FindStringIndex(text); m != nil {
		skipClose = m[1] - 1
		for skipClose > 0 && !utf8.RuneStart(text[skipClose]) {
			skipClose--
		}
	}
	for i, r := range text {
		fam, open, ok := pairFamily(r)
		if !ok || i == skipClose || (fam == '‘' && latinNeighbour(text, i)) {
			continue
		}
		if open {
			stack = append(stack, mark{fam, i})
			continue
		}
		j := len(stack) - 1
		for j >= 0 && stack[j].family != fam {
			j--
		}
		if j < 0 {
			if fam == '“' {
				if k := strings.IndexRune(text[i:], '“'); k > 0 && !strings.ContainsRune(text[i+len("”"):i+k], '”') {
					end := i + k + len("“")
					ac.emit(u, i, end, gazette.Error, "quote-reversed", citeQuote, "前后引号用反了（”…“）",
						replace(u, i, end, "“"+text[i+len("”"):i+k]+"”"))
					return
				}
			}
			ac.emit(u, i, i+utf8.RuneLen(r), gazette.Error, "unpaired", citeQuote, "“"+string(r)+"”没有与之配对的前一半", nil)
			return
		}
		if j < len(stack)-1 {
			m := stack[len(stack)-1]
			ac.emit(u, m.at, m.at+utf8.RuneLen(openOf(m.family)), gazette.Error, "unpaired", citeQuote,
				"“"+string(openOf(m.family))+"”没有与之配对的后一半", nil)
			return
		}
		stack = stack[:j]
	}
	if len(stack) == 0 {
		return
	}
	m := stack[len(stack)-1]
	if len(stack) == 1 && m.family == '“' && quoteRunsOn(ac, u) {
		return
	}
	ac.emit(u, m.at, m.at+utf8.RuneLen(openOf(m.family)), gazette.Error, "unpaired", citeQuote,
		"“"+string(openOf(m.family))+"”没有与之配对的后一半", nil)
}

// openOf returns the opening mark of a family as printed in messages.
func openOf(family rune) rune { return family }

// latinNeighbour reports whether the mark at i touches a Latin letter (an
// apostrophe, China’s).
func latinNeighbour(text string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	_, n := utf8.DecodeRuneInString(text[i:])
	after, _ := utf8.DecodeRuneInString(text[i+n:])
	isLatin := func(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }
	return isLatin(before) || isLatin(after)
}

// quoteRunsOn reports whether the unit after u starts with “, continuing a
// quotation of several paragraphs.
func quoteRunsOn(ac *article, u *unit) bool {
	for i, v := range ac.units {
		if v == u && i+1 < len(ac.units) {
			return strings.HasPrefix(strings.TrimSpace(ac.units[i+1].text), "“")
		}
	}
	return false
}

// isHan reports whether r is a Chinese character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// halfMarks maps the ASCII marks typed in Chinese text to their full forms.
var halfMarks = map[byte]string{',': "，", ';': "；", ':': "：", '?': "？", '!': "！"}

// halfWidthBetweenHan: Chinese text takes full-width marks (GB/T 15834-2011
// 5.1); an ASCII , ; : ? ! after a Chinese character and before a Chinese
// character (or, for ? and !, at the paragraph's end), and ASCII round
// brackets around or beside Chinese text, are typing slips with a fix.
func halfWidthBetweenHan(ac *article, u *unit) {
	text := u.text
	for i := 0; i < len(text); i++ {
		full, ok := halfMarks[text[i]]
		if !ok {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+1:])
		end := i+1 == len(text)
		if isHan(before) && (isHan(after) || strings.ContainsRune("“《（", after) || (end && (text[i] == '?' || text[i] == '!'))) {
			ac.emit(u, i, i+1, gazette.Error, "half-width", citeForm, "中文里用了半角标点“"+text[i:i+1]+"”", replace(u, i, i+1, full))
		}
	}
	if !strings.Contains(text, "(") {
		return
	}
	for _, m := range asciiParens.FindAllStringSubmatchIndex(text, -1) {
		inner := text[m[2]:m[3]]
		before, _ := utf8.DecodeLastRuneInString(text[:m[0]])
		after, _ := utf8.DecodeRuneInString(text[m[1]:])
		if !hasHan(inner) && !isHan(before) && !isHan(after) {
			continue
		}
		ac.emit(u, m[0], m[1], gazette.Error, "half-width", citeForm, "中文里用了半角括号“()”", replace(u, m[0], m[1], "（"+inner+"）"))
	}
}

// asciiParens is a pair of ASCII round brackets with no bracket inside.
var asciiParens = regexp.MustCompile(`\(([^()（）\n]{0,80})\)`)

func hasHan(s string) bool {
	for _, r := range s {
		if isHan(r) {
			return true
		}
	}
	return false
}

// pauseMarks are the 点号 that never stand twice in a row.
const pauseMarks = "。，、；：？！"

// doubledMarks: one pause or stop takes one mark (GB/T 15834-2011 4.1–4.7):
// 。。 ，， 、、 (three or more 。 are an ellipsis, ellipsisForm's) and two
// different marks in a row (，。) are slips; a doubled mark's fix keeps one.
func doubledMarks(ac *article, u *unit) {
	rs := []rune(u.text)
	offs := byteOffsets(u.text)
	for i := 0; i+1 < len(rs); i++ {
		a, b := rs[i], rs[i+1]
		if !strings.ContainsRune(pauseMarks, a) || !strings.ContainsRune(pauseMarks, b) {
			continue
		}
		if a == b && (a == '？' || a == '！') {
			continue // ？？ and ！！ mark strong feeling (4.2.3, 4.3.3)
		}
		if a == b && a == '。' && ((i+2 < len(rs) && rs[i+2] == '。') || (i > 0 && rs[i-1] == '。')) {
			continue
		}
		if (a == '？' || a == '！') && (b == '？' || b == '！') {
			continue // ？！ (4.2.3)
		}
		var fix *Fix
		if a == b {
			fix = replace(u, offs[i], offs[i+2], string(a))
		}
		ac.emit(u, offs[i], offs[i+2], gazette.Error, "doubled-mark", citeDoubled, "标点“"+string(rs[i:i+2])+"”重复", fix)
		i++
	}
}

// byteOffsets returns the byte offset of every rune of s, and len(s) last.
func byteOffsets(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// wrongEllipsis is an ellipsis typed as dots or full stops, or a lone or
// threefold …: the ellipsis is …… (two U+2026; ………… for whole paragraphs).
var wrongEllipsis = regexp.MustCompile(`\.{3,}|。{3,}|[·・]{3,}|…+`)

// ellipsisForm: the ellipsis is six dots in two ems, …… (GB/T 15834-2011
// 4.11); ..., 。。。, ··· and a single … next to Chinese text have the fix.
func ellipsisForm(ac *article, u *unit) {
	text := u.text
	if !strings.Contains(text, "…") && !strings.Contains(text, "...") && !strings.Contains(text, "。。") && !strings.Contains(text, "··") && !strings.Contains(text, "・・") {
		return
	}
	for _, m := range wrongEllipsis.FindAllStringIndex(text, -1) {
		s := text[m[0]:m[1]]
		if s == "……" || s == "…………" {
			continue
		}
		if s[0] == '.' || strings.HasPrefix(s, "·") {
			before, _ := utf8.DecodeLastRuneInString(text[:m[0]])
			after, _ := utf8.DecodeRuneInString(text[m[1]:])
			if !isHan(before) && !isHan(after) && !strings.ContainsRune(pauseMarks+"“”（）", after) {
				continue // a leader in a table of contents, or Latin text
			}
		}
		ac.emit(u, m[0], m[1], gazette.Error, "ellipsis", citeEllipsis, "省略号应为“……”，不是“"+s+"”", replace(u, m[0], m[1], "……"))
	}
}

// wrongDash is a dash typed as hyphens, minus signs, box rules or three
// em dashes.
var wrongDash = regexp.MustCompile(`-{2,}|－{2,}|─{2,}|―{2,}|—{3,}|—[-－]|[-－]—`)

// dashForm: the dash is two ems long, —— (GB/T 15834-2011 4.10); --, －－,
// ── and ——— in Chinese text have the fix.
func dashForm(ac *article, u *unit) {
	text := u.text
	if !strings.ContainsAny(text, "-－─―—") {
		return
	}
	for _, m := range wrongDash.FindAllStringIndex(text, -1) {
		s := text[m[0]:m[1]]
		before, _ := utf8.DecodeLastRuneInString(text[:m[0]])
		after, _ := utf8.DecodeRuneInString(text[m[1]:])
		if s[0] == '-' && strings.Trim(s, "-") == "" && !isHan(before) && !isHan(after) {
			continue // a rule drawn with hyphens, or Latin text
		}
		ac.emit(u, m[0], m[1], gazette.Error, "dash", citeDash, "破折号应为“——”，不是“"+s+"”", replace(u, m[0], m[1], "——"))
	}
}

// hanSpace is an ASCII or no-break space between two Chinese characters
// (the ideographic space U+3000 is typed on purpose, to letter-space a
// heading or align a name list).
var hanSpace = regexp.MustCompile(`\p{Han}[ \x{00A0}]+\p{Han}`)

// clauseGap is the space a numbering marker or a name list sets apart.
var clauseGap = regexp.MustCompile(`(第[一二三四五六七八九十百零〇]+[条章节编款]|[一二三四五六七八九十]+、?)$`)

// spaceBetweenHan: running Chinese text has no space between its
// characters (GB/T 15834-2011 5.1.1). Only paragraphs of sentences are read
// (a name list, a contact line or a table spaces its columns on purpose),
// and not inside 《》, where a title's own space is kept as printed, nor
// after 第一条 or 第一章, which the clause gap follows.
func spaceBetweenHan(ac *article, u *unit) {
	if u.kind != kindParagraph || !strings.ContainsAny(u.text, "。；") {
		return
	}
	text := u.text
	if !strings.ContainsAny(text, " \u00a0") {
		return
	}
	for _, m := range hanSpace.FindAllStringIndex(text, -1) {
		_, first := utf8.DecodeRuneInString(text[m[0]:])
		start, end := m[0]+first, m[1]-utf8.RuneLen(lastRune(text[:m[1]]))
		if insideTitleMarks(text, start) || clauseGap.MatchString(text[:start]) {
			continue
		}
		ac.emit(u, start, end, gazette.Warning, "han-space", citeSpace, "汉字之间有空格", replace(u, start, end, ""))
	}
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// insideTitleMarks reports whether byte offset i is inside a 《》 pair.
func insideTitleMarks(text string, i int) bool {
	return strings.Count(text[:i], "《") > strings.Count(text[:i], "》")
}
