package markup

import (
	"strings"
	"unicode/utf8"

	"gazette/gazette"
)

// Numbering is what a line's numbering says about it.
type Numbering struct {
	Kind   gazette.HeadingKind // numbered, chapter, section; "" for none
	Level  int                 // 1–4 for numbered
	Clause bool                // 第X条
	Marker string              // the numbering itself, e.g. "（一）"
}

// CNDigits are the Chinese numerals of a heading number.
const CNDigits = "一二三四五六七八九十百零〇两"

// cnDigit reports whether r is a Chinese numeral of a heading number.
func cnDigit(r rune) bool { return strings.ContainsRune(CNDigits, r) }

// asciiDigit reports whether r is 0–9.
func asciiDigit(r rune) bool { return r >= '0' && r <= '9' }

// prefixOf returns the length in bytes of the longest prefix of s whose
// characters all satisfy ok, and how many characters it holds.
func prefixOf(s string, ok func(rune) bool) (int, int) {
	n, count := 0, 0
	for _, r := range s {
		if !ok(r) {
			break
		}
		n += utf8.RuneLen(r)
		count++
	}
	return n, count
}

// StartsWithAny returns the length of the one of marks s starts with, or 0.
func StartsWithAny(s string, marks ...string) int {
	for _, m := range marks {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	return 0
}

// NumberingOf reads the numbering at the start of s: 一、 （一） 1. （1）
// 第X章 第X节 第X条 (the levels of GB/T 9704-2012 §7.3.3's 结构层次序数).
// It is written out by hand, not with regular expressions, because it runs
// on every line.
func NumberingOf(s string) Numbering {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case cnDigit(r): // 一、 一．
		n, _ := prefixOf(s, cnDigit)
		if k := StartsWithAny(s[n:], "、", "．"); k > 0 {
			return Numbering{Kind: gazette.HeadingNumbered, Level: 1, Marker: s[:n+k]}
		}
	case r == '（' || r == '(': // （一） （1）
		rest := s[size:]
		if n, _ := prefixOf(rest, cnDigit); n > 0 {
			if k := StartsWithAny(rest[n:], "）", ")"); k > 0 {
				return Numbering{Kind: gazette.HeadingNumbered, Level: 2, Marker: s[:size+n+k]}
			}
		} else if n, c := prefixOf(rest, asciiDigit); c >= 1 && c <= 2 {
			if k := StartsWithAny(rest[n:], "）", ")"); k > 0 {
				return Numbering{Kind: gazette.HeadingNumbered, Level: 4, Marker: s[:size+n+k]}
			}
		}
	case asciiDigit(r): // 1. 1． 1、 — but not 2.5亿 or 2020.3
		n, c := prefixOf(s, asciiDigit)
		if k := StartsWithAny(s[n:], ".", "．", "、"); c <= 2 && k > 0 {
			if rest := s[n+k:]; rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				return Numbering{}
			}
			return Numbering{Kind: gazette.HeadingNumbered, Level: 3, Marker: s[:n+k]}
		}
	case r == '第': // 第一章 第一节 第一条
		n, _ := prefixOf(s[size:], func(r rune) bool { return cnDigit(r) || asciiDigit(r) })
		if n > 0 {
			end := size + n
			switch {
			case strings.HasPrefix(s[end:], "章"):
				return Numbering{Kind: gazette.HeadingChapter, Marker: s[:end+len("章")]}
			case strings.HasPrefix(s[end:], "节"):
				return Numbering{Kind: gazette.HeadingSection, Marker: s[:end+len("节")]}
			case strings.HasPrefix(s[end:], "条"):
				return Numbering{Clause: true, Marker: s[:end+len("条")]}
			}
		}
	}
	return Numbering{}
}
