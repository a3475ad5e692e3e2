package importer

// Stage 4 of the importer, segmentation (continued): the imprint (版权页)
// many gazettes print at the end of an issue, on the inside back cover,
// rather than under the masthead — the name again, （季刊）, 主管主办：…,
// 编辑出版：…, 地址/邮编/电话, 内部资料　免费赠阅. Left in the last segment it
// would be printed as the last document's closing paragraphs; it is cut
// from that segment and read into the colophon by the masthead's reader,
// as it would be at the front.

import (
	"strings"

	"gazette/gazette"
)

// imprintRoles are labels only an imprint prints (beside the colophon's
// fields, colophonField): who directs, edits, prints and distributes.
var imprintRoles = []string{"主管", "主办", "主管主办", "主管单位", "主办单位", "编辑", "编辑出版", "编辑单位", "出版", "出版单位", "主编", "副主编", "总编",
	"编印", "承印", "印刷", "印刷单位", "发行", "准印证号", "内部资料准印证号", "刊号"}

// imprintLine reports whether s (without spaces) is a line an imprint
// prints, and whether it is one only an imprint prints (strong): an
// addressee's contact line (电话：…) at a document's end is no evidence.
func imprintLine(s string) (shaped, strong bool) {
	switch mastheadKind(s) {
	case "frequency", "colophon", "sponsor":
		return true, true
	case "title":
		return true, false
	}
	k := strings.IndexAny(s, "：:")
	if k <= 0 {
		return false, false
	}
	label := s[:k]
	for _, r := range imprintRoles {
		if label == r {
			return true, true
		}
	}
	return colophonField(&gazette.Colophon{}, label) != nil, false
}

// imprintFrom returns the line where an imprint printed at the end of
// lines[from:to] begins, or -1: a run of three or more imprint lines up
// to the end, one of them a line only an imprint prints, after the
// document's own last line (its date, its 抄送). With board, the run may
// open with the editorial board (编辑委员会, then its roles and names):
// role lines count only under that heading, so a document's own list of
// members (主　任：… / 成　员：…) is never taken.
func (p *parser) imprintFrom(from, to int, board bool) int {
	start, n, strong, roles := -1, 0, false, 0
	for i := to - 1; i > from; i-- {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		if l.tab || l.pipe || l.comment != "" {
			break
		}
		s := noSpace(plainOf(l.text))
		shaped, st := imprintLine(s)
		switch {
		case board && roles > 0 && mastheadKind(s) == "board":
			start, n, strong, roles = i, n+roles+1, true, 0
			continue
		case board && (!shaped || roles > 0) && (boardRoleLine(l.text) || nameRow(l.text)):
			roles++ // the board's, if its heading is above them
			continue
		}
		if !shaped || roles > 0 {
			break
		}
		start, n, strong = i, n+1, strong || st
	}
	if n < 3 || !strong || lastContent(p.lines, from, start) < 0 {
		return -1
	}
	return start
}

// boardRoleLine reports whether a line names roles of an editorial board
// and the people holding them: 主任：张三, 委员：王五 赵六, 总编：李四.
func boardRoleLine(s string) bool {
	k := strings.IndexAny(s, "：:")
	if k <= 0 {
		return false
	}
	label := noSpace(s[:k])
	if runeLen(label) > 6 || !allHanzi(label) {
		return false
	}
	for _, r := range []string{"主任", "委员", "编", "编辑", "设计", "校对"} {
		if strings.HasSuffix(label, r) {
			return true
		}
	}
	return false
}

// readImprint reads the imprint on lines[from:to] into the issue's
// colophon: a field not yet filled takes its line, any other line is kept
// as a colophon line after those of the masthead.
func (p *parser) readImprint(is *gazette.Issue, from, to int) {
	m := &mastReader{p: p, is: is, toc: &toc{}, to: to, numberAt: -1}
	for i := from; i < to; i++ {
		if l := &p.lines[i]; !l.blank && l.comment == "" {
			i = m.line(i)
		}
	}
	if len(m.extra) == 0 {
		return
	}
	lines := m.extra
	if is.Colophon.Lines != "" {
		lines = append([]string{is.Colophon.Lines}, lines...)
	}
	is.Colophon.Lines = strings.Join(lines, "\n")
}

// cutImprint takes an imprint printed after the last of segs out of it
// and reads it into the issue's colophon.
func (p *parser) cutImprint(is *gazette.Issue, segs []segment) {
	if len(segs) == 0 {
		return
	}
	last := &segs[len(segs)-1]
	if k := p.imprintFrom(last.from, last.to, len(is.Board) == 0); k >= 0 {
		p.readImprint(is, k, last.to)
		last.to = k
	}
}
