package gazette

import "testing"

func TestNextNumbering(t *testing.T) {
	for _, c := range []struct {
		name  string
		freq  string
		taken []Numbering
		want  Numbering
	}{
		{"none", "月刊", nil, Numbering{2026, 1, 1}},
		{"after latest", "月刊", []Numbering{{2020, 8, 20}, {2020, 7, 19}}, Numbering{2020, 9, 21}},
		{"year end", "月刊", []Numbering{{2020, 12, 24}}, Numbering{2021, 1, 25}},
		{"total above highest", "月刊", []Numbering{{2020, 8, 20}, {2019, 3, 40}}, Numbering{2020, 9, 41}},
		{"unknown frequency", "不定期", []Numbering{{2020, 30, 30}}, Numbering{2020, 31, 31}},
		{"季刊", "季刊", []Numbering{{2020, 4, 8}}, Numbering{2021, 1, 9}},
	} {
		if got := NextNumbering(c.freq, c.taken, 2026); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestNormalizeKey(t *testing.T) {
	for _, c := range [][2]string{
		{"景府字〔2020〕30号", "景府字［2020］30号"},
		{"景府字〔2020〕30号", "景府字 (2020) 30号"},
		{"关于印发 通知", "关于印发　通知"},
	} {
		if NormalizeKey(c[0]) != NormalizeKey(c[1]) {
			t.Errorf("%q and %q differ: %q / %q", c[0], c[1], NormalizeKey(c[0]), NormalizeKey(c[1]))
		}
	}
	if NormalizeKey("景府字〔2020〕30号") == NormalizeKey("景府字〔2020〕31号") {
		t.Error("two numbers read as one")
	}
}
