package app

import (
	"testing"

	"gazette/gazette"
	"gazette/importer"
)

// TestAddDocumentsSection (QA 18): an added document goes to the issue's
// section holding its issuer's documents; one for which the issue has no
// section gets a new one, marked NewSection for the editor to check.
func TestAddDocumentsSection(t *testing.T) {
	is, _, err := importer.ParseIssue("厅.txt", "某省教育厅公报\n2022年第4期\n目录\n厅发文件\n某省教育厅关于做好招生工作的通知（某教发〔2022〕9号）……1\n某省教育厅关于做好招生工作的通知\n某教发〔2022〕9号\n各设区市教育局：\n现就做好招生工作通知如下。\n某省教育厅\n2022年3月1日\n")
	if err != nil {
		t.Fatal(err)
	}
	arts := []gazette.Article{
		{Title: "某省教育厅关于同意张三同志参加国际学术会议的函", DocNumber: "某教函〔2022〕31号", Issuers: []string{"某省教育厅"}, Kind: gazette.KindDocument},
		{Title: "某县财政局关于某事的通知", Kind: gazette.KindDocument},
	}
	placed := AddDocuments(is, arts, "")
	if len(placed) != 2 || placed[0].Section != "厅发文件" || placed[0].NewSection ||
		placed[1].Section != importer.SectionDepartment || !placed[1].NewSection {
		t.Errorf("placed %+v", placed)
	}
}
