package importer

import (
	"strings"
)

// Masthead lines a cover or a 目录 page prints besides the fields: the
// gazette's name set on two lines (the organ above the word 公报, as many
// covers set it), and the colophon notes under the 目录 (内部资料　免费赠阅,
// 准印证号, 编辑：某省人民政府公报编辑部) — kept as colophon lines, never
// taken for 目录 entries or for the first document's title.

// twoLineName reads the gazette's name set on two lines at line i: a line
// of hanzi naming the organ (某省人民政府), then, on the next line before
// to, the word 公报 or 政报 alone. It returns the name and the second line.
func (p *parser) twoLineName(i, to int) (string, int, bool) {
	s := noSpace(p.lines[i].text)
	if p.lines[i].blank || p.lines[i].comment != "" || runeLen(s) < 2 || runeLen(s) > 30 || mastheadKind(s) != "" {
		return "", 0, false
	}
	for _, r := range s {
		if !hanzi(r) {
			return "", 0, false
		}
	}
	j := i + 1
	for j < to && p.lines[j].blank && !p.lines[j].furniture {
		j++
	}
	if j >= to || p.lines[j].comment != "" {
		return "", 0, false
	}
	switch w := noSpace(p.lines[j].text); w {
	case "公报", "政报":
		return s + w, j, true
	}
	return "", 0, false
}

// colophonNotes open the notes a masthead or 目录 page prints that are no
// field of the colophon: the status of the publication, its licence.
var colophonNotes = []string{"内部资料", "免费赠阅", "赠阅", "准印证", "内部资料性出版物", "连续性内部资料", "工本费", "国内统一连续出版物号", "国际标准连续出版物号"}

// colophonNote reports whether s (without spaces) is such a note, or a
// labelled line of the masthead (编辑：…, 主编：…): a short label before a
// colon. Neither is a 目录 entry or a title.
func colophonNote(s string) bool {
	for _, n := range colophonNotes {
		if strings.HasPrefix(s, n) {
			return true
		}
	}
	k := strings.IndexAny(s, "：:")
	return k > 0 && runeLen(s[:k]) <= 6 && !strings.ContainsAny(s[:k], "，。、（）()")
}
