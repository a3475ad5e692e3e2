package importer

import (
	"gazette/gazette"
	"regexp"
	"strconv"
	"strings"
)

// An issue's number is printed in several forms (the masthead of the
// cover, a running head): 2021年第5期, 2021年第05期, 二〇二一年第五期 (a
// year in 〇 digits and a number in Chinese counting, as many provincial
// gazettes print it), 2023年第3号 with 总第146号 (人大常委会公报 and 国务院公报
// number their issues with 号), 第5期（总第523期） with the year only in the
// issue's date, and 2021.5 in a running head. All are read into the same
// year, number and 总期号; a running head is compared in one canonical
// form, 2021年第5期 / 总第523期.

const (
	cnYear  = `[0-9]{4}|[〇○零一二三四五六七八九]{4}`
	cnCount = `[0-9]+|[一二三四五六七八九十]{1,3}`
)

var (
	// numberAlone is an issue number without its year: 第5期, 第五期 (a
	// 第N号 alone is a 令's number, never an issue's).
	numberAlone = regexp.MustCompile(`^第\s*(` + cnCount + `)\s*期`)
	// numberWords is a number without its year written in words or with a
	// leading zero, anywhere in a running head: 第五期, 第05期.
	numberWords = regexp.MustCompile(`第\s*([一二三四五六七八九十]{1,3}|0[0-9]+)\s*期`)
	// wordDate is a date in 〇 numerals, compared as in figures.
	wordDate = regexp.MustCompile(`([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日`)
	// dottedNumber is the year and number of a running head: 2021.5, 2021．05.
	dottedNumber = regexp.MustCompile(`(^|[^0-9])([0-9]{4})[.．]([0-9]{1,2})($|[^0-9])`)
	// publishedOn is the date of issue as a masthead prints it: 二〇二一年三月十五日出版.
	publishedOn = regexp.MustCompile(`^(.+日)\s*出\s*版$`)
)

// issueNumberOf reads the year and number of an issue (2021年第5期,
// 二〇二一年第五期, 2023年第3号) in s; ok is false when s has none.
func issueNumberOf(s string) (year, number int, ok bool) {
	m := issueNumber.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, false
	}
	y, n := cnNumber(m[1]), cnNumber(m[2])
	return y, n, y > 0 && n > 0
}

// unitOf is the numbering unit the masthead prints in the first match of re
// (issueNumber or totalNumber) in s: 号 for 2023年第3号 or 总第146号, else
// the default, 期 (stored as "").
func unitOf(re *regexp.Regexp, s string) gazette.NumberUnit {
	if m := re.FindStringSubmatch(s); m != nil && m[len(m)-1] == string(gazette.UnitHao) {
		return gazette.UnitHao
	}
	return ""
}

// totalNumberOf reads the 总期号 (总第523期, 总第146号) in s.
func totalNumberOf(s string) (int, bool) {
	m := totalNumber.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	t := cnNumber(m[1])
	return t, t > 0
}

// numberAloneOf reads an issue number printed without its year at the
// start of s (第5期（总第523期）): the year is the issue date's.
func numberAloneOf(s string) (int, bool) {
	m := numberAlone.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	n := cnNumber(m[1])
	return n, n > 0
}

// publicationDate reads a masthead line that gives the date of issue as
// …日出版 (2021年3月15日出版, 二〇二一年三月十五日出版): the ISO date.
func publicationDate(s string) (iso string, ok bool) {
	m := publishedOn.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	if iso, ok := dateAlone(m[1]); ok && iso != "" {
		return iso, true
	}
	return "", false
}

// canonNumbers rewrites the issue numbers in a furniture key into the one
// form furniture is compared in (a date in 〇 numerals in figures too):
// 二〇二一年第五期, 2021年第05期, 2023年第3号
// and 2021.5 become 2021年第5期; 总第146号 becomes 总第146期; 第五期 becomes
// 第5期.
func canonNumbers(key string) string {
	if strings.Contains(key, "日") {
		key = wordDate.ReplaceAllStringFunc(key, func(s string) string {
			m := wordDate.FindStringSubmatch(s)
			if iso := isoDate(m[1], m[2], m[3]); iso != "" {
				return gazette.DateLabel(iso)
			}
			return s
		})
	}
	if !strings.ContainsAny(key, "期号.．") {
		return key
	}
	key = issueNumber.ReplaceAllStringFunc(key, func(s string) string {
		if y, n, ok := issueNumberOf(s); ok {
			return strconv.Itoa(y) + "年第" + strconv.Itoa(n) + "期"
		}
		return s
	})
	key = totalNumber.ReplaceAllStringFunc(key, func(s string) string {
		if t, ok := totalNumberOf(s); ok {
			return "总第" + strconv.Itoa(t) + "期"
		}
		return s
	})
	key = dottedNumber.ReplaceAllStringFunc(key, func(s string) string {
		m := dottedNumber.FindStringSubmatch(s)
		y, _ := strconv.Atoi(m[2])
		n, _ := strconv.Atoi(m[3])
		if y < 1900 || n < 1 {
			return s
		}
		return m[1] + strconv.Itoa(y) + "年第" + strconv.Itoa(n) + "期" + m[4]
	})
	return numberWords.ReplaceAllStringFunc(key, func(s string) string {
		if n := cnNumber(numberWords.FindStringSubmatch(s)[1]); n > 0 {
			return "第" + strconv.Itoa(n) + "期"
		}
		return s
	})
}

// ReasonIssueForm is the reason of a removal: the masthead's own writing
// of a value kept in its field in figures (二〇二一年三月十五日出版 kept as
// the issue's date 2021年3月15日).
const ReasonIssueForm = "刊头日期、期号的原文写法（已按数字记入该栏）"

// yearFromDate gives an issue whose masthead printed its number without a
// year (第5期（总第523期）, line at) the year of its date. It reports false
// when there was such a number and no date to give its year.
func (p *parser) yearFromDate(is *gazette.Issue, at int) bool {
	if is.Year != 0 || is.Number == 0 || at < 0 {
		return true
	}
	if y, err := strconv.Atoi(strings.SplitN(is.Date, "-", 2)[0]); err == nil && y > 0 {
		is.Year = y
		p.warn.add(p.lines[at].n, "刊头期号“%s”没有年份，按出版日期读作%s", strings.TrimSpace(p.lines[at].text), is.Label())
		return true
	}
	p.warn.add(p.lines[at].n, "刊头期号“%s”没有年份，出版日期也没有，作为版权页附加行保留", strings.TrimSpace(p.lines[at].text))
	return false
}
