package para

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The rules as docs/typesetting.md §1 lists them, written out independently of
// class.go so that the engine is checked against the document.
const (
	neverAtStart = "、，。．：；！？,.;:?!”’）》〉】〗〕］｝」』)]}～-–·・‧/／"
	neverAtEnd   = "“‘（《〈【〖〔［｛「『([{/／"
)

func invisible(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00A0' || r == '\u200B' || r < 0x20
}

func latinAlnum(r rune) bool {
	return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// checkInvariants checks what must hold for any input: every rune appears
// exactly once and in order, with its source offset; no line is wider than
// the measure; no line boundary breaks a rule unless the line is reported as
// an emergency break.
func checkInvariants(t *testing.T, spans []Span, opt Options, lines []Line) {
	t.Helper()
	var want []rune
	var wantSrc []int
	for _, sp := range spans {
		i := 0
		for _, r := range sp.Text {
			want = append(want, r)
			wantSrc = append(wantSrc, sp.Src+i)
			i++
		}
	}
	var got []rune
	for li, l := range lines {
		for _, g := range l.Glyphs {
			if g.Text == "" {
				t.Fatalf("line %d: glyph without text", li+1)
			}
			if len(got) < len(wantSrc) && g.Src != wantSrc[len(got)] {
				t.Fatalf("line %d: glyph %q has Src %d, want %d", li+1, g.Text, g.Src, wantSrc[len(got)])
			}
			got = append(got, []rune(g.Text)...)
		}
		if l.Width > opt.Measure+0.01 {
			t.Errorf("line %d %q: width %.3f > measure %.3f", li+1, l.Text(), l.Width, opt.Measure)
		}
	}
	if string(got) != string(want) {
		t.Fatalf("runes out of order or lost:\n got %q\nwant %q", string(got), string(want))
	}
	for li := 0; li+1 < len(lines); li++ {
		if lines[li].Emergency {
			continue
		}
		if v := ruleBroken(lines[li].Text(), lines[li+1].Text()); v != "" {
			t.Errorf("between lines %d and %d (%q | %q): %s", li+1, li+2, lines[li].Text(), lines[li+1].Text(), v)
		}
	}
}

// ruleBroken returns which rule a break between line a and line b breaks, or "".
func ruleBroken(a, b string) string {
	if strings.ContainsAny(a, "\n\u2028\u2029\u0085") {
		return "" // a forced break
	}
	gap := false
	var x rune
	for s := a; s != ""; {
		r, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
		if invisible(r) || unicode.In(r, unicode.Mn) {
			gap = gap || invisible(r)
			continue
		}
		x = r
		break
	}
	var y rune
	for _, r := range b {
		if !invisible(r) {
			y = r
			break
		}
		gap = true
	}
	switch {
	case x == 0 || y == 0:
		return ""
	case strings.ContainsRune(neverAtStart, y):
		return "line starts with " + string(y)
	case strings.ContainsRune(neverAtEnd, x):
		return "line ends with " + string(x)
	case x == '—' && y == '—', x == '…' && y == '…':
		return "split " + string(x) + string(y)
	case unicode.IsDigit(x) && x < 0x80 && unicode.Is(unicode.Han, y):
		return "number split from its unit"
	case !gap && latinAlnum(x) && latinAlnum(y):
		return "Latin word split"
	}
	return ""
}

// TestRuleBroken checks the checker: each rule of docs/typesetting.md §1 is caught.
func TestRuleBroken(t *testing.T) {
	tests := []struct {
		a, b string
		bad  bool
	}{
		{"一二", "三四", false},
		{"一二", "，三", true},
		{"一二", "”三", true},
		{"一“", "二", true},
		{"一(", "二", true},
		{"一二", ")三", true},
		{"一—", "—二", true},
		{"一…", "…二", true},
		{"共2020", "年", true},
		{"abc", "def", true},
		{"abc ", "def", false},
		{"一二\n", "，三", false},
		{"一/", "二", true},
		{"一", "/二", true},
		{"一二三", "（四）", false},
	}
	for _, tt := range tests {
		if got := ruleBroken(tt.a, tt.b) != ""; got != tt.bad {
			t.Errorf("ruleBroken(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.bad)
		}
	}
}
