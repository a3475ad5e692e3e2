package importer

// A <!-- gazette:break --> line (docx.go, exchange.WriteText) says only
// that the paragraph before it ends there. It is no line of the text:
// segmentation and the document head pass over it as over a blank line,
// so that a Word document of plain paragraphs — each short one (a section
// name, a title, a 文号) followed by a break — is cut into documents as the
// same text without the marks is. The body still ends the paragraph there
// (body.parse).

// foldBreaks makes every break line blank, keeping its comment name so
// that the body reads it.
func (p *parser) foldBreaks() {
	for i := range p.lines {
		if l := &p.lines[i]; l.comment == "break" {
			l.blank = true
		}
	}
}

// breakLine reports whether line i is a folded break line (foldBreaks).
func (p *parser) breakLine(i int) bool {
	return p.lines[i].blank && p.lines[i].comment == "break"
}
