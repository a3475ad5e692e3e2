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
	{name: "05 人大常委会公报 without 目录", file: "05-npc-issue-no-toc.txt", check: npcNotes,
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
			var got []qaDocWant
			for _, s := range is.Sections {
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
