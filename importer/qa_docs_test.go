package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/gazette"
)

// The segmentation defects of the QA pass (testdata/qa, README.md): what a
// document is and where the 目录 ends. Each case imports the QA input and
// checks the documents found (section, title, 文号, date, issuers), that no
// section the case does not expect is made, that every character is kept
// or removed, and that every line removed as 目录 is one (checkTOCRemovals).

// qaDocWant is one document a QA case expects.
type qaDocWant struct {
	section, title, doc, date, issuer string
}

// qaDocCase is one QA input, optionally edited (old → new lines), and the
// documents expected in order.
type qaDocCase struct {
	name  string
	file  string
	edits [][2]string
	want  []qaDocWant
	check func(t *testing.T, is *gazette.Issue, rep *Report)
}

const npc = "某市人民代表大会常务委员会"

var npcDocs = []qaDocWant{
	{"常委会决定", npc + "关于修改《某市城市绿化条例》的决定", "", "2023-05-31", npc},
	{"常委会决定", npc + "关于批准2022年市级决算的决议", "", "2023-05-31", npc},
	{"人事任免", npc + "任免名单", "", "2023-05-31", npc},
}

// npcNotes: the 题注 is each document's adoption note, no addressee, and
// the 任免 lines keep their names as printed.
func npcNotes(t *testing.T, is *gazette.Issue, _ *Report) {
	t.Helper()
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		if _, iso, ok := adoptionNote(a.Subtitle); !ok || iso != "2023-05-31" {
			t.Errorf("《%s》: subtitle %q, want the 题注", a.Title, a.Subtitle)
		}
		if a.Addressee != "" {
			t.Errorf("《%s》: addressee %q, want none", a.Title, a.Addressee)
		}
		return true
	})
	text := IssueText(is)
	for _, name := range []string{"李　华为某市发展和改革委员会主任；", "赵　明的某市发展和改革委员会主任职务"} {
		if !strings.Contains(text, name) {
			t.Errorf("%q not kept as printed", name)
		}
	}
}

var qaDocCases = []qaDocCase{
	{name: "04 人大常委会公报, documents without 文号", file: "04-npc-issue-swallowed-as-toc.txt", want: npcDocs,
		check: func(t *testing.T, is *gazette.Issue, rep *Report) {
			npcNotes(t, is, rep)
			for _, r := range rep.Removed {
				if strings.Contains(r.Text, "页") && r.Reason != ReasonFolio {
					t.Errorf("line %d %q removed as %s, want %s", r.Line, r.Text, r.Reason, ReasonFolio)
				}
			}
		}},
	{name: "04 with a 目录 that leaves the issuer out", file: "04-npc-issue-swallowed-as-toc.txt", check: npcNotes,
		edits: [][2]string{
			{"\n某市人民代表大会常务委员会关于修改《某市城市绿化条例》的决定\t1", "\n关于修改《某市城市绿化条例》的决定\t1"},
			{"\n某市人民代表大会常务委员会关于批准2022年市级决算的决议\t2", "\n关于批准2022年市级决算的决议\t2"},
		},
		want: npcDocs},
	{name: "04 with dotted leaders, no ■, no folios", file: "04-npc-issue-swallowed-as-toc.txt", check: npcNotes,
		edits: [][2]string{
			{"■ 常委会决定", "常委会决定"}, {"■ 人事任免", "人事任免"},
			{"的决定\t1", "的决定……………（1）"}, {"的决议\t2", "的决议……………（2）"}, {"任免名单\t3", "任免名单……………（3）"},
			{"第 1 页\n", ""}, {"第 2 页\n", ""}, {"第 3 页\n", ""}, {"第 4 页\n", ""},
		},
		want: npcDocs},
	{name: "04 with the 目录's section printed over the documents", file: "04-npc-issue-swallowed-as-toc.txt", check: npcNotes,
		edits: [][2]string{
			{"第 1 页\n", "第 1 页\n常委会决定\n"}, {"第 3 页\n", "第 3 页\n人事任免\n"},
		},
		want: npcDocs},
	{name: "05 人大常委会公报 without 目录", file: "05-npc-issue-no-toc.txt", check: npcNotes,
		want: []qaDocWant{
			{"市人大常委会文件", npcDocs[0].title, "", "2023-05-31", npc},
			{"市人大常委会文件", npcDocs[1].title, "", "2023-05-31", npc},
			{"市人大常委会文件", npcDocs[2].title, "", "2023-05-31", npc},
		}},
	{name: "05 in the Markdown form (titles marked ##)", file: "05-npc-issue-no-toc.txt", check: npcNotes,
		edits: [][2]string{
			{"\n某市人民代表大会常务委员会\n关于修改", "\n## 某市人民代表大会常务委员会\n## 关于修改"},
			{"\n某市人民代表大会常务委员会关于批准", "\n## 某市人民代表大会常务委员会关于批准"},
			{"\n某市人民代表大会常务委员会任免名单", "\n## 某市人民代表大会常务委员会任免名单"},
		},
		want: []qaDocWant{
			{"市人大常委会文件", npcDocs[0].title, "", "2023-05-31", npc},
			{"市人大常委会文件", npcDocs[1].title, "", "2023-05-31", npc},
			{"市人大常委会文件", npcDocs[2].title, "", "2023-05-31", npc},
		}},
	{name: "05 with each 题注 wrapped over two lines", file: "05-npc-issue-no-toc.txt", check: npcNotes,
		edits: [][2]string{
			{"（2023年5月31日某市第十六届人民代表大会常务委员会第十二次会议通过）\n某市第十六届", "（2023年5月31日某市第十六届人民代表大会\n常务委员会第十二次会议通过）\n某市第十六届"},
			{"(2023年5月31日某市第十六届人民代表大会常务委员会第十二次会议通过)", "(2023年5月31日某市第十六届人民代表大会常务委员会\n第十二次会议通过)"},
		},
		want: []qaDocWant{
			{"市人大常委会文件", npcDocs[0].title, "", "2023-05-31", npc},
			{"市人大常委会文件", npcDocs[1].title, "", "2023-05-31", npc},
			{"市人大常委会文件", npcDocs[2].title, "", "2023-05-31", npc},
		}},
	{name: "23 文号 〔2021〕第14号 and 【2021】15号", file: "23-docnumber-variant-forms.txt", want: []qaDocWant{
		{"省政府文件", "某省人民政府关于同意乌鲁木齐高新区建设示范区的批复", "某政函〔2021〕第14号", "2021-03-01", "某省人民政府"},
		{"省政府文件", "某省人民政府关于同意设立某某新区的批复", "某政函〔2021〕15号", "2021-03-02", "某省人民政府"},
	}},
	{name: "23 文号 line with its 签发人", file: "23-docnumber-variant-forms.txt",
		edits: [][2]string{{"某政函〔2021〕第14号", "某政函〔2021〕14号　　签发人：李明"}},
		want: []qaDocWant{
			{"省政府文件", "某省人民政府关于同意乌鲁木齐高新区建设示范区的批复", "某政函〔2021〕14号", "2021-03-01", "某省人民政府"},
			{"省政府文件", "某省人民政府关于同意设立某某新区的批复", "某政函〔2021〕15号", "2021-03-02", "某省人民政府"},
		}},
	{name: "24 政府工作报告 without 文号", file: "24-government-work-report.txt", want: []qaDocWant{
		{"重要文件", "政府工作报告", "", "", ""},
		{"省政府文件", "某省人民政府关于在博鳌乐城先行区暂时调整实施有关规定的决定", "某政发〔2021〕5号", "2021-02-21", "某省人民政府"},
	}, check: func(t *testing.T, is *gazette.Issue, _ *Report) {
		a := &is.Sections[0].Articles[0]
		if a.Subtitle != "——2021年1月25日在某省第十三届人民代表大会第四次会议上" || a.Kind != gazette.KindDocument {
			t.Errorf("政府工作报告: subtitle %q kind %v", a.Subtitle, a.Kind)
		}
		if len(a.Blocks) == 0 || a.Blocks[0].Text() != "某省省长　王　强" {
			t.Errorf("政府工作报告: the speaker is not its own first line: %+v", a.Blocks)
		}
	}},
	{name: "13 人大 决议 and 任免名单 inside a 政府公报", file: "13-npc-docs-merged-into-previous.txt", want: []qaDocWant{
		{"市政府文件", "某市人民政府关于王建国等同志职务任免的通知", "某府任〔2023〕7号", "2023-05-20", "某市人民政府"},
		{"市人大常委会文件", npc + "关于批准2022年市级决算的决议", "", "2023-05-31", npc},
		{"市人大常委会文件", npc + "任免名单", "", "2023-05-31", npc},
		{"部门文件", "某市教育局关于做好2023年中小学招生工作的通知", "某教发〔2023〕12号", "2023-06-02", "某市教育局"},
	}, check: func(t *testing.T, is *gazette.Issue, _ *Report) {
		text := IssueText(is)
		for _, name := range []string{"免去赵　明的某市教育局局长职务", "李　华为某市发展和改革委员会主任", "赵　明的某市发展和改革委员会主任职务"} {
			if !strings.Contains(text, name) {
				t.Errorf("%q not kept as printed", name)
			}
		}
		for _, a := range is.Sections[1].Articles {
			if _, _, ok := adoptionNote(a.Subtitle); !ok || strings.Contains(a.Title, "（") {
				t.Errorf("《%s》: 题注 %q not under the title", a.Title, a.Subtitle)
			}
		}
	}},
	{name: "17 规章 with 题注 after a 通知 signed with a date only", file: "17-regulation-with-tizhu-after-date-only-doc.txt", want: []qaDocWant{
		{"市政府文件", "某市人民政府关于公布第三批市级非物质文化遗产代表性项目名录的通知", "某府发〔2023〕15号", "2023-06-05", "某市人民政府"},
		{"市政府文件", "某市人民政府规章制定程序规定", "某市人民政府令第12号", "2023-06-08", "某市人民政府"},
	}, check: func(t *testing.T, is *gazette.Issue, _ *Report) {
		first, rules := &is.Sections[0].Articles[0], &is.Sections[0].Articles[1]
		if first.Disclosure != "主动公开" || rules.Disclosure != "" {
			t.Errorf("附注: 通知 %q, 规章 %q; want it on the 通知", first.Disclosure, rules.Disclosure)
		}
		if !strings.HasPrefix(rules.Subtitle, "（2023年6月1日") || !strings.HasSuffix(rules.Subtitle, "起施行）") {
			t.Errorf("规章 题注 %q", rules.Subtitle)
		}
		if strings.Contains(IssueText(is), "……") {
			t.Error("a 目录 leader reached the issue")
		}
	}},
	{name: "24 with the title letter-spaced", file: "24-government-work-report.txt",
		edits: [][2]string{{"\n政府工作报告\n——", "\n政 府 工 作 报 告\n——"}},
		want: []qaDocWant{
			{"重要文件", "政府工作报告", "", "", ""},
			{"省政府文件", "某省人民政府关于在博鳌乐城先行区暂时调整实施有关规定的决定", "某政发〔2021〕5号", "2021-02-21", "某省人民政府"},
		}},
	{name: "13 without its 目录 (the 题注 alone finds the 人大 documents)", file: "13-npc-docs-merged-into-previous.txt",
		edits: [][2]string{{"目　录\n市政府文件\n某市人民政府关于王建国等同志职务任免的通知（某府任〔2023〕7号）……………（1）\n市人大常委会文件\n某市人民代表大会常务委员会关于批准2022年市级决算的决议……………（2）\n某市人民代表大会常务委员会任免名单……………（3）\n部门文件\n某市教育局关于做好2023年中小学招生工作的通知（某教发〔2023〕12号）……………（4）\n", ""}},
		want: []qaDocWant{
			{"市政府文件", "某市人民政府关于王建国等同志职务任免的通知", "某府任〔2023〕7号", "2023-05-20", "某市人民政府"},
			{"市人大常委会文件", npc + "关于批准2022年市级决算的决议", "", "2023-05-31", npc},
			{"市人大常委会文件", npc + "任免名单", "", "2023-05-31", npc},
			{"部门文件", "某市教育局关于做好2023年中小学招生工作的通知", "某教发〔2023〕12号", "2023-06-02", "某市教育局"},
		}},
	{name: "17 with the 规章's title over two lines", file: "17-regulation-with-tizhu-after-date-only-doc.txt",
		edits: [][2]string{{"\n某市人民政府规章制定程序规定\n(", "\n某市人民政府规章\n制定程序规定\n("}},
		want: []qaDocWant{
			{"市政府文件", "某市人民政府关于公布第三批市级非物质文化遗产代表性项目名录的通知", "某府发〔2023〕15号", "2023-06-05", "某市人民政府"},
			{"市政府文件", "某市人民政府规章制定程序规定", "某市人民政府令第12号", "2023-06-08", "某市人民政府"},
		}},
	{name: "09 目录 directly followed by a 令", file: "09-toc-then-order.txt", want: []qaDocWant{
		{"县政府令", "某县城乡居民自建房安全管理办法", "某县人民政府令第5号", "2022-01-20", "某县人民政府"},
		{"县政府文件", "某县人民政府关于禁止在县城区燃放烟花爆竹的通告", "某政告〔2022〕1号", "2022-02-10", "某县人民政府"},
	}, check: noGuesses},
	{name: "10 目录 without page numbers", file: "10-toc-without-folios-order-section.txt", want: []qaDocWant{
		{"县政府令", "某县城乡居民自建房安全管理办法", "某县人民政府令第5号", "2022-01-20", "某县人民政府"},
		{"县政府文件", "某县人民政府关于禁止在县城区燃放烟花爆竹的通告", "某政告〔2022〕1号", "2022-02-10", "某县人民政府"},
	}, check: noGuesses},
	{name: "11 short 目录, 文号 before the title", file: "11-toc-heading-glued-into-title.txt", want: []qaDocWant{
		{"县政府办公室文件", "某县人民政府办公室关于黄金经济政策有关问题的复函", "某政办函〔2022〕16号", "2022-02-12", "某县人民政府办公室"},
	}, check: func(t *testing.T, is *gazette.Issue, rep *Report) {
		noGuesses(t, is, rep)
		if a := &is.Sections[0].Articles[0]; a.Addressee != "县发改局、县自然资源局" {
			t.Errorf("addressee %q", a.Addressee)
		}
	}},
	{name: "16 目录 sections numbered （一）", file: "16-toc-section-paren-numbered.txt", want: []qaDocWant{
		{"省政府令", "某省安全生产条例实施办法", "某省人民政府令第255号", "2022-04-12", "某省人民政府"},
		{"省政府文件", "某省人民政府关于公布省级行政许可事项清单的通知", "某政发〔2022〕21号", "2022-05-06", "某省人民政府"},
	}},
	{name: "23 in the 版头 order, 签发人 on the 文号 line", file: "23-docnumber-variant-forms.txt",
		edits: [][2]string{{"某省人民政府关于同意设立某某新区的批复\n某政函【2021】15号\n", "某省人民政府文件\n某政函【2021】15号　　签发人：李　明\n某省人民政府关于同意设立某某新区的批复\n"}},
		want: []qaDocWant{
			{"省政府文件", "某省人民政府关于同意乌鲁木齐高新区建设示范区的批复", "某政函〔2021〕第14号", "2021-03-01", "某省人民政府"},
			{"省政府文件", "某省人民政府关于同意设立某某新区的批复", "某政函〔2021〕15号", "2021-03-02", "某省人民政府"},
		}},
}

// noGuesses: every document is matched to its 目录 entry (no section guessed).
func noGuesses(t *testing.T, _ *gazette.Issue, rep *Report) {
	t.Helper()
	for _, w := range rep.Weak() {
		t.Errorf("weak guess: %s", w)
	}
}

func TestQADocuments(t *testing.T) {
	for _, tc := range qaDocCases {
		t.Run(tc.name, func(t *testing.T) {
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
		})
	}
}

// checkTOCRemovals fails for a line removed as 目录 that is none: every
// such line is shaped like an entry or a section name, or names what the
// issue prints (an entry without page number), or is the first line of a
// wrapped entry (the next removed line is an entry). A body line removed
// as 目录 would pass a count of characters while the issue has lost it.
func checkTOCRemovals(t *testing.T, name string, is *gazette.Issue, rep *Report) {
	t.Helper()
	printed := noSpace(strings.ReplaceAll(IssueText(is), "\n", ""))
	var toc []Removal
	for _, r := range rep.Removed {
		if r.Reason == ReasonTOC {
			toc = append(toc, r)
		}
	}
	for k, r := range toc {
		raw := strings.TrimSpace(r.Text)
		switch {
		case strings.Contains(r.Text, "\t") || tocShaped(raw) || tocSection(raw):
		case strings.Contains(printed, noSpace(raw)):
		case k+1 < len(toc) && toc[k+1].Line == r.Line+1 && tocShaped(strings.TrimSpace(toc[k+1].Text)) && !endsSentence(raw):
		default:
			t.Errorf("%s: line %d %q removed as 目录 but is no 目录 line", name, r.Line, r.Text)
		}
	}
}

// TestNoDocumentIsAnError: a whole issue's text in which no document is
// found is refused, naming the file, rather than saved as an issue of no
// article (QA 04 and 05 were saved so, and `gazette check` said 0 errors).
func TestNoDocumentIsAnError(t *testing.T) {
	for _, text := range []string{
		"某市人民代表大会常务委员会公报\n2023年第3期（总第146期）\n目　　录\n■ 常委会决定\n某市人民代表大会常务委员会关于某事的决定\t1\n",
		"某县人民政府公报\n2022年第2期\n主办：某县人民政府\n",
	} {
		is, rep, err := ReadIssueReport("空.txt", []byte(text))
		if err == nil || !strings.Contains(err.Error(), "空.txt") || !strings.Contains(err.Error(), "未找到任何文件") {
			t.Errorf("err = %v (issue %v), want the file named and no document found", err, is)
		}
		if rep == nil {
			t.Error("no report: the editor cannot see what was read")
		}
	}
}

// TestQASectionIn (QA 18): a document added to an issue goes to the
// issue's section that holds its issuer's documents (厅发文件), not to a new
// 部门文件; with no such section, SectionFor's is named and said to be new.
func TestQASectionIn(t *testing.T) {
	dir := filepath.Join("..", "testdata", "qa")
	data, err := os.ReadFile(filepath.Join(dir, "18-append-section-guess.issue.txt"))
	if err != nil {
		t.Fatal(err)
	}
	is, _, err := ParseIssueReport("18.issue.txt", string(data))
	if err != nil {
		t.Fatal(err)
	}
	a, _, err := one(ReadFile(filepath.Join(dir, "18-append-section-guess.txt")))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "某省教育厅关于同意张三同志参加国际学术会议的函" || a.DocNumber != "某教函〔2022〕31号" {
		t.Fatalf("document read as %q %q", a.Title, a.DocNumber)
	}
	if sec, exists := SectionIn(is, &a); sec != "厅发文件" || !exists {
		t.Errorf("SectionIn = %q, %v; want 厅发文件, true", sec, exists)
	}
	other := gazette.Article{Title: "某县财政局关于某事的通知", Kind: gazette.KindDocument}
	if sec, exists := SectionIn(is, &other); sec != SectionDepartment || exists {
		t.Errorf("another issuer: SectionIn = %q, %v; want %s, false", sec, exists, SectionDepartment)
	}
}

// TestQAConservation: every QA input (testdata/qa, including the forms
// other defects are about) imports with every character kept or removed,
// and every line removed as 目录 is one — or is refused with an error that
// names the file. A body line listed as 目录 can never again pass silently.
func TestQAConservation(t *testing.T) {
	m, err := filepath.Glob(filepath.Join("..", "testdata", "qa", "*.txt"))
	if err != nil || len(m) < 24 {
		t.Fatalf("QA inputs: %d %v", len(m), err)
	}
	for _, path := range m {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(path)
		is, rep, err := ParseIssueReport(name, string(data))
		if err != nil {
			if !strings.Contains(err.Error(), name) {
				t.Errorf("%s: error %q does not name the file", name, err)
			}
			continue
		}
		checkConserved(t, name, string(data), IssueText(is), rep)
		checkTOCRemovals(t, name, is, rep)
	}
}

// TestCarriedRulesStay: the 办法 a 印发 notice carries, printed after the
// notice with a 题注 of its own, stays in the notice (its title is named in
// the notice's); a 规章 after it that the notice does not name is a
// document of its own.
func TestCarriedRulesStay(t *testing.T) {
	text := `某市人民政府公报
2023年第7期
某市人民政府关于印发某市停车管理办法的通知
某府发〔2023〕9号
各区人民政府：
现将《某市停车管理办法》印发给你们，请认真贯彻执行。
某市人民政府
2023年6月5日
（此件主动公开）
某市停车管理办法
（2023年5月20日市人民政府第19次常务会议通过）
第一条　为了规范停车管理，制定本办法。
某市人民政府规章制定程序规定
（2023年6月1日某市人民政府第20次常务会议通过　2023年6月8日某市人民政府令第12号公布　自2023年8月1日起施行）
第一条　为了规范规章制定程序，制定本规定。
`
	is, rep, err := ParseIssueReport("carried.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		titles = append(titles, a.Title)
		return true
	})
	want := []string{"某市人民政府关于印发某市停车管理办法的通知", "某市人民政府规章制定程序规定"}
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("documents %q, want %q", titles, want)
	}
	checkConserved(t, "carried.txt", text, IssueText(is), rep)
}

// TestNumberedAnnouncement: a people's congress standing committee's
// 公告 with its number under it (第12号, in brackets or not) is a document,
// 文号 the 公告 and its number as the 目录 lists it; the 条例 it publishes,
// with its 题注, is the next.
func TestNumberedAnnouncement(t *testing.T) {
	for _, number := range []string{"（第12号）", "第12号"} {
		text := `某市人民代表大会常务委员会公报
2023年第4期（总第147期）
目　　录
■ 常委会公告
某市人民代表大会常务委员会公告（第12号）	1
■ 地方性法规
某市城市绿化条例	2
第 1 页
某市人民代表大会常务委员会公告
` + number + `
《某市城市绿化条例》已由某市第十六届人民代表大会常务委员会第十二次会议于2023年5月31日通过，现予公布，自2023年8月1日起施行。
某市人民代表大会常务委员会
2023年6月2日
第 2 页
某市城市绿化条例
（2023年5月31日某市第十六届人民代表大会常务委员会第十二次会议通过）
第一条　为了促进城市绿化事业的发展，制定本条例。
`
		is, rep, err := ParseIssueReport("notice.txt", text)
		if err != nil {
			t.Fatal(err)
		}
		var got []qaDocWant
		for _, s := range is.Sections {
			for i := range s.Articles {
				a := &s.Articles[i]
				got = append(got, qaDocWant{s.Name, a.Title, a.DocNumber, a.Date, strings.Join(a.Issuers, "、")})
			}
		}
		want := []qaDocWant{
			{"常委会公告", npc + "公告", npc + "公告第12号", "2023-06-02", npc},
			{"地方性法规", "某市城市绿化条例", "", "2023-05-31", ""},
		}
		if len(got) != len(want) || got[0] != want[0] || got[1].section != want[1].section || got[1].title != want[1].title || got[1].date != want[1].date {
			t.Errorf("%s: documents %+v,\nwant %+v", number, got, want)
		}
		if len(rep.Unmatched) > 0 {
			t.Errorf("%s: unmatched %q", number, rep.Unmatched)
		}
		checkConserved(t, "notice.txt", text, IssueText(is), rep)
		checkTOCRemovals(t, "notice.txt", is, rep)
	}
}

// TestListedNewsKeepsSection: a news item the 目录 lists under a section
// that is no news section, in a 目录 without one, stays in that section
// (no 重要政务活动 is invented).
func TestListedNewsKeepsSection(t *testing.T) {
	text := "某县人民政府公报\n2022年第2期\n目录\n【县政府信息】\n县政府召开第5次常务会议……………（1）\n— 1 —\n县政府召开第5次常务会议\n刘　锋主持\n3月5日，县政府召开第5次常务会议，研究部署春耕生产工作。\n会议指出，要抓好春耕备耕。\n"
	is, rep, err := ParseIssueReport("news.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if len(is.Sections) != 1 || is.Sections[0].Name != "县政府信息" || len(is.Sections[0].Articles) != 1 {
		var names []string
		for _, s := range is.Sections {
			names = append(names, s.Name)
		}
		t.Fatalf("sections %q, want the 目录's 县政府信息 alone", names)
	}
	checkConserved(t, "news.txt", text, IssueText(is), rep)
}
