package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gazette/gazette"
)

// Regression guards from the second QA pass of issue 15 (testdata/qa/README.md,
// "Round 2"): whole issues in forms the first pass did not try, built from
// real documents, renamed. Each case passed when written; the failing forms
// of the same pass are testdata/qa/25-… to 32-… and are not tests yet.

// qa2Read reads an input of importer/testdata/qa2; a missing file fails.
func qa2Read(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "qa2", name))
	if err != nil {
		t.Fatalf("读取 %s: %v", name, err)
	}
	return string(data)
}

// qa2Issue parses an issue and checks its documents, that nothing is lost,
// that every 目录 entry was matched and that no running head or folio of the
// issue reached an article.
func qa2Issue(t *testing.T, name string, want []qaDoc) (*gazette.Issue, *Report) {
	t.Helper()
	return qaIssueReport(t, name, qa2Read(t, name), want, func(is *gazette.Issue) []string { return []string{is.Title, "— ", "年第"} })
}

// qa2Article returns the article titled title, failing when there is none.
func qa2Article(t *testing.T, is *gazette.Issue, title string) *gazette.Article {
	t.Helper()
	for _, s := range is.Sections {
		for i := range s.Articles {
			if s.Articles[i].Title == title {
				return &s.Articles[i]
			}
		}
	}
	t.Fatalf("no article 《%s》", title)
	return nil
}

// qa2Lines checks that each line is a line of the article's text on its own:
// not joined to the line before or after it.
func qa2Lines(t *testing.T, a *gazette.Article, lines ...string) {
	t.Helper()
	have := strings.Split(ArticleText(a), "\n")
	for _, l := range lines {
		if !slices.Contains(have, l) {
			t.Errorf("《%s》: line %q is not a line of its own in\n%s", a.Title, l, ArticleText(a))
		}
	}
}

// TestQA2CountyIssue: a 县 gazette with 县政府文件 / 县政府办公室文件 / 部门文件,
// running heads alternating left and right, a title of one line longer than
// 40 characters with （2021—2025年）, a 实施意见 with 附件1/附件2 pages (the
// second a table), a joint 通知 of two departments ending with 附件, signature,
// 联系人 and 抄送 lines.
func TestQA2CountyIssue(t *testing.T) {
	is, _ := qa2Issue(t, "county-issue.txt", []qaDoc{
		{"县政府文件", "某县人民政府关于印发某县“十四五”综合交通运输发展规划（2021—2025年）的通知", "某府发〔2023〕3号", "2023-03-06", "各乡镇人民政府，县政府各部门"},
		{"县政府办公室文件", "某县人民政府办公室关于进一步加强农村生活垃圾治理工作的实施意见", "某府办发〔2023〕7号", "2023-03-10", "各乡镇人民政府，县政府各部门"},
		{"部门文件", "某县财政局 某县农业农村局关于印发某县农业生产发展资金管理实施细则的通知", "某财农〔2023〕12号", "2023-03-15", "各乡镇人民政府，县直有关单位"},
	})
	if is.Year != 2023 || is.Number != 4 || is.TotalNumber != 112 {
		t.Errorf("masthead %d年第%d期 总第%d期, want 2023年第4期 总第112期", is.Year, is.Number, is.TotalNumber)
	}
	opinion := qa2Article(t, is, "某县人民政府办公室关于进一步加强农村生活垃圾治理工作的实施意见")
	if opinion.Disclosure != "主动公开" {
		t.Errorf("disclosure %q, want 主动公开", opinion.Disclosure)
	}
	var annexes []string
	for _, b := range opinion.Blocks {
		if b.Attachment == nil {
			continue
		}
		tables := 0
		for _, ab := range b.Attachment.Blocks {
			if ab.Type == gazette.BlockTable {
				tables++
			}
		}
		annexes = append(annexes, fmt.Sprintf("%s %s %d", b.Attachment.Label, b.Attachment.Title, tables))
	}
	if want := []string{"附件1 某县农村生活垃圾治理考核办法 0", "附件2 某县农村生活垃圾治理责任分工表 1"}; !slices.Equal(annexes, want) {
		t.Errorf("attachments (label, title, tables) %q, want %q", annexes, want)
	}
	joint := qa2Article(t, is, "某县财政局 某县农业农村局关于印发某县农业生产发展资金管理实施细则的通知")
	if !slices.Equal(joint.Issuers, []string{"某县财政局", "某县农业农村局"}) {
		t.Errorf("issuers %q, want 某县财政局, 某县农业农村局", joint.Issuers)
	}
	qa2Lines(t, joint, "联系人：张　伟　　电话：0791-8888888", "抄送：县人民政府办公室，县审计局。")
}

// TestQA2CityMastheadAppointments: a 市 gazette whose masthead has 主管/主办/
// 编辑出版/地址/邮编/电话/印刷/国内统一连续出版物号 lines; a 目录 spread over two
// pages with a folio and a running head between its halves and an entry
// wrapped onto a second line holding the page number; a 人事任免 section with
// two 任免 通知 (one 任命/免去 a line); a 政务动态 news item without 文号.
func TestQA2CityMastheadAppointments(t *testing.T) {
	is, _ := qa2Issue(t, "city-masthead-appointments.txt", []qaDoc{
		{"市政府文件", "某市人民政府关于公布某市第六批市级非物质文化遗产代表性项目名录和扩展项目名录的通知", "某府发〔2022〕9号", "2022-05-09", "各县（区）人民政府，市政府各部门"},
		{"市政府文件", "某市人民政府关于同意设立某市高新技术产业开发区管理委员会的批复", "某府字〔2022〕41号", "2022-05-12", "市委编办"},
		{"人事任免", "某市人民政府关于王刚等同志职务任免的通知", "某府任〔2022〕5号", "2022-05-16", "各县（区）人民政府，市政府各部门"},
		{"人事任免", "某市人民政府关于李华同志任职的通知", "某府任〔2022〕6号", "2022-05-20", "各县（区）人民政府，市政府各部门"},
		{"政务动态", "市政府召开第28次常务会议", "", "", ""},
	})
	if is.TotalNumber != 245 {
		t.Errorf("总第%d期, want 245", is.TotalNumber)
	}
	c := is.Colophon
	if c.Publisher != "某市人民政府公报编辑部" || c.Address != "某市政务中心大楼A座5楼" || c.Postcode != "330038" ||
		c.Printer != "某市印刷有限公司" || c.Phone != "0791-83888888" {
		t.Errorf("colophon %+v", c)
	}
	if !strings.Contains(c.Lines, "国内统一连续出版物号：CN 36-1234/D") {
		t.Errorf("colophon lines %q lack the CN number", c.Lines)
	}
	qa2Lines(t, qa2Article(t, is, "某市人民政府关于王刚等同志职务任免的通知"),
		"任命王刚为某市发展和改革委员会副主任；", "任命陈静为某市教育局副局长；", "免去赵强的某市财政局副局长职务。")
	if k := qa2Article(t, is, "市政府召开第28次常务会议").Kind; k != gazette.KindNews {
		t.Errorf("常务会议 kind %q, want news", k)
	}
}

// TestQA2WrappedLinesLikeIssuerOrDate: a paragraph hard-wrapped so that a
// line starts with the issuer's name (`某市人民政府批准后实施。…`) and another
// is a date (`2023年3月1日起施行。`) stays one paragraph of the document; the
// signature and date after it are read as such.
func TestQA2WrappedLinesLikeIssuerOrDate(t *testing.T) {
	is, _ := qa2Issue(t, "wrapped-issuer-date.txt", []qaDoc{
		{"市政府文件", "某市人民政府关于印发某市城市管理办法的通知", "某府发〔2023〕5号", "2023-02-01", "各县（区）人民政府，市政府各部门"},
		{"市政府文件", "某市人民政府关于调整部分行政审批事项的决定", "某府发〔2023〕6号", "2023-02-03", "各县（区）人民政府，市政府各部门"},
	})
	a := qa2Article(t, is, "某市人民政府关于印发某市城市管理办法的通知")
	qa2Lines(t, a, "现将《某市城市管理办法》印发给你们，请认真贯彻执行。各区的实施细则由区人民政府制定，报某市人民政府批准后实施。本办法由市城市管理局负责解释，自2023年3月1日起施行。")
}

// TestQA2StarSectionsThreeLineTitle: 目录 sections decorated `★…`, a 转发
// 通知 whose title runs over three lines, a joint 部门 通知 whose title runs
// over two and whose signature names both bodies.
func TestQA2StarSectionsThreeLineTitle(t *testing.T) {
	is, _ := qa2Issue(t, "star-sections-three-line-title.txt", []qaDoc{
		{"省政府办公厅文件", "某省人民政府办公厅转发省发展改革委省财政厅关于进一步完善政府投资项目管理若干措施的通知", "某政办发〔2023〕21号", "2023-05-06", "各市、县人民政府，省政府各部门"},
		{"省政府部门文件", "某省财政厅 某省教育厅关于印发《某省学生资助资金管理办法》的通知", "某财教〔2023〕45号", "2023-05-10", "各市、县财政局、教育局"},
	})
	joint := qa2Article(t, is, "某省财政厅 某省教育厅关于印发《某省学生资助资金管理办法》的通知")
	if !slices.Equal(joint.Issuers, []string{"某省财政厅", "某省教育厅"}) {
		t.Errorf("issuers %q, want 某省财政厅, 某省教育厅", joint.Issuers)
	}
}
