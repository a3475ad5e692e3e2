package layout

import "testing"

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
