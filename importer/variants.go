package importer

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"gazette/gazette"
)

// This file holds the readings of the variants other places' gazettes show
// beside the seed's: 文号 lines in brackets or with full-width spaces and
// digits, running heads and folios left in the text by an extraction, lists
// of appointments (任免), printed TOCs in other shapes, and texts exported
// from Word (no "#" at all).

// docLineText folds the spacing of a 文号 line for matching: every run of
// white space (full-width spaces too) becomes one space, and brackets
// around the whole line — （景府字〔2020〕30号）, as many gazettes print the
// 文号 under the title — are taken off (GB/T 9704-2012 §7.2.3 发文字号).
func docLineText(s string) string {
	if strings.ContainsFunc(s, unicode.IsSpace) {
		s = strings.Join(strings.Fields(s), " ")
	}
	if (strings.HasPrefix(s, "（") && strings.HasSuffix(s, "）")) || (strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")")) {
		_, open := firstRuneSize(s)
		inner := s[open : len(s)-len(string(lastRune(s)))]
		if !strings.ContainsAny(inner, "（()）") {
			return strings.TrimSpace(inner)
		}
	}
	return s
}

func firstRuneSize(s string) (rune, int) {
	for i, r := range s {
		if i == 0 {
			return r, len(string(r))
		}
	}
	return 0, 0
}

// fullWidthDigits turns the full-width digits ０–９ into ASCII figures:
// numbers in Chinese text are set in (half-width) Arabic figures, GB/T
// 15835-2011 §4.1 and GB/T 9704-2012 §7.2.3 (年份、发文顺序号用阿拉伯数字).
// It returns the text and how many digits changed.
func fullWidthDigits(s string) (string, int) {
	if !hasFullWidthDigit(s) {
		return s, 0
	}
	n := 0
	out := strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			n++
			return r - '０' + '0'
		}
		return r
	}, s)
	return out, n
}

// hasFullWidthDigit reports whether s holds one of ０–９ (U+FF10–FF19,
// encoded EF BC 90–99): the cheap test before fullWidthDigits rewrites s.
func hasFullWidthDigit(s string) bool {
	for {
		k := strings.Index(s, "\xef\xbc")
		if k < 0 || k+2 >= len(s) {
			return false
		}
		if c := s[k+2]; c >= 0x90 && c <= 0x99 {
			return true
		}
		s = s[k+2:]
	}
}

var (
	// folioLine is a page number an extraction left on a line of its own:
	// — 5 —, －5－, - 5 -, · 5 ·.
	folioLine = regexp.MustCompile(`^[—－\-–·•]{1,2}\s*\d{1,4}\s*[—－\-–·•]{1,2}$`)
)

// runningHead reports whether a plain line is a page's running head or
// folio that an extraction left in the running text: the gazette's name
// with its issue (南屏市人民政府公报　2023年第22期), or a folio alone. Such a
// line is furniture of the printed page (GB/T 9704-2012 §7.5 页码), never
// content.
func runningHead(s string) bool {
	if !strings.Contains(s, "报") && !folioMark(firstRune(strings.TrimLeftFunc(s, unicode.IsSpace))) || longerThan(s, 40) {
		return false // neither a name (…公报, …政报) nor a folio, or a paragraph's length: the cheap tests first
	}
	t := noSpace(s)
	if folioLine.MatchString(t) {
		return true
	}
	k := strings.Index(t, "公报")
	if k < 0 {
		k = strings.Index(t, "政报")
	}
	return k > 0 && runeLen(t) <= 40 && issueNumber.MatchString(t[k:]) && !strings.ContainsAny(t, "，。；：《》“”")
}

// longerThan reports whether s holds more than n characters other than
// white space, without building the text noSpace would.
func longerThan(s string, n int) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			if n--; n < 0 {
				return true
			}
		}
	}
	return false
}

// folioMark reports whether r may open a folio line (see folioLine).
func folioMark(r rune) bool { return r != 0 && strings.ContainsRune("—－-–·•", r) }

// appointVerbs start a line of a 任免 list: 任命…为…, 免去…职务, 聘任…为….
var appointVerbs = []string{"任命", "免去", "聘任", "聘请", "聘用", "解聘", "提名", "免职", "撤销"}

// appointVerbPrefix reports whether s begins with one of appointVerbs.
func appointVerbPrefix(s string) bool {
	for _, v := range appointVerbs {
		if strings.HasPrefix(s, v) {
			return true
		}
	}
	return false
}

// appointmentLine reports whether a plain line is one appointment or
// removal of a 任免 list (任命王某为某局局长, 免去李某的某局局长职务): such
// lines are a list, one person a line, each kept whole and never joined to
// the next, even without closing punctuation.
func appointmentLine(s string) bool {
	s = strings.TrimSpace(s)
	if !appointVerbPrefix(s) || runeLen(s) > 80 || strings.Contains(s, "。") && !strings.HasSuffix(s, "。") {
		return false
	}
	if strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":") {
		return runeLen(s) <= 6 // 任命： as a group's heading
	}
	return strings.Contains(s, "为") || strings.Contains(s, "职务") || strings.Contains(s, "职")
}

// joinNameHalves puts back together the two-character names that a board
// list pads to the width of three-character ones (张　军, 张  军): a single
// hanzi is never a whole name, so it joins the single hanzi after it.
func joinNameHalves(names []string) []string {
	var out []string
	for i := 0; i < len(names); i++ {
		n := names[i]
		if runeLen(n) == 1 && hanzi(firstRune(n)) && i+1 < len(names) && runeLen(names[i+1]) == 1 && hanzi(firstRune(names[i+1])) {
			n += names[i+1]
			i++
		}
		out = append(out, n)
	}
	return out
}

// chapterText is the text of a 第X章 or 第X节 heading as printed: the number,
// a full-width space, then the title without the spaces an extraction or a
// letter-spaced original left in it (第一章 总 则 → 第一章　总则), as
// regulations set it.
func chapterText(marker, rest string) string {
	if spacedByHand(rest) { // 第一章　总　　则 (spacing.go)
		return marker + "\u3000" + strings.TrimSpace(rest)
	}
	rest = squeezeSpaces(strings.TrimSpace(rest), nil)
	if rest == "" {
		return marker
	}
	return marker + "\u3000" + rest
}

// tocPageTail matches a TOC entry whose page number follows the title after
// spaces or a tab instead of a dot leader: "…的通知    19", "…的通知\t19".
var tocPageTail = regexp.MustCompile(`^(.*[^\s\d])[ \t\x{3000}]+[（(]?\s*(\d{1,4})\s*[）)]?$`)

// docFormTitle reports whether a plain line of a Word export (no "#" to
// mark titles) may be the title of a news item or statistics table that
// follows a finished document: short, without numbering, not a sentence,
// not a label, date, signature, caption or 文号.
func (p *parser) docFormTitle(i int) bool {
	if !p.titleLike(i) {
		return false
	}
	t := tidySpaces(plainOf(p.text(i)))
	if endsSentence(t) || runeLen(t) > 40 || strings.ContainsAny(t, "，、") || mastheadKind(noSpace(t)) != "" {
		return false
	}
	if _, ok := issuerLine(t); ok {
		return false
	}
	return !appointmentLine(t)
}

// hasHashes reports whether any line of the text marks a heading with "#":
// a text without any is a Word export, whose titles are plain lines.
func (p *parser) hasHashes() bool {
	for i := range p.lines {
		if p.lines[i].hashes > 0 {
			return true
		}
	}
	return false
}

// afterColon returns what follows the first colon (full-width or not) of
// s, trimmed: the value of a "出版日期：2023年11月30日" line.
func afterColon(s string) string {
	k := strings.IndexAny(s, "：:")
	if k < 0 {
		return ""
	}
	_, size := firstRuneSize(s[k:])
	return strings.TrimSpace(s[k+size:])
}

// dateUnderDocNumber reads a 成文日期 printed alone on the line under a
// 文号 line that has none (南府发〔2023〕21号 / 2023年11月2日), as some
// gazettes set the head; it consumes the line.
func (p *parser) dateUnderDocNumber(a *gazette.Article, i, to int, kept []gazette.Block, consume func(int)) []gazette.Block {
	if a.Date != "" || i >= to || !p.plainLine(i) || p.lines[i].blank {
		return kept
	}
	t := tidySpaces(plainOf(p.text(i)))
	iso, ok := dateAlone(t)
	if !ok {
		return kept
	}
	kept = p.headDate(a, i, t, iso, kept)
	consume(i)
	return kept
}

// signatureEnd reports whether a line closes the part of a document where
// its signature may stand: the disclosure note (附注, GB/T 9704-2012 §7.3.7)
// comes after the 发文机关署名 and 成文日期, so the signature is looked for
// above it even when an enclosed text (印发的方案) follows.
func signatureEnd(s string) bool { return isDisclosure(tidySpaces(plainOf(s))) }

// appointment adds one line of a 任免 list: to the list the line before
// started, or as a new list. The list is closed to joining, so that a line
// without closing punctuation stays one appointment.
func (b *body) appointment(text string) {
	// The text as printed: a name's padding (李　华) is the source's, and
	// an import does not change text it does not report.
	s := b.cur()
	if b.appointing && len(s.blocks) > 0 && s.blocks[len(s.blocks)-1].Type == gazette.BlockList {
		last := &s.blocks[len(s.blocks)-1]
		last.Items = append(last.Items, parseRuns(text))
		return
	}
	b.add(gazette.Block{Type: gazette.BlockList, Items: [][]gazette.Run{parseRuns(text)}}, false)
	b.appointing = true
}

// enclosedTitle reports whether plain line i, after a notice's disclosure
// note, is the title of the text the notice carries (印发/转发的方案、办法)
// in a text whose titles no "#" marks: a short title-like line ending with
// a 文种 or found in the notice's own title.
func (b *body) enclosedTitle(i int, plain string) bool {
	p := b.p
	l := &p.lines[i]
	s := b.cur()
	signed := len(s.blocks) > 0 && s.blocks[len(s.blocks)-1].Type == gazette.BlockSignature
	if l.hashes > 0 || b.active != 0 || !(s.ended || signed) || s.open || numberingOf(plain).marker != "" || !p.titleLike(i) {
		return false
	}
	t := noSpace(tidySpaces(plain))
	if endsSentence(t) || runeLen(t) > 60 || lastContent(p.lines, i+1, len(p.lines)) < 0 {
		return false
	}
	return endsWithGenre(t) || (runeLen(t) >= 6 && strings.Contains(noSpace(b.title), t)) || b.quotedInBody(t)
}

// noteItemsAfterBlanks takes the further items of an attachment note that
// a Word export sets as paragraphs of their own (附件：1. 甲 / blank / 2. 乙)
// rather than hard-broken lines: each next line numbered in sequence,
// short and without a stop, is the next item. It returns the items and the
// line after the last one taken.
func (b *body) noteItemsAfterBlanks(items []string, j, to int) ([]string, int) {
	p := b.p
	if !strings.Contains(items[0], "1.") && !strings.Contains(items[0], "1．") && !strings.Contains(items[0], "1、") {
		return items, j
	}
	for {
		k := j
		for k < to && p.lines[k].blank {
			k++
		}
		if k >= to || !p.plainLine(k) {
			return items, j
		}
		t := tidySpaces(p.text(k))
		nb := numberingOf(t)
		num := strings.TrimRight(nb.marker, ".．、")
		if nb.level != 3 || num != strconv.Itoa(len(items)+1) || runeLen(t) > 60 || strings.Contains(t, "。") {
			return items, j
		}
		items = append(items, t)
		j = k + 1
	}
}

// clauseGap is the full-width space set between an article number and its
// text (第一条　为了……), as laws and regulations are printed (《立法技术规范
// （试行）》; GB/T 9704-2012 leaves it to the 公文's body). The extraction's
// space, or its absence, is replaced by it.
const clauseGap = "\u3000"

// appointeeLine reports whether a plain line is one name of a 任免 list
// set in groups, the verb once as the group's heading ("任命：" then
// "王五为区教育局局长；", "免去：" then "李四的区教育局局长职务；"): it
// follows a group heading or another such name, is short, holds 为 or 职务,
// and ends with ；, 。 or nothing.
func (b *body) appointeeLine(s string) bool {
	s = strings.TrimSpace(s)
	if !b.appointing || runeLen(s) > 60 || numberingOf(s).marker != "" {
		return false
	}
	blocks := b.cur().blocks
	if len(blocks) == 0 || blocks[len(blocks)-1].Type != gazette.BlockList {
		return false
	}
	first := strings.TrimSpace(gazette.RunsText(blocks[len(blocks)-1].Items[0]))
	if !appointVerbPrefix(first) || !(strings.HasSuffix(first, "：") || strings.HasSuffix(first, ":")) {
		return false // only a list that opened with a group heading takes bare names
	}
	body := strings.TrimRight(s, "；;。")
	if strings.ContainsAny(body, "。；;：:") {
		return false
	}
	return strings.Contains(body, "为") || strings.Contains(body, "职务")
}
