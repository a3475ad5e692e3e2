package gazette

import (
	"strings"
	"unicode"
)

// Numbering is an issue's place in its series: year, number in the year
// (第8期) and total number (总第20期), counted in Unit (期 when empty).
type Numbering struct {
	Year, Number, Total int
	Unit                NumberUnit
}

// IssuesPerYear returns how many issues a frequency (刊期) has in a year,
// or 0 when it is not one of the usual ones.
func IssuesPerYear(freq string) int {
	switch strings.TrimSpace(freq) {
	case "月刊":
		return 12
	case "半月刊":
		return 24
	case "双月刊":
		return 6
	case "季刊":
		return 4
	case "旬刊":
		return 36
	case "周刊":
		return 52
	}
	return 0
}

// After returns the place that follows n in a series of frequency freq:
// number + 1 and total + 1, or 第1期 of the next year after the last
// issue of a year (月刊 has 12).
func (n Numbering) After(freq string) Numbering {
	next := Numbering{Year: n.Year, Number: n.Number + 1, Total: n.Total + 1, Unit: n.Unit}
	if max := IssuesPerYear(freq); max > 0 && next.Number > max {
		next.Year, next.Number = n.Year+1, 1
	}
	return next
}

// NextNumbering returns the first place no issue of taken holds: after the
// latest (year, then number), with a total one above the highest. With
// nothing taken it is 第1期 of thisYear, 总第1期.
func NextNumbering(freq string, taken []Numbering, thisYear int) Numbering {
	if len(taken) == 0 {
		return Numbering{Year: thisYear, Number: 1, Total: 1}
	}
	latest, top := taken[0], 0
	for _, t := range taken {
		if t.Year > latest.Year || t.Year == latest.Year && t.Number > latest.Number {
			latest = t
		}
		top = max(top, t.Total)
	}
	next := latest.After(freq)
	next.Total = top + 1
	return next
}

// NormalizeKey is the form in which two 文号 or titles are compared to
// find the same document twice: spaces of any width dropped, and the
// brackets of a year (〔〕［］[]（）()) all read as 〔〕.
func NormalizeKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u3000':
			continue
		case r == '［' || r == '[' || r == '（' || r == '(' || r == '【':
			r = '〔'
		case r == '］' || r == ']' || r == '）' || r == ')' || r == '】':
			r = '〕'
		}
		b.WriteRune(r)
	}
	return b.String()
}
