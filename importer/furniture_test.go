package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gazette/gazette"
)

func TestFolioKind(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"— 12 —", "decorated"}, {"-4-", "decorated"}, {"—6—", "decorated"}, {"·12·", "decorated"},
		{"－ ３ －", "decorated"}, {"第 3 页", "decorated"}, {"第3页 共40页", "decorated"}, {"12", "bare"},
		{"第3条", ""}, {"12345", ""}, {"（一）", ""}, {"2019年", ""},
	} {
		if got := folioKind(furnitureKey(tc.line)); got != tc.want {
			t.Errorf("folioKind(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestRunningHeadOf(t *testing.T) {
	f := furniture{names: []string{"某县人民政府公报"}, labels: []string{"2022年第5期", "总第88期"}, dates: []string{"2022年5月31日"},
		sections: []string{"县政府文件"}}
	for line, want := range map[string]bool{
		"某县人民政府公报": true, "2022年第5期": true, "2022 年第 5 期": true, "２０２２年第５期": true,
		"某县人民政府公报　2022年第5期": true, "某县人民政府公报 2022年第5期（总第88期）": true,
		"2022年第5期 · 某县人民政府公报 · 12": true, "某县人民政府公报 2022年5月31日": true,
		"2022年5月31日": false, "负责同某县人民政府公报志担任": false, "2021年第5期": false,
		"某县人民政府公报编辑部": false, "某县人民政府公报·县政府文件": true, "12　县政府文件　2022年第5期": true,
		"县政府文件": false,
	} {
		if got := f.runningHeadOf(furnitureKey(line)); got != want {
			t.Errorf("runningHeadOf(%q) = %v, want %v", line, got, want)
		}
	}
}

// furnitureIssue is a small issue whose pages broke everywhere: in a
// paragraph (name alone, number alone, folio at top and bottom, two
// folios in a row, a bare number), in a table (the header repeated),
// between the two lines of a title.
const furnitureIssue = `# 某县人民政府公报

2022年第5期（总第88期）

目 录

县政府文件	某县人民政府关于做好防汛工作的通知（某府发〔2022〕3号）……（1）

## 某县人民政府关于做好防汛工作的通知

某府发〔2022〕3号 2022年5月1日

各乡镇人民政府：

今年汛期降雨偏多，各乡镇要落实防汛责任，负责同

— 2 —

某县人民政府公报

志担任防汛指挥长。

二、加强值守，严格执行二十四小时值班和领导带班

-3-

-4-

2022年第5期

制度。

附表

乡镇	责任人	电话
东乡	张三	123
西乡	李四	456

5

某县人民政府公报　2022年第5期

乡镇	责任人	电话
南乡	王五	789

（此件主动公开）

## 某县人民政府关于印发

第 6 页

某县人民政府公报

## 某县防汛应急预案的通知

某府发〔2022〕4号 2022年5月2日

各乡镇人民政府：

现将预案印发给你们。

（此件主动公开）
`

func TestFurnitureRemoved(t *testing.T) {
	is, rep, err := ParseIssueReport("f.txt", furnitureIssue)
	if err != nil {
		t.Fatal(err)
	}
	checkConserved(t, "f.txt", furnitureIssue, IssueText(is), rep)
	var arts []*gazette.Article
	is.Articles(func(_, _ int, a *gazette.Article) bool { arts = append(arts, a); return true })
	if len(arts) != 2 {
		t.Fatalf("%d articles, want 2", len(arts))
	}
	if arts[1].Title != "某县人民政府关于印发某县防汛应急预案的通知" || arts[1].DocNumber != "某府发〔2022〕4号" {
		t.Errorf("second title %q 文号 %q", arts[1].Title, arts[1].DocNumber)
	}
	var texts []string
	tables := 0
	for _, b := range arts[0].Blocks {
		texts = append(texts, b.Text())
		if b.Type == gazette.BlockTable {
			tables++
			if len(b.Table.Rows) != 4 {
				t.Errorf("table has %d rows, want 4 (one header): %q", len(b.Table.Rows), b.Text())
			}
		}
	}
	body := strings.Join(texts, "\n")
	for _, want := range []string{"负责同志担任防汛指挥长。", "领导带班制度。"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	if tables != 1 {
		t.Errorf("%d tables, want 1", tables)
	}
	if strings.Contains(body, "公报") || strings.Contains(body, "第5期") || strings.Contains(body, "—") {
		t.Errorf("furniture in body:\n%s", body)
	}
	reasons := map[string]int{}
	for _, r := range rep.Removed {
		reasons[r.Reason]++
	}
	if reasons[ReasonFolio] != 5 || reasons[ReasonRunningHead] != 4 || reasons[ReasonHeaderRow] != 1 {
		t.Errorf("removed by reason %v, want 5 folios, 4 running heads, 1 header row", reasons)
	}
}

func TestSectionName(t *testing.T) {
	for in, want := range map[string]string{"【市政府文件】": "市政府文件", "一、部门文件": "部门文件", "◆政务动态": "政务动态",
		"［人事任免］": "人事任免", "市政府文件": "市政府文件"} {
		if got := sectionName(in); got != want {
			t.Errorf("sectionName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFurnitureVariants rewrites the noisy corpus issue's page furniture in
// other styles — folios 第 N 页, ·N·, －N－ in full-width figures; running
// heads with spaces, full-width figures, the 总期号, the folio beside them —
// and wants the same documents with the same bodies as from the original.
func TestFurnitureVariants(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(corpusDir, "issues", "corpus_issue_2.txt"))
	if err != nil {
		t.Fatal(err)
	}
	orig := string(data)
	shape := func(text string) string { return issueShape(t, text) }
	want := shape(orig)
	folio := regexp.MustCompile(`(?m)^(?:— (\d+) —|- (\d+) -|(\d+))$`)
	full := strings.NewReplacer("0", "０", "1", "１", "2", "２", "3", "３", "4", "４", "5", "５", "6", "６", "7", "７", "8", "８", "9", "９")
	for name, v := range map[string]func(string) string{
		"第N页": func(s string) string {
			return folio.ReplaceAllStringFunc(s, func(m string) string { return "第 " + strings.Trim(m, "—- ") + " 页" })
		},
		"·N·": func(s string) string {
			return folio.ReplaceAllStringFunc(s, func(m string) string { return "·" + strings.Trim(m, "—- ") + "·" })
		},
		"full-width": func(s string) string {
			s = folio.ReplaceAllStringFunc(s, func(m string) string { return "－" + full.Replace(strings.Trim(m, "—- ")) + "－" })
			return strings.ReplaceAll(s, "\n\n2019年第2期\n\n", "\n\n２０１９年第２期\n\n")
		},
		"folio under the head": func(s string) string {
			pair := regexp.MustCompile(`(?m)^(— \d+ —|- \d+ -|\d+)\n\n(某市人民政府公报(?: 2019年第2期)?|2019年第2期)$`)
			return pair.ReplaceAllString(s, "$2\n\n$1")
		},
		"spaced head with number": func(s string) string {
			return strings.ReplaceAll(s, "\n\n某市人民政府公报 2019年第2期\n\n", "\n\n某市人民政府公报　　2019 年 第 2 期（总第46期）\n\n")
		},
	} {
		t.Run(name, func(t *testing.T) {
			text := v(orig)
			if text == orig {
				t.Fatal("the variant changed nothing")
			}
			if got := shape(text); got != want {
				gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
				for i := range min(len(gl), len(wl)) {
					if gl[i] != wl[i] {
						t.Fatalf("differs at line %d:\ngot  %s\nwant %s", i+1, gl[i], wl[i])
					}
				}
				t.Fatalf("differs in length %d vs %d", len(gl), len(wl))
			}
		})
	}
}

// issueShape is an issue's sections, heads and body texts, one a line, for
// comparing two imports; it checks the import kept every character.
func issueShape(t *testing.T, text string) string {
	t.Helper()
	is, rep, err := ParseIssueReport("v.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	checkConserved(t, "variant", text, IssueText(is), rep)
	var b strings.Builder
	for _, s := range is.Sections {
		for _, a := range s.Articles {
			fmt.Fprintf(&b, "%s|%s|%s|%s\n", s.Name, a.Title, a.DocNumber, a.Date)
			gazette.WalkBlocks(a.Blocks, func(bl *gazette.Block) { b.WriteString(bl.Text() + "\n") })
		}
	}
	return b.String()
}

// TestFurnitureWordForm: in an issue exported from Word (no "#" marks, the
// name on a plain line), page breaks inside paragraphs — a bare folio and
// the name, a dashed folio and the number — are removed and the
// paragraphs joined.
func TestFurnitureWordForm(t *testing.T) {
	data, err := os.ReadFile("testdata/issue_qinghe_word.txt")
	if err != nil {
		t.Fatal(err)
	}
	orig := string(data)
	text := strings.Replace(orig, "市政配套设施不完善、社会服务", "市政配套设施不\n\n5\n\n青禾区人民政府公报\n\n完善、社会服务", 1)
	text = strings.Replace(text, "包括小区内水电路气、消防", "包括小区内水电路气、\n\n— 6 —\n\n2024年第1期\n\n消防", 1)
	if strings.Count(text, "\n") != strings.Count(orig, "\n")+12 {
		t.Fatal("the sample changed: the breaks were not inserted")
	}
	if got, want := issueShape(t, text), issueShape(t, orig); got != want {
		t.Errorf("with page breaks:\n%s\nwant:\n%s", got, want)
	}
}
