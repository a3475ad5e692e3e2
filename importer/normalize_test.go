package importer

import "testing"

// TestTidySpaces: spaces next to full-width marks go, a run of them too
// (the text it returns is its own tidy form, so a re-import of an export
// reads the same), spaces between Latin words stay.
func TestTidySpaces(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"各单位 ：", "各单位："},
		{"0.A  （0", "0.A（0"},
		{"（一）  加强领导", "（一）加强领导"},
		{"第 3 条", "第 3 条"},
		{"COVID 19  疫情", "COVID 19 疫情"},
		{"  附件：1.某表  ", "附件：1.某表"},
		{"甲 。 乙", "甲。乙"},
	} {
		got := tidySpaces(c.in)
		if got != c.want {
			t.Errorf("tidySpaces(%q) = %q, want %q", c.in, got, c.want)
		}
		if again := tidySpaces(got); again != got {
			t.Errorf("tidySpaces is not idempotent on %q: %q, then %q", c.in, got, again)
		}
	}
}

// TestSqueezeSpacesIdempotent: a title or heading squeezed once does not
// change when squeezed again.
func TestSqueezeSpacesIdempotent(t *testing.T) {
	keep := func(l, r string) bool { return true }
	for _, in := range []string{"关于 印发 某某办法的通知", "2024 年  工作要点", "A  B （甲） 乙", "景德镇市 人民政府  关于 X"} {
		once := squeezeSpaces(in, keep)
		if twice := squeezeSpaces(once, keep); twice != once {
			t.Errorf("squeezeSpaces(%q) = %q, then %q", in, once, twice)
		}
	}
}
