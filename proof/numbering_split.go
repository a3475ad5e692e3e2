package proof

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"gazette/gazette"
)

// An article number out of sequence right after a paragraph that stops
// mid-sentence is, as a rule, no numbering error of the source: a hard
// wrap put a cross-reference first on a line (《某省城市管理条例》 /
// 第三十条的规定，…) and the text was cut there. Telling the editor that
// “序号 30 排在 1 之后” would invite renumbering a correct text; the check
// names the cut instead.

// splitReference reports whether the 第X条 unit u (number n, the level's
// last number last) follows prev, a paragraph that stops mid-sentence, out
// of sequence: a sentence cut before a cross-reference.
func splitReference(prev *unit, n, last int) bool {
	if prev == nil || n == last+1 || prev.kind != kindParagraph {
		return false
	}
	if lv, _, _, _, ok := numberOf(prev); ok && lv != lvArticle {
		return false // a chapter's or section's heading (第二章　管理)
	}
	t := strings.TrimRight(prev.text, " \u3000\t")
	if utf8.RuneCountInString(t) < 12 {
		return false // a heading, no sentence
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return t != "" && !strings.ContainsRune("。！？；：…”’）)!?;:", r)
}

// emitSplit reports unit u as a sentence cut before a cross-reference.
func (ac *article) emitSplit(u *unit, start, end int) {
	ac.emit(u, start, end, gazette.Warning, "numbering-split", citeNumbering,
		fmt.Sprintf("“%s”接在未完的句子之后，序号与上文不连续：可能是句中引用的条号被断行拆成了新的一条，请与原文核对并与上一段合并", strings.TrimSpace(u.text[start:end])), nil)
}
