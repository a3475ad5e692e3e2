package gazette

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// DateMatch is a date written in Chinese text, 2020年7月12日 or
// 二〇二〇年七月十二日, with the week day named beside it if any
// (（星期日）), and how it is wrong.
type DateMatch struct {
	Start, End   int // byte span of the whole match, week day included
	Text         string
	Year, Month  int
	Day          int
	Weekday      int // 0 (Sunday) … 6, or -1 when no week day is named
	WeekdayStart int // byte offset of the week day's name (日 of 星期日) in the text, -1 if none
	Problems     []FormProblem
}

// Date returns the date as YYYY-MM-DD (the form of Article.Date).
func (m DateMatch) Date() string { return fmt.Sprintf("%04d-%02d-%02d", m.Year, m.Month, m.Day) }

// cnDigit is a digit in a date written in 汉字 (GB/T 9704-2012 §7.3.5.1
// dates of the 1999 standard and old documents: 二〇〇四年六月二十六日).
const cnDigits = "〇一二三四五六七八九"

// dateIn is a date: Arabic or 汉字 year, month and day (a converted text may
// space the digits off: 2020 年 7 月 17 日), with an optional week day in
// brackets after it.
var dateIn = regexp.MustCompile(`([0-9]{4}|[〇○零O一二三四五六七八九]{4})\s?年\s?([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s?月\s?([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s?日(?:\s*[（(]\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[）)])?`)

// weekdayNames are the names of the week days after 星期, Sunday first.
var weekdayNames = []string{"日", "一", "二", "三", "四", "五", "六"}

// DatesIn finds the dates in text. A date that does not exist (2020年2月30日)
// and a week day that does not match its date (GB/T 9704-2012 §7.3.5.1 asks
// for dates as they are; a wrong week day is an error of fact) are its
// problems; the week day's fix is the match with the right day.
func DatesIn(text string) []DateMatch {
	var out []DateMatch
	if !strings.Contains(text, "日") {
		return nil
	}
	for _, m := range dateIn.FindAllStringSubmatchIndex(text, -1) {
		dm := DateMatch{Start: m[0], End: m[1], Text: text[m[0]:m[1]], Weekday: -1, WeekdayStart: -1}
		dm.Year = cnNumber(text[m[2]:m[3]], true)
		dm.Month = cnNumber(text[m[4]:m[5]], false)
		dm.Day = cnNumber(text[m[6]:m[7]], false)
		if m[8] >= 0 {
			dm.WeekdayStart = m[8]
			w := text[m[8]:m[9]]
			if w == "天" {
				w = "日"
			}
			for i, n := range weekdayNames {
				if n == w {
					dm.Weekday = i
				}
			}
		}
		if !RealDate(dm.Year, dm.Month, dm.Day) {
			dm.Problems = append(dm.Problems, FormProblem{Rule: "date-real",
				Message: fmt.Sprintf("日期“%s”不存在", strings.TrimSpace(text[m[0]:m[7]+strings.Index(text[m[7]:], "日")+len("日")]))})
		} else if dm.Weekday >= 0 {
			real := int(time.Date(dm.Year, time.Month(dm.Month), dm.Day, 12, 0, 0, 0, time.UTC).Weekday())
			if real != dm.Weekday {
				fix := text[m[0]:m[8]] + weekdayNames[real] + text[m[9]:m[1]]
				dm.Problems = append(dm.Problems, FormProblem{Rule: "date-weekday",
					Message: fmt.Sprintf("%d年%d月%d日是星期%s，不是星期%s", dm.Year, dm.Month, dm.Day, weekdayNames[real], text[m[8]:m[9]]),
					Fix:     fix})
			}
		}
		out = append(out, dm)
	}
	return out
}

// RealDate reports whether year, month and day name a day of the calendar.
func RealDate(year, month, day int) bool {
	if year < 1 || month < 1 || month > 12 || day < 1 {
		return false
	}
	t := time.Date(year, time.Month(month), day, 12, 0, 0, 0, time.UTC)
	return t.Year() == year && int(t.Month()) == month && t.Day() == day
}

// cnNumber reads a year, month or day in Arabic digits or 汉字; a year is
// read digit by digit (二〇二〇), a month or day as a number (二十一). It
// returns 0 for what it cannot read.
func cnNumber(s string, year bool) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	s = strings.NewReplacer("○", "〇", "零", "〇", "O", "〇").Replace(s)
	if year {
		n := 0
		for _, r := range s {
			i := strings.IndexRune(cnDigits, r)
			if i < 0 {
				return 0
			}
			n = n*10 + i/len("〇")
		}
		return n
	}
	digit := func(r rune) int {
		if i := strings.IndexRune(cnDigits, r); i > 0 {
			return i / len("〇")
		}
		return -1
	}
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return max(digit(rs[0]), 0)
	case len(rs) == 2 && rs[0] == '十':
		return 10 + max(digit(rs[1]), 0)
	case len(rs) == 2 && rs[1] == '十':
		return 10 * max(digit(rs[0]), 0)
	case len(rs) == 3 && rs[1] == '十':
		return 10*max(digit(rs[0]), 0) + max(digit(rs[2]), 0)
	}
	return 0
}

// CheckDateField names what is wrong with a 成文日期 as the article form
// holds it (YYYY-MM-DD): a date that does not exist, or one after the
// issue's publication date (or, when the issue has none, after its year) —
// a document is written before it is published (GB/T 9704-2012 7.3.5).
// An empty date has no problem here (a missing date is Validate's warning).
func CheckDateField(date string, issueYear int, issueDate string) []FormProblem {
	if date == "" {
		return nil
	}
	if !ValidDate(date) {
		return []FormProblem{{Rule: "date-real", Message: fmt.Sprintf("成文日期“%s”不是真实的日期（应为 YYYY-MM-DD）", date)}}
	}
	switch {
	case ValidDate(issueDate) && date > issueDate:
		return []FormProblem{{Rule: "date-after-issue", Message: fmt.Sprintf("成文日期 %s 晚于本期出版日期 %s", DateLabel(date), DateLabel(issueDate))}}
	case !ValidDate(issueDate) && issueYear > 0 && date[:4] > fmt.Sprintf("%04d", issueYear):
		return []FormProblem{{Rule: "date-after-issue", Message: fmt.Sprintf("成文日期 %s 晚于本期年份 %d", DateLabel(date), issueYear)}}
	}
	return nil
}
