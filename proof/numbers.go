package proof

import (
	"fmt"
	"regexp"
	"strings"

	"gazette/gazette"
)

// The sources of the number rules (GB/T 15835-2011 出版物上数字用法).
const (
	citeRange     = "GB/T 15835-2011 数值范围（同一文中写法一致）；GB/T 15834-2011 4.13 连接号"
	citePercent   = "GB/T 15835-2011 百分数（同一文中写法一致）"
	citeGrouping  = "GB/T 15835-2011 多位数分节（中文正文不用千分撇“,”）"
	citeFullDigit = "GB/T 15835-2011 阿拉伯数字（用半角形式）"
	citeUnit      = "GB/T 9704-2012 9 计量单位的用法；GB 3100-1993（同一文中写法一致）"
)

// numberRange is a range of numbers with a unit: 5-7月, 5至7月, 2020—2022年.
var numberRange = regexp.MustCompile(`\d+(?:\.\d+)?\s*([-－~～—–至到])\s*\d+(?:\.\d+)?\s*(?:年|月|日|个|万|亿|元|岁|人|次|家|项|天|小时|公里|平方米|亩|吨|倍|%|％)`)

// rangeForm groups the connectors that write a range the same way.
func rangeForm(c string) string {
	switch c {
	case "-", "－":
		return "-"
	case "~", "～":
		return "～"
	case "—", "–":
		return "—"
	}
	return "至"
}

// formUse is one place a form of writing is used.
type formUse struct {
	u          *unit
	start, end int // the spot: the connector or the mark
	form       string
}

// flagMinority reports, when a document writes one thing in several forms,
// every use of the forms other than the most used one (on a tie the one
// found first wins), with fix when the spot's text can just become the
// majority form.
func (ac *article) flagMinority(uses []formUse, rule, cite, what string, fixable func(form string) (string, bool)) {
	count := map[string]int{}
	var order []string
	for _, x := range uses {
		if count[x.form] == 0 {
			order = append(order, x.form)
		}
		count[x.form]++
	}
	if len(order) < 2 {
		return
	}
	major := order[0]
	for _, f := range order {
		if count[f] > count[major] {
			major = f
		}
	}
	for _, x := range uses {
		if x.form == major {
			continue
		}
		var fix *Fix
		if to, ok := fixable(major); ok {
			fix = replace(x.u, x.start, x.end, to)
		}
		ac.emit(x.u, x.start, x.end, gazette.Warning, rule, cite,
			fmt.Sprintf("%s写法不一：本文多用“%s”，此处用“%s”", what, major, x.form), fix)
	}
}

// rangeForms: one document writes its ranges one way (GB/T 15835-2011;
// GB/T 15834-2011 4.13 gives the connectors): 5-7月 beside 5至7月
// or 2020—2022年 is a mix.
func rangeForms(ac *article, _ *issueContext) {
	var uses []formUse
	for _, u := range ac.units {
		if u.kind == kindField {
			continue
		}
		if !strings.ContainsAny(u.text, "-－~～—–至到") {
			continue
		}
		for _, m := range numberRange.FindAllStringSubmatchIndex(u.text, -1) {
			uses = append(uses, formUse{u: u, start: m[2], end: m[3], form: rangeForm(u.text[m[2]:m[3]])})
		}
	}
	// The fix writes the majority's connector, unless that is the hyphen,
	// which GB/T 15834-2011 4.13 does not give for ranges.
	ac.flagMinority(uses, "range-form", citeRange, "数值范围", func(form string) (string, bool) {
		return form, form != "至" && form != "-"
	})
}

// percentWritten finds a percentage in Arabic (5%, 5％) or in words
// (百分之五).
var percentWritten = regexp.MustCompile(`\d(%|％)|(百分之)[零一二三四五六七八九十百点]`)

// percentForms: one document writes its percentages one way (GB/T
// 15835-2011): 5% beside 5％ or 百分之五 is a mix.
func percentForms(ac *article, _ *issueContext) {
	var uses []formUse
	for _, u := range ac.units {
		if u.kind == kindField {
			continue
		}
		if !strings.ContainsAny(u.text, "%％") && !strings.Contains(u.text, "百分之") {
			continue
		}
		for _, m := range percentWritten.FindAllStringSubmatchIndex(u.text, -1) {
			if m[2] >= 0 {
				uses = append(uses, formUse{u: u, start: m[2], end: m[3], form: u.text[m[2]:m[3]]})
			} else {
				uses = append(uses, formUse{u: u, start: m[4], end: m[5], form: "百分之"})
			}
		}
	}
	ac.flagMinority(uses, "percent-form", citePercent, "百分数", func(form string) (string, bool) {
		return form, form != "百分之"
	})
}

// groupedNumber is a number with thousands separators.
var groupedNumber = regexp.MustCompile(`\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?`)

// thousandsSeparator: Chinese running text writes long numbers without the
// 千分撇 (GB/T 15835-2011 lets a general publication leave numbers
// ungrouped, and a gazette does): 1,000万元 has the fix 1000万元. Table
// cells may group their figures.
func thousandsSeparator(ac *article, u *unit) {
	if !u.prose() {
		return
	}
	if !strings.ContainsAny(u.text, ",，") {
		return
	}
	for _, m := range groupedNumber.FindAllStringIndex(u.text, -1) {
		s, before, after := u.text[m[0]:m[1]], u.text[:m[0]], u.text[m[1]:]
		if strings.Contains(s, "，") && (strings.HasSuffix(before, "，") || strings.HasPrefix(after, "，") || strings.IndexFunc(after, isHan) != 0) {
			continue // a list of numbers, 1，2，3, not one number
		}
		if strings.HasSuffix(before, ",") || strings.HasPrefix(after, ",") {
			continue
		}
		ac.emit(u, m[0], m[1], gazette.Warning, "thousands-separator", citeGrouping,
			"中文正文中的数字“"+s+"”用了千分撇", replace(u, m[0], m[1], strings.NewReplacer(",", "", "，", "").Replace(s)))
	}
}

// fullDigits is a run of full-width digits.
var fullDigits = regexp.MustCompile(`[０-９]+`)

// fullWidthDigits: Arabic numerals are set in their half-width form (GB/T
// 15835-2011); ２０２０ has the fix 2020.
func fullWidthDigits(ac *article, u *unit) {
	for _, m := range fullDigits.FindAllStringIndex(u.text, -1) {
		s := u.text[m[0]:m[1]]
		half := strings.Map(func(r rune) rune { return r - '０' + '0' }, s)
		ac.emit(u, m[0], m[1], gazette.Warning, "full-width-digit", citeFullDigit,
			"数字“"+s+"”用了全角形式", replace(u, m[0], m[1], half))
	}
}

// unitWritten is a number with a unit of area or length written in Chinese
// or in symbols.
var unitWritten = regexp.MustCompile(`\d\s*(平方公里|平方千米|km²|km2|平方米|㎡|m²|m2|公里|千米|km)`)

// unitFamily groups the ways of writing one unit: the family, and the form
// as Chinese (“平方米”) or symbol (“m²”).
func unitFamily(u string) (family, form string) {
	switch u {
	case "平方公里", "平方千米":
		return "km²", "汉字"
	case "km²", "km2":
		return "km²", "符号"
	case "平方米":
		return "m²", "汉字"
	case "㎡", "m²", "m2":
		return "m²", "符号"
	case "公里", "千米":
		return "km", "汉字"
	}
	return "km", "符号"
}

// unitForms: one document (the main text, each attachment, each document
// it prints) writes a unit one way, in Chinese (平方米, 公里)
// or as a symbol (m², km), not both (GB/T 9704-2012 9 sends 公文 to GB 3100
// for units; one document keeps one form).
func unitForms(ac *article, _ *issueContext) {
	byFamily := map[string][]formUse{}
	var families []string
	for _, u := range ac.units {
		if u.kind == kindField || !strings.ContainsAny(u.text, "米里m㎡") {
			continue
		}
		for _, m := range unitWritten.FindAllStringSubmatchIndex(u.text, -1) {
			fam, form := unitFamily(u.text[m[2]:m[3]])
			key := fmt.Sprintf("%d\x00%s", u.scope, fam)
			if byFamily[key] == nil {
				families = append(families, key)
			}
			byFamily[key] = append(byFamily[key], formUse{u: u, start: m[2], end: m[3], form: form})
		}
	}
	for _, key := range families {
		fam := key[strings.IndexByte(key, 0)+1:]
		ac.flagMinority(byFamily[key], "unit-form", citeUnit, "计量单位"+fam+"的", func(string) (string, bool) { return "", false })
	}
}
