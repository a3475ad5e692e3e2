package para

// Phrase-aware title breaking. GB/T 9704-2012 7.3.3 (标题): "标题回行时，要做到
// 词意完整，排列对称，长短适宜，间距恰当" — a title line breaks between phrases,
// not inside a word, a name or a quotation. No dictionary is used: the
// boundaries are read from the structure every 公文 title shares (发文机关 +
// 关于 + 事由 + 文种), from its marks, and from the issuer's own name repeated
// later in the title.

// tier is how good a place between two atoms is for a title line break.
type tier uint8

// The tiers, best first.
const (
	tierPhrase tier = iota // between phrases: free
	tierMild               // a weaker boundary (after 、，, around 和/及/与)
	tierWord               // inside a word: the default between two Han characters
	tierName               // inside the issuer's place name (景德|镇市)
	tierPair               // inside a 《》“”（）〔〕 pair that fits a line (keepPairs)
)

// tierCost is the balancer's cost of a break of each tier, in em² of the
// title's size. The balancer's shape cost is the squared deviation of each
// line from the mean length, so a word break (64 em², an 8-em deviation)
// costs more than a moderately uneven shape: two lines of 11 and 22
// characters (the classic 发文机关 / 关于…的通知 trapezoid) cost 60.5 em².
// A break inside a place name costs twice a word break; one inside a pair
// that fits a line, as much as a 20-em deviation.
var tierCost = [...]float64{tierPhrase: 0, tierMild: 6, tierWord: 64, tierName: 128, tierPair: 400}

// markTitlePhrases fills en.tier: the tier of a break before each visible
// atom, from the default of each pair of neighbours lowered by the phrase
// rules below.
func (en *engine) markTitlePhrases() {
	n := len(en.atoms)
	if cap(en.tier) < n {
		en.tier = make([]tier, n)
	}
	en.tier = en.tier[:n]
	p := -1 // the last visible atom
	spaced := false
	for q := range en.atoms {
		if en.atoms[q].cls.transparent() {
			spaced = spaced || en.atoms[q].cls == clsSpace || en.atoms[q].cls == clsNewline
			en.tier[q] = tierPhrase
			continue
		}
		en.tier[q] = tierPhrase
		if p >= 0 {
			en.tier[q] = defaultTier(en.atoms[p].cls, en.atoms[q].cls, spaced)
		}
		p, spaced = q, false
	}
	en.breakBeforeGuanyu()
	en.breakAfterIssueVerb()
	en.breakBeforeKindWord()
	en.breakAtConjunction()
	en.breakAfterDe()
	en.breakBeforeOpener()
	en.breakAfterDate()
	en.breakAroundIssuer()
	en.noBreakAfterGuanyu()
}

// lower sets the tier of a break before atom q to t if t is better.
func (en *engine) lower(q int, t tier) {
	if q > 0 && q < len(en.tier) && t < en.tier[q] {
		en.tier[q] = t
	}
}

// raise sets the tier of a break before atom q to t if t is worse.
func (en *engine) raise(q int, t tier) {
	if q > 0 && q < len(en.tier) && t > en.tier[q] {
		en.tier[q] = t
	}
}

// breakCost is the balancer's cost of ending a title line after atom e.
func (en *engine) breakCost(e int) float64 {
	if e+1 >= len(en.atoms) {
		return 0
	}
	em := en.atoms[e+1].size
	return tierCost[en.tier[e+1]] * em * em
}

// defaultTier: GB/T 9704-2012 7.3.3 (词意完整) — a break between two Han
// characters is inside a word unless a rule below says otherwise; a break at
// a space the editor typed (a word space or 　), after a closing mark or stop
// (》” ） 。) or before an opening one (《“（) is between phrases; after 、，；：
// it is a weaker boundary, as between Han text and Latin letters or digits.
func defaultTier(a, b class, spaced bool) tier {
	switch {
	case spaced, a == clsIdeoSpace, b == clsIdeoSpace:
		return tierPhrase
	case a == clsClose || a == clsStop || a == clsLatClose || b == clsOpen || b == clsLatOpen:
		return tierPhrase
	case a == clsPause:
		return tierMild
	case a == clsHan && b == clsHan:
		return tierWord
	}
	return tierMild
}

// runesAt reports whether the visible atoms from k spell s.
func (en *engine) runesAt(k int, s string) bool {
	for _, r := range s {
		if k >= len(en.atoms) || en.atoms[k].r != r {
			return false
		}
		k++
	}
	return true
}

// breakBeforeGuanyu: GB/T 9704-2012 7.3.3 with 8.1.3 (标题由发文机关名称、事由
// 和文种组成) — the issuer ends before 关于, which opens the subject: a break
// before 关于 is between phrases.
func (en *engine) breakBeforeGuanyu() {
	for k := 1; k+1 < len(en.atoms); k++ {
		if en.runesAt(k, "关于") {
			en.lower(k, tierPhrase)
		}
	}
}

// noBreakAfterGuanyu: GB/T 9704-2012 7.3.3 (词意完整) — 关于 governs the
// subject that follows it and never ends a title line (浮梁县人民政府关于 |
// 2020年度… is wrong): a break after it costs as much as one inside a word,
// whatever boundary follows.
func (en *engine) noBreakAfterGuanyu() {
	for k := 0; k+2 < len(en.atoms); k++ {
		if en.runesAt(k, "关于") {
			en.raise(k+2, tierWord)
		}
	}
}

// issueVerbs are the verbs of a 转发/印发 title (关于印发《…》的通知): the
// document that follows is their object.
var issueVerbs = []string{"印发", "转发", "批转", "发布", "公布", "颁布"}

// breakAfterIssueVerb: GB/T 9704-2012 7.3.3 (词意完整) — in 关于印发…, 关于转发…
// the verb takes the title of the document it issues: a break after
// 关于印发 (before the issued document's name) is between phrases. 关于 and
// the verb stay together (noBreakAfterGuanyu), as the seed's own setters
// have them: 景德镇市住房和城乡建设局关于印发 | 景德镇市存量房….
func (en *engine) breakAfterIssueVerb() {
	for k := 0; k+3 < len(en.atoms); k++ {
		if !en.runesAt(k, "关于") {
			continue
		}
		for _, v := range issueVerbs {
			if en.runesAt(k+2, v) {
				en.lower(k+4, tierPhrase)
			}
		}
	}
	en.breakAroundForwarding()
}

// forwardVerbs are the verbs of a title that forwards another body's
// document directly: 景德镇市人民政府办公室转发市财政局关于…的通知.
var forwardVerbs = []string{"转发", "批转"}

// breakAroundForwarding: GB/T 9704-2012 7.3.3 (词意完整) — in a title where
// the issuer forwards another body's document without 关于 of its own
// (…办公室转发市财政局关于…的通知), 转发 stands between two names: a break
// before or after it is between phrases.
func (en *engine) breakAroundForwarding() {
	for k := 2; k+2 < len(en.atoms); k++ {
		if en.runesAt(k, "关于") {
			return // only before the first 关于
		}
		for _, v := range forwardVerbs {
			if en.runesAt(k, v) && en.atoms[k-1].cls == clsHan {
				en.lower(k, tierPhrase)
				en.lower(k+2, tierPhrase)
			}
		}
	}
}

// kindWords are the 文种 (GB/T 9704-2012 8.1.3, and the forms of 《党政机关公文
// 处理工作条例》) that end a title after 的, longest first.
var kindWords = []string{
	"实施意见", "实施方案", "实施细则", "通知", "决定", "批复", "意见", "方案", "办法",
	"报告", "通报", "公告", "规定", "细则", "函",
}

// breakBeforeKindWord: GB/T 9704-2012 7.3.3 (词意完整) — a title ending in 的 +
// 文种 (…的通知, …的决定, …的实施方案) may break before 的, never between 的 and
// the kind of document nor inside it. The kind word ends the title, or the
// issued document's name (before 》”), or comes before a bracketed 文号. A
// 文种 of two characters or more ending a title without 的 (…专项行动实施方案》)
// is a phrase of its own: a break before it is a weaker boundary.
func (en *engine) breakBeforeKindWord() {
	for k := 0; k+1 < len(en.atoms); k++ {
		if en.atoms[k].cls != clsHan {
			continue
		}
		for _, w := range kindWords {
			if !en.runesAt(k+1, w) {
				continue
			}
			end := k + len([]rune(w))
			if !en.titleEndsAfter(end) {
				continue
			}
			if en.atoms[k].r == '的' {
				en.lower(k, tierPhrase)
				en.keepTogether(k, end)
			} else if end-k >= 2 {
				en.lower(k+1, tierMild)
			}
			k = end - 1 // not again before 方案 of 实施方案
			break
		}
	}
}

// titleEndsAfter reports whether a title (or the name of the document it
// quotes) ends after atom k: at the end of the text or of a line the editor
// broke, before a closing quote or bracket, or before an opening bracket (a
// 文号 in brackets, a note such as （试行）).
func (en *engine) titleEndsAfter(k int) bool {
	if k+1 >= len(en.atoms) {
		return true
	}
	switch c := en.atoms[k+1].cls; c {
	case clsClose, clsOpen, clsLatOpen, clsLatClose, clsSpace, clsNewline, clsIdeoSpace:
		return true
	}
	return false
}

// breakAtConjunction: GB/T 9704-2012 7.3.3 (词意完整) — the conjunctions 和, 及,
// 与 join two phrases (企业和个体工商户): a break before or after one is a
// weaker boundary.
func (en *engine) breakAtConjunction() {
	for k := 1; k+1 < len(en.atoms); k++ {
		switch en.atoms[k].r {
		case '和', '及', '与':
			if en.atoms[k-1].cls == clsHan && en.atoms[k+1].cls == clsHan {
				en.lower(k, tierMild)
				en.lower(k+1, tierMild)
			}
		}
	}
}

// phraseOpeners are words that open a phrase in a title's subject: the
// adverb 进一步 and the scopes 全国, 全省, 全市, 全县, 全区 (关于推进 | 全市消防…).
var phraseOpeners = []string{"进一步", "全国", "全省", "全市", "全县", "全区"}

// breakBeforeOpener: GB/T 9704-2012 7.3.3 (词意完整) — a break before a
// phraseOpeners word is a weaker boundary.
func (en *engine) breakBeforeOpener() {
	for k := 1; k < len(en.atoms); k++ {
		if en.atoms[k-1].cls != clsHan {
			continue
		}
		for _, w := range phraseOpeners {
			if en.runesAt(k, w) {
				en.lower(k, tierMild)
				break
			}
		}
	}
}

// breakAfterDe: GB/T 9704-2012 7.3.3 (词意完整) — the particle 的 closes an
// attribute (以信用为基础的 | 新型监管机制): a break after it is a weaker
// boundary (never before the 文种, which breakBeforeKindWord keeps with it).
func (en *engine) breakAfterDe() {
	for k := 1; k+1 < len(en.atoms); k++ {
		if en.atoms[k].r == '的' && en.atoms[k-1].cls == clsHan && en.atoms[k+1].cls == clsHan {
			en.lower(k+1, tierMild)
		}
	}
}

// dateUnits are the units that close a number in a title (2020年度, 第8期),
// longest first.
var dateUnits = []string{"年度", "季度", "年", "月", "日", "号", "期", "届", "次", "批"}

// breakAfterDate: GB/T 9704-2012 7.3.3 (词意完整) — a number with its unit
// (2020年度, 5月, 第3批) closes a phrase: a break after it is a weaker
// boundary (关于做好2020年度 | 城乡居民…).
func (en *engine) breakAfterDate() {
	for k := 1; k < len(en.atoms); k++ {
		if en.atoms[k-1].cls != clsDigit || en.atoms[k].cls != clsHan {
			continue
		}
		for _, u := range dateUnits {
			if en.runesAt(k, u) {
				end := k + len([]rune(u))
				if end < len(en.atoms) && en.atoms[end].cls == clsHan {
					en.lower(end, tierMild)
				}
				break
			}
		}
	}
}

// placeEnds are the characters that end a place name (景德镇市, 江西省, 浮梁县).
const placeEnds = "省市县区州旗盟"

// breakAroundIssuer: GB/T 9704-2012 7.3.3 (词意完整) with 8.1.3 — the issuer
// (the text before the first 关于, without marks) and the place name it begins with
// (through its first 省/市/县/区/州, three characters or more) are whole
// names. Where the issuer appears again after 关于 (关于印发景德镇市城市管理局
// 安全生产…), a break before or after it is between phrases; the bare place
// name is bounded by weaker boundaries, and a break inside it, anywhere in
// the title, costs more than one inside a word.
func (en *engine) breakAroundIssuer() {
	g := -1
	for k := 1; k+1 < len(en.atoms); k++ {
		if en.runesAt(k, "关于") {
			g = k
			break
		}
	}
	if g < 2 {
		return
	}
	issuer := make([]rune, 0, g)
	for k := 0; k < g; k++ {
		if en.atoms[k].cls.isMark() {
			return // a title with marks in its head: no issuer to find
		}
		issuer = append(issuer, en.atoms[k].r)
	}
	place := 0
	for i, r := range issuer {
		if containsRune(placeEnds, r) {
			place = i + 1
			break
		}
	}
	if place < 3 || place == len(issuer) {
		place = 0
	}
	placeName, whole := string(issuer[:place]), string(issuer)
	for k := 0; k < len(en.atoms); k++ {
		if place > 0 && en.runesAt(k, placeName) {
			for q := k + 1; q < k+place; q++ {
				en.raise(q, tierName)
			}
			if k > g {
				en.lower(k, tierMild)
				en.lower(k+place, tierMild)
			}
		}
	}
	for k := g + 2; k < len(en.atoms); k++ {
		if en.runesAt(k, whole) {
			en.lower(k, tierPhrase)
			en.lower(k+len(issuer), tierPhrase)
			for q := k + 1; q < k+len(issuer); q++ {
				en.raise(q, tierWord) // not after its place name
			}
		}
	}
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}
