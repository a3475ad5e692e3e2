package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/importer"
)

// TestImportReport: gazette import --new prints the import report and
// --report writes it as JSON; --report is refused with --issue and over
// the input.
func TestImportReport(t *testing.T) {
	_, db := importDB(t)
	text := "# 某县人民政府公报\n\n2022年第5期\n\n目 录\n\n县政府文件\t某县人民政府关于做好防汛工作的通知（某府发〔2022〕3号）……（1）\n\n\t某县人民政府关于不存在的文件的通知（某府发〔2022〕9号）……（2）\n\n## 某县人民政府关于做好防汛工作的通知\n\n某府发〔2022〕3号 2022年5月1日\n\n各乡镇人民政府：\n\n今年汛期降雨偏多，负责同\n\n— 2 —\n\n某县人民政府公报\n\n志担任指挥长。\n\n（此件主动公开）\n"
	in := put(t, t.TempDir(), "本期.txt", []byte(text))
	rep := filepath.Join(t.TempDir(), "report.json")
	code, out, errs := runCaptured(t, "import", "--db", db, "--new", "--report", rep, in)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"导入报告", "某府发〔2022〕3号", "页码：— 2 —", "页眉：某县人民政府公报", "目录中有 1 条在正文中未找到"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	data, err := os.ReadFile(rep)
	if err != nil {
		t.Fatal(err)
	}
	var r importer.Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Documents) != 1 || r.Documents[0].DocNumber != "某府发〔2022〕3号" || len(r.Unmatched) != 1 || len(r.Removed) == 0 {
		t.Errorf("report = %+v", r)
	}
	if code, _, _ := runCaptured(t, "import", "--db", db, "--issue", "2022-5", "--report", rep, in); code != 2 {
		t.Errorf("--report with --issue: exit %d, want 2", code)
	}
	if code, _, _ := runCaptured(t, "import", "--db", db, "--new", "--replace", "--report", in, in); code != 2 {
		t.Errorf("--report over the input: exit %d, want 2", code)
	}
}
