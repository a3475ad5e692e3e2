package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"gazette/gazette"
	"gazette/store"
)

// TestNumberUnitCommands: issues and search print a 号 issue as
// 2023年第3号（总第146号）, a 期 issue as before.
func TestNumberUnitCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "gazette.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	hao := testIssue("乙市人大常委会公报", 2023, 3, 146)
	hao.Unit = gazette.UnitHao
	qi := testIssue("甲市人民政府公报", 2020, 8, 20)
	if err := st.SaveMany(hao, qi); err != nil {
		t.Fatal(err)
	}
	st.Close()
	tests := []struct {
		args      []string
		want, not []string
	}{
		{[]string{"issues"}, []string{"\t2023年第3号\t总第146号\t", "\t2020年第8期\t总第20期\t"}, []string{"第3期", "总第146期", "第8号"}},
		{[]string{"search", "关于某事项的通知"}, []string{"2023年第3号（总第146号）《乙市人大常委会公报》", "2020年第8期（总第20期）《甲市人民政府公报》"}, []string{"第3期"}},
	}
	for _, tt := range tests {
		code, out, errs := runCaptured(t, append(tt.args, "--db", db)...)
		if code != 0 {
			t.Fatalf("%q: exit %d, %s", tt.args, code, errs)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%q: stdout lacks %q:\n%s", tt.args, w, out)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(out, w) {
				t.Errorf("%q: stdout has %q:\n%s", tt.args, w, out)
			}
		}
	}
}
