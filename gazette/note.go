package gazette

import (
	"strings"
	"unicode/utf8"
)

// DatedNote reports whether a subtitle is a 题注: a note in parentheses
// under the title that dates the text and says how it came into force —
// （2023年5月31日某市第十六届人民代表大会常务委员会第十二次会议通过）,
// （2023年3月28日省人民政府令第112号公布）, （2023年1月5日）. Laws,
// regulations, 人大 decisions and speeches carry such a note in place of a
// 发文字号 (docs/house-style.md, "Document heads"), so a document that has
// one is not missing its 文号.
func DatedNote(subtitle string) bool {
	s := strings.TrimSpace(subtitle)
	if s == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !(first == '（' && last == '）' || first == '(' && last == ')') {
		return false
	}
	return strings.Contains(s, "年") && strings.Contains(s, "月") && strings.Contains(s, "日")
}
