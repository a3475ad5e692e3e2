package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gazette/gazette"
)

// cnDate matches a date on its own line, in figures or Chinese numerals
// (2024年3月5日, 二〇二四年三月五日; ○ and 零 as extractions give 〇).
var cnDate = regexp.MustCompile(`^\s*([0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*$`)

// dateAlone reads a line that holds a date only. It returns the date as
// YYYY-MM-DD ("" when it is no real date, such as 2020年2月30日) and
// whether the line is a date line at all.
func dateAlone(s string) (iso string, ok bool) {
	if !strings.HasSuffix(strings.TrimSpace(s), "日") || !strings.Contains(s, "年") {
		return "", false
	}
	m := cnDate.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	return isoDate(m[1], m[2], m[3]), true
}

// inFigures reports whether a date line is written in Arabic figures, as
// GB/T 9704-2012 §7.3.5 requires of the 成文日期 (不编虚位: 2020年7月1日).
func inFigures(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// cnNumber reads a number in figures, in Chinese digits read one by one
// (二〇二〇) or in Chinese counting up to 99 (二十一); -1 when it is none.
func cnNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	digit := func(r rune) int {
		switch r {
		case '〇', '○', '零':
			return 0
		}
		if i := strings.IndexRune("一二三四五六七八九", r); i >= 0 {
			return i/len("一") + 1
		}
		return -1
	}
	rs := []rune(s)
	if k := strings.IndexRune(s, '十'); k >= 0 {
		tens, units := 1, 0
		before, after := s[:k], s[k+len("十"):]
		if before != "" {
			if tens = cnNumber(before); tens < 1 || tens > 9 {
				return -1
			}
		}
		if after != "" {
			if units = cnNumber(after); units < 1 || units > 9 {
				return -1
			}
		}
		return tens*10 + units
	}
	n := 0
	for _, r := range rs {
		d := digit(r)
		if d < 0 {
			return -1
		}
		n = n*10 + d
	}
	if len(rs) == 0 {
		return -1
	}
	return n
}

// isoDate turns year, month, day strings (figures or Chinese numerals)
// into YYYY-MM-DD, or "" when they are not a real date.
func isoDate(y, m, d string) string {
	yi, mi, di := cnNumber(y), cnNumber(m), cnNumber(d)
	if yi < 0 || mi < 0 || di < 0 {
		return ""
	}
	s := fmt.Sprintf("%04d-%02d-%02d", yi, mi, di)
	if !gazette.ValidDate(s) {
		return ""
	}
	return s
}
