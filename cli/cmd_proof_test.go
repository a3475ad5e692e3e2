package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"gazette/proof"
	"gazette/store"
)

// TestProofCommand: proof lists the findings of a stored issue (text and
// JSON), check counts its errors, a 文号 already printed in an earlier issue
// is found, and a finding suppressed with the editor's name stays away from
// the next runs.
func TestProofCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "gazette.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	early := testIssue("甲市人民政府公报", 2020, 7, 19)
	is := testIssue("甲市人民政府公报", 2020, 8, 20)
	is.Sections[0].Articles[0].DocNumber = "某府字[2020]2号"
	is.AddArticle("市政府文件", testIssue("", 2020, 8, 20).Sections[0].Articles[0]) // 某府字〔2020〕1号, printed in 2020-7
	if err := st.SaveMany(early, is); err != nil {
		t.Fatal(err)
	}
	st.Close()

	code, out, errs := runCaptured(t, "proof", "--db", db, "--issue", "2020-8", "--format", "json")
	var fs []proof.Finding
	if err := json.Unmarshal([]byte(out), &fs); err != nil || code != 1 {
		t.Fatalf("proof --format json: exit %d, %v, stdout %q, stderr %q", code, err, out, errs)
	}
	rules := map[string]proof.Finding{}
	for _, f := range fs {
		rules[f.Rule] = f
		if f.Level == "" || f.Article == "" || f.Excerpt == "" || f.Cite == "" || f.Key == "" {
			t.Errorf("finding lacks a field: %+v", f)
		}
	}
	br, ok := rules["docnumber-brackets"]
	if !ok || br.Fix == nil || br.Fix.New != "某府字〔2020〕2号" {
		t.Errorf("no bracket finding with its fix: %+v", fs)
	}
	if _, ok := rules["docnumber-published"]; !ok {
		t.Errorf("the 文号 printed in 2020-7 was not found: %+v", fs)
	}
	code, out, _ = runCaptured(t, "check", "--db", db, "--issue", "2020-8")
	if code != 1 || !strings.Contains(out, "校对 错误 [docnumber-brackets]") {
		t.Errorf("check: exit %d, stdout %q; want the proofreading error", code, out)
	}
	for _, f := range fs {
		code, _, errs = runCaptured(t, "proof", "--db", db, "--issue", "2020-8", "--suppress", f.Key, "--by", "张三", "--note", "原文如此")
		if code != 0 {
			t.Fatalf("--suppress %s: exit %d, stderr %q", f.Key, code, errs)
		}
	}
	code, out, _ = runCaptured(t, "proof", "--db", db, "--issue", "2020-8")
	if code != 0 || !strings.Contains(out, "0 个错误") || !strings.Contains(out, "已标为无误") {
		t.Errorf("after suppressing: exit %d, stdout %q", code, out)
	}
	st, err = store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	sps, err := st.Suppressions(is.ID)
	st.Close()
	if err != nil || len(sps) != len(fs) || sps[0].User != "张三" || sps[0].Note != "原文如此" {
		t.Errorf("suppressions %+v, %v", sps, err)
	}
	code, _, errs = runCaptured(t, "proof", "--db", db, "--issue", "2020-8", "--suppress", "ffffffffffff")
	if code != 2 || !strings.Contains(errs, "没有这个 key") {
		t.Errorf("unknown key: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runCaptured(t, "proof", "--demo", "--format", "xml")
	if code != 2 || errs == "" {
		t.Errorf("--format xml: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runCaptured(t, "proof", "--db", db, "--issue", "2020-8", "--by", "张三")
	if code != 2 || !strings.Contains(errs, "--suppress") {
		t.Errorf("--by without --suppress: exit %d, stderr %q", code, errs)
	}
}
