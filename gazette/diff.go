package gazette

import "strings"

// DiffKind says whether a part of a comparison is in both texts, only in
// the new one or only in the old one.
type DiffKind int

// The kinds of diff part.
const (
	DiffSame DiffKind = iota
	DiffAdded
	DiffRemoved
)

// DiffPart is a run of text of one kind.
type DiffPart struct {
	Kind DiffKind
	Text string
}

// maxCharDiff bounds the characters compared one by one in a changed
// paragraph (the comparison takes their product in time and memory);
// longer changes show the old paragraph removed and the new one added.
const maxCharDiff = 2000

// DiffText compares two versions of a text paragraph by paragraph (lines
// split at "\n"): paragraphs only in the old are removed, only in the new
// added, and a paragraph changed in place is compared character by
// character. Joining the parts that are not removed gives new; those not
// added give old.
func DiffText(old, new string) []DiffPart {
	a, b := strings.Split(old, "\n"), strings.Split(new, "\n")
	var out []DiffPart
	add := func(k DiffKind, s string) {
		if s == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Kind == k {
			out[n-1].Text += s
			return
		}
		out = append(out, DiffPart{k, s})
	}
	ops := lcs(len(a), len(b), func(i, j int) bool { return a[i] == b[j] })
	i, j := 0, 0
	nl := func(k DiffKind, idx, n int) {
		if idx < n-1 {
			add(k, "\n")
		}
	}
	for _, op := range ops {
		// the unmatched paragraphs before this match
		for i < op[0] && j < op[1] { // changed in place: by character
			for _, p := range diffRunes(a[i], b[j]) {
				add(p.Kind, p.Text)
			}
			nl(DiffRemoved, i, len(a))
			nl(DiffAdded, j, len(b))
			i, j = i+1, j+1
		}
		for ; i < op[0]; i++ {
			add(DiffRemoved, a[i])
			nl(DiffRemoved, i, len(a))
		}
		for ; j < op[1]; j++ {
			add(DiffAdded, b[j])
			nl(DiffAdded, j, len(b))
		}
		if op[0] < len(a) {
			add(DiffSame, a[i])
			if i < len(a)-1 && j < len(b)-1 {
				add(DiffSame, "\n")
			} else {
				nl(DiffRemoved, i, len(a))
				nl(DiffAdded, j, len(b))
			}
			i, j = i+1, j+1
		}
	}
	return out
}

// diffRunes compares two paragraphs character by character.
func diffRunes(x, y string) []DiffPart {
	a, b := []rune(x), []rune(y)
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var out []DiffPart
	push := func(k DiffKind, rs []rune) {
		if len(rs) == 0 {
			return
		}
		if n := len(out); n > 0 && out[n-1].Kind == k {
			out[n-1].Text += string(rs)
			return
		}
		out = append(out, DiffPart{k, string(rs)})
	}
	push(DiffSame, a[:pre])
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if len(ma)*len(mb) > maxCharDiff*maxCharDiff/4 {
		push(DiffRemoved, ma)
		push(DiffAdded, mb)
	} else if ops := lcs(len(ma), len(mb), func(i, j int) bool { return ma[i] == mb[j] }); 3*(len(ops)-1) < max(len(ma), len(mb)) {
		// Little in common: a rewrite reads better as old out, new in than
		// as characters picked out of both.
		push(DiffRemoved, ma)
		push(DiffAdded, mb)
	} else {
		i, j := 0, 0
		for _, op := range ops {
			push(DiffRemoved, ma[i:op[0]])
			push(DiffAdded, mb[j:op[1]])
			if op[0] < len(ma) {
				push(DiffSame, ma[op[0]:op[0]+1])
			}
			i, j = op[0]+1, op[1]+1
		}
	}
	push(DiffSame, a[len(a)-suf:])
	return out
}

// lcs returns the pairs (i, j) of a longest common subsequence of two
// sequences of lengths n and m, in order, ending with the pair (n, m).
func lcs(n, m int, eq func(i, j int) bool) [][2]int {
	t := make([][]int32, n+1)
	for i := range t {
		t[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case eq(i, j):
				t[i][j] = t[i+1][j+1] + 1
			case t[i+1][j] >= t[i][j+1]:
				t[i][j] = t[i+1][j]
			default:
				t[i][j] = t[i][j+1]
			}
		}
	}
	var out [][2]int
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case eq(i, j):
			out = append(out, [2]int{i, j})
			i, j = i+1, j+1
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return append(out, [2]int{n, m})
}
