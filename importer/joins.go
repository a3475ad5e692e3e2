package importer

// Stage 6 of the importer, body blocks: where a line that ends without a
// stop is still not joined to the next (issue 15 §3: lines are joined only
// where the evidence says a paragraph was broken). blocks.go asks these
// when it reads a plain line.

import (
	"regexp"
	"strings"

	"gazette/gazette"
)

// wholeBold reports whether a line is bold from end to end (**一、总体要求**,
// **总体要求**): a line the author set apart as a heading or a lead, so it
// never runs on into the next line, stop or none.
func wholeBold(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasPrefix(t, "**") || !strings.HasSuffix(t, "**") || runeLen(t) <= 4 {
		return false
	}
	runs := parseRuns(t)
	for _, r := range runs {
		if !r.Bold && strings.TrimSpace(r.Text) != "" {
			return false
		}
	}
	return true
}

// labelItem matches a line that opens an item of a 类别：名单 list: a short
// label of hanzi, perhaps with a count in brackets, a colon, then its
// value (优秀单位（5个）：城关镇、…, 一等奖（3名）：…, 先进集体：…), as 通报 and
// 表彰决定 and their attachments print one category a line.
var labelItem = regexp.MustCompile(`^\p{Han}{2,12}(?:[（(][0-9０-９一二三四五六七八九十百共个名项家人位]{1,8}[）)])?[：:]\s*\S`)

// startsNewItem reports whether plain text opens a new labelled item after
// a paragraph that opened one too: the paragraph before, though it ends
// without a stop (a list of names does), is complete — the source set the
// items one a line, and a wrapped paragraph does not go on with another
// label of the same form.
func (b *body) startsNewItem(text string) bool {
	t := noSpace(plainOf(text))
	if !labelItem.MatchString(t) {
		return false
	}
	s := b.cur()
	if len(s.blocks) == 0 || s.blocks[len(s.blocks)-1].Type != gazette.BlockParagraph {
		return false
	}
	return labelItem.MatchString(noSpace(s.blocks[len(s.blocks)-1].Text()))
}

// quotedInBody reports whether t is the name of a text the body has cited
// in 《》 (现将《…》转发给你们): the line is then the title of that text, which
// the notice carries after its signature.
func (b *body) quotedInBody(t string) bool {
	if runeLen(t) < 6 {
		return false
	}
	q := "《" + t + "》"
	for _, bl := range b.streams[0].blocks {
		if bl.Type == gazette.BlockParagraph && strings.Contains(noSpace(bl.Text()), q) {
			return true
		}
	}
	return false
}

// issuersUnder reads the line under the title of a carried text (line i)
// when it names that text's issuers (省发展改革委　省财政厅), as provincial
// gazettes print a 转发 text: it is set as its own centred line and the
// last line taken is returned; a line followed by a date is the carried
// text's signature instead, left to signatureRun.
func (b *body) issuersUnder(i, to int) int {
	p := b.p
	j := nextContent(p.lines, i+1, to)
	if j < 0 || !p.plainLine(j) || j == b.sigFrom {
		return i
	}
	t := tidySpaces(plainOf(p.text(j)))
	if _, ok := issuerLine(t); !ok {
		return i
	}
	if k := nextContent(p.lines, j+1, to); k >= 0 && p.plainLine(k) {
		if _, dated := dateAlone(tidySpaces(plainOf(p.text(k)))); dated {
			return i
		}
	}
	b.add(gazette.Block{Type: gazette.BlockHeading, HeadingKind: gazette.HeadingPlain, Runs: []gazette.Run{{Text: t}}}, false)
	return j
}

// nextContent returns the index of the first non-blank line of
// lines[from:to], or -1.
func nextContent(lines []srcLine, from, to int) int {
	for j := from; j < to; j++ {
		if !lines[j].blank {
			return j
		}
	}
	return -1
}

// siblingLeadIn sets a numbered line that is one short sentence alone
// (（二）推进源头减量。, 二、会议研究了其他事项。) as the item of its level before
// it is set: a run-in lead-in without more text after one with a lead-in
// (（一）健全收运体系。各乡镇…), a plain paragraph after a plain numbered
// paragraph (一、会议研究了…。…) though a plain line follows it, which alone
// would make it a heading (headingIfShortSentence). Sibling items are set
// alike; without a sibling before, the line stays as numberedBlock read it.
func (b *body) siblingLeadIn(bl gazette.Block, nb numbering) gazette.Block {
	if nb.kind != gazette.HeadingNumbered || len(bl.Runs) != 1 || bl.Runs[0].LeadIn != 0 ||
		!(bl.Type == gazette.BlockParagraph || bl.Type == gazette.BlockHeading && bl.Level == nb.level) {
		return bl
	}
	t := bl.Runs[0].Text
	lead := strings.TrimPrefix(t, nb.marker)
	if !strings.HasPrefix(t, nb.marker) || firstStop(lead) != len(lead) || runeLen(lead) > leadInMax || strings.ContainsAny(lead, "，；、") {
		return bl
	}
	switch b.siblingSet(nb.level) {
	case "lead-in":
		return gazette.Block{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: t, LeadIn: nb.level}}}
	case "plain":
		return gazette.Block{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: t}}}
	}
	return bl
}

// siblingSet returns how the item numbered at level before the current
// line, in the same part, is set: "lead-in" (a paragraph with a run-in
// lead-in and text after it), "plain" (a numbered paragraph without one),
// or "" (a heading, or no such item).
func (b *body) siblingSet(level int) string {
	s := b.cur()
	for k := len(s.blocks) - 1; k >= 0; k-- {
		p := &s.blocks[k]
		if p.Type == gazette.BlockHeading && p.HeadingKind == gazette.HeadingNumbered && p.Level <= level {
			return "" // a heading sibling, or a new part
		}
		if p.Type != gazette.BlockParagraph || len(p.Runs) == 0 {
			continue
		}
		if lv := p.Runs[0].LeadIn; lv > 0 && lv <= level {
			if lv == level && len(p.Runs) > 1 {
				return "lead-in"
			}
			return ""
		}
		if pn := numberingOf(p.Text()); pn.kind == gazette.HeadingNumbered && pn.level <= level {
			if pn.level == level {
				return "plain"
			}
			return ""
		}
	}
	return ""
}
