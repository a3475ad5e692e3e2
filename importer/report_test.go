package importer

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestReport: the report lists the documents found with their heads, the
// removals with lines and reasons, the 目录 entries no document matched,
// and the weak guesses; it reads back from its JSON.
func TestReport(t *testing.T) {
	text := "# 某县人民政府公报\n\n2022年第5期\n\n目 录\n\n县政府文件\t某县人民政府关于做好防汛工作的通知（某府发〔2022〕3号）……（1）\n\n\t某县人民政府关于不存在的文件的通知（某府发〔2022〕9号）……（2）\n\n## 某县人民政府关于做好防汛工作的通知\n\n— 1 —\n\n某府发〔2022〕3号 2022年5月1日\n\n各乡镇人民政府：\n\n正文。\n\n（此件主动公开）\n\n## 某县人民政府关于目录没有列出的通知\n\n某府发〔2022〕5号 2022年5月3日\n\n各乡镇人民政府：\n\n正文。\n\n（此件主动公开）\n"
	is, rep, err := ParseIssueReport("r.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Documents) != 2 || rep.Documents[0].Title != "某县人民政府关于做好防汛工作的通知" || rep.Documents[0].DocNumber != "某府发〔2022〕3号" ||
		rep.Documents[0].Section != "县政府文件" || rep.Documents[0].Date != "2022-05-01" || rep.Documents[0].Line != 11 {
		t.Errorf("documents = %+v", rep.Documents)
	}
	if is.Sections[0].Articles[0].Title != "某县人民政府关于做好防汛工作的通知" || is.Sections[0].Articles[0].DocNumber != "某府发〔2022〕3号" {
		t.Errorf("a folio between the title and its 文号 line broke the head: %+v", is.Sections[0].Articles[0])
	}
	if len(rep.Unmatched) != 1 || !strings.Contains(rep.Unmatched[0], "不存在的文件") {
		t.Errorf("unmatched = %q", rep.Unmatched)
	}
	weak := rep.Weak()
	if len(weak) != 2 || !strings.Contains(weak[0].Message+weak[1].Message, "目录没有列出") {
		t.Errorf("weak = %v", weak)
	}
	found := false
	for _, r := range rep.Removed {
		found = found || (r.Line == 13 && r.Reason == ReasonFolio && r.Text == "— 1 —")
	}
	if !found {
		t.Errorf("folio of line 13 not listed: %+v", rep.Removed)
	}
	txt := rep.Text()
	for _, want := range []string{"找到 2 篇", "第13行　页码：— 1 —", "目录中有 1 条在正文中未找到", "2 处推测请核对"} {
		if !strings.Contains(txt, want) {
			t.Errorf("report text lacks %q:\n%s", want, txt)
		}
	}
	data, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(data, &back); err != nil || len(back.Documents) != 2 || len(back.Removed) != len(rep.Removed) {
		t.Errorf("JSON round trip: %v %+v", err, back)
	}
}
