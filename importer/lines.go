package importer

// Stage 2 of the importer, lines: the decoded text (stage 1, decode.go) cut
// into classified lines. Every later stage reads these lines.

import (
	"regexp"
	"strings"
)

// srcLine is one line of the input.
type srcLine struct {
	n       int    // 1-based line number
	text    string // content: heading marks and outer spaces removed (a table row keeps its tabs)
	hashes  int    // how many "#" began the line
	blank   bool   // only white space
	hard    bool   // continues the line before it in one Markdown paragraph (a hard break)
	tab     bool   // a tab-separated table row
	pipe    bool   // a pipe-table row
	comment string // for <!-- gazette:NAME PAYLOAD -->: NAME
	payload string // … and PAYLOAD
	cleaned bool   // text has been normalised
	// furniture: the line was a folio or running head, now blank (a table
	// it cut continues after it).
	furniture bool
	// lead is the spaces (U+3000 or ASCII) that open the line; width its
	// length in characters with them, trailing spaces aside (wrap.go).
	lead  string
	width int
}

var commentLine = regexp.MustCompile(`^<!--\s*gazette:([a-z-]+)\s*(.*?)\s*-->$`)

// splitLines cuts text into lines and classifies each.
func splitLines(text string) []srcLine {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	raw := strings.Split(text, "\n")
	out := make([]srcLine, 0, len(raw))
	prevHard := false
	for i, r := range raw {
		r = strings.TrimRight(r, "\r")
		l := srcLine{n: i + 1}
		trim := strings.TrimSpace(r)
		if trim == "" {
			l.blank = true
			prevHard = false
			out = append(out, l)
			continue
		}
		l.hard = prevHard
		l.lead, l.width = lineWidth(r)
		prevHard = strings.HasSuffix(r, "  ") || strings.HasSuffix(r, "\\")
		switch {
		case strings.HasPrefix(trim, "<!--"):
			if m := commentLine.FindStringSubmatch(trim); m != nil {
				l.comment, l.payload = m[1], m[2]
			}
			l.text = trim
		case strings.Contains(strings.Trim(r, " "), "\t") && !strings.HasPrefix(trim, "|"):
			l.tab = true
			l.text = strings.Trim(r, " \u3000")
		case strings.HasPrefix(trim, "|"):
			l.pipe = true
			l.text = trim
		case strings.HasPrefix(trim, "#"):
			h := strings.TrimLeft(trim, "#")
			if h == "" || h[0] == ' ' || h[0] == '\t' {
				l.hashes = len(trim) - len(h)
				l.text = strings.TrimSpace(h)
			} else {
				l.text = strings.TrimSuffix(trim, "\\") // #3 is text, its \ a break as on any line
			}
		default:
			l.text = strings.TrimSuffix(trim, "\\")
		}
		if l.text == "" && l.comment == "" {
			l.blank = true
		}
		out = append(out, l)
	}
	return out
}

// entityTail matches what a web page leaves at a line's end when its text
// is copied: one or more HTML character entities (&nbsp; &#160; &ensp;) or
// a broken one (&sp;), with the spaces around them. A browser shows them as
// a space; in the text they are no content.
var entityTail = regexp.MustCompile(`(?:[ \t\x{3000}\x{a0}]*&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)+[ \t\x{3000}\x{a0}]*$`)

// dropEntityTails removes the HTML entities left at the end of plain and
// heading lines once decodeEntities has read those it knows (a signature line 国务院办公厅　　&sp; would hide the date
// under it), lists each removal and warns on its line. A line that held
// nothing else becomes blank.
func (p *parser) dropEntityTails() {
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank || l.comment != "" || l.tab || l.pipe {
			continue
		}
		loc := entityTail.FindStringIndex(l.text)
		if loc == nil || entityChars(l.text[loc[0]:]) {
			continue // a character decodeEntities left as written is text
		}
		ent := strings.TrimSpace(strings.Trim(l.text[loc[0]:], " \t\u3000\u00a0"))
		p.warn.add(l.n, "行末的网页字符实体“%s”不是正文，已略去", ent)
		p.remove(l.n, ent, ReasonEntity)
		l.text = strings.TrimRight(l.text[:loc[0]], " \t\u3000\u00a0")
		if l.text == "" {
			l.blank = true
		}
	}
}
