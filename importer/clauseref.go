package importer

import "strings"

// A 第X条 that opens a line is an article of the rules only when the
// article's number stands apart from its text (第一条　为了…: GB/T 9704 and
// 立法技术规范 set a full-width space after it). A line a hard wrap began
// with a cross-reference — 《某省城市管理条例》 / 第三十条的规定，… — continues
// the sentence before it: the number runs straight on into the text.

// clauseReference reports whether text, which numbering nb opens with a
// 第X条, continues a sentence rather than beginning an article: the
// number runs on into the text (第三十条的规定, 第四十五条、第四十六条,
// 第二十条第二款) with no space after it.
func clauseReference(text string, nb numbering) bool {
	if !nb.clause || !strings.HasPrefix(text, nb.marker) {
		return false
	}
	rest := text[len(nb.marker):]
	if rest == "" {
		return false // 第一条 alone on its line, its text on the next
	}
	r := firstRune(rest)
	return r != ' ' && r != '\u3000' && r != '\t' && r != '\u00a0'
}
