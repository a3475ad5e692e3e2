package gazette

import (
	"strings"
	"testing"
)

// TestCheckDocNumber: each departure from 机关代字〔年份〕序号号 is named with
// its rule and the corrected number.
func TestCheckDocNumber(t *testing.T) {
	tests := []struct {
		in, rule, fix string
	}{
		{"景府字〔2020〕30号", "", ""},
		{"第707号", "", ""},
		{"中华人民共和国国务院令第707号", "", ""},
		{"景府字[2020]30号", "docnumber-brackets", "景府字〔2020〕30号"},
		{"景府字［2020］30号", "docnumber-brackets", "景府字〔2020〕30号"},
		{"景府字（2020）30号", "docnumber-brackets", "景府字〔2020〕30号"},
		{"景府字【2020】30号", "docnumber-brackets", "景府字〔2020〕30号"},
		{"ABC[2021]3", "docnumber-brackets", "ABC〔2021〕3号"},
		{"景府字〔2020〕30", "docnumber-hao", "景府字〔2020〕30号"},
		{"景府字〔2020〕第30号", "docnumber-di", "景府字〔2020〕30号"},
		{"景府字〔2020〕030号", "docnumber-zero", "景府字〔2020〕30号"},
		{"景府字 〔2020〕30号", "docnumber-space", "景府字〔2020〕30号"},
		{"第707", "docnumber-hao", "第707号"},
		{"〔2020〕30号", "docnumber-agency", ""},
		{"无文号", "docnumber-form", ""},
	}
	for _, tt := range tests {
		ps := CheckDocNumber(tt.in)
		if tt.rule == "" {
			if len(ps) != 0 {
				t.Errorf("%s: %v, want no problem", tt.in, ps)
			}
			if _, ok := ParseDocNumber(tt.in); !ok {
				t.Errorf("ParseDocNumber(%s) not ok", tt.in)
			}
			continue
		}
		found := false
		for _, p := range ps {
			if p.Rule == tt.rule {
				found = true
				if p.Fix != tt.fix {
					t.Errorf("%s: fix %q, want %q", tt.in, p.Fix, tt.fix)
				}
			}
		}
		if !found {
			t.Errorf("%s: %v, want rule %s", tt.in, ps, tt.rule)
		}
	}
}

// TestDocNumbersIn: a 文号 cited in prose is found with its problems; a
// bracketed year without 号 is not a 文号.
func TestDocNumbersIn(t *testing.T) {
	ms := DocNumbersIn("你局报来《关于调整的请示》（景司字[2020]15号）收悉，规划（2018—2035年）已批准。")
	if len(ms) != 1 || ms[0].Text != "景司字[2020]15号" || len(ms[0].Problems) != 1 || ms[0].Problems[0].Fix != "景司字〔2020〕15号" {
		t.Fatalf("DocNumbersIn: %+v", ms)
	}
}

// TestDatesIn: real dates, week days, dates in 汉字.
func TestDatesIn(t *testing.T) {
	tests := []struct {
		in   string
		date string
		rule string
		fix  string
	}{
		{"2020年7月12日（星期日）上午", "2020-07-12", "", ""},
		{"2020年7月12日（星期一）上午", "2020-07-12", "date-weekday", "2020年7月12日（星期日）"},
		{"2020年7月12日(周六)", "2020-07-12", "date-weekday", "2020年7月12日(周日)"},
		{"2020年2月30日", "2020-02-30", "date-real", ""},
		{"2019年2月29日", "2019-02-29", "date-real", ""},
		{"二〇〇六年十二月三十日", "2006-12-30", "", ""},
		{"一九九六年二月五日", "1996-02-05", "", ""},
		{"二○○四年六月二十六日", "2004-06-26", "", ""},
		{"已经 2020 年 7 月 17 日市政府第 66 次常务会议", "2020-07-17", "", ""},
		{"2020 年 2 月 30 日", "2020-02-30", "date-real", ""},
	}
	for _, tt := range tests {
		ms := DatesIn(tt.in)
		if len(ms) != 1 || ms[0].Date() != tt.date {
			t.Errorf("%s: %+v, want %s", tt.in, ms, tt.date)
			continue
		}
		var rules []string
		for _, p := range ms[0].Problems {
			rules = append(rules, p.Rule)
			if p.Rule == tt.rule && p.Fix != tt.fix {
				t.Errorf("%s: fix %q, want %q", tt.in, p.Fix, tt.fix)
			}
		}
		if strings.Join(rules, ",") != tt.rule {
			t.Errorf("%s: rules %v, want %q", tt.in, rules, tt.rule)
		}
	}
}

// TestCheckDateField: the 成文日期 field is a real date not after the issue.
func TestCheckDateField(t *testing.T) {
	tests := []struct {
		date, issueDate string
		year            int
		rule            string
	}{
		{"2020-07-21", "2020-08-31", 2020, ""},
		{"2020-09-01", "2020-08-31", 2020, "date-after-issue"},
		{"2021-01-05", "", 2020, "date-after-issue"},
		{"2020-12-31", "", 2020, ""},
		{"2020-02-30", "", 2020, "date-real"},
		{"", "", 2020, ""},
	}
	for _, tt := range tests {
		var rules []string
		for _, p := range CheckDateField(tt.date, tt.year, tt.issueDate) {
			rules = append(rules, p.Rule)
		}
		if strings.Join(rules, ",") != tt.rule {
			t.Errorf("%s (issue %s, %d): %v, want %q", tt.date, tt.issueDate, tt.year, rules, tt.rule)
		}
	}
}
