package importer

import (
	"strings"

	"gazette/gazette"
)

// Numbered lines of the body (stage 6): a heading, or a paragraph with its
// run-in heading (lead-in), by what follows the numbering.

// leadInMax is the longest first sentence (in characters, numbering not
// counted) read as a run-in heading.
const leadInMax = 30

// headingMax is the longest numbered line without closing punctuation read
// as a heading.
const headingMax = 30

// headingMode says what else may make a numbered line a heading.
type headingMode int

const (
	// headingIfPhrase: a short phrase without closing punctuation.
	headingIfPhrase headingMode = iota
	// headingIfShortSentence: also one short sentence, as when a plain
	// paragraph follows it: （八）优化热敏灸产业发展环境。
	headingIfShortSentence
	// noHeading: never (a list item).
	noHeading
)

// numberedBlock turns a numbered line into a heading or a paragraph. forced
// says the source marked it as a heading ("#"). A short phrase without
// closing punctuation is a heading; a line that goes on after a short first
// sentence is a paragraph whose first run is the lead-in (Run.LeadIn);
// 第X条 is always a paragraph whose lead-in is 第X条.
func numberedBlock(text string, nb numbering, forced bool, mode headingMode) gazette.Block {
	plain := plainOf(text)
	rest := numberedRest(text, nb)
	if nb.clause {
		runs := []gazette.Run{{Text: nb.marker, LeadIn: gazette.LeadInArticle}}
		if rest != "" {
			runs = append(runs, parseRuns(clauseGap+rest)...)
		}
		return gazette.Block{Type: gazette.BlockParagraph, Runs: mergeRuns(runs)}
	}
	marker := strings.TrimSpace(nb.marker)
	if forced || numberedHeading(plain, mode) {
		if nb.kind == gazette.HeadingNumbered {
			return gazette.Block{Type: gazette.BlockHeading, HeadingKind: nb.kind, Level: nb.level, Runs: parseRuns(marker + rest)}
		}
		return gazette.Block{Type: gazette.BlockHeading, HeadingKind: nb.kind, Runs: parseRuns(chapterText(marker, rest))}
	}
	if nb.kind == gazette.HeadingChapter || nb.kind == gazette.HeadingSection {
		// 第一章 or 第一节 leading a sentence: no lead-in (the article
		// lead-in is for 第一条 only); the line stays a paragraph as written.
		return gazette.Block{Type: gazette.BlockParagraph, Runs: parseRuns(marker + rest)}
	}
	if runs, ok := leadInRuns(marker, rest, nb); ok {
		return gazette.Block{Type: gazette.BlockParagraph, Runs: runs}
	}
	return gazette.Block{Type: gazette.BlockParagraph, Runs: parseRuns(marker + rest)}
}

// numberedRest is the text of a numbered line after its numbering, with a
// bold that wrapped the numbering moved after it (**1.加快组织落实。**各县…
// → 1.**加快组织落实。**各县…; **第一条** 根据… → 第一条 根据…).
func numberedRest(text string, nb numbering) string {
	if strings.HasPrefix(text, "**"+nb.marker) {
		after := text[2+len(nb.marker):]
		if strings.HasPrefix(after, "**") {
			text = nb.marker + after[2:]
		} else {
			text = nb.marker + "**" + after
		}
	}
	rest := strings.TrimLeft(text[len(nb.marker):], " \u3000")
	if strings.HasSuffix(nb.marker, ".") && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		rest = " " + rest // 1. 2024年…: without the space it reads as the number 1.2024
	}
	return rest
}

// numberedHeading reports whether a numbered line (plain, its text) not
// marked as a heading reads as one in mode: a short phrase without closing
// punctuation, or with headingIfShortSentence one short sentence.
func numberedHeading(plain string, mode headingMode) bool {
	if mode == noHeading || runeLen(plain) > headingMax {
		return false
	}
	return !strings.ContainsAny(plain, "。！？；：") ||
		(mode == headingIfShortSentence && firstStop(plain) == len(plain) && !strings.ContainsAny(plain, "，；："))
}

// leadInRuns reads a paragraph's run-in heading after its numbering: an
// explicit bold lead-in ("1. **加快组织落实。**各县…"), or a short first
// sentence without a pause; false when it has none.
func leadInRuns(marker, rest string, nb numbering) ([]gazette.Run, bool) {
	if strings.HasPrefix(rest, "**") {
		if end := strings.Index(rest[2:], "**"); end > 0 {
			lead := rest[2 : 2+end]
			after := rest[4+end:]
			runs := []gazette.Run{{Text: marker + lead, LeadIn: leadLevel(nb)}}
			if after != "" {
				runs = append(runs, parseRuns(after)...)
			}
			return mergeRuns(runs), true
		}
	}
	if i := firstStop(rest); i > 0 && i < len(rest) && !strings.Contains(rest[:i], "**") && !strings.Contains(rest[:i], "<su") {
		lead := rest[:i]
		if runeLen(lead) <= leadInMax && !strings.ContainsAny(lead, "，；、") {
			runs := []gazette.Run{{Text: marker + lead, LeadIn: leadLevel(nb)}}
			runs = append(runs, parseRuns(rest[i:])...)
			return mergeRuns(runs), true
		}
	}
	return nil, false
}

// leadLevel is the Run.LeadIn value of a numbering.
func leadLevel(nb numbering) int {
	if nb.kind == gazette.HeadingNumbered {
		return nb.level
	}
	return gazette.LeadInArticle
}

// firstStop returns the byte index just after the first 。！？ of s, or -1.
func firstStop(s string) int {
	for i, r := range s {
		switch r {
		case '。', '！', '？':
			j := i + len(string(r))
			// Keep a closing quote with its stop.
			for strings.HasPrefix(s[j:], "”") {
				j += len("”")
			}
			return j
		}
	}
	return -1
}
