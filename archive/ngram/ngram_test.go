package ngram

import (
	"reflect"
	"testing"
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
