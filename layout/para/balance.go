package para

import "math"

// markTitleGroups: GB/T 9704-2012 7.3.1 (标题排列应当使用梯形或菱形, 回行时要做到词意完整)
// / typesetting.md §6 — a title never breaks inside a 书名号 pair 《…》 nor
// inside a document number (景府字〔2020〕30号: the issuer's short name, the
// year in 〔〕 and the number with 号). Numbers are kept whole by
// numberWithUnit and latinWord already.
func (en *engine) markTitleGroups() {
	open := -1
	for k := range en.atoms {
		switch en.atoms[k].r {
		case '《':
			if open < 0 {
				open = k
			}
		case '》':
			if open >= 0 {
				en.keepTogether(open, k)
				open = -1
			}
		}
	}
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

// balance sets a title: GB/T 9704-2012 7.3.1 / typesetting.md §6 — centred
// lines of near-equal length (as many as the greedy setting needs), in a
// trapezoid or diamond: a short line never hangs under a long one. Each
// segment between forced breaks is balanced on its own.
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
	target := en.natural(from, to) / float64(nl)
	cost := func(s, e, i int) float64 {
		if en.tightest(s, e) > en.avail(line+i)+eps {
			return math.Inf(1)
		}
		d := en.natural(s, e) - target
		return d * d
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
			c := f[k-1][i] + cost(cand[i]+1, cand[j], k) + lastCost + hangPenalty(en.natural(cand[i]+1, cand[j]), wLast, nl, em)
			if c < best {
				best, bj, bi = c, j, i
			}
		}
	}
	if math.IsInf(best, 1) {
		return append(out, greedy...)
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
	s := from
	for i, e := range ends {
		out = append(out, brk{s: s, e: e, forced: i == nl-1 && e < len(en.atoms)-1})
		s = e + 1
	}
	return out
}

// hangPenalty: GB/T 9704-2012 7.3.1 — titles take a trapezoid (the upper line
// shorter) or a diamond; a short last line never hangs under a longer one.
// With two lines any last line shorter than the first costs; with more, a
// last line more than 2 em shorter than the one above.
func hangPenalty(wPrev, wLast float64, lines int, em float64) float64 {
	d := wPrev - wLast
	if lines > 2 {
		d -= 2 * em
	}
	if d <= 0 {
		return 0
	}
	return 10 * d * d
}
