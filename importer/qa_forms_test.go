package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/gazette"
)

// The QA inputs of testdata/qa/ on page furniture, the masthead, the head
// lines and line units (see testdata/qa/README.md): each is imported from
// its file and checked for the fields its .expect.md names, for
// conservation (every character kept in the issue or listed as removed),
// for the removals it names (line and reason), and for furniture in any
// article.

// qaForm is one QA input and what its import must give.
type qaForm struct {
	file string
	// year, number, total: the masthead (0: not checked).
	year, number, total int
	unit                gazette.NumberUnit // the numbering unit the masthead prints ("" for 期)
	date                string             // the issue's date, "" not checked
	title               string             // the issue's name, "" not checked
	docs                []qaDoc
	// removed: source line → reason it must be listed with.
	removed map[int]string
	// kept: lines that must stay in the issue's text (an article or the colophon).
	kept []string
	// added: characters the issue may hold that the input has not, besides
	// figures.
	added string
	check func(t *testing.T, is *gazette.Issue, rep *Report)
}

// qaRead reads testdata/qa/name (the name may end in a glob's *).
func qaRead(t *testing.T, name string) (string, string) {
	t.Helper()
	ms, err := filepath.Glob(filepath.Join("..", "testdata", "qa", name))
	if err != nil || len(ms) != 1 {
		t.Fatalf("testdata/qa/%s: %d files (%v)", name, len(ms), err)
	}
	b, err := os.ReadFile(ms[0])
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Base(ms[0]), string(b)
}

// qaForms are the cases; every field listed is asserted.
var qaForms = []qaForm{
	{
		file: "12-*.txt", year: 2021, number: 5, total: 523, date: "2021-03-15",
		docs:    []qaDoc{{"省政府文件", "某省人民政府关于同意乌鲁木齐高新区建设示范区的批复", "某政函〔2021〕14号", "2021-03-01", "省科技厅，乌鲁木齐市人民政府"}},
		removed: map[int]string{7: ReasonFolio, 10: ReasonFolio, 11: ReasonRunningHead, 18: ReasonFolio},
	},
	{
		file: "21-*.txt", year: 2021, number: 5, total: 523,
		docs:    []qaDoc{{"省政府文件", "某省人民政府关于同意乌鲁木齐高新区建设示范区的批复", "某政函〔2021〕14号", "2021-03-01", "省科技厅，乌鲁木齐市人民政府"}},
		removed: map[int]string{6: ReasonFolio, 7: ReasonRunningHead, 10: ReasonFolio, 11: ReasonRunningHead},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			if a := is.Sections[0].Articles[0]; len(a.Issuers) != 1 || a.Issuers[0] != "某省人民政府" {
				t.Errorf("issuers %q, want [某省人民政府]", a.Issuers)
			}
		},
	},
	{
		file: "02-*.txt", year: 2021, number: 5, total: 523,
		docs:    []qaDoc{{"省政府文件", "某省人民政府关于在博鳌乐城先行区暂时调整实施有关规定的决定", "某政发〔2021〕5号", "2021-02-21", "各市、州人民政府，省政府各部门"}},
		removed: map[int]string{8: ReasonFolio, 9: ReasonRunningHead, 18: ReasonFolio},
	},
	{
		file: "01-*.txt", year: 2021, number: 5, total: 523,
		docs:    []qaDoc{{"省政府文件", "某省人民政府关于在博鳌乐城先行区暂时调整实施有关规定的决定", "某政发〔2021〕5号", "2021-02-21", "各市、州人民政府，省政府各部门"}},
		removed: map[int]string{8: ReasonFolio, 9: ReasonRunningHead, 18: ReasonFolio},
	},
	{file: "03-*.txt", year: 2023, number: 3, total: 146, unit: gazette.UnitHao},
	{
		file: "19-*.txt", year: 2021, number: 5, total: 523, date: "2021-03-15",
		docs: []qaDoc{{"省政府文件", "某省人民政府关于在博鳌乐城先行区暂时调整实施有关规定的决定", "某政发〔2021〕5号", "2021-02-21", "各市、州人民政府，省政府各部门"}},
	},
	{
		file: "22-*.txt", year: 2021, number: 5, total: 523, title: "某省人民政府公报",
		docs: []qaDoc{{"省政府文件", "某省人民政府关于在博鳌乐城先行区暂时调整实施有关规定的决定", "某政发〔2021〕5号", "2021-02-21", "各市、州人民政府，省政府各部门"}},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			if is.Colophon.Lines != "" {
				t.Errorf("colophon lines %q, want none (the name's first line is the name)", is.Colophon.Lines)
			}
		},
	},
	{
		file: "06-*.txt", year: 2021, number: 5, total: 523,
		docs:    []qaDoc{{"省政府文件", "某省人民政府关于在博鳌乐城先行区暂时调整实施有关规定的决定", "某政发〔2021〕5号", "2021-02-21", "各市、州人民政府，省政府各部门"}},
		removed: map[int]string{9: ReasonFolio},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			if is.Colophon.Sponsor != "某省人民政府办公厅" {
				t.Errorf("sponsor %q", is.Colophon.Sponsor)
			}
			if want := "编辑：某省人民政府公报编辑部\n内部资料　免费赠阅"; is.Colophon.Lines != want {
				t.Errorf("colophon lines %q, want %q", is.Colophon.Lines, want)
			}
		},
	},
	{
		file: "07-*.txt", year: 2022, number: 2, total: 87,
		docs:    []qaDoc{{"县政府办公室文件", "某县人民政府办公室关于黄金经济政策有关问题的复函", "某政办函〔2022〕16号", "2022-02-12", "县发改局、县自然资源局"}},
		removed: map[int]string{3: ReasonFolio, 5: ReasonBanner},
		check:   qaSigner,
	},
	{
		file: "08-*.txt", year: 2022, number: 2, total: 87,
		docs:    []qaDoc{{"县政府办公室文件", "某县人民政府办公室关于黄金经济政策有关问题的复函", "某政办函〔2022〕16号", "2022-02-12", "县发改局、县自然资源局"}},
		removed: map[int]string{6: ReasonFolio, 15: ReasonRule, 17: ReasonFolio},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			a := &is.Sections[0].Articles[0]
			if a.Disclosure != gazette.DisclosureOnRequest {
				t.Errorf("disclosure %q", a.Disclosure)
			}
			bs := blocksOf(a)
			if len(bs) < 2 || !gazette.RecordBlock(bs[len(bs)-2]) || !gazette.RecordBlock(bs[len(bs)-1]) ||
				!strings.HasPrefix(bs[len(bs)-2].Text(), "抄送：") || !strings.HasSuffix(bs[len(bs)-1].Text(), "印发") {
				t.Errorf("the 抄送 and 印发 lines do not close the document in their order: %d blocks", len(bs))
			}
		},
	},
	{
		file: "14-*.txt", year: 2022, number: 10, total: 700,
		docs:    []qaDoc{{"省政府文件", "某省人民政府关于公布省级行政许可事项清单的通知", "某政发〔2022〕21号", "2022-05-06", "各设区市人民政府，省政府各部门"}},
		removed: map[int]string{20: ReasonFolio, 21: ReasonRunningHead, 22: ReasonContinued, 23: ReasonHeaderRow, 26: ReasonFolio, 27: ReasonFolio},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			var tables []*gazette.Table
			for _, b := range blocksOf(&is.Sections[0].Articles[0]) {
				if b.Table != nil {
					tables = append(tables, b.Table)
				}
				if strings.Contains(b.Text(), "续表") {
					t.Errorf("block %q holds the 续表 label", b.Text())
				}
			}
			if len(tables) != 1 || tables[0].HeaderRows != 1 || len(tables[0].Rows) != 5 {
				t.Fatalf("%d tables, want one of 5 rows with 1 header row", len(tables))
			}
		},
	},
	{
		file: "15-*.txt", year: 2024, number: 1, total: 120,
		docs: []qaDoc{{"州政府文件", "某自治州人民政府关于调整州安全生产委员会组成人员的通知", "某州府发〔2024〕2号", "2024-01-05", "各县（市）人民政府，州政府各部门"}},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			var paras []string
			for _, b := range blocksOf(&is.Sections[0].Articles[0]) {
				paras = append(paras, b.Text())
			}
			for _, line := range []string{"主　任：尤　权　　州长", "副主任：杨元元　　常务副州长", "　　　　刘金国　　副州长",
				"成　员：何亚非　　州政府副秘书长", "　　　　蔡旭敏　　州应急管理局局长"} {
				found := false
				for _, p := range paras {
					found = found || p == line
				}
				if !found {
					t.Errorf("%q is not a paragraph as in the source: %q", line, paras)
				}
			}
		},
	},
}

// qaSigner checks that the 签发人 line is listed whole, its name as written,
// and is in no title or issuer.
func qaSigner(t *testing.T, is *gazette.Issue, rep *Report) {
	t.Helper()
	found := false
	for _, r := range rep.Removed {
		found = found || r.Text == "签发人：李　明"
	}
	if !found {
		t.Errorf("签发人：李　明 not listed whole: %+v", rep.Removed)
	}
	a := is.Sections[0].Articles[0]
	if len(a.Issuers) != 1 || a.Issuers[0] != "某县人民政府办公室" {
		t.Errorf("issuers %q", a.Issuers)
	}
}

// TestQASignerAboveDocNumber: the 签发人 line of qa 07 above its 文号.
func TestQASignerAboveDocNumber(t *testing.T) {
	name, text := qaRead(t, "07-*.txt")
	src := strings.Replace(text, "某政办函〔2022〕16号\n签发人：李　明\n", "签发人：李　明\n某政办函〔2022〕16号\n", 1)
	if src == text {
		t.Fatal("the 签发人 line of 07 was not found")
	}
	is, rep, err := ParseIssueReport(name, src)
	if err != nil {
		t.Fatal(err)
	}
	tc := qaCase(t, "07-*.txt")
	tc.removed = map[int]string{3: ReasonFolio, 4: ReasonBanner}
	qaCheckForm(t, tc, src, is, rep)
}

// qaCase returns the case of a file.
func qaCase(t *testing.T, file string) qaForm {
	t.Helper()
	for _, tc := range qaForms {
		if tc.file == file {
			return tc
		}
	}
	t.Fatalf("no case %s", file)
	return qaForm{}
}

func TestQAForms(t *testing.T) {
	for _, tc := range qaForms {
		name, text := qaRead(t, tc.file)
		t.Run(name, func(t *testing.T) {
			is, rep, err := ParseIssueReport(name, text)
			if err != nil {
				t.Fatal(err)
			}
			qaCheckForm(t, tc, text, is, rep)
		})
	}
}

// qaCheckForm checks one imported QA input against its case.
func qaCheckForm(t *testing.T, tc qaForm, text string, is *gazette.Issue, rep *Report) {
	t.Helper()
	if tc.year != 0 && (is.Year != tc.year || is.Number != tc.number || is.TotalNumber != tc.total) {
		t.Errorf("masthead %d年第%d期（总第%d期）, want %d年第%d期（总第%d期）", is.Year, is.Number, is.TotalNumber, tc.year, tc.number, tc.total)
	}
	if tc.year != 0 && is.Unit != tc.unit {
		t.Errorf("numbering unit %q, want %q", is.Unit, tc.unit)
	}
	if tc.date != "" && is.Date != tc.date {
		t.Errorf("issue date %q, want %q", is.Date, tc.date)
	}
	if tc.title != "" && is.Title != tc.title {
		t.Errorf("issue title %q, want %q", is.Title, tc.title)
	}
	if tc.docs != nil {
		var got []qaDoc
		for _, s := range is.Sections {
			for i := range s.Articles {
				a := &s.Articles[i]
				got = append(got, qaDoc{s.Name, a.Title, a.DocNumber, a.Date, a.Addressee})
			}
		}
		if len(got) != len(tc.docs) {
			t.Fatalf("%d documents %q, want %d", len(got), got, len(tc.docs))
		}
		for i := range tc.docs {
			if got[i] != tc.docs[i] {
				t.Errorf("document %d = %+v, want %+v", i+1, got[i], tc.docs[i])
			}
		}
		if len(rep.Unmatched) != 0 {
			t.Errorf("unmatched 目录 entries %q", rep.Unmatched)
		}
	}
	out := IssueText(is)
	if lost, _ := Balance(text, out, rep.RemovedText()); lost > 0 {
		t.Errorf("%d characters lost: %s", lost, Missing(text, out, rep.RemovedText()))
	}
	// Nothing added but the figures of a masthead value printed in 〇
	// numerals (二〇二一年第五期 is kept as 2021, 5; its own writing is listed).
	// A section the text has no 目录 for is named by SectionFor (a guess the
	// report warns of): its name is no added text.
	var names strings.Builder
	for _, sec := range is.Sections {
		names.WriteString(sec.Name)
	}
	for _, r := range Missing(out, text+names.String(), "") {
		if r != ' ' && r != '×' && !(r >= '0' && r <= '9') && !strings.ContainsRune(tc.added, r) {
			t.Errorf("characters added: %s", Missing(out, text+names.String(), ""))
			break
		}
	}
	reasons := map[int]string{}
	for _, r := range rep.Removed {
		if reasons[r.Line] == "" {
			reasons[r.Line] = r.Reason
		}
	}
	for n, want := range tc.removed {
		if reasons[n] != want {
			t.Errorf("line %d removed as %q, want %q", n, reasons[n], want)
		}
	}
	// No furniture in any article: no line removed as a folio or running
	// head is printed as a block of its own.
	for _, r := range rep.Removed {
		if r.Reason != ReasonFolio && r.Reason != ReasonRunningHead {
			continue
		}
		key := noSpace(r.Text)
		for _, s := range is.Sections {
			for _, a := range s.Articles {
				for _, b := range blocksOf(&a) {
					if noSpace(b.Text()) == key {
						t.Errorf("《%s》 prints the removed %s %q", a.Title, r.Reason, r.Text)
					}
				}
				if strings.Contains(noSpace(a.Title), key) {
					t.Errorf("title %q holds the removed %s %q", a.Title, r.Reason, r.Text)
				}
			}
		}
	}
	for _, k := range tc.kept {
		if !strings.Contains(out, k) {
			t.Errorf("%q is not in the issue", k)
		}
	}
	if tc.check != nil {
		tc.check(t, is, rep)
	}
}

// TestQARunningHeadForms: the running head between the title and the 文号
// of testdata/qa/21 (line 11) in the forms the issue itself gives — its
// section name decorated, the name's short form, the number alone or as
// 2021.5, in 〇 numerals — is removed, the title kept whole.
func TestQARunningHeadForms(t *testing.T) {
	name, text := qaRead(t, "21-*.txt")
	lines := strings.Split(text, "\n")
	if lines[10] != "省政府文件" {
		t.Fatalf("line 11 of %s is %q", name, lines[10])
	}
	base := qaCase(t, "21-*.txt")
	for _, head := range []string{"【省政府文件】", "·省政府文件·", "某省政府公报", "某省政府公报　2021.5", "某省人民政府公报　2021.5",
		"第5期", "二〇二一年第五期", "某省政府公报　　第五期", "2021年第05期　省政府文件", "3/12"} {
		reason := ReasonRunningHead
		if folioKind(furnitureKey(head)) != "" {
			reason = ReasonFolio // 3/12: the page of the issue's pages
		}
		ls := append([]string(nil), lines...)
		ls[10], ls[6] = head, "" // line 7 (the other section head) left empty
		src := strings.Join(ls, "\n")
		t.Run(head, func(t *testing.T) {
			is, rep, err := ParseIssueReport(name, src)
			if err != nil {
				t.Fatal(err)
			}
			tc := base
			tc.removed = map[int]string{11: reason}
			qaCheckForm(t, tc, src, is, rep)
		})
	}
}

// TestQADateUnderSignatureKept: the issue's date printed as a document's
// date at the top of a page, under the signature the page before ended
// with (an organ, or an office and a name as a 令 is signed), stays the
// document's date (no running head).
func TestQADateUnderSignatureKept(t *testing.T) {
	name, text := qaRead(t, "12-*.txt")
	for _, sign := range []string{"某省人民政府", "省长　　王　强"} {
		src := strings.Replace(text, "某省人民政府\n2021年3月1日\n— 4 —", sign+"\n— 4 —\n2021年3月15日\n", 1)
		if src == text {
			t.Fatal("the signature of 12 was not found")
		}
		t.Run(sign, func(t *testing.T) {
			is, rep, err := ParseIssueReport(name, src)
			if err != nil {
				t.Fatal(err)
			}
			tc := qaCase(t, "12-*.txt")
			tc.docs = []qaDoc{{"省政府文件", "某省人民政府关于同意乌鲁木齐高新区建设示范区的批复", "某政函〔2021〕14号", "2021-03-15", "省科技厅，乌鲁木齐市人民政府"}}
			tc.removed = map[int]string{11: ReasonRunningHead, 17: ReasonFolio}
			qaCheckForm(t, tc, src, is, rep)
		})
	}
}

// TestQASectionNameThatIsATitle: a 目录 section named like one of its
// entries (政府工作报告) is no running head where that title stands.
func TestQASectionNameThatIsATitle(t *testing.T) {
	f := furniture{sections: []string{"政府工作报告", "省政府文件"}, titles: []string{"政府工作报告"}, isoDates: []string{"2021-03-15"}}
	for key, want := range map[string]string{"政府工作报告": "", "省政府文件": "section", "【省政府文件】": "section",
		"2021年3月15日": "date", "二〇二一年三月十五日": "date", "2021年3月16日": ""} {
		if got := f.aloneHead(furnitureKey(key)); got != want {
			t.Errorf("aloneHead(%q) = %q, want %q", key, got, want)
		}
	}
}

// TestQAMastheadNumberWithoutYear: 第5期（总第523期） with the year only in
// the issue's date.
func TestQAMastheadNumberWithoutYear(t *testing.T) {
	name, text := qaRead(t, "12-*.txt")
	src := strings.Replace(text, "2021年第5期（总第523期）", "第5期（总第523期）", 1)
	is, rep, err := ParseIssueReport(name, src)
	if err != nil {
		t.Fatal(err)
	}
	qaCheckForm(t, qaCase(t, "12-*.txt"), src, is, rep)
}

// TestQAHardWrappedParagraphs: qa 20, text copied from a PDF and wrapped at
// the measure — with its indents, without, with ASCII spaces — gives four
// paragraphs, each numbered one whole (一、 a run-in number), no heading.
func TestQAHardWrappedParagraphs(t *testing.T) {
	name, text := qaRead(t, "20-*.txt")
	tc := qaForm{year: 2021, number: 5, total: 523,
		docs: []qaDoc{{"省政府文件", "某省人民政府关于同意乌鲁木齐高新区建设示范区的批复", "某政函〔2021〕14号", "2018-11-23", "省科技厅，乌鲁木齐市人民政府"}}}
	for form, src := range map[string]string{
		"indented": text, "no indent": strings.ReplaceAll(text, "\n　　", "\n"), "ascii indent": strings.ReplaceAll(text, "\n　　", "\n    "),
	} {
		t.Run(form, func(t *testing.T) {
			is, rep, err := ParseIssueReport(name, src)
			if err != nil {
				t.Fatal(err)
			}
			qaCheckForm(t, tc, src, is, rep)
			var paras []string
			for _, b := range blocksOf(&is.Sections[0].Articles[0]) {
				if b.Type == gazette.BlockHeading {
					t.Errorf("heading %q", b.Text())
				}
				if b.Type == gazette.BlockParagraph {
					paras = append(paras, b.Text())
				}
			}
			if len(paras) != 4 {
				t.Fatalf("%d paragraphs, want 4: %q", len(paras), paras)
			}
			for k, want := range []string{"你们关于", "一、同意", "二、同意", "三、同意"} {
				if !strings.HasPrefix(paras[k], want) || !endsSentence(paras[k]) && k > 0 {
					t.Errorf("paragraph %d = %q, want it to open %q and end a sentence", k+1, paras[k], want)
				}
			}
			if !strings.Contains(paras[3], "建设国家自主创新示范区工作") {
				t.Errorf("a word cut in two: %q", paras[3])
			}
		})
	}
}

// TestQAWrapNeedsEvidence: a text with one paragraph a line has no measure,
// and a short numbered phrase there stays a heading.
func TestQAWrapNeedsEvidence(t *testing.T) {
	_, text := qaRead(t, "02-*.txt")
	src := strings.Replace(text, "具体管理办法由", "一、总体要求\n具体管理办法由", 1)
	is, _, err := ParseIssueReport("02.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	bs := blocksOf(&is.Sections[0].Articles[0])
	if len(bs) == 0 || bs[0].Type != gazette.BlockHeading || bs[0].Text() != "一、总体要求" {
		t.Errorf("first block %+v, want the heading 一、总体要求", bs[0])
	}
}

// TestQASpacing: the small alterations of the QA pass — a letter-spaced
// title loses every letter space, a chapter heading keeps its full-width
// spacing as written, and a 附件 list of numbered items is one list.
func TestQASpacing(t *testing.T) {
	name, text := qaRead(t, "21-*.txt")
	for _, title := range []string{"某 省 人 民 政 府 关 于 几 个 问 题 的 通 知", "某省人民政府关于几 个 问 题 的 通 知"} {
		src := strings.NewReplacer("某省人民政府关于同意乌鲁木齐高新区\n建设示范区的批复\n", title+"\n",
			"某省人民政府关于同意乌鲁木齐高新区建设示范区的批复…", "某省人民政府关于几个问题的通知…",
			"一、同意乌鲁木齐高新区建设示范区。\n", "第一章　总　　则\n第一条　为了规范管理，制定本办法。\n附件：1．某某事项清单\n　　　2．某某事项目录\n").Replace(text)
		t.Run(title, func(t *testing.T) {
			is, rep, err := ParseIssueReport(name, src)
			if err != nil {
				t.Fatal(err)
			}
			tc := qaCase(t, "21-*.txt")
			tc.docs = []qaDoc{{"省政府文件", "某省人民政府关于几个问题的通知", "某政函〔2021〕14号", "2021-03-01", "省科技厅，乌鲁木齐市人民政府"}}
			tc.removed = map[int]string{7: ReasonRunningHead, 10: ReasonRunningHead}
			qaCheckForm(t, tc, src, is, rep)
			var chapter, list bool
			for _, b := range blocksOf(&is.Sections[0].Articles[0]) {
				chapter = chapter || b.Type == gazette.BlockHeading && b.Text() == "第一章　总　　则"
				list = list || b.Type == gazette.BlockList && len(b.Items) == 2
			}
			if !chapter {
				t.Error("no heading 第一章　总　　则 as written")
			}
			if !list {
				t.Error("the 附件 items are not one list")
			}
		})
	}
}

// TestFolioOfPages: a folio with the page count (3/12) is a folio; a ratio
// past its total is not.
func TestFolioOfPages(t *testing.T) {
	for line, want := range map[string]string{"3/12": "decorated", "3／12": "decorated", "12/12": "decorated", "13/12": "", "0/5": "", "3/12/2021": ""} {
		if got := folioKind(furnitureKey(line)); got != want {
			t.Errorf("folioKind(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestQARunningHeadDateForms: qa 12's running head (the issue's date, line
// 11) in other forms: with the name, in 〇 numerals, alone in 〇 numerals.
func TestQARunningHeadDateForms(t *testing.T) {
	name, text := qaRead(t, "12-*.txt")
	for _, head := range []string{"某省人民政府公报　二〇二一年三月十五日", "二〇二一年三月十五日", "某省人民政府公报　2021年3月15日", "2021年3月15日　第5期"} {
		src := strings.Replace(text, "— 3 —\n2021年3月15日\n", "— 3 —\n"+head+"\n", 1)
		if src == text {
			t.Fatal("line 11 of 12 not found")
		}
		t.Run(head, func(t *testing.T) {
			is, rep, err := ParseIssueReport(name, src)
			if err != nil {
				t.Fatal(err)
			}
			qaCheckForm(t, qaCase(t, "12-*.txt"), src, is, rep)
		})
	}
}

// TestWrapMeasureNotFromLists: a name list whose lines share one length is
// no hard-wrapped text; the numbered phrase after it stays a heading.
func TestWrapMeasureNotFromLists(t *testing.T) {
	list := strings.Repeat("副主任：杨元元　　常务副州长助理\n", 8)
	text := "某县人民政府关于调整组成人员的通知\n某政发〔2024〕2号\n各乡镇人民政府：\n" + list +
		"一、同意调整县安全生产委员会组成人员名单\n现将有关事项通知如下。\n某县人民政府\n2024年1月5日\n"
	p := newParser("list.txt", text)
	if m := p.wrapMeasure(); m != 0 {
		t.Errorf("measure %d from a list, want 0", m)
	}
}

// TestQAWrappedArabicNumbered: qa 20's wrapping with 1． numbered
// paragraphs — the number is a run-in, the line continues.
func TestQAWrappedArabicNumbered(t *testing.T) {
	name, text := qaRead(t, "20-*.txt")
	src := strings.NewReplacer("　　一、", "　　1．", "　　二、", "　　2．", "　　三、", "　　3．").Replace(text)
	is, _, err := ParseIssueReport(name, src)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range blocksOf(&is.Sections[0].Articles[0]) {
		if b.Type == gazette.BlockHeading {
			t.Errorf("heading %q", b.Text())
		}
		if b.Type == gazette.BlockParagraph && strings.HasPrefix(b.Text(), "3．") && !strings.Contains(b.Text(), "自主创新示范区工作") {
			t.Errorf("paragraph 3 cut: %q", b.Text())
		}
		if b.Type == gazette.BlockParagraph {
			n++
		}
	}
	if n != 4 {
		t.Errorf("%d paragraphs, want 4", n)
	}
}

// TestQAPublicationDateFigures: qa 19 with the date in figures, …日出版.
func TestQAPublicationDateFigures(t *testing.T) {
	name, text := qaRead(t, "19-*.txt")
	src := strings.Replace(text, "二〇二一年三月十五日出版", "2021年3月15日出版", 1)
	is, rep, err := ParseIssueReport(name, src)
	if err != nil {
		t.Fatal(err)
	}
	qaCheckForm(t, qaCase(t, "19-*.txt"), src, is, rep)
}

// TestQAWrapAfterSentenceEnd: in qa 20's wrapped and indented text a line
// that runs to the measure and happens to end a sentence is continued by
// the unindented line under it; a blank line still parts paragraphs.
func TestQAWrapAfterSentenceEnd(t *testing.T) {
	name, text := qaRead(t, "20-*.txt")
	const old = "建设国家自主创新示范区的请示（国科发高〔2018〕235\n号）收悉。现批复如下：\n"
	line := "建设国家自主创新示范区的请示已收到。经研究，现批复如下。"
	if runeLen(line) != 28 || !strings.Contains(text, old) {
		t.Fatal("qa 20 is not as this test expects")
	}
	for _, gap := range []string{"", "\n"} {
		src := strings.Replace(text, old, line+"\n"+gap+"具体意见如下：\n", 1)
		is, _, err := ParseIssueReport(name, src)
		if err != nil {
			t.Fatal(err)
		}
		first := blocksOf(&is.Sections[0].Articles[0])[0].Text()
		joined := strings.HasSuffix(first, "如下。具体意见如下：")
		if joined != (gap == "") {
			t.Errorf("gap %q: first paragraph %q", gap, first)
		}
	}
}
