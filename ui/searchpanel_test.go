package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"gazette/gazette"
)

func TestSearchPanel(t *testing.T) {
	w := newTestWorkstation(t)
	demo := w.Ctl.Issue()
	other := gazette.New("乙市人民政府公报", 2019, 3)
	other.AddArticle("市政府文件", gazette.Article{Kind: gazette.KindDocument, Title: "乙市人民政府关于调整乙市仲裁委员会的批复",
		DocNumber: "乙府字〔2019〕7号", Issuers: []string{"乙市人民政府"}, Blocks: []gazette.Block{gazette.Paragraph("同意调整。")}})
	if err := w.Ctl.Store.Save(other); err != nil {
		t.Fatal(err)
	}
	sp := w.List.Search
	if sp.ResultsView().Visible() {
		t.Error("results shown before a search")
	}
	// Typed into the box and searched with the button.
	test.Type(sp.Entry, "仲裁委员会 批复")
	test.Tap(sp.SearchBtn)
	rows := sp.Rows()
	if len(rows) != 4 || !sp.ResultsView().Visible() {
		t.Fatalf("results: %q", rows)
	}
	if !strings.HasPrefix(rows[0], "2020年第8期（总第20期）《景德镇市人民政府公报》") || !strings.HasPrefix(rows[2], "2019年第3期") ||
		!strings.Contains(rows[3], "乙府字〔2019〕7号") || !strings.Contains(rows[3], "【仲裁委员会】") {
		t.Errorf("results by issue, newest first: %q", rows)
	}
	if !strings.Contains(sp.Status.Text, "找到 2 篇，见于 2 期") {
		t.Errorf("status %q", sp.Status.Text)
	}
	// A click on an article opens its issue at the article in 编排.
	sp.Results.Select(3)
	if is := w.Ctl.Issue(); is == nil || is.ID != other.ID {
		t.Fatalf("the open issue is %v, want %s", is, other.ID)
	}
	if _, art := w.Composer.Selected(); art != other.Sections[0].Articles[0].ID {
		t.Errorf("the selected article is %q", art)
	}
	if w.Tabs.Selected().Text != TabCompose {
		t.Errorf("tab %q after opening a result", w.Tabs.Selected().Text)
	}
	sp.Results.Select(1)
	if w.Ctl.Issue().ID != demo.ID {
		t.Error("the demo issue's result did not open it")
	}
	// Narrowed by year and organ; a bad year is refused.
	if err := sp.Search("批复", "2019", "乙市"); err != nil || len(sp.Rows()) != 2 {
		t.Errorf("narrowed search: %v %q", err, sp.Rows())
	}
	if err := sp.Search("批复", "二〇一九", ""); err == nil {
		t.Error("a bad year is accepted")
	}
	if err := sp.Search("没有这几个字", "", ""); err != nil || len(sp.Rows()) != 0 || sp.Status.Text != "没有找到符合的文章" {
		t.Errorf("no hits: %v %q %q", err, sp.Rows(), sp.Status.Text)
	}
	sp.Clear()
	if sp.ResultsView().Visible() {
		t.Error("results still shown after 关闭结果")
	}
}
