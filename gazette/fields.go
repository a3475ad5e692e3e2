package gazette

import (
	"strings"
)

// SplitTitle turns the title field into Article.Title and TitleLines: each
// line of the field is a printed line; one line needs no TitleLines.
func SplitTitle(s string) (title string, lines []string) {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	title = strings.Join(lines, "")
	if len(lines) < 2 {
		lines = nil
	}
	return title, lines
}

// SplitIssuers splits the issuers field at 、, full-width or plain spaces,
// commas and line breaks.
func SplitIssuers(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == '、' || r == '，' || r == ',' || r == ' ' || r == '　' || r == '\n' || r == ';' || r == '；'
	})
}

// ParseBoard reads the board field: one role a line, "职务：姓名、姓名".
func ParseBoard(s string) []BoardEntry {
	var out []BoardEntry
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		role, names, ok := strings.Cut(line, "：")
		if !ok {
			role, names, _ = strings.Cut(line, ":")
		}
		out = append(out, BoardEntry{Role: strings.TrimSpace(role), Names: SplitIssuers(names)})
	}
	return out
}

// BoardText writes the board as the field shows it.
func BoardText(b []BoardEntry) string {
	var lines []string
	for _, e := range b {
		lines = append(lines, e.Role+"："+strings.Join(e.Names, "、"))
	}
	return strings.Join(lines, "\n")
}
