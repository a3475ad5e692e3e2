package importer

import (
	"strings"
	"unicode/utf8"
)

// A 领导讲话 (a speech, a report, an address) is listed in a 目录 as its
// title followed by the speaker's name, set apart by spaces:
// 在全市经济工作会议上的讲话　张　明……1. The document prints the title alone
// and the speaker on a line of his own under it, so the entry names the
// document by the title without the name.

// speechGenres are the endings of the title of a speech or report a 目录
// lists with its speaker.
var speechGenres = []string{"讲话", "发言", "致辞", "讲稿", "报告", "主持词", "答记者问", "贺词", "演讲"}

// tocSpeaker splits a 目录 entry's title as printed into the title and the
// speaker's name after it: the title ends with a speech's genre
// (speechGenres), then one or more spaces, then a person's name of two to
// four hanzi (letter-spaced or not: 张　明). It returns title unchanged and
// "" when the entry names no speaker.
func tocSpeaker(title string) (string, string) {
	t := strings.TrimRight(title, " \t\u3000")
	// The name is at most four hanzi, each possibly spaced: look at the
	// last few fields.
	f := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' })
	for k := len(f) - 1; k >= 1 && k >= len(f)-4; k-- {
		name := strings.Join(f[k:], "")
		if !personName(name) {
			continue
		}
		head := strings.Join(f[:k], "")
		if speechTitle(head) {
			at := strings.LastIndex(t, f[k])
			return strings.TrimRight(t[:at], " \t\u3000"), name
		}
	}
	return title, ""
}

// personName reports whether s (spaces taken out) may be a person's name
// as a 目录 prints a speaker: two to four hanzi, or a name with a middle
// dot (阿不都·热合曼).
func personName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 8 || (n > 4 && !strings.ContainsRune(s, '·')) {
		return false
	}
	for _, r := range s {
		if !hanzi(r) && r != '·' {
			return false
		}
	}
	return true
}

// speechTitle reports whether a title (without spaces) is a speech's or a
// report's: it ends with one of speechGenres.
func speechTitle(t string) bool {
	if runeLen(t) < 6 {
		return false
	}
	for _, g := range speechGenres {
		if strings.HasSuffix(t, g) {
			return true
		}
	}
	return false
}
