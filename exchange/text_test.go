package exchange_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"gazette/exchange"
	"gazette/gazette"
	"gazette/internal/testseed"
)

// stripIDs clears what a round trip may change: IDs and times.
func stripIDs(is *gazette.Issue) *gazette.Issue {
	c := is.Clone()
	c.ID, c.Created, c.Modified = "", time.Time{}, time.Time{}
	for si := range c.Sections {
		c.Sections[si].ID = ""
		for ai := range c.Sections[si].Articles {
			c.Sections[si].Articles[ai].ID = ""
		}
	}
	return c
}

func jsonOf(t *testing.T, is *gazette.Issue) string {
	t.Helper()
	var b bytes.Buffer
	if err := exchange.WriteJSON(&b, stripIDs(is)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestTextRoundTrip checks that the text form of the seed reads back into
// the same issue, apart from IDs and times.
func TestTextRoundTrip(t *testing.T) {
	is := testseed.Issue(t)
	var txt bytes.Buffer
	if err := exchange.WriteText(&txt, is); err != nil {
		t.Fatal(err)
	}
	back, err := exchange.ReadText("export.txt", txt.String())
	if err != nil {
		t.Fatal(err)
	}
	sameIssue(t, is, back, "")
}

// sameIssue fails t where the JSON of got differs from want's, apart from
// IDs and times; context (the text form read back) follows the message.
func sameIssue(t *testing.T, want, got *gazette.Issue, context string) {
	t.Helper()
	w, g := jsonOf(t, want), jsonOf(t, got)
	if w == g {
		return
	}
	wl, gl := strings.Split(w, "\n"), strings.Split(g, "\n")
	for i := 0; i < len(wl) && i < len(gl); i++ {
		if wl[i] != gl[i] {
			t.Fatalf("round trip differs at JSON line %d:\nwant %s\ngot  %s\n%s", i+1, wl[i], gl[i], context)
		}
	}
	t.Fatalf("round trip differs in length: %d vs %d lines\n%s", len(wl), len(gl), context)
}

// TestWriteJSONFields checks the JSON names the schema promises.
func TestWriteJSONFields(t *testing.T) {
	is := testseed.Issue(t)
	var b bytes.Buffer
	if err := exchange.WriteJSON(&b, is); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"title", "year", "number", "total_number", "date", "status", "sections"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	sec := m["sections"].([]any)[0].(map[string]any)
	if sec["name"] != "市政府文件" {
		t.Errorf("sections[0].name = %v", sec["name"])
	}
	art := sec["articles"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "kind", "title", "issuers", "doc_number", "date", "addressee", "subtitle", "source", "blocks"} {
		if _, ok := art[k]; !ok {
			t.Errorf("article JSON lacks %q", k)
		}
	}
	if art["date"] != "2020-07-21" {
		t.Errorf("date = %v, want 2020-07-21", art["date"])
	}
}

// TestTextRoundTripCorpus checks the round trip of the two whole issues of
// the shared corpus (a 国务院令 with its 令号 among them).
func TestTextRoundTripCorpus(t *testing.T) {
	for _, name := range []string{"corpus_issue_1", "corpus_issue_2"} {
		t.Run(name, func(t *testing.T) {
			is := testseed.File(t, "../../shared/corpus/issues/"+name+".txt")
			var txt bytes.Buffer
			if err := exchange.WriteText(&txt, is); err != nil {
				t.Fatal(err)
			}
			back, err := exchange.ReadText("export.txt", txt.String())
			if err != nil {
				t.Fatal(err)
			}
			sameIssue(t, is, back, "")
		})
	}
}

// TestReadTextVersion1 reads files the previous version of WriteText wrote
// (testdata/v1: a break comment after an open-ended paragraph, "- " before
// every numbered paragraph without a lead-in) into the issues they were
// written from.
func TestReadTextVersion1(t *testing.T) {
	for _, c := range []struct{ file, source string }{
		{"testdata/v1/seed.txt", ""},
		{"testdata/v1/corpus_issue_2.txt", "../../shared/corpus/issues/corpus_issue_2.txt"},
	} {
		t.Run(c.file, func(t *testing.T) {
			want := testseed.Issue(t)
			if c.source != "" {
				want = testseed.File(t, c.source)
			}
			data, err := os.ReadFile(c.file)
			if err != nil {
				t.Fatal(err)
			}
			if !exchange.IsText(string(data)) {
				t.Fatal("IsText = false")
			}
			got, err := exchange.ReadText(c.file, string(data))
			if err != nil {
				t.Fatal(err)
			}
			sameIssue(t, want, got, "")
		})
	}
}

// TestReadTextExact: what the lines of the text form say, and nothing the
// importer would guess — a paragraph that reads like an attachment label
// or ends mid-sentence stays as written; a block no text shows exactly
// (a one-item list, a heading whose kind its numbering does not give)
// goes through a block comment and comes back the same.
func TestReadTextExact(t *testing.T) {
	is := gazette.New("某市人民政府公报", 2024, 3)
	a := gazette.Article{Kind: gazette.KindDocument, Title: "关于某事的通知", Issuers: []string{"某市人民政府"}, DocNumber: "某府发〔2024〕1号",
		Date: "2024-01-02", Disclosure: gazette.DisclosurePublic, Blocks: []gazette.Block{
			{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "附件1"}}},
			{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "这一段没有结束"}}},
			{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "下一段不会接上去。"}}},
			{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "一、加粗开头", Bold: true}, {Text: "但不是引题。"}}},
			{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "（一）总体要求。", LeadIn: 2}, {Text: "正文。"}}},
			{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "第三条", LeadIn: gazette.LeadInArticle}, {Text: "　本办法自发布之日起施行。"}}},
			{Type: gazette.BlockHeading, HeadingKind: gazette.HeadingPlain, Runs: []gazette.Run{{Text: "一、不是编号标题"}}},
			{Type: gazette.BlockList, Items: [][]gazette.Run{{{Text: "只有一项"}}}},
			{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "<!-- gazette:section {\"name\":\"x\"} -->"}}},
			{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "（此件主动公开）"}}},
			{Type: gazette.BlockAttachment, Attachment: &gazette.Attachment{Label: "附件1", Title: "名单", Blocks: []gazette.Block{
				{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "## 不是标题"}}},
			}}},
		}}
	is.AddArticle("市政府文件", a)
	var txt bytes.Buffer
	if err := exchange.WriteText(&txt, is); err != nil {
		t.Fatal(err)
	}
	back, err := exchange.ReadText("t.txt", txt.String())
	if err != nil {
		t.Fatal(err)
	}
	sameIssue(t, is, back, txt.String())
	if n := strings.Count(txt.String(), "gazette:block "); n != 2 {
		t.Errorf("%d block comments, want 2 (the one-item list, the plain heading):\n%s", n, txt.String())
	}
}

// TestReadTextErrors: a broken text form is refused with the file and the
// line, never read by guesses.
func TestReadTextErrors(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"正文", "t.txt:1"},
		{"<!-- gazette:issue {bad -->", "t.txt:1"},
		{"<!-- gazette:issue {} -->\n\n<!-- gazette:article {oops} -->\n\n# x\n", "t.txt:3"},
		{"<!-- gazette:issue {} -->\n\n<!-- gazette:article {\"title\":\"x\",\"doc_number\":\"1号\"} -->\n\n# x\n", "t.txt:3"},
	} {
		if _, err := exchange.ReadText("t.txt", c.text); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ReadText(%q) error %v, want one naming %s", c.text, err, c.want)
		}
	}
}
