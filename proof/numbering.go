package proof

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gazette/gazette"
)

// citeNumbering is the source of the numbering rules.
const citeNumbering = "GB/T 9704-2012 7.3.3 正文（结构层次序数：一、（一）1.（1））"

// The numbering levels: chapters, sections and articles of rules (第一章,
// 第一节, 第一条) and the four structural levels of GB/T 9704.
const (
	lvChapter = iota
	lvSection
	lvArticle
	lv1 // 一、
	lv2 // （一）
	lv3 // 1.
	lv4 // （1）
	nLevels
)

// levelNames name a level as editors write it.
var levelNames = [nLevels]string{"第X章", "第X节", "第X条", "一、", "（一）", "1.", "（1）"}

// markers read a unit's leading number, one expression a level.
var markers = [nLevels]*regexp.Regexp{
	regexp.MustCompile(`^第([一二三四五六七八九十百零〇]+)章`),
	regexp.MustCompile(`^第([一二三四五六七八九十百零〇]+)节`),
	regexp.MustCompile(`^第([一二三四五六七八九十百零〇]+)条(?:[\s\x{3000}]|$)`),
	regexp.MustCompile(`^([一二三四五六七八九十]+)、`),
	regexp.MustCompile(`^[（(]([一二三四五六七八九十]+)[）)]`),
	regexp.MustCompile(`^(\d{1,2})[.．、](?:[^\d.．]|$)`),
	regexp.MustCompile(`^[（(](\d{1,2})[）)]`),
}

// attachmentLead is the 附件： or 注： that may come before a list's first
// number (附件：1.…, 附件1.…, 注：1、…).
var attachmentLead = regexp.MustCompile(`^(?:附件[:：]?|\p{Han}{1,4}[:：])\s*`)

// numberOf reads the unit's leading number: its level, value and byte span
// in the unit's text; ok is false when the unit does not start with one.
func numberOf(u *unit) (level, n, start, end int, ok bool) {
	text := u.text
	trim := len(text) - len(strings.TrimLeft(text, " \u3000\t"))
	if m := attachmentLead.FindStringIndex(text[trim:]); m != nil {
		trim += m[1]
	}
	rest := text[trim:]
	for lv, re := range markers {
		m := re.FindStringSubmatchIndex(rest)
		if m == nil {
			continue
		}
		if lv == lvArticle && m[1] == len(rest) && !(u.kind == kindHeading || articleLeadIn(u.block)) {
			continue
		}
		digits := rest[m[2]:m[3]]
		v, err := strconv.Atoi(digits)
		if err != nil {
			v = cnValue(digits)
		}
		if v <= 0 {
			return 0, 0, 0, 0, false
		}
		return lv, v, trim, trim + m[3] + len(markerTail(rest[m[3]:])), true
	}
	return 0, 0, 0, 0, false
}

// markerTail is the closing part of a marker after its digits (、 ） . 条).
func markerTail(s string) string {
	for _, t := range []string{"章", "节", "条", "、", "）", ")", ".", "．"} {
		if strings.HasPrefix(s, t) {
			return t
		}
	}
	return ""
}

// articleLeadIn reports whether the block's first run is a 第X条 lead-in.
func articleLeadIn(b *gazette.Block) bool {
	return b != nil && len(b.Runs) > 0 && b.Runs[0].LeadIn == gazette.LeadInArticle
}

// cnValue reads a Chinese numeral up to the hundreds (二十三, 一百零五).
func cnValue(s string) int {
	const digits = "零一二三四五六七八九"
	n, cur := 0, 0
	for _, r := range s {
		switch {
		case r == '〇':
			cur = 0
		case strings.ContainsRune(digits, r):
			cur = strings.IndexRune(digits, r) / len("零")
		case r == '十':
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
		case r == '百':
			n += cur * 100
			cur = 0
		default:
			return 0
		}
	}
	return n + cur
}

// numberingState follows the numbers of one stretch of body.
type numberingState struct {
	last  [nLevels]int
	fresh [nLevels]bool // the level's parent changed since its last item
	seen  [nLevels]bool // the level has an item under the current parent
}

// numberingSequence: at each level the numbers run 一、二、三 without gap or
// repeat, and the levels nest in the order 一、（一）1.（1） (GB/T 9704-2012
// 7.3.3); 第X章 and 第X条 run through the whole text. A level whose parent
// changed may start again at 1 or go on from its last number (a document
// may number its （一）…（十二） straight through its 一、 parts). Each
// attachment and each printed document numbers on its own.
func numberingSequence(ac *article, _ *issueContext) {
	states := map[int]*numberingState{}
	var prev *unit
	for _, u := range ac.units {
		if u.kind != kindParagraph && u.kind != kindHeading && u.kind != kindItem {
			continue
		}
		lv, n, start, end, ok := numberOf(u)
		before := prev
		prev = u
		if !ok {
			continue
		}
		st := states[u.scope]
		if st == nil {
			st = &numberingState{}
			states[u.scope] = st
		}
		if lv == lvArticle && splitReference(before, n, st.last[lv]) {
			ac.emitSplit(u, start, end) // numbering_split.go
			continue
		}
		ac.checkNumber(st, u, lv, n, start, end)
	}
}

// checkNumber checks one number against the state and moves the state on.
func (ac *article) checkNumber(st *numberingState, u *unit, lv, n, start, end int) {
	last, fresh := st.last[lv], st.fresh[lv]
	what := levelNames[lv]
	switch {
	case n == last+1:
	case n == 1 && (fresh || lv >= lv3):
	case n == last:
		ac.emit(u, start, end, gazette.Error, "numbering-repeat", citeNumbering,
			fmt.Sprintf("“%s”层次的序号 %d 重复", what, n), nil)
	case n > last+1 && !(fresh && n == 1):
		ac.emit(u, start, end, gazette.Error, "numbering-gap", citeNumbering,
			fmt.Sprintf("“%s”层次的序号从 %d 跳到 %d", what, last, n), nil)
	default:
		ac.emit(u, start, end, gazette.Error, "numbering-order", citeNumbering,
			fmt.Sprintf("“%s”层次的序号 %d 排在 %d 之后", what, n, last), nil)
	}
	if lv >= lv1 && !st.seen[lv] {
		for deeper := lv + 1; deeper < nLevels; deeper++ {
			if st.seen[deeper] {
				ac.emit(u, start, end, gazette.Warning, "numbering-level", citeNumbering,
					fmt.Sprintf("“%s”层次出现在“%s”层次之后，层次顺序颠倒", what, levelNames[deeper]), nil)
				break
			}
		}
	}
	st.last[lv], st.fresh[lv], st.seen[lv] = n, false, true
	// The levels below this one start under a new parent.
	for deeper := lv + 1; deeper < nLevels; deeper++ {
		if lv == lvChapter && deeper == lvArticle {
			continue // 第X条 runs through the chapters
		}
		if lv < lvArticle && deeper == lvArticle {
			continue
		}
		st.fresh[deeper], st.seen[deeper] = true, false
	}
}
