package importer

import (
	"regexp"
	"strings"

	"gazette/gazette"
)

// The head of a speech (领导讲话) or report as a gazette prints it: the
// title, the date it was given in brackets under it — （2023年1月5日） — and
// the speaker on a line of his own (张　明, or 某省省长　王　强), then the
// salutation (同志们：) and the text. The date is the document's; the
// speaker's line is a unit of its own, never joined to the salutation.

// speechNoteRe is a speech's dated note: a date alone in brackets, or a
// date and where or how it was given (（2023年1月5日，根据录音整理）).
var speechNoteRe = regexp.MustCompile(`^[（(]\s*(` + adoptionRe.String() + `)\s*(?:[，,、　 ][^（()）]{0,30})?[）)]$`)

// speechNote reads a speech's dated note into the note as printed with
// full-width brackets (GB/T 15834 §4.5) and its date, or ok false.
func speechNote(t string) (string, string, bool) {
	m := speechNoteRe.FindStringSubmatch(t)
	if m == nil || endsSentence(strings.TrimRight(t, "）)")) {
		return "", "", false
	}
	iso := isoDate(m[2], m[3], m[4])
	if iso == "" {
		return "", "", false
	}
	inner := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(t, "（"), "("), "）"), ")")
	return "（" + inner + "）", iso, true
}

// speakerLine reports whether t is a speech's speaker line: a person's
// name (personName), or a post and a name set apart by spaces
// (某省省长　王　强), with no punctuation.
func speakerLine(t string) bool {
	if strings.ContainsAny(t, "，。：；、！？,.:;!?（(") {
		return false
	}
	if personName(noSpace(t)) {
		return true
	}
	f := strings.Fields(t)
	for k := len(f) - 1; k >= 1 && k >= len(f)-4; k-- {
		if personName(strings.Join(f[k:], "")) && runeLen(strings.Join(f[:k], "")) <= 16 {
			return true
		}
	}
	return false
}

// speech reads the head of a speech after its title: the dated note as
// the subtitle and the document's date, and the speaker's line, kept as
// the first line of the body — in either order.
func (h *headReader) speech() {
	p, a := h.p, h.a
	if !speechTitle(noSpace(a.Title)) || a.DocNumber != "" || a.Date != "" || a.Subtitle != "" {
		return
	}
	spoke := false
	for k := 0; k < 2 && h.i < h.to && p.plainLine(h.i) && !p.lines[h.i].blank; k++ {
		t := tidySpaces(plainOf(p.text(h.i)))
		if note, iso, ok := speechNote(t); ok && a.Date == "" {
			a.Subtitle, a.Date, h.noted, h.spoken = note, iso, true, true
			if note != t {
				p.warn.add(p.lines[h.i].n, "题注“%s”的括号改为全角", t)
			}
			h.consume(h.i)
			continue
		}
		if spoke || !speakerLine(t) || lastContent(p.lines, h.i+1, h.to) < 0 {
			return
		}
		h.kept = append(h.kept, gazette.Block{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: t}}})
		spoke = true
		h.consume(h.i)
	}
}
