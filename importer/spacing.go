package importer

import "strings"

// Spacing a source sets on purpose is kept, spacing an extraction or a
// letter-spaced original left is not: a title letter-spaced over its whole
// length or a run of it (某省人民政府关于几 个 问 题 的 通 知) is one word
// string and loses every such space, while the full-width spaces of a
// regulation's chapter heading (第一章　总　　则, the two-character title
// spread over four as regulations print it) are the heading as written.

// letterSpaced reports whether s is letter-spaced (政 府 工 作 报 告,
// 某省人民政府关于几 个 问 题 的 通 知): four or more of its pieces, split at
// half- or full-width spaces, are single hanzi, and they are most of them.
func letterSpaced(s string) bool {
	f := strings.Fields(strings.ReplaceAll(s, "\u3000", " "))
	single := 0
	for _, w := range f {
		if runeLen(w) == 1 && hanzi(firstRune(w)) {
			single++
		}
	}
	return single >= 4 && single*3 >= len(f)*2
}

// spacedByHand reports whether a chapter heading's title keeps its spaces:
// they are full-width spaces only, between hanzi (总　　则), as typeset.
func spacedByHand(rest string) bool {
	rest = strings.TrimSpace(rest)
	return strings.Contains(rest, "\u3000") && !strings.ContainsAny(rest, " \t") && allHanzi(strings.ReplaceAll(rest, "\u3000", ""))
}
