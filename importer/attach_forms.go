package importer

import (
	"regexp"
	"strings"
)

// Two forms of an attachment's head besides 附件1 over a one-line title:
//
//   - the title broken over two lines, as on the printed page
//     (某县农村人居环境整治提升五年行动 / 实施方案（2021—2025年）): the first line
//     does not end with a 文种, the two together do;
//   - the label and the title on one line, joined by a colon
//     (附件2：某县农村改厕质量管理办法), after the document's signature or in
//     another attachment (before the signature such a line is the 附件说明's).

// ReasonAttachColon is the removal reason of the colon between an
// attachment's label and its title on one line: label and title are
// printed on lines of their own.
const ReasonAttachColon = "附件标签与标题之间的冒号（标签、标题分行印出）"

// attachLabelTitle is an attachment's label and title on one line.
var attachLabelTitle = regexp.MustCompile(`^附\s*件\s*([0-9０-９一二三四五六七八九十]+)\s*[：:]\s*(\S.*)$`)

// labelTitle reads line i (plain, its text) as an attachment's label and
// title on one line: after the signature or inside an attachment, the
// title short and no sentence. It returns the label (附件2) and the title.
func (b *body) labelTitle(i int, plain string) (string, string, bool) {
	if !(b.active > 0 || b.sigTo >= 0 && i > b.sigTo) {
		return "", "", false
	}
	m := attachLabelTitle.FindStringSubmatch(strings.TrimSpace(plain))
	if m == nil {
		return "", "", false
	}
	title := strings.TrimSpace(m[2])
	if runeLen(title) > 60 || endsSentence(title) || strings.ContainsAny(title, "，。；！？") {
		return "", "", false
	}
	return "附件" + m[1], title, true
}

// labelledAttachment starts the attachment whose label and title stand on
// line i, listing the colon between them as removed; it returns i.
func (b *body) labelledAttachment(i int, label, title string) int {
	l := &b.p.lines[i]
	b.p.keepRestAs(l.n, l.text, ReasonAttachColon, label, title)
	b.attachment(i, i+1, label)
	b.streams[b.active].att.Title = squeezeSpaces(title, b.confirm)
	return i
}

// attachTitleRest returns the line that ends an attachment's title whose
// first line j (text t) does not end with a 文种 while the next content
// line, short and no sentence, completes it with one; or j.
func (b *body) attachTitleRest(j, to int, t string) int {
	p := b.p
	k := p.nextContent(j)
	if k >= to || endsWithGenre(noSpace(t)) {
		return j
	}
	nl := &p.lines[k]
	s := plainOf(p.text(k))
	if nl.tab || nl.pipe || nl.comment != "" || nl.hashes > 0 || numberingOf(s).marker != "" || isAttachLabel(s) ||
		runeLen(s) > 40 || strings.ContainsAny(s, "。，；：！？") || lastContent(p.lines, k, to) <= k || !endsWithGenre(noSpace(t+s)) {
		return j
	}
	return k
}

// attachTitle is the title of an attachment on lines j to k.
func (b *body) attachTitle(j, k int) string {
	t := plainOf(b.p.text(j))
	if k > j {
		t = strings.TrimSpace(t) + strings.TrimSpace(plainOf(b.p.text(k)))
	}
	return squeezeSpaces(t, b.confirm)
}
