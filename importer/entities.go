package importer

// Stage 2 of the importer, lines (continued): the HTML character entities a
// text copied from a web page's source or a rich-text editor holds anywhere
// in a line (&emsp;&emsp;现将…, A&amp;B, PM2.5&lt;35). A browser shows them
// as the characters they stand for, so they are read as such: a space
// entity as the space (at a line's start, the paragraph's indent), any
// other as its character. Each one is listed with its line (Report.Removed)
// and warned of; one that would turn into the text dialect's markup (**,
// <sup>, a pipe) is left as written, with a warning.

import (
	"html"
	"regexp"
	"strings"
	"unicode"
)

// ReasonEntityChar is the reason an entity read as its character is listed.
const ReasonEntityChar = "网页字符实体（已换成它所表示的字符）"

// entityRef matches one HTML character reference, named or numeric, with
// its semicolon (a bare &amp without one is text).
var entityRef = regexp.MustCompile(`&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});`)

// entitySpace returns what a decoded entity is read as when it is white
// space or invisible: U+3000 for a full-width space (&emsp; &#12288;), ""
// for a zero-width one, " " for any other; ok is false for a character.
func entitySpace(s string) (string, bool) {
	out := ""
	for _, r := range s {
		switch {
		case r == '\u3000' || r == '\u2003':
			out += "\u3000"
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
		case unicode.IsSpace(r) || unicode.IsControl(r):
			out += " "
		default:
			return "", false
		}
	}
	return out, true
}

// entityMarkup reports whether s holds a mark of the text dialect that an
// entity could have made: ** (bold), <sup> and <sub> tags, a pipe.
func entityMarkup(s string) int {
	return strings.Count(s, "**") + strings.Count(s, "<su") + strings.Count(s, "</su") + strings.Count(s, "|") + strings.Count(s, "<!--")
}

// decodeEntities reads the character entities of every text line (see the
// top of this file). A line's leading space entities become its indent.
func (p *parser) decodeEntities() {
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank || l.comment != "" || !strings.Contains(l.text, "&") || !entityRef.MatchString(l.text) {
			continue
		}
		text, spaces, chars, kept := decodeLine(l.text)
		if spaces == "" && chars == nil && kept == nil {
			continue
		}
		if spaces != "" {
			p.remove(l.n, spaces, ReasonEntity)
		}
		for _, c := range chars {
			p.remove(l.n, c[0], ReasonEntityChar)
		}
		p.warn.add(l.n, "%s", entityNote(spaces, chars, kept))
		if !l.tab {
			lead := text[:len(text)-len(strings.TrimLeftFunc(text, unicode.IsSpace))]
			if l.lead == "" && lead != "" {
				l.lead = lead
			}
			text = strings.TrimSpace(text)
		}
		l.text = text
		l.width = runeLen(l.lead) + runeLen(l.text)
		l.blank = l.text == ""
	}
}

// decodeLine decodes the entities of one line. It returns the text, the
// space entities read (one string), each character entity read with its
// character, and the entities left as written because they would have
// made markup.
func decodeLine(s string) (text, spaces string, chars [][2]string, kept []string) {
	markup := entityMarkup(s)
	replace := func(ref string, withMarks bool) string {
		d := html.UnescapeString(ref)
		if d == ref || strings.ContainsRune(d, unicode.ReplacementChar) {
			return ref // not an entity HTML knows
		}
		if sp, ok := entitySpace(d); ok {
			return sp
		}
		if !withMarks && strings.ContainsAny(d, "*<>|#\\") {
			return ref
		}
		return d
	}
	withMarks := true
	text = entityRef.ReplaceAllStringFunc(s, func(ref string) string { return replace(ref, true) })
	if entityMarkup(text) != markup {
		withMarks = false
		text = entityRef.ReplaceAllStringFunc(s, func(ref string) string { return replace(ref, false) })
	}
	for _, ref := range entityRef.FindAllString(s, -1) {
		d := replace(ref, withMarks)
		switch {
		case d == ref:
			if html.UnescapeString(ref) != ref {
				kept = append(kept, ref)
			}
		case d == "" || strings.TrimSpace(d) == "" || d == "\u3000" || strings.Trim(d, "\u3000 ") == "":
			spaces += ref
		default:
			chars = append(chars, [2]string{ref, d})
		}
	}
	return text, spaces, chars, kept
}

// entityNote is the warning for a line's entities.
func entityNote(spaces string, chars [][2]string, kept []string) string {
	var parts []string
	if spaces != "" {
		parts = append(parts, "网页字符实体“"+spaces+"”读作空格或缩进")
	}
	for _, c := range chars {
		parts = append(parts, "“"+c[0]+"”换成“"+c[1]+"”")
	}
	if len(kept) > 0 {
		parts = append(parts, "“"+strings.Join(kept, "")+"”会被读成排版标记，保留原样，请核对")
	}
	return strings.Join(parts, "；")
}

// entityChars reports whether s holds an entity HTML reads as a character
// other than a space.
func entityChars(s string) bool {
	for _, ref := range entityRef.FindAllString(s, -1) {
		if d := html.UnescapeString(ref); d != ref {
			if _, sp := entitySpace(d); !sp {
				return true
			}
		}
	}
	return false
}
