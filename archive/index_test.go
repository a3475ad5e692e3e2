package archive

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout"
	"gazette/pdf"
)

// pageText returns the text of a laid-out page, without spaces.
func pageText(p *layout.Page) string {
	var b strings.Builder
	for _, r := range p.Runs {
		for _, g := range r.Glyphs {
			b.WriteString(g.Text)
		}
	}
	return strings.Join(strings.Fields(b.String()), "")
}

// docText returns the text of every page of a document.
func docText(doc *layout.Document) string {
	var b strings.Builder
	for _, p := range doc.Pages {
		b.WriteString(pageText(p))
	}
	return b.String()
}

// titleStart is the title as the body prints it, without spaces.
func titleStart(a *gazette.Article) string {
	return strings.Join(strings.Fields(a.Title), "")
}

// checkPrint runs the print checks of an issue on a written PDF: qpdf
// finds it sound, every font is embedded, every page has a TrimBox and a
// BleedBox, the page count is a multiple of 4.
func checkPrint(t *testing.T, path string, pages int) {
	t.Helper()
	if pages%4 != 0 {
		t.Errorf("%s: %d pages, not a multiple of 4", path, pages)
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check %s: %v\n%s", path, err, out)
	}
	out, err := exec.Command("pdffonts", path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdffonts: %v %s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 3 {
		t.Errorf("pdffonts lists no font:\n%s", out)
	}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		if len(f) < 5 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
	out, err = exec.Command("pdfinfo", "-box", "-f", "1", "-l", strconv.Itoa(pages), path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo: %v %s", err, out)
	}
	for _, box := range []string{"TrimBox", "BleedBox"} {
		if n := strings.Count(string(out), box+":"); n != pages {
			t.Errorf("%s on %d of %d pages", box, n, pages)
		}
	}
}

func TestIndexPagesExact(t *testing.T) {
	st := oneYear(t)
	doc, err := Index(st, Year{Year: 2001})
	if err != nil {
		t.Fatal(err)
	}
	text := docText(doc)
	// Every article of every issue is in the index with the page its own
	// layout begins it on: the page of that number shows its title.
	sums, _ := st.List()
	entries := 0
	for _, s := range sums {
		is, err := st.Get(s.ID)
		if err != nil {
			t.Fatal(err)
		}
		set, _ := fonts.NewSet(is.Layout.Faces)
		own, err := layout.Lay(is, layout.Options{Fonts: set})
		if err != nil {
			t.Fatal(err)
		}
		from := 0 // the body pages are searched in reading order
		for from < len(own.Pages) && own.Pages[from].Kind != layout.PageBody {
			from++
		}
		is.Articles(func(_, _ int, a *gazette.Article) bool {
			entries++
			page := 0
			for i := from; i < len(own.Pages); i++ {
				if strings.Contains(pageText(own.Pages[i]), titleStart(a)) {
					page, from = own.Pages[i].Number, i
					break
				}
			}
			if page == 0 {
				t.Fatalf("%s《%s》: no body page shows its title", is.Label(), a.Title)
			}
			want := strings.Join(strings.Fields(entryText(a)), "") + fmt.Sprintf("2001年第%d期第%d页", is.Number, page)
			if !strings.Contains(text, want) {
				t.Errorf("the index lacks %s", want)
			}
			return true
		})
	}
	if got := strings.Count(text, "2001年第"); got < entries {
		t.Errorf("%d references for %d articles", got, entries)
	}
	for _, part := range []string{partSections, partIssuers} {
		if !strings.Contains(text, part) {
			t.Errorf("the index has no part %s", part)
		}
	}
	if doc.Pages[0].Number != 1 || len(doc.Pages)%4 != 0 {
		t.Errorf("index pages from %d, %d pages", doc.Pages[0].Number, len(doc.Pages))
	}
	for _, p := range doc.Pages {
		if p.Kind == layout.PageTOC && p.Number > 1 && !strings.Contains(pageText(p), "—"+strconv.Itoa(p.Number)+"—") {
			t.Errorf("index page %d has no folio", p.Number)
		}
	}
	out := filepath.Join(t.TempDir(), "index.pdf")
	if err := pdf.WriteFile(out, doc, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	checkPrint(t, out, len(doc.Pages))
	// The PDF's text has the references as the pages have them.
	pt, err := exec.Command("pdftotext", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(pt), fmt.Sprintf("2001年第%d期 第", sums[len(sums)-1].Number)) {
		t.Errorf("the PDF's text lacks the last issue's references")
	}
}

func TestIndexYearChoice(t *testing.T) {
	st := archiveStore(t, 1)
	if _, err := Index(st, Year{Year: 1999}); err == nil || !strings.Contains(err.Error(), "没有1999年") {
		t.Errorf("a year without issues: %v", err)
	}
	// Another gazette's issue that year: the title chooses.
	other := gazette.New("乙市人民政府公报", 2001, 3)
	other.AddArticle("市政府文件", gazette.Article{Kind: gazette.KindDocument, Title: "乙市人民政府关于某事的通知"})
	if err := st.Save(other); err != nil {
		t.Fatal(err)
	}
	if _, err := Index(st, Year{Year: 2001}); err == nil || !strings.Contains(err.Error(), "请指定刊名") {
		t.Errorf("a year of two gazettes without a title: %v", err)
	}
	doc, err := Index(st, Year{Year: 2001, Title: "乙市人民政府公报"})
	if err != nil || !strings.Contains(docText(doc), "乙市人民政府关于某事的通知") || len(doc.Pages) != 4 {
		t.Errorf("the other gazette's index: %v", err)
	}
}

// TestYearIndexGroups: by section every article in order; by organ every
// document under its lead organ, documents naming none under 其他, news
// and statistics only by section.
func TestYearIndexGroups(t *testing.T) {
	is := gazette.New("甲市人民政府公报", 2020, 3)
	arts := []placedArticle{
		{issue: is, section: "市政府文件", page: 5, a: &gazette.Article{Kind: gazette.KindDocument, Title: "甲", DocNumber: "甲府字〔2020〕1号", Issuers: []string{"甲市人民政府"}}},
		{issue: is, section: "部门文件", page: 9, a: &gazette.Article{Kind: gazette.KindDocument, Title: "乙", Issuers: []string{"甲市财政局", "甲市税务局"}}},
		{issue: is, section: "部门文件", page: 12, a: &gazette.Article{Kind: gazette.KindDocument, Title: "丙"}},
		{issue: is, section: "政务活动", page: 20, a: &gazette.Article{Kind: gazette.KindNews, Title: "丁"}},
	}
	ix := yearIndex("甲市人民政府公报", 2020, arts, func(pa *placedArticle) int { return 100 + pa.page })
	got := ""
	for _, p := range ix.Parts {
		got += p.Name + ":"
		for _, g := range p.Groups {
			got += g.Name + "["
			for _, e := range g.Entries {
				got += fmt.Sprintf("%s %s @%d;", e.Text, e.Ref, e.Page)
			}
			got += "]"
		}
		got += "\n"
	}
	want := "按栏目分类:市政府文件[甲（甲府字〔2020〕1号） 2020年第3期 第5页 @105;]部门文件[乙 2020年第3期 第9页 @109;丙 2020年第3期 第12页 @112;]政务活动[丁 2020年第3期 第20页 @120;]\n" +
		"按发文机关分类:甲市人民政府[甲（甲府字〔2020〕1号） 2020年第3期 第5页 @105;]甲市财政局[乙 2020年第3期 第9页 @109;]其他[丙 2020年第3期 第12页 @112;]\n"
	if got != want {
		t.Errorf("index:\n%s\nwant:\n%s", got, want)
	}
}
