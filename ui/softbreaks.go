package ui

import (
	"strings"
	"unicode/utf8"
)

// A long paragraph is shown in its entry as chunks of a sentence or a few,
// each on its own line: Fyne re-wraps a line of an entry as a whole on
// every key, measuring the rest of the line for each row it finds, so the
// cost of a key grows with the square of the line's length (3–4 s in a
// 2,000-character paragraph). Lines it has measured before are looked up
// in its measurement cache, so with chunks a key re-wraps one chunk.
// The line breaks between chunks are soft: they are not in the text of the
// paragraph (a paragraph has no line break; Enter splits it), and the
// text read back from the entry drops them — all but those a key just
// typed, which split the paragraph as before.

// The chunk lengths: a chunk ends at the first sentence end (。！？；) once
// it has softMin characters, or at softMax characters in any case.
const (
	softMin = 60
	softMax = 160
)

// withSoftBreaks returns text as the entry shows it: a line break after
// each chunk.
func withSoftBreaks(text string) string {
	if utf8.RuneCountInString(text) <= softMax || strings.Contains(text, "\n") {
		return text
	}
	var b strings.Builder
	n := 0
	rs := []rune(text)
	for i, r := range rs {
		b.WriteRune(r)
		n++
		if i == len(rs)-1 {
			break
		}
		if n >= softMin && strings.ContainsRune("。！？；", r) && !closing(rs[i+1]) || n >= softMax {
			b.WriteByte('\n')
			n = 0
		}
	}
	return b.String()
}

// closing reports whether r belongs to the sentence before it (a closing
// quote or bracket after 。), so no chunk starts with it.
func closing(r rune) bool { return strings.ContainsRune("”’）】》」』", r) }

// pieceMin is the length from which a piece of a very long paragraph ends
// (at the end of a chunk): each piece is an entry of its own, so a key
// costs what it costs in a paragraph of this length.
const pieceMin = 1200

// pieces cuts a paragraph into pieces of at least pieceMin characters
// (the last may be shorter), each as its entry shows it (withSoftBreaks).
func pieces(text string) []string {
	var out []string
	var cur []string
	n := 0
	for _, chunk := range strings.Split(withSoftBreaks(text), "\n") {
		cur = append(cur, chunk)
		n += utf8.RuneCountInString(chunk)
		if n >= pieceMin {
			out = append(out, strings.Join(cur, "\n"))
			cur, n = nil, 0
		}
	}
	if len(cur) > 0 || len(out) == 0 {
		out = append(out, strings.Join(cur, "\n"))
	}
	return out
}

// withoutSoftBreaks is the paragraph text of what an entry shows.
func withoutSoftBreaks(s string) string { return strings.ReplaceAll(s, "\n", "") }

// typedText is the paragraph text of an entry that showed prev and now
// shows cur: the soft breaks dropped, the line breaks the change inserted
// kept (Enter, or a paste of several lines).
func typedText(prev, cur string) string {
	p, c := []rune(prev), []rune(cur)
	pre := 0
	for pre < len(p) && pre < len(c) && p[pre] == c[pre] {
		pre++
	}
	suf := 0
	for suf < len(p)-pre && suf < len(c)-pre && p[len(p)-1-suf] == c[len(c)-1-suf] {
		suf++
	}
	inserted := string(c[pre : len(c)-suf])
	return withoutSoftBreaks(string(c[:pre])) + inserted + withoutSoftBreaks(string(c[len(c)-suf:]))
}
