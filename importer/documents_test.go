package importer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/gazette"
)

// one is the only article of a text that holds one document: an error when
// the importer found none or several.
func one(arts []gazette.Article, ws []Warning, err error) (gazette.Article, []Warning, error) {
	if err != nil {
		return gazette.Article{}, ws, err
	}
	if len(arts) != 1 {
		return gazette.Article{}, ws, fmt.Errorf("%d articles, want 1", len(arts))
	}
	return arts[0], ws, nil
}

// twoDocuments is two short documents one after another, the second's
// title broken over two lines: a fuzz seed.
const twoDocuments = "某县人民政府关于做好防汛工作的通知\n某府字〔2024〕3号\n各乡镇：\n请做好防汛工作。\n某县人民政府\n2024年6月1日\n（此件主动公开）\n某县财政局关于下达\n专项资金的通知\n某财字〔2024〕5号 2024年6月2日\n各单位：\n现下达资金。\n"

// corpusTruth is a corpus document's text and hand-checked head.
type corpusTruth struct {
	text      string
	Title     string   `json:"title"`
	DocNumber string   `json:"doc_number"`
	Date      string   `json:"date"`
	Addressee string   `json:"addressee"`
	Embedded  []string `json:"embedded"`
}

// readCorpusDoc reads corpus document NNN and its ground truth.
func readCorpusDoc(t *testing.T, n string) corpusTruth {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, "docs", n+".txt"))
	if err != nil {
		t.Fatal("the corpus (../shared/corpus beside the repository) is missing:", err)
	}
	js, err := os.ReadFile(filepath.Join(corpusDir, "docs", n+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var c corpusTruth
	if err := json.Unmarshal(js, &c); err != nil {
		t.Fatal(n, err)
	}
	c.text = string(data)
	return c
}

// TestParseDocumentsSplits: corpus documents one after another — 2, 3 with
// 036 (a notice carrying a 请示 with its own title) in the middle, 11, all
// 40 — with no blank line, one or two between, read into one article per
// document, in order, each head as the ground truth has it, the embedded
// 请示 inside its notice; every character kept; the report lists each
// document on its first line.
func TestParseDocumentsSplits(t *testing.T) {
	var all []string
	for i := 1; i <= 40; i++ {
		all = append(all, fmt.Sprintf("%03d", i))
	}
	sets := map[string][]string{
		"two":         {"001", "002"},
		"036-between": {"035", "036", "037"},
		"036-first":   {"036", "012"},
		"eleven":      all[:11],
		"eleven-036":  append(append(append([]string{}, all[30:35]...), "036"), all[:5]...),
		"forty":       all,
	}
	for name, set := range sets {
		for _, sep := range []string{"\n", "\n\n", "\n\n\n"} {
			t.Run(fmt.Sprintf("%s/%d", name, strings.Count(sep, "\n")-1), func(t *testing.T) {
				var (
					docs  []corpusTruth
					parts []string
				)
				for _, n := range set {
					d := readCorpusDoc(t, n)
					docs = append(docs, d)
					parts = append(parts, strings.TrimRight(d.text, "\n"))
				}
				text := strings.Join(parts, sep) + "\n"
				arts, rep, err := ParseDocuments("多篇.txt", text)
				if err != nil {
					t.Fatal(err)
				}
				if len(arts) != len(docs) || len(rep.Documents) != len(docs) {
					for _, a := range arts {
						t.Logf("found %s", a.Title)
					}
					t.Fatalf("%d articles, %d in the report; want %d", len(arts), len(rep.Documents), len(docs))
				}
				var out strings.Builder
				lines := strings.Split(text, "\n")
				for i, a := range arts {
					w := docs[i]
					if noSpace(a.Title) != w.Title || noSpace(a.DocNumber) != w.DocNumber || a.Date != w.Date ||
						strings.TrimRight(a.Addressee, "：:") != w.Addressee {
						t.Errorf("%s: read %q %q %s %q; want %q %q %s %q", set[i], a.Title, a.DocNumber, a.Date, a.Addressee,
							w.Title, w.DocNumber, w.Date, w.Addressee)
					}
					for _, e := range w.Embedded {
						if !strings.Contains(noSpace(a.PlainText()), noSpace(e)) {
							t.Errorf("%s: the embedded %q is not in its article", set[i], e)
						}
					}
					d := rep.Documents[i]
					if d.Title != a.Title || d.DocNumber != a.DocNumber || d.Line < 1 || d.Line > len(lines) ||
						!strings.Contains(noSpace(strings.Join(lines[d.Line-1:min(d.Line+3, len(lines))], "")), noSpace(a.Title)[:9]) {
						t.Errorf("%s: report lists %+v", set[i], d)
					}
					out.WriteString(ArticleText(&a))
					out.WriteByte('\n')
				}
				checkConserved(t, name, text, out.String(), rep)
			})
		}
	}
}

// TestParseDocumentsOne: a text of one document reads exactly as
// ParseDocument reads it (every corpus document, every testdata document),
// with the same warnings and the same report.
func TestParseDocumentsOne(t *testing.T) {
	_, docs := conserveInputs(t)
	for _, path := range docs {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want, wrep, err := ParseDocumentReport(filepath.Base(path), string(data))
		if err != nil {
			t.Fatal(err)
		}
		arts, rep, err := ParseDocuments(filepath.Base(path), string(data))
		if err != nil || len(arts) != 1 {
			t.Fatalf("%s: %d articles, %v", path, len(arts), err)
		}
		arts[0].ID = want.ID
		if g, w := articleJSON(t, arts[0]), articleJSON(t, want); g != w {
			t.Errorf("%s: differs from ParseDocument:\n%s\nwant\n%s", path, g, w)
		}
		if g, w := fmt.Sprint(rep), fmt.Sprint(wrep); g != w {
			t.Errorf("%s: report differs:\n%s\nwant\n%s", path, g, w)
		}
	}
}

// TestReadFileSeveralDocx: a .docx holding three documents — one whose
// title Word broke over two paragraphs, one without disclosure note —
// imports as three articles, each with its whole title and its 文号; the
// paragraph ends the conversion marks are no title's.
func TestReadFileSeveralDocx(t *testing.T) {
	docs := [][]string{
		{"甲市人民政府关于做好", "防汛工作的通知", "甲府字〔2020〕31号", "各县（市、区）人民政府：", "现将有关事项通知如下。", "甲市人民政府", "2020年7月22日", "（此件主动公开）"},
		{"甲市财政局关于下达专项资金的通知", "甲财字〔2020〕5号 2020年7月23日", "各县（市、区）财政局：", "现下达专项资金，请按规定使用。"},
		{"甲市财政局关于拨付救灾资金的通知", "甲财字〔2020〕6号 2020年7月24日", "各县（市、区）财政局：", "现拨付救灾资金，请及时下达。", "（此件主动公开）"},
	}
	want := [][2]string{
		{"甲市人民政府关于做好防汛工作的通知", "甲府字〔2020〕31号"},
		{"甲市财政局关于下达专项资金的通知", "甲财字〔2020〕5号"},
		{"甲市财政局关于拨付救灾资金的通知", "甲财字〔2020〕6号"},
	}
	var body strings.Builder
	for _, d := range docs {
		for _, para := range d {
			body.WriteString(wp("", wr(para)))
		}
	}
	path := writeFile(t, t.TempDir(), "三篇.docx", zipParts(t, docxParts(body.String())))
	arts, _, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != len(want) {
		t.Fatalf("%d articles, want %d", len(arts), len(want))
	}
	for i, a := range arts {
		if noSpace(a.Title) != want[i][0] || a.DocNumber != want[i][1] {
			t.Errorf("article %d: %q %q; want %q %q", i+1, a.Title, a.DocNumber, want[i][0], want[i][1])
		}
	}
}

// TestParseDocumentsNeverInside: texts of one document whose inside looks
// like a document's head — a page's running head (a date) between the
// title and the 文号 line, a table continued under 续表, an attachment
// with its own title after the disclosure note — read as one article,
// exactly as ParseDocument reads them; a document with no 文号 before one
// with a 文号 is an article of its own when its signature's date closes it.
// A title wanted "" is not checked (only that the text is one article).
func TestParseDocumentsNeverInside(t *testing.T) {
	doc001 := readCorpusDoc(t, "001")
	for _, tc := range []struct {
		name, text string
		titles     []string
	}{
		{"running head between title and 文号", "某省人民政府关于同意乌鲁木齐高新区\n建设示范区的批复\n— 3 —\n2021年3月15日\n某政函〔2021〕14号\n省科技厅，乌鲁木齐市人民政府：\n你们的请示收悉。现批复如下：\n一、同意乌鲁木齐高新区建设示范区。\n某省人民政府\n2021年3月1日\n",
			[]string{""}}, // one article; the date glued to its title is ParseDocument's (no masthead tells it is a running head)
		{"目录 over a head", "目　　录\n【省政府文件】\n某省人民政府关于同意乌鲁木齐高新区建设示范区的批复…………（3）\n某省人民政府关于同意乌鲁木齐高新区\n建设示范区的批复\n— 3 —\n2021年3月15日\n某政函〔2021〕14号\n省科技厅，乌鲁木齐市人民政府：\n你们的请示收悉。现批复如下：\n一、同意乌鲁木齐高新区建设示范区。\n某省人民政府\n2021年3月1日\n",
			[]string{""}},
		{"续表", "某省人民政府关于公布名录的通知\n某政发〔2022〕3号\n各市人民政府：\n现将名录公布如下。\n序号\t名称\n1\t甲\n续表\n序号\t名称\n2\t乙\n某省人民政府\n2022年3月1日\n",
			[]string{"某省人民政府关于公布名录的通知"}},
		{"attachment after the note", "某县人民政府关于印发管理办法的通知\n某府发〔2022〕5号\n各乡镇人民政府：\n现将《某县资金管理办法》印发给你们，请遵照执行。\n某县人民政府\n2022年5月1日\n（此件公开发布）\n某县资金管理办法\n第一条　为了规范资金管理，制定本办法。\n第二条　本办法自发布之日起施行。\n",
			[]string{"某县人民政府关于印发管理办法的通知"}},
		{"no 文号 first", "甲市人民政府关于表彰先进集体的决定\n各县（市、区）人民政府：\n现决定表彰先进集体。\n甲市人民政府\n2020年1月1日\n\n" + doc001.text,
			[]string{"甲市人民政府关于表彰先进集体的决定", doc001.Title}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts, rep, err := ParseDocuments("一篇.txt", tc.text)
			if err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			for _, a := range arts {
				out.WriteString(ArticleText(&a) + "\n")
			}
			if len(arts) != len(tc.titles) {
				t.Fatalf("%d articles; want %d", len(arts), len(tc.titles))
			}
			for i, a := range arts {
				if tc.titles[i] != "" && noSpace(a.Title) != tc.titles[i] {
					t.Errorf("article %d: %q; want %q", i+1, a.Title, tc.titles[i])
				}
			}
			checkConserved(t, tc.name, tc.text, out.String(), rep)
			if len(tc.titles) == 1 && len(arts) == 1 {
				want, _, err := ParseDocument("一篇.txt", tc.text)
				if err != nil {
					t.Fatal(err)
				}
				arts[0].ID = want.ID
				if g, w := articleJSON(t, arts[0]), articleJSON(t, want); g != w {
					t.Errorf("differs from ParseDocument:\n%s\nwant\n%s", g, w)
				}
			}
		})
	}
}
