package importer

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hanzi reports whether r is a Chinese character.
func hanzi(r rune) bool { return unicode.Is(unicode.Han, r) }

// cjkPunct reports whether r is a full-width (CJK) punctuation mark or
// bracket: the CJK Symbols and Punctuation block, full-width forms, the
// Chinese quotation marks, the ellipsis and the dash.
func cjkPunct(r rune) bool {
	switch {
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF0F, r >= 0xFF1A && r <= 0xFF20,
		r >= 0xFF3B && r <= 0xFF40, r >= 0xFF5B && r <= 0xFF65:
		return true
	}
	switch r {
	case '“', '”', '‘', '’', '…', '—', '·':
		return true
	}
	return false
}

// cjk reports whether r is Chinese text: a hanzi or a full-width mark.
func cjk(r rune) bool { return hanzi(r) || cjkPunct(r) }

// fullWidth maps the ASCII marks the importer corrects to their full-width
// forms.
var fullWidth = map[rune]rune{',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）'}

// fixHalfWidthPunct turns ASCII , ; : ? ! ( ) used in Chinese text into
// the full-width marks GB/T 15834-2011 §4 prescribes for Chinese: a stop or
// pause mark after a Chinese character, a bracket pair that opens onto
// Chinese or follows it. It returns the text and the changes made, as
// "“,”→“，”×3" items.
func fixHalfWidthPunct(s string) (string, []string) {
	if !strings.ContainsAny(s, ",;:?!()") {
		return s, nil
	}
	// The neighbours of a mark are looked for within its table cell: a tab
	// or a | ends the text as the end of the line does, so a cell reads
	// the same in a tab table and in a pipe table. Bold marks are skipped.
	rs := []rune(s)
	prevNonSpace := func(i int) rune {
		for j := i - 1; j >= 0 && rs[j] != '\t' && rs[j] != '|'; j-- {
			if rs[j] != ' ' && rs[j] != '*' { // bold marks are not text
				return rs[j]
			}
		}
		return 0
	}
	nextNonSpace := func(i int) rune {
		for j := i + 1; j < len(rs) && rs[j] != '\t' && rs[j] != '|'; j++ {
			if rs[j] != ' ' && rs[j] != '*' {
				return rs[j]
			}
		}
		return 0
	}
	counts := map[rune]int{}
	var stack []bool
	for i, r := range rs {
		conv := false
		switch r {
		case ',', ';', ':', '?', '!':
			conv = cjk(prevNonSpace(i))
		case '(':
			p, q := prevNonSpace(i), nextNonSpace(i)
			conv = hanzi(q) || (hanzi(p) && q != 0 && q < 0x80 && !unicode.IsLetter(q))
			stack = append(stack, conv)
		case ')':
			if n := len(stack); n > 0 {
				conv = stack[n-1]
				stack = stack[:n-1]
			} else {
				conv = cjk(prevNonSpace(i))
			}
		}
		if conv {
			rs[i] = fullWidth[r]
			counts[r]++
		}
	}
	if len(counts) == 0 {
		return s, nil
	}
	var changes []string
	for _, r := range ",;:?!()" {
		if n := counts[r]; n > 0 {
			changes = append(changes, fmt.Sprintf("“%c”→“%c”×%d", r, fullWidth[r], n))
		}
	}
	return string(rs), changes
}

// docNumberYear matches a 文号 whose year is in the wrong brackets:
// 赣安[2018]40号, 景府字（2020）30号.
var docNumberYear = regexp.MustCompile(`(\p{Han})[\[［(（【]\s*((?:19|20)\d\d)\s*[\]］)）】]\s*(第?\s*\d{1,5})\s*号`)

// fixDocNumberBrackets puts the year of every 文号 in s into hexagonal
// brackets 〔〕, as GB/T 9704-2012 §7.2.3 requires (never [] ［］ or （）), and
// returns the number of 文号 changed.
func fixDocNumberBrackets(s string) (string, int) {
	if !strings.Contains(s, "号") || !hasBracketedYear(s) {
		return s, 0
	}
	n := 0
	out := docNumberYear.ReplaceAllStringFunc(s, func(m string) string {
		n++
		sm := docNumberYear.FindStringSubmatch(m)
		return sm[1] + "〔" + sm[2] + "〕" + noSpace(sm[3]) + "号"
	})
	return out, n
}

// hasBracketedYear reports whether s holds a year in brackets other than
// 〔〕 — [2018] ［2018］ (2018) （2018） 【2018】 — the cheap test before docNumberYear.
func hasBracketedYear(s string) bool {
	for i := 0; i < len(s); {
		k := strings.IndexAny(s[i:], "[(［（【")
		if k < 0 {
			return false
		}
		i += k
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		rest := strings.TrimLeft(s[i:], " \t\f\r\n")
		if len(rest) >= 4 && (rest[:2] == "19" || rest[:2] == "20") && asciiDigit(rune(rest[2])) && asciiDigit(rune(rest[3])) {
			return true
		}
	}
	return false
}

// normalizeText applies the editorial normalisations to one line of
// content and reports each change as a warning on that line.
func (p *parser) normalizeText(line int, s string) string {
	s, changes := fixHalfWidthPunct(s)
	if len(changes) > 0 {
		p.warn.add(line, "半角标点改为全角：%s", strings.Join(changes, "，"))
	}
	s, d := fullWidthDigits(s)
	if d > 0 {
		p.warn.add(line, "全角数字改为半角：%d个", d)
	}
	s, n := fixDocNumberBrackets(s)
	if n > 0 {
		p.warn.add(line, "文号年份改用六角括号〔〕：%d处", n)
	}
	return s
}

// fixHalfWidthPunctAfter is fixHalfWidthPunct for text s that follows the
// character before (0 for none) on the same line; the changes are not
// reported (the lines were, one by one).
func fixHalfWidthPunctAfter(before rune, s string) string {
	if before == 0 {
		s, _ = fixHalfWidthPunct(s)
		return s
	}
	out, _ := fixHalfWidthPunct(string(before) + s)
	_, n := utf8.DecodeRuneInString(out)
	return out[n:]
}

// squeezeSpaces removes the spaces a PDF extraction leaves in a heading or
// title: every space next to anything but a hanzi on both sides (the ¼-em
// gap between Chinese and Latin or digits, a space after a mark), and a
// space between two hanzi unless keep, given the text before and after the
// space, says it is real (as between two issuers, or in 体系建设 构建).
func squeezeSpaces(s string, keep func(left, right string) bool) string {
	if !strings.ContainsAny(s, " \t\u3000") {
		return s
	}
	if letterSpaced(s) {
		keep = nil // 政 府 工 作 报 告: spacing, no space is real
	}
	rs := []rune(strings.TrimSpace(s))
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r != ' ' && r != '\t' && r != '\u3000' {
			b.WriteRune(r)
			continue
		}
		j := i
		for j < len(rs) && (rs[j] == ' ' || rs[j] == '\t' || rs[j] == '\u3000') {
			j++
		}
		// rs[i:j] is a run of spaces between rs[i-1] and rs[j].
		if i > 0 && j < len(rs) {
			l, r := rs[i-1], rs[j]
			switch {
			case l < 0x80 && r < 0x80:
				b.WriteByte(' ')
			case hanzi(l) && hanzi(r) && !strings.HasPrefix(string(rs[j:]), "关于") && keep != nil &&
				keep(string(rs[:i]), string(rs[j:])):
				b.WriteByte(' ')
			}
		}
		i = j - 1
	}
	return b.String()
}

// tidySpaces removes spaces next to full-width marks, which only an
// extraction puts there, and trims the text.
func tidySpaces(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, " ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			l, _ := utf8.DecodeLastRuneInString(b.String())
			n, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[i+1:], " ")) // past the run of spaces
			if b.Len() == 0 {
				l = 0
			}
			if cjkPunct(l) || cjkPunct(n) || l == ' ' {
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// runeLen is the number of characters of s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// lastRune returns the last character of s, or 0.
func lastRune(s string) rune {
	r, size := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError && size <= 1 { // empty (a U+FFFD in the text is a character)
		return 0
	}
	return r
}

// firstRune returns the first character of s, or 0.
func firstRune(s string) rune {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size <= 1 {
		return 0
	}
	return r
}

// noSpace removes all spaces, for comparing titles.
func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
