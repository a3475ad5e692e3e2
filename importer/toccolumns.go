package importer

import (
	"regexp"
	"strings"
)

// A 目录 set in two columns, flattened into lines by a copy from the PDF:
// a line holds the section names of both columns side by side
// (县政府文件　　　　县政府办公室文件), the lines under it an entry of each
// column. Read as one section name, the line was glued to the next entry
// (an entry "not found", every section guessed). The names become the
// 目录's sections, and each entry is filed under the section of its
// column.

// columnGapTOC sets two columns of a flattened 目录 line apart: two
// full-width spaces or more, three ASCII spaces or more, or a tab.
var columnGapTOC = regexp.MustCompile(`\x{3000}{2,}| {3,}|\t`)

// sideBySide reads a 目录 line that holds two or more section names set
// apart by wide gaps, and reports whether it was one. A name is short,
// holds no leader, bracket, 关于 or 的: the wrapped first lines of two
// entries side by side are no section names.
func (t *toc) sideBySide(rest string) bool {
	parts := columnGapTOC.Split(strings.TrimSpace(rest), -1)
	if len(parts) < 2 {
		return false
	}
	var names []string
	for _, p := range parts {
		n := noSpace(sectionName(p))
		if n == "" || strings.ContainsAny(n, "…（(.·的") || strings.Contains(n, "关于") || runeLen(n) > 12 || runeLen(n) < 2 {
			return false
		}
		names = append(names, n)
	}
	for _, n := range names {
		t.addSection(n)
	}
	t.columns = names
	return true
}

// column files the k-th of n entries of a 目录 line under the section of
// its column, where the 目录 names its sections side by side and the line
// has an entry in each column.
func (t *toc) column(k, n int) {
	if n == len(t.columns) && n > 1 {
		t.current = t.columns[k]
	}
}
