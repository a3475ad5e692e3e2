package para

import "math"

// markTitleGroups: GB/T 9704-2012 7.3.3 (标题回行时，要做到词意完整) /
// docs/typesetting.md §6 — a title never breaks inside a document number
// (景府字〔2020〕30号: the issuer's short name, the year in 〔〕 and the number
// with 号); numbers are kept whole by numberWithUnit and latinWord already.
// The phrase boundaries that the balancer prefers are marked by
// markTitlePhrases, and bracketed or quoted groups are kept whole by
// keepPairs.
func (en *engine) markTitleGroups() {
	for k := range en.atoms {
		if en.atoms[k].r != '〔' {
			continue
		}
		end := docNumberEnd(en.atoms, k)
		if end < 0 {
			continue
		}
		start := k
		for start > 0 && k-start < 8 && en.atoms[start-1].cls == clsHan {
			start--
		}
		en.keepTogether(start, end)
	}
	en.markTitlePhrases()
	en.keepPairs()
}

// pairOpen maps each closing mark of a pair kept whole in a title to its
// opening mark.
var pairOpen = map[rune]rune{
	'》': '《', '”': '“', '’': '‘', '）': '（', '〕': '〔',
	'〉': '〈', '】': '【', '」': '「', '』': '『', ')': '(',
}

// keepPairs: GB/T 9704-2012 7.3.3 (词意完整) / docs/typesetting.md §6 — a title
// does not break inside 《…》, “…”, ‘…’, （…）, 〔…〕 (nor 〈〉【】「」『』()),
// nested or not, unless the pair alone is wider than a line (a long 书名
// must break somewhere; the pairs inside it are still kept). A break inside
// a pair that fits a line costs tierPair, more than any shape but the
// grotesque (the 3-character 的通知 alone under a line-long 《…》), so it is
// taken only then. An unmatched mark keeps nothing.
func (en *engine) keepPairs() {
	var stack []int // indices of open marks
	for k := range en.atoms {
		r := en.atoms[k].r
		if o, ok := pairOpen[r]; ok {
			for i := len(stack) - 1; i >= 0; i-- {
				if en.atoms[stack[i]].r == o {
					en.keepPair(stack[i], k)
					stack = stack[:i]
					break
				}
			}
			continue
		}
		switch en.atoms[k].cls {
		case clsOpen, clsLatOpen:
			stack = append(stack, k)
		}
	}
}

// keepPair raises every title break inside atoms s..e to tierPair, unless
// the group is wider than a line.
func (en *engine) keepPair(s, e int) {
	if en.tightest(s, e) > min(en.avail(0), en.avail(1)) {
		return
	}
	for q := s + 1; q <= e; q++ {
		en.raise(q, tierPair)
	}
}

// keepTogether forbids title breaks inside atoms s..e, unless the group is
// wider than a line (a long book title must break somewhere).
func (en *engine) keepTogether(s, e int) {
	if en.tightest(s, e) > min(en.avail(0), en.avail(1)) {
		return
	}
	for j := s; j < e; j++ {
		en.glue[j].noTitle = true
	}
}

// docNumberEnd returns the index of 号 when atoms[k] (〔) starts 〔YYYY〕N号,
// else -1.
func docNumberEnd(atoms []atom, k int) int {
	j := k + 1
	digits := 0
	for ; j < len(atoms) && atoms[j].cls == clsDigit; j++ {
		digits++
	}
	if digits != 4 || j >= len(atoms) || atoms[j].r != '〕' {
		return -1
	}
	j++
	start := j
	for ; j < len(atoms) && atoms[j].cls == clsDigit; j++ {
	}
	if j == start || j >= len(atoms) || atoms[j].r != '号' {
		return -1
	}
	return j
}

// balance sets a title: GB/T 9704-2012 7.3.1 / docs/typesetting.md §6 — centred
// lines of near-equal length (as many as the greedy setting needs, or one
// more), broken between phrases (breakCost), in a trapezoid or diamond: a
// short line never hangs under a long one. Each segment between forced
// breaks is balanced on its own.
func (en *engine) balance() []brk {
	var out []brk
	from := 0
	n := len(en.atoms)
	for from < n {
		to := from
		for to < n-1 && !en.glue[to].forced {
			to++
		}
		out = en.balanceSegment(from, to, len(out), out)
		from = to + 1
	}
	return out
}

// Titles longer than this are set greedily (the balancing search grows with
// lines × break opportunities²).
const (
	maxBalanceLines  = 8
	maxBalanceBreaks = 400
)

// extraLine is the cost, in em², of setting a title in one line more than
// the fewest it needs: less than a word break (tierCost), so that one line
// more is taken to avoid one when the shape stays good.
const extraLine = 40

// balanceSegment balances atoms from..to (no forced break inside) as lines
// line, line+1, …: in as many lines as the greedy setting needs, or one more
// when that saves breaks inside words (GB/T 9704-2012 7.3.3: 词意完整 before
// 长短适宜).
func (en *engine) balanceSegment(from, to, line int, out []brk) []brk {
	greedy := en.breakLines(from, to, line, true, nil)
	nl := len(greedy)
	if nl < 2 {
		return append(out, greedy...)
	}
	for _, b := range greedy {
		if b.emergency {
			return append(out, greedy...)
		}
	}
	var cand []int
	for e := from; e < to; e++ {
		if en.legal(e, true) {
			cand = append(cand, e)
		}
	}
	if nl > maxBalanceLines || len(cand) > maxBalanceBreaks {
		return append(out, greedy...) // not a title: keep the cost bounded
	}
	ends, best := en.balanceLines(from, to, line, nl, cand)
	if nl < maxBalanceLines && len(cand) >= nl {
		em := en.atoms[from].size
		if more, c := en.balanceLines(from, to, line, nl+1, cand); c+extraLine*em*em < best {
			ends, best = more, c
		}
	}
	if math.IsInf(best, 1) {
		return append(out, greedy...)
	}
	s := from
	for i, e := range ends {
		out = append(out, brk{s: s, e: e, forced: i == len(ends)-1 && e < len(en.atoms)-1})
		s = e + 1
	}
	return out
}

// balanceLines finds the best nl ≥ 2 lines for atoms from..to, breaking only
// after atoms in cand (ascending): the least sum of each line's squared
// deviation from the mean length, the phrase cost of each break (breakCost)
// and the shape penalties (hangPenalty, waistPenalty). It returns the last
// atom of each line and the cost (+Inf when no setting fits).
func (en *engine) balanceLines(from, to, line, nl int, cand []int) ([]int, float64) {
	target := en.natural(from, to) / float64(nl)
	cost := func(s, e, i int) float64 {
		if en.tightest(s, e) > en.avail(line+i)+eps {
			return math.Inf(1)
		}
		d := en.natural(s, e) - target
		c := d * d
		if e < to {
			c += en.breakCost(e)
		}
		return c
	}
	m := len(cand)
	// f[k][j]: least cost of lines 0..k ending after atom cand[j].
	f := make([][]float64, nl-1)
	from2 := make([][]int, nl-1)
	for k := range f {
		f[k] = make([]float64, m)
		from2[k] = make([]int, m)
		for j := range f[k] {
			f[k][j] = math.Inf(1)
			from2[k][j] = -1
			if k == 0 {
				f[k][j] = cost(from, cand[j], 0)
				continue
			}
			for i := 0; i < j; i++ {
				if c := f[k-1][i] + cost(cand[i]+1, cand[j], k); c < f[k][j] {
					f[k][j], from2[k][j] = c, i
				}
			}
		}
	}
	em := en.atoms[from].size
	best, bj, bi := math.Inf(1), -1, -1
	k := nl - 2 // the line before the last
	for j := 0; j < m; j++ {
		lastCost := cost(cand[j]+1, to, nl-1)
		wLast := en.natural(cand[j]+1, to)
		if k == 0 {
			c := f[0][j] + lastCost + hangPenalty(en.natural(from, cand[j]), wLast, nl, em)
			if c < best {
				best, bj = c, j
			}
			continue
		}
		for i := 0; i < j; i++ {
			wPrev := en.natural(cand[i]+1, cand[j])
			c := f[k-1][i] + cost(cand[i]+1, cand[j], k) + lastCost + hangPenalty(wPrev, wLast, nl, em)
			// The line before wPrev: exact with three lines, the best
			// predecessor of cand[i] with more.
			wBefore := en.natural(from, cand[i])
			if k > 1 {
				h := from2[k-1][i]
				if h < 0 {
					continue // no setting of the lines before
				}
				wBefore = en.natural(cand[h]+1, cand[i])
			}
			c += waistPenalty(wBefore, wPrev, wLast, em)
			if c < best {
				best, bj, bi = c, j, i
			}
		}
	}
	if bj < 0 {
		return nil, math.Inf(1)
	}
	ends := make([]int, nl)
	ends[nl-1] = to
	ends[nl-2] = cand[bj]
	if k > 0 {
		ends[nl-3] = cand[bi]
		for kk, i := k-1, bi; kk > 0; kk-- {
			i = from2[kk][i]
			ends[kk-1] = cand[i]
		}
	}
	return ends, best
}

// waistPenalty: GB/T 9704-2012 7.3.1/7.3.3 (梯形或菱形, 排列对称) — the line
// before a title's last is not shorter than both its neighbours by more than
// an em (an hourglass is neither a trapezoid nor a diamond).
func waistPenalty(w0, w1, w2, em float64) float64 {
	d := min(w0, w2) - w1 - em
	if d <= 0 {
		return 0
	}
	return 10 * d * d
}

// hangPenalty: GB/T 9704-2012 7.3.1/7.3.3 — titles take a trapezoid (the
// upper line shorter) or a diamond; a short last line never hangs under a
// longer one by much. With two lines a last line more than 1 em shorter than
// the first costs; with more, a last line more than 2 em shorter than the one
// above.
func hangPenalty(wPrev, wLast float64, lines int, em float64) float64 {
	d := wPrev - wLast - em
	if lines > 2 {
		d -= em
	}
	if d <= 0 {
		return 0
	}
	return 10 * d * d
}
