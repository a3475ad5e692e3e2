package importer

import "strings"

// A 目录 entry printed over two lines with its 文号 on the second, under
// the title, where the page number stands:
//
//	某市人民政府关于同意设立某市高新技术产业开发区管理委员会的批复
//	某府字〔2022〕41号……………………1
//
// names the document by both: the title from the first line, the 文号 from
// the second (never the two glued into one title).

// wrappedDocEntry adds the entry whose title waits in t.pending and whose
// second line (without leader and page) is rest, when rest is a 文号
// alone; it reports whether it did.
func (t *toc) wrappedDocEntry(rest string) bool {
	title := strings.TrimSpace(t.pending)
	rest = strings.TrimSpace(rest)
	if title == "" || !isDocLine(tidySpaces(rest)) {
		return false
	}
	m := docLine.FindStringSubmatch(docLineText(tidySpaces(rest)))
	if m == nil || m[2] != "" {
		return false // a 文号 with a date is no 目录's
	}
	t.pending = ""
	t.entry(title + "（" + noSpace(m[1]) + "）")
	return true
}
