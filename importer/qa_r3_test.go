package importer

import (
	"strings"
	"testing"

	"gazette/gazette"
)

// Round 3 of the QA on unseen gazette forms (testdata/qa/README.md, inputs
// 39 on): each input imported from its file and checked as TestQAForms
// does (fields, conservation, removals, no furniture in a body), plus what
// its .expect.md names.

// qaR3Tables returns the tables of the issue's articles.
func qaR3Tables(is *gazette.Issue) []*gazette.Table {
	var ts []*gazette.Table
	for _, s := range is.Sections {
		for i := range s.Articles {
			for _, b := range blocksOf(&s.Articles[i]) {
				if b.Type == gazette.BlockTable && b.Table != nil {
					ts = append(ts, b.Table)
				}
			}
		}
	}
	return ts
}

var qaRound3 = []qaForm{
	{
		file: "39-*.txt", year: 2024, number: 2,
		docs: []qaDoc{{"厅发文件", "某省教育厅关于公布第二批省级示范性实训基地名单的通知", "某教函〔2024〕7号", "2024-03-05", "各普通高等学校"}},
		kept: []string{"某省教育厅办公室"},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			ts := qaR3Tables(is)
			if len(ts) != 1 {
				t.Fatalf("%d tables, want 1", len(ts))
			}
			tb := ts[0]
			if tb.HeaderRows != 1 || len(tb.Rows) != 4 {
				t.Fatalf("table: %d header rows, %d rows; want 1, 4", tb.HeaderRows, len(tb.Rows))
			}
			for r, row := range tb.Rows {
				if len(row.Cells) != 4 {
					t.Errorf("row %d: %d cells, want 4", r+1, len(row.Cells))
				}
			}
			if got := tb.Rows[2].Cells[1].Text(); got != "某市职业学院" {
				t.Errorf("row 3 cell 2 %q, want 某市职业学院", got)
			}
		},
	},
	{
		file: "40-*.txt", year: 2024, number: 2,
		docs: []qaDoc{{"厅发文件", "某省教育厅关于做好2024年普通高校招生工作的通知", "某教发〔2024〕3号", "2024-03-01", "各设区市教育局，各普通高等学校，省直有关单位，各高职高专院校"}},
	},
	{
		file: "41-*.txt", year: 2024, number: 1,
		docs: []qaDoc{{"县政府文件", "某县人民政府关于做好春季森林防火工作的通知", "某府发〔2024〕2号", "2024-02-20", "各乡镇人民政府，县政府各部门"}},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			a := &is.Sections[0].Articles[0]
			if len(a.Issuers) != 1 || a.Issuers[0] != "某县人民政府" {
				t.Errorf("issuers %q, want [某县人民政府]", a.Issuers)
			}
			var sig string
			for _, b := range blocksOf(a) {
				if b.Type == gazette.BlockSignature {
					sig = b.Text()
				}
				if b.Type == gazette.BlockParagraph && strings.Contains(b.Text(), "印章") {
					t.Errorf("seal placeholder in a paragraph %q", b.Text())
				}
			}
			if sig != "某县人民政府\n（印章）\n2024年2月20日" {
				t.Errorf("signature %q, want organ, seal, date one a line", sig)
			}
		},
	},
	{
		file: "42-*.txt", year: 2024, number: 1, total: 30,
		docs:    []qaDoc{{"县政府办公室文件", "某县人民政府办公室关于转发县教育局关于做好学生资助工作的通知的通知", "某府办发〔2024〕2号", "2024-01-15", "各乡镇人民政府，县直各单位"}},
		removed: map[int]string{5: ReasonTOC, 6: ReasonTOC},
		check: func(t *testing.T, is *gazette.Issue, rep *Report) {
			if len(rep.Guesses()) != 0 {
				t.Errorf("weak guesses %v", rep.Guesses())
			}
			want := map[string]bool{"某县教育局关于做好学生资助工作的通知": false, "某教发〔2024〕1号": false, "各中小学校：": false}
			for _, b := range blocksOf(&is.Sections[0].Articles[0]) {
				txt := b.Text()
				if b.Type == gazette.BlockAttachment && b.Attachment != nil {
					txt = b.Attachment.Title
				}
				if _, ok := want[txt]; ok {
					want[txt] = true
				}
			}
			for k, ok := range want {
				if !ok {
					t.Errorf("the attachment has no block %q of its own", k)
				}
			}
		},
	},
	{
		file: "43-*.txt", year: 2024, number: 5,
		docs: []qaDoc{{"省政府文件", "某省人民政府、某省军区关于同意某军分区机关迁址新建的批复", "某政函〔2024〕95号", "2024-11-05", "某军分区"}},
	},
	{
		file: "44-*.txt", year: 2024, number: 2,
		docs: []qaDoc{
			{"县政府文件", "某县人民政府关于做好春季森林防火工作的通知", "某府发〔2024〕2号", "2024-02-20", "各乡镇人民政府，县政府各部门"},
			{"县政府办公室文件", "某县人民政府办公室关于印发某县防汛应急预案的通知", "某府办发〔2024〕5号", "2024-03-01", "各乡镇人民政府，县政府各部门"},
		},
		removed: map[int]string{4: ReasonTOC, 5: ReasonFolio, 12: ReasonFolio},
		check: func(t *testing.T, _ *gazette.Issue, rep *Report) {
			if g := rep.Guesses(); len(g) != 2 || g[0].Line != 6 || g[1].Line != 13 {
				t.Errorf("weak guesses %v, want one for each document's section (lines 6, 13)", g)
			}
		},
	},
	{
		file: "45-*.txt", year: 2024, number: 3,
		docs:    []qaDoc{{"市政府文件", "某市人民政府关于同意设立某市高新技术产业园区的批复", "某府字〔2024〕8号", "2024-03-06", "某区人民政府"}},
		removed: map[int]string{16: ReasonFolio, 17: ReasonRunningHead, 18: ReasonHeaderRow, 20: ReasonFolio},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			ts := qaR3Tables(is)
			if len(ts) != 1 || ts[0].HeaderRows != 1 || len(ts[0].Rows) != 5 {
				t.Fatalf("%d tables (want one of 1 header row and 4 rows)", len(ts))
			}
			if got := ts[0].Rows[4].Cells[3].Text(); got != "5.0" {
				t.Errorf("last row's last cell %q, want 5.0", got)
			}
		},
	},
	{
		file: "46-*.txt", year: 2024, number: 4,
		docs: []qaDoc{{"省政府办公厅文件", "某省人民政府办公厅关于做好2024年春季农业生产工作的通知", "某政办发〔2024〕6号", "2024-02-28", "各市、县（市、区）人民政府，省政府各部门、各直属机构"}},
	},
	{
		file: "47-*.txt", year: 2024, number: 2,
		docs: []qaDoc{{"部门文件", "某省教育厅关于公布2023年度教育统计数据的通知", "某教函〔2024〕9号", "", "各设区市教育局"}},
		kept: []string{"某省教育厅办公室 2024年3月5日印发"},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			ts := qaR3Tables(is)
			if len(ts) != 1 || len(ts[0].Rows) != 5 {
				t.Fatalf("%d tables (want one of 5 rows)", len(ts))
			}
			var got []string
			for _, c := range ts[0].Rows[3].Cells {
				got = append(got, c.Text())
			}
			if strings.Join(got, "|") != "3|研究生（万人）||6.1|" {
				t.Errorf("row 3 %q, want 3|研究生（万人）||6.1|", got)
			}
		},
	},
	{
		file: "48-*.txt", year: 2024, number: 1, total: 30,
		docs: []qaDoc{
			{"县政府文件", "某县人民政府关于印发某县2024年重点工作任务的通知", "某府发〔2024〕1号", "2024-01-10", "各乡镇人民政府，县政府各部门"},
			{"县政府办公室文件", "某县人民政府办公室关于转发县教育局关于做好学生资助工作的通知的通知", "某府办发〔2024〕2号", "2024-01-15", "各乡镇人民政府，县直各单位"},
		},
		removed: map[int]string{4: ReasonTOC, 5: ReasonTOC},
		check:   func(t *testing.T, _ *gazette.Issue, rep *Report) { noGuesses(t, nil, rep) },
	},
}

func TestQARound3(t *testing.T) {
	for _, tc := range qaRound3 {
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

// TestQASpaceTableEvidence: only rows with the evidence of a table become
// one (spacetable.go) — two rows or more, the same three cells or more, a
// number among them; a name list, a letter-spaced name list, a 印发 line
// and a single row stay lines.
func TestQASpaceTableEvidence(t *testing.T) {
	cases := []struct {
		name  string
		lines string
		table bool
	}{
		{"rows with a 序号", "序号  学校名称    类别\n1     某省职业学院  A类\n2     某市职业学院  B类", true},
		{"names without numbers", "王小明    李小红    张大伟\n刘建国    陈立新    杨文华", false},
		{"letter-spaced name list", "主  任：孙春兰    国务院副总理\n成  员：张  三    某部部长", false},
		{"印发 line", "某省教育厅办公室          2024年3月5日印发\n某省教育厅办公室          2024年3月6日印发", false},
		{"a single row", "1     某省职业学院  A类", false},
		{"a row with its last cell empty", "1     某省职业学院  A类\n2     某市职业学院", true},
		{"a second line not in the columns", "1     某省职业学院  A类\n2 某市职业学院    B类", false},
		{"a row with an empty cell", "1     某省职业学院  12    A类\n2                   13    B类", true},
		{"a 印发 line under a table", "1     某省职业学院    12    A类\n某省教育厅办公室    2024年3月5日印发", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := newParser("t.txt", c.lines)
			for _, l := range p.lines {
				if l.tab != c.table {
					t.Errorf("line %d %q: table row %v, want %v", l.n, l.text, l.tab, c.table)
				}
			}
		})
	}
}

// TestQASealOnTheOrganLine: testdata/qa/41 with the seal placeholder
// written after the organ's name on its line (某县人民政府（印章）): the
// line is still the signature's, above the date.
func TestQASealOnTheOrganLine(t *testing.T) {
	name, text := qaRead(t, "41-*.txt")
	text = strings.Replace(text, "某县人民政府\n（印章）\n", "某县人民政府（印章）\n", 1)
	is, rep, err := ParseIssueReport(name, text)
	if err != nil {
		t.Fatal(err)
	}
	var tc qaForm
	for _, c := range qaRound3 {
		if c.file == "41-*.txt" {
			tc = c
		}
	}
	tc.check = func(t *testing.T, is *gazette.Issue, _ *Report) {
		var sig string
		for _, b := range blocksOf(&is.Sections[0].Articles[0]) {
			if b.Type == gazette.BlockSignature {
				sig = b.Text()
			}
		}
		if sig != "某县人民政府（印章）\n2024年2月20日" {
			t.Errorf("signature %q, want the organ with its seal, then the date", sig)
		}
	}
	qaCheckForm(t, tc, text, is, rep)
}
