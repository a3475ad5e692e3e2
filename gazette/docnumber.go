package gazette

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// DocNumber is a 发文字号 read apart (GB/T 9704-2012 §7.2.5): the organ's
// 代字, the year in 〔〕 and the running number, as in 景府字〔2020〕30号; or
// an order's number, 中华人民共和国国务院令第707号 / 第707号.
type DocNumber struct {
	Agency string // 机关代字, e.g. 景府字; for an order what precedes 第, e.g. 国务院令
	Year   int    // 0 for an order's number
	Seq    int    // 发文顺序号
	Order  bool   // the 第N号 form of a 令 or 公告
}

// Key is the number in its printed standard form, the same for every way of
// writing it (brackets, leading zeros): two documents with one Key carry one
// 文号.
func (d DocNumber) Key() string {
	if d.Order {
		return fmt.Sprintf("%s第%d号", d.Agency, d.Seq)
	}
	return fmt.Sprintf("%s〔%d〕%d号", d.Agency, d.Year, d.Seq)
}

// FormProblem is one way a 文号 or a date departs from its standard form,
// with the corrected text when the correction is mechanical.
type FormProblem struct {
	Rule    string // short rule name, e.g. docnumber-brackets
	Message string // Chinese, for the editor
	Fix     string // the whole corrected value, "" when there is no mechanical fix
}

// Bracket pairs that stand in for the 六角括号 of a 文号 year.
const (
	docOpenMarks  = `\[［（(【〔﹝〈<`
	docCloseMarks = `\]］）)】〕﹞〉>`
)

// docNumberLoose reads a 文号 whatever its brackets, spaces, 第 or 号.
var docNumberLoose = regexp.MustCompile(`^\s*([^\s` + docOpenMarks + `]*?)\s*([` + docOpenMarks + `])\s*(\d{2,4})\s*([` + docCloseMarks + `])\s*(第?)\s*(\d+)\s*(号?)\s*$`)

// orderNumber reads an order's number: 中华人民共和国国务院令第707号, 第707号.
var orderNumber = regexp.MustCompile(`^\s*([^\s第]*?)\s*第\s*(\d+)\s*(号?)\s*$`)

// ParseDocNumber reads a 文号 written in its standard form (〔〕 brackets,
// 号, no 第 and no leading zero in the running number) or an order's
// 第N号. ok is false for anything else; CheckDocNumber says what is wrong.
func ParseDocNumber(s string) (d DocNumber, ok bool) {
	d, ps := readDocNumber(s)
	return d, d.Seq > 0 && len(ps) == 0
}

// CheckDocNumber names every departure of the 文号 s from its standard form
// (GB/T 9704-2012 §7.2.5: 年份用六角括号〔〕, 发文顺序号不加“第”字、不编虚位,
// ends in 号), each with the whole corrected number. An empty s has no
// problems (a missing 文号 is Validate's warning); a value that is no 文号
// at all is one problem without a fix.
func CheckDocNumber(s string) []FormProblem {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	d, ps := readDocNumber(s)
	if d.Seq == 0 {
		return []FormProblem{{Rule: "docnumber-form", Message: fmt.Sprintf("文号“%s”无法识别（应为“机关代字〔年份〕序号号”，如 景府字〔2020〕30号）", s)}}
	}
	return ps
}

// readDocNumber reads s loosely and lists what departs from the standard
// form; the Fix of every problem is the fully corrected number.
func readDocNumber(s string) (DocNumber, []FormProblem) {
	if m := docNumberLoose.FindStringSubmatch(s); m != nil {
		year, _ := strconv.Atoi(m[3])
		seq, _ := strconv.Atoi(m[6])
		d := DocNumber{Agency: m[1], Year: year, Seq: seq}
		fixed := d.Key()
		var ps []FormProblem
		add := func(rule, format string, args ...any) {
			ps = append(ps, FormProblem{Rule: rule, Message: fmt.Sprintf(format, args...), Fix: fixed})
		}
		if m[2] != "〔" || m[4] != "〕" {
			add("docnumber-brackets", "文号“%s”的年份应使用六角括号〔〕，不用“%s%s”", s, m[2], m[4])
		}
		if len(m[3]) != 4 {
			ps = append(ps, FormProblem{Rule: "docnumber-year", Message: fmt.Sprintf("文号“%s”的年份应写全四位", s)})
		}
		if m[5] != "" {
			add("docnumber-di", "文号“%s”的发文顺序号不加“第”字", s)
		}
		if strings.HasPrefix(m[6], "0") && seq > 0 {
			add("docnumber-zero", "文号“%s”的发文顺序号不编虚位（不加前导 0）", s)
		}
		if m[7] == "" {
			add("docnumber-hao", "文号“%s”缺少“号”字", s)
		}
		if strings.TrimSpace(s) != s || strings.ContainsAny(s, " \u3000\t") {
			add("docnumber-space", "文号“%s”中有多余的空格", s)
		}
		if m[1] == "" {
			ps = append(ps, FormProblem{Rule: "docnumber-agency", Message: fmt.Sprintf("文号“%s”缺少机关代字", s)})
		}
		return d, ps
	}
	if m := orderNumber.FindStringSubmatch(s); m != nil {
		seq, _ := strconv.Atoi(m[2])
		d := DocNumber{Agency: m[1], Seq: seq, Order: true}
		var ps []FormProblem
		if m[3] == "" {
			ps = append(ps, FormProblem{Rule: "docnumber-hao", Message: fmt.Sprintf("文号“%s”缺少“号”字", s), Fix: d.Key()})
		}
		if strings.HasPrefix(m[2], "0") && seq > 0 {
			ps = append(ps, FormProblem{Rule: "docnumber-zero", Message: fmt.Sprintf("文号“%s”的序号不编虚位（不加前导 0）", s), Fix: d.Key()})
		}
		return d, ps
	}
	return DocNumber{}, nil
}

// DocNumberMatch is a 文号 found in running text: its byte span, the text,
// the number as read and how it departs from the standard form.
type DocNumberMatch struct {
	Start, End int
	Text       string
	Number     DocNumber
	Problems   []FormProblem
}

// DocNumbersIn finds the 文号 written inside running text (a 请示 cited as
// （景司字〔2020〕15号）). Only numbers that end in 号 are taken, whatever
// their brackets, so that a bracketed year in prose is not mistaken for one.
// The 代字 is the run of Chinese characters before the bracket (at most 12),
// so it may take in a word of the sentence; the span and fixes keep it as
// written.
func DocNumbersIn(text string) []DocNumberMatch {
	var out []DocNumberMatch
	if !strings.Contains(text, "号") {
		return nil
	}
	for _, m := range docNumberInText.FindAllStringIndex(text, -1) {
		t := text[m[0]:m[1]]
		d, ps := readDocNumber(t)
		out = append(out, DocNumberMatch{Start: m[0], End: m[1], Text: t, Number: d, Problems: ps})
	}
	return out
}

// docNumberInText is a 文号 in prose: 代字 of Chinese characters, a bracketed
// four-digit year, the number and 号.
var docNumberInText = regexp.MustCompile(`\p{Han}{1,12}[` + docOpenMarks + `]\d{4}[` + docCloseMarks + `]第?\d{1,5}号`)
