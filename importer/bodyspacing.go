package importer

import "strings"

// unspaced returns a body line pasted letter-spaced (为 加 强 耕 地 保 护，…:
// a web page's justified text copied, or a PDF extraction's) without the
// spaces between its hanzi, and warns on its line; titles are squeezed the
// same way (squeezeSpaces). A line with full-width spaces, or a unit (a row
// of names 王　伟　李红梅), is spaced as printed and kept as it is.
func (b *body) unspaced(n int, text string) string {
	s := plainOf(text)
	if !strings.Contains(s, " ") || strings.Contains(s, "\u3000") || !letterSpaced(s) || unitLine(s) {
		return text
	}
	out := squeezeSpaces(text, nil)
	if out != text {
		b.p.warn.add(n, "正文行字间的空格已去掉（网页或 PDF 复制时带入）：“%s”", plainOf(out))
	}
	return out
}
