package gazette

import (
	"strings"
	"testing"
)

// sides rebuilds the old and the new text from a diff.
func sides(ps []DiffPart) (old, new string) {
	var a, b strings.Builder
	for _, p := range ps {
		if p.Kind != DiffAdded {
			a.WriteString(p.Text)
		}
		if p.Kind != DiffRemoved {
			b.WriteString(p.Text)
		}
	}
	return a.String(), b.String()
}

func TestDiffText(t *testing.T) {
	for _, c := range []struct{ old, new, added, removed string }{
		{"甲段。\n乙段。\n丙段。", "甲段。\n乙段改过。\n丙段。", "改过", ""},
		{"甲段。\n乙段。", "甲段。\n新段。\n乙段。", "新段。", ""},
		{"甲段。\n乙段。\n丙段。", "甲段。\n丙段。", "", "乙段。"},
		{"一二三四五", "一二四五六", "六", "三"},
		{"", "新的", "新的", ""},
		{"同样", "同样", "", ""},
	} {
		ps := DiffText(c.old, c.new)
		o, n := sides(ps)
		if o != c.old || n != c.new {
			t.Errorf("%q → %q: sides %q / %q", c.old, c.new, o, n)
		}
		var add, rem string
		for _, p := range ps {
			switch p.Kind {
			case DiffAdded:
				add += p.Text
			case DiffRemoved:
				rem += p.Text
			}
		}
		if strings.Trim(add, "\n") != c.added || strings.Trim(rem, "\n") != c.removed {
			t.Errorf("%q → %q: added %q removed %q, want %q %q", c.old, c.new, add, rem, c.added, c.removed)
		}
	}
}

// TestDiffTextSides: for many pairs of texts made of a few paragraphs, the
// diff gives back both texts exactly.
func TestDiffTextSides(t *testing.T) {
	paras := []string{"甲", "乙乙", "丙丙丙", "", "甲乙", "丁"}
	texts := []string{}
	for i := 0; i < len(paras); i++ {
		for j := 0; j < len(paras); j++ {
			texts = append(texts, paras[i], paras[i]+"\n"+paras[j], paras[j]+"\n"+paras[i]+"\n"+paras[(i+j)%len(paras)])
		}
	}
	for _, a := range texts {
		for _, b := range texts {
			if o, n := sides(DiffText(a, b)); o != a || n != b {
				t.Fatalf("%q → %q: sides %q / %q", a, b, o, n)
			}
		}
	}
}

// TestDiffRewriteIsWhole: a paragraph rewritten with little in common is
// shown removed and added whole, not as scattered characters.
func TestDiffRewriteIsWhole(t *testing.T) {
	ps := DiffText("经市政府研究，现批复如下：同意你局的请示。", "改过的段落")
	if len(ps) != 2 || ps[0].Kind != DiffRemoved || ps[1].Kind != DiffAdded || ps[1].Text != "改过的段落" {
		t.Errorf("%+v", ps)
	}
}
