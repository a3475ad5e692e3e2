// Package ngram folds text for search and cuts it into character bigrams.
//
// Chinese is written without spaces between words, so a word index would
// need a dictionary segmenter, and any segmenter splits some phrase an
// editor searches for (景府字〔2019〕12号, 仲裁委员会) differently from how the
// text was split. Overlapping pairs of characters need no dictionary: every
// substring of two or more characters is found through the bigrams it is
// made of (the classic CJK bigram index of Lucene's CJKAnalyzer and bleve's
// cjk analyser), and candidates are then confirmed against the text.
package ngram

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// foldRune maps a character to its search form: full-width Latin letters,
// digits and marks (（）too) to their half-width forms and Latin letters
// to lower case (so that "２０２０" finds "2020"), and the bracket pairs
// editors use around a 文号's year (〔〕［］[]【】) to 〔〕, the form GB/T 9704-2012 §7.2.4
// prescribes. It returns -1 for white space, which search ignores: Chinese
// text has none between words, and line breaks fall anywhere.
func foldRune(r rune) rune {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs: most of the text, none folds
		return r
	case r < 0x80:
		return foldASCII(r)
	case unicode.IsSpace(r):
		return -1
	}
	if p := width.LookupRune(r); p.Kind() == width.EastAsianFullwidth {
		if n := p.Narrow(); n != 0 {
			r = n
		}
	}
	switch r {
	case '[', '【', '〖':
		return '〔'
	case ']', '】', '〗':
		return '〕'
	}
	return unicode.ToLower(r)
}

// foldASCII is foldRune for ASCII.
func foldASCII(r rune) rune {
	switch {
	case r == ' ' || (r >= '\t' && r <= '\r'):
		return -1
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A'
	case r == '[':
		return '〔'
	case r == ']':
		return '〕'
	}
	return r
}

// Fold returns the search form of s (see foldRune) and, for each of its
// runes, the index of the rune of s it came from.
func Fold(s string) (folded []rune, from []int) {
	i := 0
	for _, r := range s {
		if f := foldRune(r); f >= 0 {
			folded = append(folded, f)
			from = append(from, i)
		}
		i++
	}
	return folded, from
}

// FoldString returns the search form of s as a string.
func FoldString(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f := foldRune(r); f >= 0 {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// Bigrams returns the distinct character pairs of the search form of s, in
// order of first appearance; a text of one character has none.
func Bigrams(s string) []string {
	f, _ := Fold(s)
	if len(f) < 2 {
		return nil
	}
	seen := make(map[string]bool, len(f))
	out := make([]string, 0, len(f))
	for i := 0; i+1 < len(f); i++ {
		g := string(f[i : i+2])
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}
