package layout

import (
	"strings"
	"testing"
)

// TestColophonLabelSpacing: a two-character label is set over four
// characters' width, any other as printed.
func TestColophonLabelSpacing(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"地址", "地　　址"}, {"电话", "电　　话"}, {"主管", "主　　管"},
		{"主管主办", "主管主办"}, {"印刷单位", "印刷单位"}, {"网", "网"},
	} {
		if got := colophonLabel(c.in); got != c.want {
			t.Errorf("colophonLabel(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestColophonPrintsSourceLabels: the colophon prints a field with the
// label its source printed (电话, not 联系电话), and a labelled further line
// (主办：…) in the table with the fields.
func TestColophonPrintsSourceLabels(t *testing.T) {
	is := testIssue()
	is.Colophon.SetLabel("phone", "电话")
	is.Colophon.Lines = "主办：某某市人民政府办公室\n内部资料　免费赠阅"
	d, err := Lay(is, Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := pageText(d.Pages[1])
	for _, want := range []string{"电　　话：", "(0000) 1234567", "主　　办：", "某某市人民政府办公室", "内部资料　免费赠阅", "主管主办："} {
		if !strings.Contains(text, want) {
			t.Errorf("the colophon lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "联系电话") {
		t.Errorf("the colophon relabels 电话 as 联系电话:\n%s", text)
	}
}
