package markup

import (
	"strings"
	"unicode/utf8"

	"gazette/gazette"
)

// boldMark reports whether the "**" at s[i:] opens (bold false) or closes
// bold. Only a run of exactly two asterisks is a mark: longer runs are the
// stars of a masked number (3602**********1234, 138****5678). A mark opens
// onto text — not a space, nor a mark that cannot start a phrase (the 、 of
// a masked name 张**、李**) — and only with a closing mark later; it closes
// after text, not after a space.
func boldMark(s string, i int, bold bool) bool {
	if !starPair(s, i) {
		return false
	}
	if bold {
		return i > 0 && s[i-1] != ' '
	}
	next, size := utf8.DecodeRuneInString(s[i+2:])
	if size == 0 || !BoldOpensOnto(next) {
		return false
	}
	for j := i + 2; j < len(s); j++ {
		if starPair(s, j) && s[j-1] != ' ' {
			return true
		}
	}
	return false
}

// starPair reports whether s[i:] starts a run of exactly two asterisks.
func starPair(s string, i int) bool {
	return strings.HasPrefix(s[i:], "**") && (i == 0 || s[i-1] != '*') && (i+2 == len(s) || s[i+2] != '*')
}

// BoldOpensOnto reports whether bold text may start with r: not a space,
// not a mark that only follows text (、，。；：！？）).
func BoldOpensOnto(r rune) bool {
	return r != ' ' && r != '\t' && !strings.ContainsRune("、，。；：！？）》」』”’,.;:!?)", r)
}

// ParseRuns reads **bold**, <sup>…</sup> and <sub>…</sub> in s.
func ParseRuns(s string) []gazette.Run {
	if !strings.Contains(s, "**") && !strings.Contains(s, "<su") {
		return []gazette.Run{{Text: s}}
	}
	var runs []gazette.Run
	var cur strings.Builder
	bold, sup, sub := false, false, false
	flush := func() {
		if cur.Len() > 0 {
			runs = append(runs, gazette.Run{Text: cur.String(), Bold: bold, Sup: sup, Sub: sub})
			cur.Reset()
		}
	}
	for i := 0; i < len(s); {
		switch {
		case boldMark(s, i, bold):
			flush()
			bold = !bold
			i += 2
		case strings.HasPrefix(s[i:], "<sup>") && !sup:
			flush()
			sup = true
			i += 5
		case strings.HasPrefix(s[i:], "</sup>") && sup:
			flush()
			sup = false
			i += 6
		case strings.HasPrefix(s[i:], "<sub>") && !sub:
			flush()
			sub = true
			i += 5
		case strings.HasPrefix(s[i:], "</sub>") && sub:
			flush()
			sub = false
			i += 6
		default:
			cur.WriteByte(s[i])
			i++
		}
	}
	flush()
	if len(runs) == 0 {
		return []gazette.Run{{Text: ""}}
	}
	return MergeRuns(runs)
}

// MergeRuns joins neighbouring runs of the same style.
func MergeRuns(runs []gazette.Run) []gazette.Run {
	out := runs[:0]
	for _, r := range runs {
		if r.Text == "" {
			continue
		}
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.Bold == r.Bold && p.Sup == r.Sup && p.Sub == r.Sub && p.LeadIn == r.LeadIn {
				p.Text += r.Text
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// Plain removes the inline markup from s: the text of ParseRuns(s),
// without building the runs.
func Plain(s string) string {
	if !strings.Contains(s, "**") && !strings.Contains(s, "<su") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	bold, sup, sub := false, false, false
	for i := 0; i < len(s); {
		switch {
		case boldMark(s, i, bold):
			bold = !bold
			i += 2
		case strings.HasPrefix(s[i:], "<sup>") && !sup:
			sup = true
			i += 5
		case strings.HasPrefix(s[i:], "</sup>") && sup:
			sup = false
			i += 6
		case strings.HasPrefix(s[i:], "<sub>") && !sub:
			sub = true
			i += 5
		case strings.HasPrefix(s[i:], "</sub>") && sub:
			sub = false
			i += 6
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}
