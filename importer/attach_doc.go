package importer

import "gazette/gazette"

// An attachment that is itself a document: a 转发/印发 notice carries, after
// its signature and the label 附件, the text it forwards with that text's
// own title, 文号, addressee and signature (某县教育局关于…的通知 /
// 某教发〔2024〕1号). Its 文号 line made it a document of its own, filed in a
// section the 目录 does not have, and left the label 附件 dangling at the
// end of the notice. The document right after an attachment label is the
// attachment, unless the 目录 lists it as an article of its own.

// carriedAttachment reports whether the document titled title (spaces
// aside) that starts right after an attachment label is the attachment of
// the document before it: the 目录 (the authority where there is one) has
// no entry of that title.
func carriedAttachment(afterLabel bool, title string, contents *toc) bool {
	return afterLabel && (contents == nil || !contents.names(title))
}

// names reports whether the 目录 has an entry titled h (spaces aside), with
// or without a 文号.
func (t *toc) names(h string) bool {
	if h == "" {
		return false
	}
	for _, e := range t.entries {
		if e.title == h {
			return true
		}
	}
	return false
}

// carriedDocNumber reads a line of the body that is a 文号 alone — the
// number of a document an attachment or a 转发 notice carries, under its
// title — as a line of its own: the addressee or text after it is never
// glued to it (某教发〔2024〕1号各中小学校：). It reports whether the line was
// such a 文号.
func (b *body) carriedDocNumber(text, plain string) bool {
	if !isDocLine(tidySpaces(plain)) {
		return false
	}
	b.add(gazette.Block{Type: gazette.BlockParagraph, Runs: parseRuns(tidySpaces(text))}, false)
	return true
}
