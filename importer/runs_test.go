package importer

import (
	"strings"
	"testing"
)

// TestRunsMaskedStars: the stars of a masked number or name are text, a
// pair of ** around text is bold; parseRuns and plainOf agree.
func TestRunsMaskedStars(t *testing.T) {
	for _, c := range []struct{ in, plain, bold string }{
		{"身份证号3602**********1234，手机138****5678。", "身份证号3602**********1234，手机138****5678。", ""},
		{"获奖人：张**、李**。", "获奖人：张**、李**。", ""},
		{"张**，男，1980年生", "张**，男，1980年生", ""},
		{"**（一）总体要求。**正文", "（一）总体要求。正文", "（一）总体要求。"},
		{"请各单位**务必**按时报送", "请各单位务必按时报送", "务必"},
		{"a ** b ** c", "a ** b ** c", ""},
		{"****", "****", ""},
		{"x**y", "x**y", ""},
	} {
		runs := parseRuns(c.in)
		var text, bold strings.Builder
		for _, r := range runs {
			text.WriteString(r.Text)
			if r.Bold {
				bold.WriteString(r.Text)
			}
		}
		if text.String() != c.plain || bold.String() != c.bold {
			t.Errorf("parseRuns(%q): text %q bold %q, want %q and %q", c.in, text.String(), bold.String(), c.plain, c.bold)
		}
		if got := plainOf(c.in); got != c.plain {
			t.Errorf("plainOf(%q) = %q, want %q", c.in, got, c.plain)
		}
	}
}

// TestBoldCutByBreak: a bold span a line break cut in two (text out of a
// PDF) is read across the break, not left as stars.
func TestBoldCutByBreak(t *testing.T) {
	a, _, err := ParseDocument("cut.txt", "关于甲的通知\n各单位：\n为做好工作，现通知如下。\n**一是加快\n组织落实。**各地要抓紧。")
	if err != nil {
		t.Fatal(err)
	}
	var bold []string
	for _, b := range a.Blocks {
		for _, r := range b.Runs {
			if strings.Contains(r.Text, "*") {
				t.Errorf("stars left in %q", r.Text)
			}
			if r.Bold || r.LeadIn != 0 {
				bold = append(bold, r.Text)
			}
		}
	}
	if strings.Join(bold, "|") != "一是加快组织落实。" {
		t.Errorf("bold runs %q, want [一是加快组织落实。]", bold)
	}
}
