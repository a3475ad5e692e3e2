package gazette

import (
	"regexp"
	"strings"
)

// The 版记 (GB/T 9704-2012 §7.4) closes a document as issued: the 抄送
// line (抄送：…。) and the 印发 line (the organ that printed it and the date,
// 某县人民政府办公室　　2022年2月12日印发), between rules. It follows the
// 附注 (§7.3.7, the disclosure note (此件公开发布)), so a document printed
// with its 版记 sets the note before it.

// printedOn is the end of a 印发 line: a date and 印发.
var printedOn = regexp.MustCompile(`[0-9〇○零一二三四五六七八九]{4}\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日\s*印\s*发$`)

// RecordLine reports whether a paragraph's text is a line of the 版记: a
// 抄送 or 分送 line, or a 印发 line.
func RecordLine(text string) bool {
	t := strings.TrimSpace(text)
	for _, l := range []string{"抄送：", "抄送:", "分送：", "分送:"} {
		if strings.HasPrefix(t, l) {
			return true
		}
	}
	return len(t) <= 200 && printedOn.MatchString(t)
}

// RecordBlock reports whether b is a paragraph holding a line of the 版记.
func RecordBlock(b *Block) bool {
	return b.Type == BlockParagraph && RecordLine(b.Text())
}
