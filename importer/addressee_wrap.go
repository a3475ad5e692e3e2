package importer

import (
	"strings"
)

// An addressee (主送机关) wrapped over two or three lines: a long list of
// organs breaks where the page ends (各设区市教育局，各普通高等学校，省直有关单位，
// / 各高职高专院校：). Read line by line, its first line is no addressee (it
// ends in a comma) and became the body's first paragraph; the document had
// no 主送. The lines are one addressee where each but the last ends in a
// list mark (，、；) or, in a text hard-wrapped at a measure, runs to it
// (…国务院各部委、各直属 / 机构：), the last in one colon, and every item of the list
// names an organ, a group of them or a person (各…, …单位, orgName, …委员).

// addresseeItemEnds are the ends of a list item that names a group of
// organs or a person rather than one issuing body (orgName knows those).
var addresseeItemEnds = []string{"单位", "学校", "院校", "高校", "企业", "机构", "组织", "委员", "同志", "代表", "部门", "政府", "园区"}

// addresseeItem reports whether one item of an addressee list names an
// organ, a group of organs or a person.
func addresseeItem(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || runeLen(s) > 30 || strings.ContainsAny(s, "。！？") {
		return false
	}
	if orgName(s) || strings.HasPrefix(s, "各") {
		return true
	}
	for _, e := range addresseeItemEnds {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// wrappedAddressee reads an addressee that starts on line i and goes on
// over the next one or two lines; it returns the addressee (without its
// colon) and the last line it takes, or "" and i where the lines are no
// such addressee.
func (h *headReader) wrappedAddressee(i int) (string, int) {
	p := h.p
	var b strings.Builder
	for k, n := i, 0; k < h.to && n < 3 && p.plainLine(k); k, n = h.next(k+1), n+1 {
		t := tidySpaces(plainOf(p.text(k)))
		b.WriteString(t)
		if strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") {
			if n == 0 || !addresseeLine(b.String()) {
				return "", i
			}
			all := strings.TrimRight(b.String(), "：:")
			for _, it := range addresseeItems(all) {
				if !addresseeItem(it) {
					return "", i
				}
			}
			return all, k
		}
		if !strings.HasSuffix(t, "，") && !strings.HasSuffix(t, "、") && !strings.HasSuffix(t, "；") && !p.wrapped(k) {
			return "", i // no list mark, and not cut at the measure of a hard-wrapped text
		}
	}
	return "", i
}

// wrappedTo returns the last line of a wrapped addressee starting on line
// i, or i where there is none.
func (h *headReader) wrappedTo(i int) int {
	_, k := h.wrappedAddressee(i)
	return k
}

// addresseeItems splits an addressee list at its list marks (，、；,) that
// stand outside brackets: 县（市、区）人民政府 is one item.
func addresseeItems(s string) []string {
	var items []string
	depth, start := 0, 0
	for k, r := range s {
		switch r {
		case '（', '(', '〔', '[', '【':
			depth++
		case '）', ')', '〕', ']', '】':
			depth = max(depth-1, 0)
		case '，', '、', '；', ',':
			if depth == 0 {
				items = append(items, s[start:k])
				start = k + len(string(r))
			}
		}
	}
	return append(items, s[start:])
}
