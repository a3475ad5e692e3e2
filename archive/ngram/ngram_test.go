package ngram

import (
	"reflect"
	"testing"
	"unicode"

	"golang.org/x/text/width"
)

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"景府字〔2019〕12号", "景府字〔2019〕12号"},
		{"景府字[2019]12号", "景府字〔2019〕12号"},
		{"景府字［２０１９］１２号", "景府字〔2019〕12号"},
		{"景府字【2019】12号", "景府字〔2019〕12号"},
		{"（试行）", "(试行)"},
		{"(试行)", "(试行)"},
		{"GDP 增长\n3.2%", "gdp增长3.2%"},
		{"ＡＢＣ", "abc"},
	} {
		if got := FoldString(c.in); got != c.want {
			t.Errorf("FoldString(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFoldPositions(t *testing.T) {
	f, from := Fold("甲 乙\n丙")
	if string(f) != "甲乙丙" || !reflect.DeepEqual(from, []int{0, 2, 4}) {
		t.Fatalf("Fold = %q %v", string(f), from)
	}
}

func TestBigrams(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"甲", nil},
		{"人民政府", []string{"人民", "民政", "政府"}},
		{"人民 人民", []string{"人民", "民人"}},
		{"关于印发", []string{"关于", "于印", "印发"}},
	} {
		if got := Bigrams(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Bigrams(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFoldFastPaths: the fast paths fold as the general rule does.
func TestFoldFastPaths(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if (r >= 0x4E00 && r <= 0x9FFF) || r < 0x80 {
			want := r
			if unicode.IsSpace(r) {
				want = -1
			} else if p := width.LookupRune(r); p.Kind() == width.EastAsianFullwidth && p.Narrow() != 0 {
				want = p.Narrow()
			}
			switch want {
			case '[':
				want = '〔'
			case ']':
				want = '〕'
			}
			if want >= 0 {
				want = unicode.ToLower(want)
			}
			if got := foldRune(r); got != want {
				t.Errorf("foldRune(%U) = %U, want %U", r, got, want)
			}
		}
	}
}
