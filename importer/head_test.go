package importer

import (
	"reflect"
	"strings"
	"testing"

	"gazette/gazette"
)

// headCase is one document text and the head the importer must read.
type headCase struct {
	name                   string
	text                   string
	title, docNumber, date string
	addressee              string
	issuers                string // joined with "|"
	body                   string // PlainText of the blocks must contain it
	notBody                string // … and must not contain it
	signature              string // text of the signature block, "" for none
	warn                   string // a warning must contain it
	warnLine               int    // … on this line (0: any)
	noWarn                 string // no warning may contain it
}

var headCases = []headCase{
	{
		name:  "impossible date on the 文号 line is kept and reported",
		text:  "关于某事的通知\n某府字〔0000〕0号1000年0月0日\n正文",
		title: "关于某事的通知", docNumber: "某府字〔0000〕0号", date: "",
		body: "1000年0月0日", warn: "“1000年0月0日”不是有效日期", warnLine: 2,
	},
	{
		name:  "30 February on the 文号 line",
		text:  "关于某事的通知\n某府字〔2021〕3号 2021年2月30日\n\n各单位：\n\n正文。",
		title: "关于某事的通知", docNumber: "某府字〔2021〕3号", addressee: "各单位",
		body: "2021年2月30日", warn: "不是有效日期", warnLine: 2,
	},
	{
		name:  "impossible date alone under the title",
		text:  "关于某事的通知\n2021年13月1日\n正文。",
		title: "关于某事的通知", body: "2021年13月1日", warn: "“2021年13月1日”不是有效日期", warnLine: 2,
	},
	{
		name:  "date in Chinese numerals under the title",
		text:  "关于某事的通知\n二〇二一年三月二十一日\n正文。",
		title: "关于某事的通知", date: "2021-03-21", warn: "改用阿拉伯数字", warnLine: 2,
	},
	{
		name: "版头 first: 发文机关标志, 文号, title, signature and date at the foot",
		text: "乐平市人民政府文件\n\n乐府字〔2021〕5号\n\n乐平市人民政府关于做好春季植树工作的通知\n\n各镇人民政府，市政府各部门：\n\n" +
			"为做好今年春季植树工作，现通知如下。\n\n特此通知。\n\n乐平市人民政府\n\n2021年3月2日\n\n（此件主动公开）\n",
		title: "乐平市人民政府关于做好春季植树工作的通知", docNumber: "乐府字〔2021〕5号", date: "2021-03-02",
		addressee: "各镇人民政府，市政府各部门", issuers: "乐平市人民政府",
		body: "特此通知。", notBody: "乐府字", signature: "乐平市人民政府\n2021年3月2日", warn: "读作发文机关“乐平市人民政府”", warnLine: 1,
	},
	{
		name:  "文号 first without 机关标志, title broken over two lines, issuer from the signature",
		text:  "浮财字〔2022〕17号\n关于进一步加强政府采购\n管理工作的通知\n各乡镇财政所：\n请遵照执行。\n浮梁县财政局\n二〇二二年五月六日\n",
		title: "关于进一步加强政府采购管理工作的通知", docNumber: "浮财字〔2022〕17号", date: "2022-05-06",
		addressee: "各乡镇财政所", issuers: "浮梁县财政局",
		body: "请遵照执行。", signature: "浮梁县财政局\n二〇二二年五月六日", noWarn: "阿拉伯数字",
	},
	{
		name:  "份号, 密级 and 紧急程度 above the 机关标志; 签发人 on the 文号 line",
		text:  "000123\n秘密★1年 特急\n乐平市人民政府\n乐府呈〔2021〕2号 签发人：王某\n# 乐平市人民政府关于某事的请示\n景德镇市人民政府：\n正文。\n",
		title: "乐平市人民政府关于某事的请示", docNumber: "乐府呈〔2021〕2号", addressee: "景德镇市人民政府",
		issuers: "乐平市人民政府", body: "正文。", warn: "签发人：王某", warnLine: 4,
	},
	{
		name:  "break comments between head lines",
		text:  "# 乐平市人民政府文件\n\n<!-- gazette:break -->\n\n乐府字〔2021〕6号\n<!-- gazette:break -->\n\n# 关于某事的决定\n\n<!-- gazette:break -->\n\n各单位：\n\n正文。",
		title: "关于某事的决定", docNumber: "乐府字〔2021〕6号", addressee: "各单位", issuers: "乐平市人民政府",
		body: "正文。", notBody: "gazette",
	},
	{
		name:  "break comment right after the title (title first)",
		text:  "关于某事的通知\n<!-- gazette:break -->\n某府字〔2024〕1号 2024年1月2日\n<!-- gazette:break -->\n各单位：\n\n正文。",
		title: "关于某事的通知", docNumber: "某府字〔2024〕1号", date: "2024-01-02", addressee: "各单位", body: "正文。",
	},
	{
		name:  "title broken over three lines before the 文号, no issuer line",
		text:  "浮梁县人民政府办公室关于印发浮梁县\n农村生活垃圾治理三年行动\n实施方案的通知\n浮府办字〔2023〕8号 2023年4月3日\n各乡镇人民政府：\n现印发给你们。",
		title: "浮梁县人民政府办公室关于印发浮梁县农村生活垃圾治理三年行动实施方案的通知", docNumber: "浮府办字〔2023〕8号",
		date: "2023-04-03", addressee: "各乡镇人民政府", issuers: "浮梁县人民政府办公室", body: "现印发给你们。",
	},
	{
		name:  "foot date when the 文号 line has none",
		text:  "# 关于某事的通知\n\n某府字〔2024〕9号\n\n各单位：\n\n正文。\n\n某市财政局\n2024年6月1日\n\n附件\n\n# 某某表\n\n内容。\n",
		title: "关于某事的通知", docNumber: "某府字〔2024〕9号", date: "2024-06-01", addressee: "各单位", issuers: "某市财政局",
		signature: "某市财政局\n2024年6月1日",
	},
	{
		name:  "foot date differing from the head's is reported",
		text:  "关于某事的通知\n某府字〔2024〕9号 2024年6月2日\n各单位：\n正文。\n2024年6月1日\n",
		title: "关于某事的通知", docNumber: "某府字〔2024〕9号", date: "2024-06-02", addressee: "各单位",
		signature: "2024年6月1日", warn: "不一致", warnLine: 5,
	},
	{
		name:  "a date in the middle of the body is no signature",
		text:  "关于某事的通知\n某府字〔2024〕9号\n各单位：\n会议时间：\n2024年6月1日\n会议地点。\n第二段。\n第三段。\n第四段。\n第五段。\n",
		title: "关于某事的通知", docNumber: "某府字〔2024〕9号", addressee: "各单位", body: "2024年6月1日",
	},
}

func TestParseDocumentHead(t *testing.T) {
	for _, tc := range headCases {
		t.Run(tc.name, func(t *testing.T) {
			a, ws, err := ParseDocument("doc.txt", tc.text)
			if err != nil {
				t.Fatal(err)
			}
			checkHead(t, tc, &a, ws)
		})
	}
}

// checkHead compares an article's head with a case.
func checkHead(t *testing.T, tc headCase, a *gazette.Article, ws []Warning) {
	t.Helper()
	if a.Title != tc.title || a.DocNumber != tc.docNumber || a.Date != tc.date || a.Addressee != tc.addressee {
		t.Errorf("head = %q %q %q %q, want %q %q %q %q", a.Title, a.DocNumber, a.Date, a.Addressee,
			tc.title, tc.docNumber, tc.date, tc.addressee)
	}
	if tc.issuers != "" && strings.Join(a.Issuers, "|") != tc.issuers {
		t.Errorf("issuers = %q, want %q", a.Issuers, tc.issuers)
	}
	var body strings.Builder
	sig := ""
	for _, b := range a.Blocks {
		if b.Type == gazette.BlockSignature {
			sig = b.Text()
		}
		if b.Type != gazette.BlockAttachment {
			body.WriteString(b.Text() + "\n")
		}
	}
	if tc.body != "" && !strings.Contains(body.String(), tc.body) {
		t.Errorf("body lacks %q:\n%s", tc.body, body.String())
	}
	if tc.notBody != "" && strings.Contains(body.String(), tc.notBody) {
		t.Errorf("body holds %q:\n%s", tc.notBody, body.String())
	}
	if sig != tc.signature {
		t.Errorf("signature = %q, want %q", sig, tc.signature)
	}
	found := tc.warn == ""
	for _, w := range ws {
		if tc.warn != "" && strings.Contains(w.Message, tc.warn) && (tc.warnLine == 0 || w.Line == tc.warnLine) {
			found = true
		}
		if tc.noWarn != "" && strings.Contains(w.Message, tc.noWarn) {
			t.Errorf("warning %q", w)
		}
	}
	if !found {
		t.Errorf("no warning %q on line %d in:\n%s", tc.warn, tc.warnLine, Warnings(ws))
	}
}

// wpRight is a paragraph set flush right, as Word users set a signature.
func wpRight(text string) string {
	return `<w:p><w:pPr><w:jc w:val="right"/></w:pPr>` + wr(text) + `</w:p>`
}

// wpCenter is a centred paragraph, as the 版头 lines are.
func wpCenter(text string) string {
	return `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + wr(text) + `</w:p>`
}

// TestDocxHead reads the head of Word documents in both orders through
// DocxText and ParseDocument.
func TestDocxHead(t *testing.T) {
	pageBreak := `<w:p><w:r><w:br w:type="page"/></w:r></w:p>`
	tests := []struct {
		body  string
		want  headCase
		pages int // page breaks in the body
	}{
		{
			body: wpCenter("乐平市人民政府文件") + wpCenter("乐府字〔2021〕5号") + wp("a3", wr("乐平市人民政府关于做好春季植树工作的通知")) +
				wp("", wr("各镇人民政府，市政府各部门：")) + wp("", wr("为做好今年春季植树工作，现通知如下。")) +
				wpRight("乐平市人民政府") + wpRight("2021年3月2日") + wp("", wr("（此件主动公开）")) +
				pageBreak + wp("", wr("附件")) + wp("a3", wr("植树任务表")) + wp("", wr("东山镇植树一千株。")),
			want: headCase{
				name:  "版头 first, Title-style title, signature at the foot, page break before the attachment",
				title: "乐平市人民政府关于做好春季植树工作的通知", docNumber: "乐府字〔2021〕5号", date: "2021-03-02",
				addressee: "各镇人民政府，市政府各部门", issuers: "乐平市人民政府", body: "现通知如下。",
				signature: "乐平市人民政府\n2021年3月2日", warn: "发文机关标志",
			},
			pages: 1,
		},
		{
			body: wpCenter("浮财字〔2022〕17号") + wpCenter("关于进一步加强政府采购") + wpCenter("管理工作的通知") +
				wp("", wr("各乡镇财政所：")) + wp("", wr("请遵照执行")) + wp("", wr("并及时报告。")) +
				wpRight("浮梁县财政局") + wpRight("二〇二二年五月六日"),
			want: headCase{
				name:  "文号 first, plain title over two paragraphs, open paragraph in the body",
				title: "关于进一步加强政府采购管理工作的通知", docNumber: "浮财字〔2022〕17号", date: "2022-05-06",
				addressee: "各乡镇财政所", issuers: "浮梁县财政局", body: "请遵照执行\n并及时报告。",
				signature: "浮梁县财政局\n二〇二二年五月六日",
			},
		},
		{
			body: wp("a3", wr("浮梁县人民政府关于某事的通知")) + wp("", wr("浮府字〔2022〕3号")) + wp("", wr("各乡镇人民政府：")) +
				wp("", wr("特此通知。")) + wpRight("浮梁县人民政府") + wpRight("2022年1月5日"),
			want: headCase{
				name:  "title first, the date only at the foot",
				title: "浮梁县人民政府关于某事的通知", docNumber: "浮府字〔2022〕3号", date: "2022-01-05",
				addressee: "各乡镇人民政府", issuers: "浮梁县人民政府", body: "特此通知。",
				signature: "浮梁县人民政府\n2022年1月5日",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.want.name, func(t *testing.T) {
			text, err := DocxText("公文.docx", zipParts(t, docxParts(tc.body)))
			if err != nil {
				t.Fatal(err)
			}
			a, ws, err := ParseDocument("公文.docx", text)
			if err != nil {
				t.Fatal(err)
			}
			checkHead(t, tc.want, &a, ws)
			pages := 0
			for _, b := range a.Blocks {
				if b.Type == gazette.BlockPageBreak {
					pages++
				}
			}
			if pages != tc.pages {
				t.Errorf("%d page breaks, want %d", pages, tc.pages)
			}
			if strings.Contains(a.PlainText(), "gazette") {
				t.Errorf("a comment became text:\n%s", a.PlainText())
			}
			if t.Failed() {
				t.Logf("dialect text:\n%s", text)
			}
		})
	}
}

// TestIssueHeads reads a whole issue of another county whose text has no
// "#" marks: titles broken over two and three lines, a document in the
// 版头 order (文号 above the title, date at the foot) between two in the
// gazette's order. Nothing may be lost.
func TestIssueHeads(t *testing.T) {
	text := "浮梁县人民政府公报\n2023年第2期（总第14期）\n\n" +
		"浮梁县人民政府办公室关于印发浮梁县\n农村生活垃圾治理三年行动\n实施方案的通知\n浮府办字〔2023〕8号 2023年4月3日\n" +
		"各乡镇人民政府：\n现印发给你们，请认真贯彻执行。\n（此件主动公开）\n" +
		"浮梁县人民政府文件\n浮府字〔2023〕10号\n浮梁县人民政府关于表彰2022年度\n安全生产先进单位的决定\n各乡镇人民政府，县政府各部门：\n" +
		"经研究，决定予以表彰。\n浮梁县人民政府\n2023年4月4日\n（此件主动公开）\n" +
		"浮梁县人民政府关于调整\n县政府领导工作分工的通知\n浮府字〔2023〕9号 2023年4月5日\n" +
		"各乡镇人民政府，县政府各部门：\n现将调整后的分工通知如下。\n县长：主持县政府全面工作。\n（此件主动公开）\n"
	is, ws, err := ParseIssue("浮梁.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ title, number, date, issuers, sig string }{
		{"浮梁县人民政府办公室关于印发浮梁县农村生活垃圾治理三年行动实施方案的通知", "浮府办字〔2023〕8号", "2023-04-03", "浮梁县人民政府办公室", ""},
		{"浮梁县人民政府关于表彰2022年度安全生产先进单位的决定", "浮府字〔2023〕10号", "2023-04-04", "浮梁县人民政府", "浮梁县人民政府\n2023年4月4日"},
		{"浮梁县人民政府关于调整县政府领导工作分工的通知", "浮府字〔2023〕9号", "2023-04-05", "浮梁县人民政府", ""},
	}
	var got []*gazette.Article
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		got = append(got, a)
		return true
	})
	if len(got) != len(want) {
		t.Fatalf("%d articles, want %d:\n%s", len(got), len(want), Warnings(ws))
	}
	for _, a := range got {
		w := want[0]
		for _, x := range want {
			if x.number == a.DocNumber {
				w = x
			}
		}
		sig := ""
		for _, b := range a.Blocks {
			if b.Type == gazette.BlockSignature {
				sig = b.Text()
			}
		}
		if a.Title != w.title || a.DocNumber != w.number || a.Date != w.date || strings.Join(a.Issuers, "|") != w.issuers ||
			sig != w.sig || a.Disclosure != gazette.DisclosurePublic {
			t.Errorf("article = %q %q %q %q sig %q disclosure %q, want %+v", a.Title, a.DocNumber, a.Date, a.Issuers, sig, a.Disclosure, w)
		}
	}
	if is.Section("县政府文件") == nil || len(is.Section("县政府文件").Articles) != 2 {
		t.Errorf("sections = %+v", is.Sections)
	}
	count := map[rune]int{}
	hanziCount(text, count, 1)
	hanziCount(printedText(is)+Warnings(ws), count, -1)
	for r, n := range count {
		if n > 0 {
			t.Errorf("hanzi %q lost ×%d", r, n)
		}
	}
}

// TestIssuerTitleLines checks when a title keeps the source's issuer line:
// the issuer on a "#" line of its own, or a printed line break (a space)
// right before 关于 after the name of an issuing organ.
func TestIssuerTitleLines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a line of its own", "# 景德镇市人民政府\n\n## 关于调整景德镇仲裁委员会的批复\n\n景府字〔2020〕34号\n\n市司法局：\n\n正文。\n",
			[]string{"景德镇市人民政府", "关于调整景德镇仲裁委员会的批复"}},
		{"a break before 关于", "## 景德镇市人民政府 关于调整景德镇仲裁委员会的批复\n\n景府字〔2020〕34号\n\n市司法局：\n\n正文。\n",
			[]string{"景德镇市人民政府", "关于调整景德镇仲裁委员会的批复"}},
		{"a joint document", "## 景德镇市发展和改革委员会等 8 部门 关于转发有关文件的通知\n\n景发改字〔2020〕176号\n\n各县（市、区）：\n\n正文。\n",
			[]string{"景德镇市发展和改革委员会等8部门", "关于转发有关文件的通知"}},
		{"no break", "## 景德镇市人民政府关于调整景德镇仲裁委员会的批复\n\n景府字〔2020〕34号\n\n市司法局：\n\n正文。\n", nil},
		{"a break after 关于", "## 景德镇市住房和城乡建设局关于印发 景德镇市存量房交易资金监管实施细则的通知\n\n景建发〔2020〕122号\n\n各县（市、区）：\n\n正文。\n", nil},
		{"not an organ before 关于", "## 2020年度 关于表彰先进集体的决定\n\n景府字〔2020〕40号\n\n各县（市、区）：\n\n正文。\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, _, err := ParseDocument("doc.txt", tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(a.TitleLines, tc.want) {
				t.Errorf("title lines %q, want %q (title %q)", a.TitleLines, tc.want, a.Title)
			}
			if len(a.TitleLines) > 0 && strings.Join(a.TitleLines, "") != a.Title {
				t.Errorf("title lines %q do not make the title %q", a.TitleLines, a.Title)
			}
		})
	}
}
