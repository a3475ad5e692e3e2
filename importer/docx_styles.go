package importer

import (
	"strconv"
	"strings"
)

// docxStyle is what the converter needs of a Word style.
type docxStyle struct {
	id, name string
	basedOn  string
	outline  int // w:outlineLvl + 1, or 0
	bold     int // 1 on, -1 off, 0 inherit
	vert     string
	numID    string // numbering linked to a paragraph style
	numLvl   int
}

// parseStyles reads word/styles.xml into a map by styleId.
func parseStyles(root *xnode) map[string]*docxStyle {
	m := map[string]*docxStyle{}
	if root == nil {
		return m
	}
	for _, s := range root.kids {
		if s.name != "style" {
			continue
		}
		st := &docxStyle{id: s.attr("styleId")}
		st.name, _ = s.val("name")
		st.basedOn, _ = s.val("basedOn")
		if ppr := s.child("pPr"); ppr != nil {
			if v, ok := ppr.val("outlineLvl"); ok {
				if n, err := strconv.Atoi(v); err == nil && n >= 0 && n < 9 {
					st.outline = n + 1
				}
			}
			if np := ppr.child("numPr"); np != nil {
				st.numID, _ = np.val("numId")
				lv, _ := np.val("ilvl")
				st.numLvl, _ = strconv.Atoi(lv)
			}
		}
		if rpr := s.child("rPr"); rpr != nil {
			st.bold = onOff(rpr, "b")
			st.vert, _ = rpr.val("vertAlign")
		}
		m[st.id] = st
	}
	return m
}

// onOff reads a Word toggle property (w:b, w:vanish): 1 on, -1 off, 0 absent.
func onOff(rpr *xnode, local string) int {
	c := rpr.child(local)
	if c == nil {
		return 0
	}
	switch strings.ToLower(c.attr("val")) {
	case "0", "false", "off", "none":
		return -1
	}
	return 1
}

// chain calls fn for the style with id and then each style it is based on,
// until fn returns true; loops and long chains are cut off.
func (d *docx) chain(id string, fn func(*docxStyle) bool) {
	for i := 0; i < 16 && id != ""; i++ {
		s := d.styles[id]
		if s == nil || fn(s) {
			return
		}
		id = s.basedOn
	}
}

// The roles a paragraph style can give a paragraph.
const (
	roleBody = iota
	roleTitle
	roleCaption
)

// styleHeading returns the heading level (1–9) a paragraph style gives,
// from its name (heading 1, 标题 1, Heading1) or outline level, following
// basedOn; and whether the style is a title or caption style. Chinese Word
// stores built-in styles with ids "1", "2" …, so names are what count.
func (d *docx) styleHeading(id string) (level, role int) {
	d.chain(id, func(s *docxStyle) bool {
		n := strings.ToLower(strings.ReplaceAll(s.name, " ", ""))
		switch {
		case n == "title" || n == "标题":
			role = roleTitle
			return true
		case n == "caption" || n == "题注":
			role = roleCaption
			return true
		case strings.HasPrefix(n, "heading"):
			if l, err := strconv.Atoi(n[len("heading"):]); err == nil && l >= 1 && l <= 9 {
				level = l
				return true
			}
		case strings.HasPrefix(n, "标题"):
			if l, err := strconv.Atoi(n[len("标题"):]); err == nil && l >= 1 && l <= 9 {
				level = l
				return true
			}
		}
		if s.outline > 0 {
			level = s.outline
			return true
		}
		return false
	})
	return level, role
}

// styleBold returns a style's bold toggle, following basedOn.
func (d *docx) styleBold(id string) int {
	b := 0
	d.chain(id, func(s *docxStyle) bool { b = s.bold; return b != 0 })
	return b
}

// styleVert returns a style's vertical alignment, following basedOn.
func (d *docx) styleVert(id string) string {
	v := ""
	d.chain(id, func(s *docxStyle) bool { v = s.vert; return v != "" })
	return v
}

// styleNum returns the numbering a paragraph style links to.
func (d *docx) styleNum(id string) (numID string, lvl int) {
	d.chain(id, func(s *docxStyle) bool {
		numID, lvl = s.numID, s.numLvl
		return numID != ""
	})
	return numID, lvl
}

// docxNumbering is word/numbering.xml: list definitions and the counters
// of the lists met so far.
type docxNumbering struct {
	abstract map[string]map[int]*numLevel // abstractNumId → level → definition
	nums     map[string]numInstance       // numId → instance
	counters map[string]*[9]int
	used     map[string]*[9]bool
}

type numLevel struct {
	start   int
	format  string // w:numFmt, e.g. decimal, chineseCounting
	text    string // w:lvlText, e.g. "%1、"
	suffix  string // w:suff: tab, space, nothing
	legal   bool   // w:isLgl: all levels decimal
	restart int    // w:lvlRestart, -1 when absent
}

type numInstance struct {
	abstract string
	override map[int]int // level → start
}

// parseNumbering reads word/numbering.xml.
func parseNumbering(root *xnode) *docxNumbering {
	nb := &docxNumbering{abstract: map[string]map[int]*numLevel{}, nums: map[string]numInstance{}, counters: map[string]*[9]int{}, used: map[string]*[9]bool{}}
	if root == nil {
		return nb
	}
	for _, a := range root.kids {
		switch a.name {
		case "abstractNum":
			lv := map[int]*numLevel{}
			for _, l := range a.kids {
				if l.name != "lvl" {
					continue
				}
				i, err := strconv.Atoi(l.attr("ilvl"))
				if err != nil || i < 0 || i > 8 {
					continue
				}
				nl := &numLevel{start: 1, restart: -1}
				if v, ok := l.val("start"); ok {
					nl.start, _ = strconv.Atoi(v)
				}
				nl.format, _ = l.val("numFmt")
				nl.text, _ = l.val("lvlText")
				nl.suffix, _ = l.val("suff")
				nl.legal = onOff(l, "isLgl") > 0
				if v, ok := l.val("lvlRestart"); ok {
					nl.restart, _ = strconv.Atoi(v)
				}
				lv[i] = nl
			}
			nb.abstract[a.attr("abstractNumId")] = lv
		case "num":
			in := numInstance{override: map[int]int{}}
			in.abstract, _ = a.val("abstractNumId")
			for _, o := range a.kids {
				if o.name != "lvlOverride" {
					continue
				}
				i, err := strconv.Atoi(o.attr("ilvl"))
				if err != nil || i < 0 || i > 8 {
					continue
				}
				if v, ok := o.val("startOverride"); ok {
					in.override[i], _ = strconv.Atoi(v)
				}
			}
			nb.nums[a.attr("numId")] = in
		}
	}
	return nb
}

// next advances the list numId at level lvl and returns the number text
// Word would show, e.g. "一、", "（二）", "1.2"; "" for bullets, unknown
// lists and levels without text. Lists that share a definition share
// counters unless the instance restarts them.
func (nb *docxNumbering) next(numID string, lvl int) string {
	in, ok := nb.nums[numID]
	if !ok || numID == "0" || lvl < 0 || lvl > 8 {
		return ""
	}
	levels := nb.abstract[in.abstract]
	def := levels[lvl]
	if def == nil {
		return ""
	}
	cnt, used := nb.counter(numID, in)
	start := func(i int) int {
		if s, ok := in.override[i]; ok {
			return s
		}
		if l := levels[i]; l != nil {
			return l.start
		}
		return 1
	}
	if used[lvl] {
		cnt[lvl]++
	} else {
		cnt[lvl], used[lvl] = start(lvl), true
	}
	for i := lvl + 1; i < 9; i++ {
		if l := levels[i]; l == nil || l.restart != 0 {
			used[i] = false
		}
	}
	if def.format == "bullet" || def.format == "none" {
		return ""
	}
	number := func(k int) string {
		n := cnt[k]
		if !used[k] {
			n = start(k)
		}
		f := "decimal"
		if l := levels[k]; l != nil && !def.legal {
			f = l.format
		}
		return formatNumber(f, n)
	}
	return numberSuffix(levelText(def.text, number), def.suffix)
}

// counter returns the counters of list numID: its own when it overrides
// its definition's start values, else its definition's.
func (nb *docxNumbering) counter(numID string, in numInstance) (*[9]int, *[9]bool) {
	key := "a" + in.abstract
	if len(in.override) > 0 {
		key = "n" + numID
	}
	cnt, used := nb.counters[key], nb.used[key]
	if cnt == nil {
		cnt, used = new([9]int), new([9]bool)
		nb.counters[key], nb.used[key] = cnt, used
	}
	return cnt, used
}

// levelText fills a level's text ("%1.%2", "（%1）") with the numbers of
// its levels.
func levelText(t string, number func(level int) string) string {
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			b.WriteString(number(int(t[i+1] - '1')))
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String()
}

// numberSuffix adds what Word puts after a number: nothing, a space, or
// for a tab after a hanzi (第一章) a full-width space.
func numberSuffix(s, suffix string) string {
	if s == "" {
		return ""
	}
	switch suffix {
	case "nothing":
	case "space":
		s += " "
	default:
		if r := []rune(s); isHan(r[len(r)-1]) {
			s += "\u3000"
		}
	}
	return s
}

// numberSeries are the Word number formats that count with a fixed series
// of symbols, the first for 1: 甲乙丙…, 子丑寅…, ①②③….
var numberSeries = map[string][]rune{
	"ideographTraditional":         []rune("甲乙丙丁戊己庚辛壬癸"),
	"ideographZodiac":              []rune("子丑寅卯辰巳午未申酉戌亥"),
	"decimalEnclosedCircle":        runeSeries(0x2460, 20),
	"decimalEnclosedCircleChinese": runeSeries(0x2460, 20),
	"ideographEnclosedCircle":      runeSeries(0x2460, 20),
	"decimalEnclosedParen":         runeSeries(0x2474, 20),
	"decimalEnclosedFullstop":      runeSeries(0x2488, 20),
}

// runeSeries is n consecutive characters from first.
func runeSeries(first rune, n int) []rune {
	out := make([]rune, n)
	for i := range out {
		out[i] = first + rune(i)
	}
	return out
}

// formatNumber writes n in a Word number format.
func formatNumber(format string, n int) string {
	if series, ok := numberSeries[format]; ok {
		if n >= 1 && n <= len(series) {
			return string(series[n-1])
		}
		return strconv.Itoa(n)
	}
	switch format {
	case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand", "koreanCounting":
		return chineseNumber(n)
	case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital":
		return ideographDigits(n)
	case "chineseLegalSimplified":
		return strings.NewReplacer("一", "壹", "二", "贰", "三", "叁", "四", "肆", "五", "伍", "六", "陆", "七", "柒", "八", "捌", "九", "玖", "十", "拾", "百", "佰", "千", "仟").Replace(chineseNumber(n))
	case "decimalFullWidth", "decimalFullWidth2":
		return strings.Map(func(r rune) rune { return r - '0' + '０' }, strconv.Itoa(n))
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "lowerLetter", "upperLetter":
		return letterNumber(format, n)
	case "lowerRoman", "upperRoman":
		if n >= 1 && n < 4000 {
			s := roman(n)
			if format == "lowerRoman" {
				s = strings.ToLower(s)
			}
			return s
		}
	}
	return strconv.Itoa(n)
}

// letterNumber writes n as Word's letter formats do: a … z, aa … zz.
func letterNumber(format string, n int) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	s := strings.Repeat(string(rune('a'+(n-1)%26)), (n-1)/26+1)
	if format == "upperLetter" {
		s = strings.ToUpper(s)
	}
	return s
}

// chineseNumber writes n (0–99999) in Chinese counting numerals: 一, 十,
// 十一, 二十, 一百零五.
func chineseNumber(n int) string {
	if n < 0 || n > 99999 {
		return strconv.Itoa(n)
	}
	if n == 0 {
		return "〇"
	}
	digits := []rune("零一二三四五六七八九")
	units := []string{"", "十", "百", "千", "万"}
	var parts []string
	s := strconv.Itoa(n)
	zero := false
	for i, c := range s {
		dgt := int(c - '0')
		u := len(s) - 1 - i
		if dgt == 0 {
			zero = true
			continue
		}
		if zero {
			parts = append(parts, "零")
			zero = false
		}
		if !(dgt == 1 && u == 1 && i == 0) { // 十一, not 一十一
			parts = append(parts, string(digits[dgt]))
		}
		parts = append(parts, units[u])
	}
	return strings.Join(parts, "")
}

// ideographDigits writes n digit by digit: 二〇二〇.
func ideographDigits(n int) string {
	return strings.Map(func(r rune) rune { return []rune("〇一二三四五六七八九")[r-'0'] }, strconv.Itoa(max(n, 0)))
}

// roman writes 1–3999 in Roman numerals.
func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
