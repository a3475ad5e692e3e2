package layout

import (
	"strings"
	"testing"

	"gazette/gazette"
)

// TestIssuerLine checks the issuer line above a title (house style: Song
// Bold 16 under an 18 pt title): set apart when the title's lines give the
// issuer alone and then 关于…, at the title's size in the 公文 preset, and
// not at all for other line breaks.
func TestIssuerLine(t *testing.T) {
	official := gazette.OfficialSettings()
	tests := []struct {
		name     string
		lines    []string
		settings gazette.Settings
		want     map[string]float64 // line text → size
	}{
		{"公报", []string{"某某市人民政府", "关于授予某某同志荣誉称号的决定"}, gazette.DefaultSettings(),
			map[string]float64{"某某市人民政府": 16, "关于授予某某同志荣誉称号的决定": 18}},
		{"公文", []string{"某某市人民政府", "关于授予某某同志荣誉称号的决定"}, official,
			map[string]float64{"某某市人民政府": 22, "关于授予某某同志荣誉称号的决定": 22}},
		{"a break elsewhere", []string{"某某市人民政府关于授予", "某某同志荣誉称号的决定"}, gazette.DefaultSettings(),
			map[string]float64{"某某市人民政府关于授予": 18, "某某同志荣誉称号的决定": 18}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			is := testIssue()
			a := &is.Sections[0].Articles[0]
			a.TitleLines = tc.lines
			a.Title = strings.Join(tc.lines, "")
			s := tc.settings
			d, err := Lay(is, Options{Settings: &s})
			if err != nil {
				t.Fatal(err)
			}
			// On the page of the title (its last line's page), the first
			// run of each line's text.
			got := map[string]float64{}
			var ys []float64
			last := tc.lines[len(tc.lines)-1]
			for _, p := range d.Pages {
				texts := make([]string, len(p.Runs))
				on := false
				for i, r := range p.Runs {
					var b strings.Builder
					for _, g := range r.Glyphs {
						b.WriteString(g.Text)
					}
					texts[i] = b.String()
					on = on || texts[i] == last
				}
				if !on {
					continue
				}
				for i, r := range p.Runs {
					if _, ok := tc.want[texts[i]]; ok && got[texts[i]] == 0 {
						got[texts[i]] = r.Size
						ys = append(ys, r.Y)
					}
				}
				break
			}
			for text, size := range tc.want {
				if got[text] != size {
					t.Errorf("%q set at %v pt, want %v", text, got[text], size)
				}
			}
			if len(ys) == 2 && ys[0] >= ys[1] {
				t.Errorf("the lines stand at y %v, the first not above", ys)
			}
		})
	}
}

// TestIssuerLineFirst checks which first lines of a title are its issuer line.
func TestIssuerLineFirst(t *testing.T) {
	tests := []struct {
		lines []string
		want  bool
	}{
		{[]string{"某某市人民政府", "关于授予某某同志荣誉称号的决定"}, true},
		{[]string{"某某市发展和改革委员会等8部门", "关于转发有关文件的通知"}, true},
		{[]string{"某某市人民政府关于授予", "某某同志荣誉称号的决定"}, false},
		{[]string{"某某市人民政府"}, false},
		{[]string{"关于某事", "关于另一事"}, false},
		{nil, false},
	}
	for _, tc := range tests {
		if got := issuerLineFirst(tc.lines); got != tc.want {
			t.Errorf("issuerLineFirst(%q) = %v, want %v", tc.lines, got, tc.want)
		}
	}
}

// TestIssuerSizeDefault checks that an issue saved before IssuerSize existed
// (0 in the 公报 preset) gets the preset's 16 pt, and the 公文 preset none.
func TestIssuerSizeDefault(t *testing.T) {
	old := gazette.DefaultSettings()
	old.IssuerSize = 0
	if got := normalised(&old).IssuerSize; got != 16 {
		t.Errorf("公报 issue without an issuer size: %v, want 16", got)
	}
	off := gazette.OfficialSettings()
	if got := normalised(&off).IssuerSize; got != 0 {
		t.Errorf("公文 preset: issuer size %v, want 0", got)
	}
}
