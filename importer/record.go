package importer

// The 版记 of a document as issued (GB/T 9704-2012 §7.4; gazette/record.go)
// is drawn between rules; its 抄送 and 印发 lines are kept as lines of the
// document, in their order, after its 附注. A rule drawn with characters is
// no text: it is removed and listed.

// ReasonRule is the reason of a removal: a rule drawn with characters (the
// lines around a 版记, ─────), which is no text.
const ReasonRule = "用字符画的分隔线（如版记的横线），不是文字"

// ruleText reports whether t is a rule drawn with characters: five or more
// box-drawing or underscore characters, or equal signs, and nothing else.
func ruleText(t string) bool {
	t = noSpace(t)
	if runeLen(t) < 5 {
		return false
	}
	for _, r := range t {
		if !(r >= 0x2500 && r <= 0x257F || r == '_' || r == '＿' || r == '=' || r == '＝' || r == '━') {
			return false
		}
	}
	return true
}

// dropRules removes the rules drawn with characters, listing each.
func (p *parser) dropRules() {
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank || l.comment != "" || l.tab || l.pipe || !ruleText(l.text) {
			continue
		}
		p.remove(l.n, l.text, ReasonRule)
		l.blank, l.text = true, ""
	}
}
