package importer

import (
	"strings"
	"unicode"

	"gazette/gazette"
)

// unitLine reports whether a plain line is a unit of its own that is never
// joined to the line before or after it, though it ends without a stop:
//
//   - a labelled line, a short label of hanzi then a colon and its value,
//     with no sentence punctuation: 主　任：尤　权　　国务院副秘书长,
//     联 系 人：张三, 电话：0798-8382816, 类别：C类, 抄送：市委办公室;
//   - a line of a name list, a name and a post (or names) set apart by
//     two spaces or more: 刘金国　　公安部副部长, 吉　林　　北京市副市长;
//   - a row of names of a 名单, three or more separated by spaces:
//     王　伟　李红梅　张　军　赵　敏.
//
// A paragraph broken by the source runs on in running text, with
// punctuation; lists of people and contacts are set one a line
// (GB/T 9704-2012 §7.4 版记, §8 特定格式; 任免 and 名单 documents).
func unitLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || runeLen(s) > 60 || strings.ContainsAny(s, "。，；！？,;!?") {
		return false
	}
	if k := strings.IndexAny(s, "：:"); k > 0 {
		label := noSpace(s[:k])
		value := strings.TrimSpace(strings.TrimLeft(s[k:], "：:"))
		if value != "" && runeLen(label) <= 8 && allHanzi(label) {
			return true
		}
	}
	if nameRow(s) {
		return true
	}
	groups := wideGaps(s)
	if len(groups) < 2 {
		return false
	}
	for _, g := range groups {
		if runeLen(noSpace(g)) > 20 || !allHanzi(noSpace(g)) {
			return false
		}
	}
	return true
}

// wideGaps splits s at runs of two or more spaces (or one U+3000 pair):
// the gaps that set a name apart from a post.
func wideGaps(s string) []string {
	var out []string
	rs := []rune(s)
	start := 0
	for i := 0; i < len(rs); {
		if !unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		j := i
		width := 0
		for j < len(rs) && unicode.IsSpace(rs[j]) {
			if rs[j] == '\u3000' {
				width += 2
			} else {
				width++
			}
			j++
		}
		if width >= 4 || (width >= 2 && rs[i] != '\u3000') {
			out = append(out, string(rs[start:i]))
			start = j
		}
		i = j
	}
	return append(out, string(rs[start:]))
}

// allHanzi reports whether s is made of hanzi only (and is not empty).
func allHanzi(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !hanzi(r) {
			return false
		}
	}
	return true
}

// nameRow reports whether s is a row of names: three or more runs of one
// to four hanzi separated by spaces (a padded two-character name 王　伟
// counts as two runs of one), nothing else.
func nameRow(s string) bool {
	f := strings.Fields(s)
	if len(f) < 3 {
		return false
	}
	for _, w := range f {
		if runeLen(w) > 4 || !allHanzi(w) {
			return false
		}
	}
	return true
}

// listIndent returns a name list's continuation line with the spaces that
// align it under the names of the line above (主　任：尤　权 / 副主任：杨元元 /
// 　　　　刘金国　　副州长): a line of the list that opens with spaces, after a
// labelled line of the list or another such line, keeps them as in the
// source, so that the name never stands in the role column.
func (b *body) listIndent(l *srcLine, text string) string {
	if l.lead == "" || !unitLine(plainOf(text)) || strings.ContainsAny(plainOf(text), "：:") {
		return text
	}
	s := b.cur()
	if len(s.blocks) == 0 || s.blocks[len(s.blocks)-1].Type != gazette.BlockParagraph {
		return text
	}
	prev := s.blocks[len(s.blocks)-1].Text()
	labelled := false
	if k := strings.IndexAny(prev, "：:"); k > 0 && unitLine(prev) {
		labelled = true
	}
	if !labelled && !strings.HasPrefix(prev, " ") && !strings.HasPrefix(prev, "\u3000") {
		return text
	}
	return l.lead + text
}
