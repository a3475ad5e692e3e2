package gazette

import (
	"strings"
	"testing"
)

// TestValidateDocNumberAndDate: a 文号 not in its standard form and a
// 成文日期 after the issue's publication are warnings that say what is
// wrong and, where it is mechanical, what the value should be; a standard
// 文号 and an earlier date say nothing.
func TestValidateDocNumberAndDate(t *testing.T) {
	cases := []struct {
		docNumber, date string
		want            string // "" for no warning on these fields
	}{
		{"景府字〔2021〕3号", "2021-02-28", ""},
		{"国务院令第706号", "2021-02-28", ""},
		{"示政发（2021）3号", "2021-02-28", "示政发〔2021〕3号"},
		{"示政发〔2021〕3", "2021-02-28", "示政发〔2021〕3号"},
		{"ABC", "2021-02-28", "无法识别"},
		{"景府字〔2021〕3号", "2021-04-01", "晚于本期出版日期"},
	}
	for _, c := range cases {
		is := &Issue{Title: "某市人民政府公报", Year: 2021, Number: 3, Date: "2021-03-15",
			Sections: []Section{{Name: "市政府文件", Articles: []Article{{ID: "a", Kind: KindDocument,
				Title: "关于某事的通知", DocNumber: c.docNumber, Date: c.date}}}}}
		var got []string
		for _, p := range is.Validate() {
			if p.Field == "doc_number" || p.Field == "date" {
				if p.Severity != Warning {
					t.Errorf("%s %s: %q is not a warning", c.docNumber, c.date, p.Message)
				}
				got = append(got, p.Message)
			}
		}
		switch {
		case c.want == "" && len(got) > 0:
			t.Errorf("%s %s: unexpected %q", c.docNumber, c.date, got)
		case c.want != "" && !strings.Contains(strings.Join(got, "｜"), c.want):
			t.Errorf("%s %s: got %q, want a warning naming %q", c.docNumber, c.date, got, c.want)
		}
	}
}

// TestPresetRegistry: every preset of the registry is found by its name and
// its alias, gives settings that name it, and "" is the default 公报.
func TestPresetRegistry(t *testing.T) {
	for _, p := range Presets {
		for _, name := range []string{string(p.Name), p.Alias} {
			s, ok := Preset(name)
			if !ok || s.Preset != p.Name {
				t.Errorf("Preset(%q) = %q, %v; want %q", name, s.Preset, ok, p.Name)
			}
		}
	}
	if s, ok := Preset(""); !ok || s.Preset != PresetGazette {
		t.Errorf("Preset(\"\") = %q, %v", s.Preset, ok)
	}
	if _, ok := Preset("杂志"); ok {
		t.Error("an unknown preset was accepted")
	}
	if !OfficialSettings().Official() || DefaultSettings().Official() {
		t.Error("Official() does not tell the 公文 preset")
	}
}
