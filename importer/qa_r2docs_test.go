package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/gazette"
)

// The round-2 segmentation and document-head defects of the QA pass
// (testdata/qa, README.md "Round 2"): each case imports the QA input
// (optionally edited), checks the documents found in order (section,
// title, 文号, date, issuers), that no section the case does not expect is
// made, every 目录 entry is matched, every character kept or removed, and
// every line removed as 目录 is one (checkTOCRemovals).

var r2DocCases = []qaDocCase{
	{name: "33 领导讲话 whose 目录 entry names the speaker", file: "33-speech-toc-entry-with-speaker.txt", want: speechDocs, check: speechHead},
	{name: "33 with a white-space leader", file: "33-speech-toc-entry-with-speaker.txt", want: speechDocs, check: speechHead,
		edits: [][2]string{{"的讲话　张　明……………………………1", "的讲话　　　　　　张　明　　1"}}},
	{name: "33 with the speaker's post in the entry and over the speech", file: "33-speech-toc-entry-with-speaker.txt", want: speechDocs,
		edits: [][2]string{{"的讲话　张　明……", "的讲话　市长　张　明……"}, {"）\n张　明\n", "）\n市长　张　明\n"}}},
	{name: "37 two documents of one title, told apart by 文号", file: "37-two-documents-same-title.txt", want: sameTitleDocs},
	{name: "37 two documents of one title, entries without 文号", file: "37-two-documents-same-title.no-docnumber.txt", want: sameTitleDocs},
	{name: "37 two documents of one title, entries without page numbers", file: "37-two-documents-same-title.no-docnumber.txt", want: sameTitleDocs,
		edits: [][2]string{{"通知……………………(1)", "通知"}, {"通知……………………(2)", "通知"}}},
	{name: "37 three documents of one title", file: "37-two-documents-same-title.no-docnumber.txt", want: append(sameTitleDocs[:2:2], sameTitleDocs[1]),
		edits: [][2]string{{"(2)\n", "(2)\n某市人民政府关于任免工作人员的通知……………………(2)\n"},
			{"2022年5月20日\n", "2022年5月20日\n某市人民政府关于任免工作人员的通知\n某府任〔2022〕6号\n各县（区）人民政府：\n任命陈静为某市教育局副局长。\n某市人民政府\n2022年5月20日\n"}}},
	{name: "32 a wrapped 第X条 line that begins with a cross-reference", file: "32-wrapped-article-line-starts-with-di-tiao.txt", want: rulesDocs, check: threeArticles},
	{name: "32 with the cross-reference 第二十条第二款", file: "32-wrapped-article-line-starts-with-di-tiao.txt", want: rulesDocs, check: threeArticles,
		edits: [][2]string{{"\n第三十条的规定", "\n第三十条第二款的规定"}}},
	{name: "30 news items under two 目录 sections", file: "30-news-sections-from-toc.txt", want: newsDocs, check: noGuesses},
	{name: "30 with the sections decorated", file: "30-news-sections-from-toc.txt", want: newsDocs, check: noGuesses,
		edits: [][2]string{{"\n重要会议\n", "\n【重要会议】\n"}, {"\n政务动态\n", "\n【政务动态】\n"}}},
	{name: "27 目录 entry with its 文号 on its own line", file: "27-toc-docnumber-own-line.txt", want: approvalDocs, check: noGuesses},
	{name: "27 with the 文号 line in brackets", file: "27-toc-docnumber-own-line.txt", want: approvalDocs, check: noGuesses,
		edits: [][2]string{{"\n某府字〔2022〕41号……", "\n（某府字〔2022〕41号）……"}}},
	{name: "28 规章 dated by its 题注 only", file: "28-regulation-date-in-tizhu-only.txt", want: regulationDocs, check: regulationNote},
	{name: "28 with the 题注 in half-width brackets", file: "28-regulation-date-in-tizhu-only.txt", want: regulationDocs, check: regulationNote,
		edits: [][2]string{{"\n（2023年3月20日", "\n(2023年3月20日"}, {"起施行）\n", "起施行)\n"}}},
	{name: "38 附件 title on two lines, 附件2：title on one line", file: "38-attachment-title-two-lines-and-colon-label.txt", want: attachDocs, check: twoAttachments},
	{name: "38 with 附件2 and its title on lines of their own", file: "38-attachment-title-two-lines-and-colon-label.txt", want: attachDocs, check: twoAttachments,
		edits: [][2]string{{"\n附件2：某县", "\n附件2\n某县"}}},
	{name: "34 speech: speaker on his own line, then 同志们：", file: "34-speech-speaker-glued-to-salutation.txt", want: speechDocs, check: speechHead},
	{name: "34 with the speaker over the dated note", file: "34-speech-speaker-glued-to-salutation.txt", want: speechDocs, check: speechHead,
		edits: [][2]string{{"\n（2023年1月5日）\n张　明\n", "\n张　明\n（2023年1月5日）\n"}}},
}

const appoint = "某市人民政府关于任免工作人员的通知"

var sameTitleDocs = []qaDocWant{
	{"人事任免", appoint, "某府任〔2022〕5号", "2022-05-16", "某市人民政府"},
	{"人事任免", appoint, "某府任〔2022〕6号", "2022-05-20", "某市人民政府"},
}

var rulesDocs = []qaDocWant{
	{"市政府文件", "某市人民政府关于印发某市城市管理办法的通知", "某府发〔2023〕5号", "2023-02-01", "某市人民政府"},
}

// threeArticles: the 办法 has its three articles, each one paragraph, the
// cross-references inside their sentences.
func threeArticles(t *testing.T, is *gazette.Issue, _ *Report) {
	t.Helper()
	var arts []string
	for _, b := range is.Sections[0].Articles[0].Blocks {
		if strings.HasPrefix(b.Text(), "第") && strings.Contains(b.Text(), "条") {
			arts = append(arts, b.Text())
		}
	}
	if len(arts) != 3 || !strings.Contains(arts[0], "《某省城市管理条例》第三十条") || !strings.Contains(arts[1], "第四十五条、第四十六条的规定予以处罚。") {
		t.Errorf("articles %q, want 第一条, 第二条, 第三条 with their cross-references", arts)
	}
}

var newsDocs = []qaDocWant{
	{"重要会议", "市政府召开第28次常务会议", "", "", ""},
	{"重要会议", "市政府召开第29次常务会议", "", "", ""},
	{"政务动态", "张明调研重点项目建设", "", "", ""},
}

var approvalDocs = []qaDocWant{
	{"市政府文件", "某市人民政府关于同意设立某市高新技术产业开发区管理委员会的批复", "某府字〔2022〕41号", "2022-05-12", "某市人民政府"},
}

var regulationDocs = []qaDocWant{
	{"省政府规章", "某省城市供水管理办法", "某省人民政府令第112号", "2023-03-28", "某省人民政府"},
}

// regulationNote: the 题注 is the 规章's note under its title, its kind a
// document, its chapters headings.
func regulationNote(t *testing.T, is *gazette.Issue, _ *Report) {
	t.Helper()
	a := &is.Sections[0].Articles[0]
	if !strings.HasPrefix(a.Subtitle, "（2023年3月20日") || a.Kind != gazette.KindDocument {
		t.Errorf("规章: subtitle %q kind %v", a.Subtitle, a.Kind)
	}
	if len(a.Blocks) == 0 || a.Blocks[0].Type != gazette.BlockHeading {
		t.Errorf("规章: first block %+v, want the chapter heading", a.Blocks)
	}
}

var attachDocs = []qaDocWant{
	{"县政府办公室文件", "某县人民政府办公室关于印发某县农村人居环境整治提升五年行动实施方案的通知", "某府办发〔2023〕9号", "2023-03-20", "某县人民政府办公室"},
}

// twoAttachments: 附件1 with its whole title, 附件2 with its own title and
// its articles.
func twoAttachments(t *testing.T, is *gazette.Issue, _ *Report) {
	t.Helper()
	var atts []*gazette.Attachment
	for _, b := range is.Sections[0].Articles[0].Blocks {
		if b.Type == gazette.BlockAttachment {
			atts = append(atts, b.Attachment)
		}
	}
	if len(atts) != 2 {
		t.Fatalf("%d attachments, want 2", len(atts))
	}
	if atts[0].Label != "附件1" || atts[0].Title != "某县农村人居环境整治提升五年行动实施方案（2021—2025年）" {
		t.Errorf("附件1: %q %q", atts[0].Label, atts[0].Title)
	}
	if atts[1].Label != "附件2" || atts[1].Title != "某县农村改厕质量管理办法" || len(atts[1].Blocks) != 2 {
		t.Errorf("附件2: %q %q, %d blocks", atts[1].Label, atts[1].Title, len(atts[1].Blocks))
	}
}

var speechDocs = []qaDocWant{
	{"领导讲话", "在全市经济工作会议上的讲话", "", "2023-01-05", ""},
	{"市政府文件", "某市人民政府关于表彰2022年度全市经济工作先进单位的决定", "某府发〔2023〕1号", "2023-01-10", "某市人民政府"},
}

// speechHead: the speech's 题注 is its subtitle, the speaker a line of his
// own before the salutation, nothing kept as a colophon line.
func speechHead(t *testing.T, is *gazette.Issue, _ *Report) {
	t.Helper()
	a := &is.Sections[0].Articles[0]
	if a.Subtitle != "（2023年1月5日）" || a.Kind != gazette.KindDocument || a.Addressee != "" {
		t.Errorf("speech: subtitle %q kind %v addressee %q", a.Subtitle, a.Kind, a.Addressee)
	}
	if len(a.Blocks) < 2 || a.Blocks[0].Text() != "张　明" || a.Blocks[1].Text() != "同志们：" {
		t.Errorf("speech: speaker and salutation not lines of their own: %+v", a.Blocks)
	}
	if is.Colophon.Lines != "" {
		t.Errorf("colophon lines %q, want none", is.Colophon.Lines)
	}
}

func TestQARound2Documents(t *testing.T) {
	for _, tc := range r2DocCases {
		t.Run(tc.name, func(t *testing.T) { runQADocCase(t, tc) })
	}
}

// runQADocCase imports tc's input, edited, and checks it as TestQADocuments
// does, and that the issue's sections are the expected documents' alone.
func runQADocCase(t *testing.T, tc qaDocCase) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "qa", tc.file))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, e := range tc.edits {
		if !strings.Contains(text, e[0]) {
			t.Fatalf("edit: %q not in %s", e[0], tc.file)
		}
		text = strings.Replace(text, e[0], e[1], 1)
	}
	is, rep, err := ParseIssueReport(tc.file, text)
	if err != nil {
		t.Fatal(err)
	}
	checkDocCase(t, tc, text, is, rep)
}

// checkDocCase checks an imported issue against tc: its documents and
// their fields, no section tc does not name, every 目录 entry matched,
// nothing lost, every line removed as 目录 one, then tc.check.
func checkDocCase(t *testing.T, tc qaDocCase, text string, is *gazette.Issue, rep *Report) {
	t.Helper()
	var got []qaDocWant
	sections := map[string]bool{}
	for _, w := range tc.want {
		sections[w.section] = true
	}
	for _, s := range is.Sections {
		if !sections[s.Name] {
			t.Errorf("section %q invented", s.Name)
		}
		for i := range s.Articles {
			a := &s.Articles[i]
			got = append(got, qaDocWant{s.Name, a.Title, a.DocNumber, a.Date, strings.Join(a.Issuers, "、")})
		}
	}
	if len(got) != len(tc.want) {
		t.Fatalf("%d documents, want %d:\n%+v", len(got), len(tc.want), got)
	}
	for i := range got {
		if got[i] != tc.want[i] {
			t.Errorf("document %d = %+v,\nwant %+v", i+1, got[i], tc.want[i])
		}
	}
	if len(rep.Unmatched) > 0 {
		t.Errorf("目录 entries unmatched: %q", rep.Unmatched)
	}
	checkConserved(t, tc.file, text, IssueText(is), rep)
	checkTOCRemovals(t, tc.file, is, rep)
	if tc.check != nil {
		tc.check(t, is, rep)
	}
}

// TestTextAfterTOCNotColophon: a line after the 目录 that no masthead field
// takes and no document's head claims is never kept as a colophon line
// (where it would leave the body): it opens the untitled text the editor
// files, with a warning.
func TestTextAfterTOCNotColophon(t *testing.T) {
	text := "某市人民政府公报\n2023年第1期\n目　　录\n市政府文件\n某市人民政府关于某事的通知……………………1\n主办：某市人民政府办公室\n内部资料　免费赠阅\n— 1 —\n一段没有标题的说明文字\n第二行说明。\n某市人民政府关于某事的通知\n某府发〔2023〕1号\n各县（区）人民政府：\n现将有关事项通知如下。\n某市人民政府\n2023年1月10日\n"
	is, rep, err := ParseIssueReport("after-toc.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(is.Colophon.Lines, "说明") || is.Colophon.Sponsor == "" {
		t.Errorf("colophon %+v", is.Colophon)
	}
	if !strings.Contains(IssueText(is), "一段没有标题的说明文字") {
		t.Error("the text after the 目录 is not in the body")
	}
	if len(rep.Weak()) == 0 {
		t.Error("no warning for the untitled text")
	}
	checkConserved(t, "after-toc.txt", text, IssueText(is), rep)
}

// TestTOCEntriesOneToOne (QA 37): two 目录 entries of one title name two
// documents; with one printed, the other entry is reported unmatched.
func TestTOCEntriesOneToOne(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "qa", "37-two-documents-same-title.no-docnumber.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	cut := strings.Index(text, "— 2 —")
	if cut < 0 {
		t.Fatal("no second page")
	}
	text = text[:cut]
	is, rep, err := ParseIssueReport("37.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if n := is.ArticleCount(); n != 1 || len(rep.Unmatched) != 1 {
		t.Errorf("%d articles, unmatched %q; want 1 and the second entry", n, rep.Unmatched)
	}
	checkConserved(t, "37.txt", text, IssueText(is), rep)
	checkTOCRemovals(t, "37.txt", is, rep)
	if m := MatchTOC(rep.TOC(), is); len(m.Unmatched) != 1 || len(m.Unlisted) != 0 {
		t.Errorf("MatchTOC: unmatched %+v, unlisted %+v; want the second entry alone", m.Unmatched, m.Unlisted)
	}
}

// TestQADocxWholeIssue (QA 29): a whole issue as a .docx of paragraphs
// gives the same documents and sections as the identical .txt — plain
// paragraphs as the QA file is built, the title centred in the Title
// style, a folio and a page break after the 目录 — and nothing goes to the
// colophon.
func TestQADocxWholeIssue(t *testing.T) {
	dir := filepath.Join("..", "testdata", "qa")
	txt, err := os.ReadFile(filepath.Join(dir, "29-docx-whole-issue.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(txt), "\n"), "\n")
	title := "某县人民政府办公室关于印发某县农村人居环境整治实施方案的通知"
	want := []qaDocWant{{"县政府办公室文件", title, "某府办发〔2023〕7号", "2023-03-10", "某县人民政府办公室"}}
	para := func(s string) string { return `<w:p><w:r><w:t xml:space="preserve">` + s + `</w:t></w:r></w:p>` }
	styled := func(k int, s string) string {
		switch {
		case s == title && k > 5:
			return `<w:p><w:pPr><w:pStyle w:val="a3"/><w:jc w:val="center"/></w:pPr><w:r><w:t>` + s + `</w:t></w:r></w:p>`
		case strings.HasSuffix(s, "……………1"):
			return para(s) + para("— 1 —") + `<w:p><w:r><w:br w:type="page"/></w:r></w:p>`
		}
		return para(s)
	}
	file, err := os.ReadFile(filepath.Join(dir, "29-docx-whole-issue.docx"))
	if err != nil {
		t.Fatal(err)
	}
	var body strings.Builder
	for k, s := range lines {
		body.WriteString(styled(k, s))
	}
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"the QA file", file},
		{"title centred in the Title style, folio and page break after the 目录", zipParts(t, docxParts(body.String()))},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, err := DocxText("29.docx", c.data)
			if err != nil {
				t.Fatal(err)
			}
			is, rep, err := ReadIssueReport("29.docx", c.data)
			if err != nil {
				t.Fatal(err)
			}
			var src []string // the converter's marks are no text of the source
			for _, l := range strings.Split(text, "\n") {
				if !commentLine.MatchString(strings.TrimSpace(l)) {
					src = append(src, l)
				}
			}
			checkDocCase(t, qaDocCase{file: "29.docx", want: want}, strings.Join(src, "\n"), is, rep)
			if is.Colophon.Lines != "" || is.Title != "某县人民政府公报" {
				t.Errorf("title %q, colophon lines %q", is.Title, is.Colophon.Lines)
			}
		})
	}
	is, rep, err := ParseIssueReport("29.txt", string(txt))
	if err != nil {
		t.Fatal(err)
	}
	checkDocCase(t, qaDocCase{file: "29.txt", want: want}, string(txt), is, rep)
}

// TestAttachListBeforeSignature: 附件1：title lines before the signature
// are the 附件说明, never attachments.
func TestAttachListBeforeSignature(t *testing.T) {
	text := "某县人民政府办公室关于印发两个方案的通知\n某府办发〔2023〕9号\n各乡镇人民政府：\n现将两个方案印发给你们，请认真组织实施。\n附件1：某县甲方案\n附件2：某县乙方案\n某县人民政府办公室\n2023年3月20日\n"
	a, _, err := ParseDocument("list.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range a.Blocks {
		if b.Type == gazette.BlockAttachment {
			t.Errorf("attachment %q made of the 附件说明", b.Attachment.Label)
		}
	}
}

// TestSectionInProvince (QA 18, still open from round 1): documents added
// to a provincial issue whose sections are 省政府文件 and 省政府规章 go to
// those sections — a 某省人民政府 document to 省政府文件, a 规章 with its 令号
// to 省政府规章 — never to a new 部门文件; a 办公厅 document the issue has no
// section for is named 省政府办公厅文件 and said to be new.
func TestSectionInProvince(t *testing.T) {
	is := gazette.New("某省人民政府公报", 2023, 7)
	is.AddArticle("省政府文件", gazette.Article{Kind: gazette.KindDocument, Title: "某省人民政府关于甲事的通知", Issuers: []string{"某省人民政府"}, DocNumber: "某政发〔2023〕1号"})
	is.AddArticle("省政府规章", gazette.Article{Kind: gazette.KindDocument, Title: "某省城市供水管理办法", Issuers: []string{"某省人民政府"}, DocNumber: "某省人民政府令第112号"})
	for _, c := range []struct {
		a      gazette.Article
		sec    string
		exists bool
	}{
		{gazette.Article{Kind: gazette.KindDocument, Title: "某省人民政府关于乙事的批复", DocNumber: "某政函〔2023〕5号"}, "省政府文件", true},
		{gazette.Article{Kind: gazette.KindDocument, Title: "某省城镇燃气管理办法", Issuers: []string{"某省人民政府"}, DocNumber: "某省人民政府令第113号"}, "省政府规章", true},
		{gazette.Article{Kind: gazette.KindDocument, Title: "某省人民政府办公厅关于丙事的通知", DocNumber: "某政办发〔2023〕3号"}, "省政府办公厅文件", false},
	} {
		if sec, exists := SectionIn(is, &c.a); sec != c.sec || exists != c.exists {
			t.Errorf("《%s》: SectionIn = %q, %v; want %q, %v", c.a.Title, sec, exists, c.sec, c.exists)
		}
	}
}

// TestTOCSectionLeftEmpty (QA 30): a 目录 section whose entries' articles
// were all filed elsewhere is named in a warning, never dropped silently.
func TestTOCSectionLeftEmpty(t *testing.T) {
	text := "某县人民政府公报\n2023年第2期\n目　　录\n县政府文件\n县政府召开第5次常务会议……………………1\n某县人民政府关于某事的通知（某政发〔2023〕1号）……………………2\n政务动态\n县长调研春耕生产……………………3\n— 1 —\n县政府召开第5次常务会议\n3月5日，县政府召开第5次常务会议，研究部署春耕生产工作。\n县长调研春耕生产\n3月8日，县长深入乡镇调研春耕生产。\n"
	is, rep, err := ParseIssueReport("empty-section.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	named := false
	for _, w := range rep.Weak() {
		named = named || strings.Contains(w.Message, "“县政府文件”")
	}
	if !named {
		var secs []string
		for _, s := range is.Sections {
			secs = append(secs, s.Name)
		}
		t.Errorf("sections %q, no warning names the 目录 section 县政府文件: %v", secs, rep.Weak())
	}
	checkConserved(t, "empty-section.txt", text, IssueText(is), rep)
}
