package gazette

import "testing"

func TestNextNumbering(t *testing.T) {
	for _, c := range []struct {
		name  string
		freq  string
		taken []Numbering
		want  Numbering
	}{
		{"none", "月刊", nil, Numbering{Year: 2026, Number: 1, Total: 1}},
		{"after latest", "月刊", []Numbering{{Year: 2020, Number: 8, Total: 20}, {Year: 2020, Number: 7, Total: 19}}, Numbering{Year: 2020, Number: 9, Total: 21}},
		{"year end", "月刊", []Numbering{{Year: 2020, Number: 12, Total: 24}}, Numbering{Year: 2021, Number: 1, Total: 25}},
		{"total above highest", "月刊", []Numbering{{Year: 2020, Number: 8, Total: 20}, {Year: 2019, Number: 3, Total: 40}}, Numbering{Year: 2020, Number: 9, Total: 41}},
		{"unknown frequency", "不定期", []Numbering{{Year: 2020, Number: 30, Total: 30}}, Numbering{Year: 2020, Number: 31, Total: 31}},
		{"号 series", "月刊", []Numbering{{Year: 2023, Number: 3, Total: 146, Unit: UnitHao}}, Numbering{Year: 2023, Number: 4, Total: 147, Unit: UnitHao}},
		{"季刊", "季刊", []Numbering{{Year: 2020, Number: 4, Total: 8}}, Numbering{Year: 2021, Number: 1, Total: 9}},
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
