package importer

import (
	"os"
	"strings"
	"testing"

	"gazette/gazette"
)

func TestUnitLine(t *testing.T) {
	for s, want := range map[string]bool{
		"主　任：尤　权　　国务院副秘书长": true, "刘金国　　公安部副部长": true, "吉　林　　北京市副市长": true,
		"联 系 人：张三": true, "电话：0798-8382816": true, "类别：C类": true, "领导署名：李四": true,
		"抄送：市委办公室、市人大常委会办公室": true, "王　伟　李红梅　张　军　赵　敏": true,
		"现就有关事项通知如下：": false, "各单位要落实防汛责任，负责同": false, "尤　权": false,
		"根据《中华人民共和国药品管理法》": false, "今年汛期降雨偏多": false,
	} {
		if got := unitLine(s); got != want {
			t.Errorf("unitLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLinesKept: lines that are units stay one a line — a name list with
// the sentence after it, contact lines, a signature of a carried report —
// while a paragraph the source broke is joined.
func TestLinesKept(t *testing.T) {
	text := "关于组建协调委员会的通知\n某府函〔2006〕38号\n各单位：\n现将组成人员通知如下：\n主　任：尤　权　　国务院副秘书长\n副主任：杨元元　　民航总局局长\n刘金国　　公安部副部长\n吉　林　　北京市副市长\n协调委成员因工作变动需要调整的，由所在单位提出，协调委确定。\n联 系 人：张三\n联系电话：0798-8382816\n这一段被来源\n断开了。\n某市人民政府\n2006年5月23日\n关于某事的报告\n国务院：\n报告正文。\n国家教委\n一九九六年五月十三日\n"
	a, rep, err := ParseDocumentReport("t.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	checkConserved(t, "t.txt", text, ArticleText(&a), rep)
	var got []string
	for _, b := range a.Blocks {
		got = append(got, string(b.Type)+"|"+strings.ReplaceAll(b.Text(), "\n", "/"))
	}
	want := []string{
		"paragraph|现将组成人员通知如下：",
		"paragraph|主　任：尤　权　　国务院副秘书长",
		"paragraph|副主任：杨元元　　民航总局局长",
		"paragraph|刘金国　　公安部副部长",
		"paragraph|吉　林　　北京市副市长",
		"paragraph|协调委成员因工作变动需要调整的，由所在单位提出，协调委确定。",
		"paragraph|联 系 人：张三",
		"paragraph|联系电话：0798-8382816",
		"paragraph|这一段被来源断开了。",
		"signature|某市人民政府/2006年5月23日",
	}
	if len(got) < len(want) {
		t.Fatalf("blocks:\n%s", strings.Join(got, "\n"))
	}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("block %d = %q, want %q", i, got[i], w)
		}
	}
	last := a.Blocks[len(a.Blocks)-1]
	if last.Type != gazette.BlockSignature || last.Text() != "国家教委\n一九九六年五月十三日" {
		t.Errorf("carried report's signature = %s %q", last.Type, last.Text())
	}
	if a.Date != "2006-05-23" {
		t.Errorf("date %q, want the notice's own 2006-05-23", a.Date)
	}
}

// TestOfficialForms: a 人大常委会 decision's 题注 under its title (brackets
// made full-width, its date the document's), an addressee that is a
// person, the State Council's disclosure note.
func TestOfficialForms(t *testing.T) {
	text := "某市人大常委会关于批准某规划的决定\n(2023年5月31日某市第十六届人民代表大会常务委员会第十二次会议通过)\n某市第十六届人民代表大会常务委员会第十二次会议审议了议案，决定批准该规划。\n"
	a, rep, err := ParseDocumentReport("t.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if a.Subtitle != "（2023年5月31日某市第十六届人民代表大会常务委员会第十二次会议通过）" || a.Date != "2023-05-31" || a.Kind != gazette.KindDocument {
		t.Errorf("题注: subtitle %q date %q kind %s", a.Subtitle, a.Date, a.Kind)
	}
	checkConserved(t, "t.txt", text, ArticleText(&a), rep)
	text = "关于某建议的答复\n某办函〔2023〕5号\n谢开春委员：\n您提出的建议收悉。现答复如下。\n某市人民政府办公室\n2023年6月1日\n（此件公开发布）\n"
	a, _, err = ParseDocumentReport("t.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if a.Addressee != "谢开春委员" || a.Disclosure != gazette.DisclosurePublished || a.Date != "2023-06-01" {
		t.Errorf("addressee %q disclosure %q date %q", a.Addressee, a.Disclosure, a.Date)
	}
	if ps := a.Validate(); len(ps) > 0 {
		t.Errorf("problems: %v", ps)
	}
}

// TestCategoryRows: a table's category rows (text in the first cell, the
// others empty) span all columns and are never a header row.
func TestCategoryRows(t *testing.T) {
	tb := tabTable([]string{"序号\t事项\t责任单位", "一、知识产权保护方面（共5项）", "1\t加强保护\t市场监管局", "二、其他方面\t\t", "2\t完善制度\t司法局"})
	if tb.HeaderRows != 1 {
		t.Errorf("header rows %d, want 1", tb.HeaderRows)
	}
	for _, r := range []int{1, 3} {
		if c := tb.Rows[r].Cells; len(c) != 1 || c[0].ColSpan != 3 {
			t.Errorf("row %d = %+v, want one cell spanning 3 columns", r, c)
		}
	}
	if len(tb.Rows[2].Cells) != 3 {
		t.Errorf("row 2 has %d cells", len(tb.Rows[2].Cells))
	}
}

// TestStateCouncilOrder: a 国务院令 in a whole issue — its 目录 line
// 中华人民共和国国务院令（第706号）专利代理条例 matched, filed in the 目录's
// section, titled by the regulation, its 文号 the head and 令号, the
// premier's signature a signature block with the date.
func TestStateCouncilOrder(t *testing.T) {
	data, err := os.ReadFile("testdata/issue_order_state_council.txt")
	if err != nil {
		t.Fatal(err)
	}
	is, rep, err := ParseIssueReport("order.txt", string(data))
	if err != nil {
		t.Fatal(err)
	}
	checkConserved(t, "order.txt", string(data), IssueText(is), rep)
	if len(is.Sections) != 2 || is.Sections[0].Name != "国务院令" || len(is.Sections[0].Articles) != 1 {
		t.Fatalf("sections %+v", is.Sections)
	}
	a := is.Sections[0].Articles[0]
	if a.Title != "专利代理条例" || a.DocNumber != "中华人民共和国国务院令第706号" || a.Date != "2018-11-06" ||
		strings.Join(a.Issuers, "") != "国务院" {
		t.Errorf("令 = %q %q %q %q", a.Title, a.DocNumber, a.Date, a.Issuers)
	}
	if len(a.Blocks) < 2 || a.Blocks[1].Type != gazette.BlockSignature || a.Blocks[1].Text() != "总理\u3000\u3000李克强\n2018年11月6日" {
		t.Errorf("signature: %+v", a.Blocks)
	}
	if len(rep.Unmatched) != 0 || len(rep.Weak()) != 0 {
		t.Errorf("unmatched %q weak %v", rep.Unmatched, rep.Weak())
	}
}

// TestCongressDecisions: two 人大常委会 decisions in a row — neither has a
// 文号 or a disclosure note — are two articles because the 目录 lists both;
// each takes its 题注 and date.
func TestCongressDecisions(t *testing.T) {
	text := "# 某市人民政府公报\n\n2023年第6期\n\n目 录\n\n市人大常委会文件\n\n某市人大常委会关于批准某规划的决定……（1）\n\n某市人大常委会关于某某职务任免的决定……（2）\n\n" +
		"## 某市人大常委会关于批准某规划的决定\n\n(2023年5月31日某市第十六届人民代表大会常务委员会第十二次会议通过)\n\n会议审议了议案，决定批准该规划。\n\n" +
		"## 某市人大常委会关于某某职务任免的决定\n\n（2023年5月31日某市第十六届人民代表大会常务委员会第十二次会议通过）\n\n决定任命：\n\n张三为某市某局局长\n\n李四为某市某局副局长\n"
	is, rep, err := ParseIssueReport("c.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	checkConserved(t, "c.txt", text, IssueText(is), rep)
	if len(is.Sections) != 1 || len(is.Sections[0].Articles) != 2 {
		t.Fatalf("sections %+v", is.Sections)
	}
	for _, a := range is.Sections[0].Articles {
		if a.Date != "2023-05-31" || !strings.HasPrefix(a.Subtitle, "（2023年5月31日") || a.Kind != gazette.KindDocument {
			t.Errorf("%s: date %q subtitle %q kind %s", a.Title, a.Date, a.Subtitle, a.Kind)
		}
	}
	if len(rep.Unmatched) != 0 || len(rep.Weak()) != 0 {
		t.Errorf("unmatched %q weak %v", rep.Unmatched, rep.Weak())
	}
}
