package importer

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

var corpusDir = filepath.Join("..", "..", "shared", "corpus")

// foldLine is a line's counted characters in order, folded.
func foldLine(s string) string {
	var b strings.Builder
	t := strings.TrimLeft(s, " \t")
	for _, m := range []string{"- ", "* "} {
		t = strings.TrimPrefix(t, m)
	}
	for _, r := range supSub.Replace(t) {
		if f := Fold(r); f >= 0 {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// unplaced returns the input lines whose text is in neither the output nor
// the removals (as a run of characters), for a failure message.
func unplaced(input, output, removed string) []string {
	hay := foldLine(strings.ReplaceAll(output+"\n"+removed, "\n", ""))
	var out []string
	for i, l := range strings.Split(input, "\n") {
		f := foldLine(l)
		if f != "" && !strings.Contains(hay, f) {
			out = append(out, strings.TrimSpace(l)+"  ←"+strconv.Itoa(i+1))
		}
	}
	return out
}

func TestConserveDebug(t *testing.T) {
	name := os.Getenv("CONSERVE")
	if name == "" {
		return
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	is, rep, err := ParseIssueReport(filepath.Base(name), string(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Log("added:", Missing(IssueText(is), string(data), ""))
	for _, l := range unplaced(string(data), IssueText(is), rep.RemovedText()) {
		t.Log(l)
	}
}

// conserveInputs are the inputs every character of which must be kept:
// the seed issue, the corpus's two issues (whole) and its documents (one
// by one), and the test gazettes of testdata/.
func conserveInputs(t *testing.T) (issues, docs []string) {
	t.Helper()
	issues = []string{demoSeed}
	m, err := filepath.Glob(filepath.Join(corpusDir, "issues", "*.txt"))
	if err != nil || len(m) != 2 {
		t.Fatalf("corpus issues: %v %v", m, err)
	}
	issues = append(issues, m...)
	own, err := filepath.Glob(filepath.Join("testdata", "issue_*.txt")) // the other test gazettes
	if err != nil || len(own) == 0 {
		t.Fatalf("testdata issues: %v %v", own, err)
	}
	issues = append(issues, own...)
	docs, err = filepath.Glob(filepath.Join(corpusDir, "docs", "*.txt"))
	if err != nil || len(docs) != 40 {
		t.Fatalf("corpus docs: %d %v", len(docs), err)
	}
	return issues, docs
}

// checkConserved fails when a character of input is in neither the output
// nor the removals, or a removal has no line or no reason.
func checkConserved(t *testing.T, name, input, output string, rep *Report) {
	t.Helper()
	if lost, _ := Balance(input, output, rep.RemovedText()); lost > 0 {
		t.Errorf("%s: %d characters lost: %s\nlines: %s", name, lost, Missing(input, output, rep.RemovedText()),
			strings.Join(unplaced(input, output, rep.RemovedText()), "\n"))
	}
	for _, r := range rep.Removed {
		if r.Line <= 0 || r.Reason == "" || strings.TrimSpace(r.Text) == "" {
			t.Errorf("%s: removal without line, reason or text: %+v", name, r)
		}
	}
}

// TestConservation: every character of the seed, of each corpus issue and
// of each corpus document ends up in the issue or in the report's list of
// removals, each removal with its line and reason; a line removed as 目录
// is one (checkTOCRemovals).
func TestConservation(t *testing.T) {
	issues, docs := conserveInputs(t)
	for _, path := range issues {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		is, rep, err := ParseIssueReport(filepath.Base(path), string(data))
		if err != nil {
			t.Fatal(err)
		}
		checkConserved(t, path, string(data), IssueText(is), rep)
		checkTOCRemovals(t, path, is, rep)
	}
	for _, path := range docs {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, rep, err := ParseDocumentReport(filepath.Base(path), string(data))
		if err != nil {
			t.Fatal(err)
		}
		checkConserved(t, path, string(data), ArticleText(&a), rep)
	}
}

func TestBalance(t *testing.T) {
	for _, tc := range []struct {
		in, out, removed string
		lost, added      int
	}{
		{"# 标题\n\n正文。", "标题\n正文。", "", 0, 0},
		{"甲(乙)", "甲（乙）", "", 0, 0},
		{"国发[2019]5号", "国发〔2019〕5号", "", 0, 0},
		{"正文\n— 12 —", "正文", "— 12 —", 0, 0},
		{"正文\n— 12 —", "正文", "", 4, 0},
		{"正文", "正文正文", "", 0, 2},
		{"km<sup>2</sup>", "km2", "", 0, 0},
	} {
		lost, added := Balance(tc.in, tc.out, tc.removed)
		if lost != tc.lost || added != tc.added {
			t.Errorf("Balance(%q, %q, %q) = %d, %d; want %d, %d", tc.in, tc.out, tc.removed, lost, added, tc.lost, tc.added)
		}
	}
}

// FuzzConservation: on any input, every character ends up in the issue (or
// the document, or the documents ParseDocuments cuts it into) or in the
// list of removals. Text-form comments are
// metadata and are left out of the input compared.
func FuzzConservation(f *testing.F) {
	f.Add("# 某市人民政府公报\n\n2024年第3期（总第40期）\n\n目 录\n\n市政府文件\t关于某事的通知……（1）\n\n主办：某市人民政府\n\n## 关于某事的通知\n\n某府字〔2024〕3号 2024年1月2日\n\n各单位：\n\n正文没有\n\n— 2 —\n\n某市人民政府公报\n\n结束。\n\n（此件主动公开）\n")
	f.Add(sampleText)
	f.Add("乐平市人民政府文件\n乐府字〔2021〕5号 签发人：王某\n关于做好\n植树工作的通知\n各单位：\n正文。\n乐平市人民政府\n二〇二一年三月二日\n（此件主动公开）")
	f.Add("项目\t数\n甲\t1\n-4-\n2024年第3期\n项目\t数\n乙\t2\n")
	f.Add(twoDocuments)
	// Web entities anywhere in a line, an imprint after the last document.
	f.Add("某省人民政府公报\n2023年第7期\n某省人民政府关于某事的通知\n某府发〔2023〕11号\n各单位：\n&emsp;&emsp;现将《方案》印发，PM&lt;35&amp;km&lt;sup&gt;2&lt;/sup&gt;&ast;&ast;&#124;\n&nbsp;**一、总体要求**\n\u00a0\u00a0到2025年\n为 加 强 耕 地 保 护\n某省人民政府\n2023年4月3日\n— 2 —\n某省人民政府公报\n（季刊）\n主管：某省人民政府\n电话：0791-1234567\n内部资料　免费赠阅\n")
	f.Fuzz(func(t *testing.T, text string) {
		if strings.Contains(text, "<!--") || strings.Contains(text, "![") || !utf8.ValidString(text) {
			return // comments and images are the text form's, not text
		}
		if is, rep, err := ParseIssueReport("fuzz.txt", text); err == nil {
			if lost, _ := Balance(text, IssueText(is), rep.RemovedText()); lost > 0 {
				t.Fatalf("issue: %d lost: %s", lost, Missing(text, IssueText(is), rep.RemovedText()))
			}
		}
		if a, rep, err := ParseDocumentReport("fuzz.txt", text); err == nil {
			if lost, _ := Balance(text, ArticleText(&a), rep.RemovedText()); lost > 0 {
				t.Fatalf("document: %d lost: %s", lost, Missing(text, ArticleText(&a), rep.RemovedText()))
			}
		}
		if arts, rep, err := ParseDocuments("fuzz.txt", text); err == nil {
			var out strings.Builder
			for i := range arts {
				out.WriteString(ArticleText(&arts[i]) + "\n")
			}
			if lost, _ := Balance(text, out.String(), rep.RemovedText()); lost > 0 {
				t.Fatalf("documents: %d lost: %s", lost, Missing(text, out.String(), rep.RemovedText()))
			}
			if len(rep.Documents) != len(arts) {
				t.Fatalf("%d articles, %d in the report", len(arts), len(rep.Documents))
			}
		}
	})
}

// TestMastheadLinesKept: masthead lines no field takes (内部资料　免费赠阅,
// a second 主办 line, an 编辑 organ) are kept as colophon lines; a field's
// label is listed as removed with its line.
func TestMastheadLinesKept(t *testing.T) {
	text := "# 某县人民政府公报\n\n2023年第5期\n\n内部资料　免费赠阅\n\n主办：某县人民政府\n\n主办：某县人民政府办公室\n\n编辑：某县公报编辑部\n\n出版日期：2023年5月31日\n\n## 关于某事的通知\n\n某府发〔2023〕1号 2023年5月1日\n\n正文。\n"
	is, rep, err := ParseIssueReport("t.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	want := "内部资料　免费赠阅\n主办：某县人民政府办公室\n编辑：某县公报编辑部"
	if is.Colophon.Lines != want {
		t.Errorf("colophon lines = %q, want %q", is.Colophon.Lines, want)
	}
	if is.Colophon.Sponsor != "某县人民政府" || is.Date != "2023-05-31" {
		t.Errorf("sponsor %q date %q", is.Colophon.Sponsor, is.Date)
	}
	found := false
	for _, r := range rep.Removed {
		found = found || (r.Line == 7 && r.Text == "主办：" && r.Reason == ReasonLabel)
	}
	if !found {
		t.Errorf("label of line 7 not listed: %+v", rep.Removed)
	}
	checkConserved(t, "t.txt", text, IssueText(is), rep)
}
