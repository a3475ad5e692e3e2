package layout

import (
	"fmt"
	"strings"
	"testing"

	"gazette/gazette"
)

// TestEmergencyBreakIsAnError sets a URL far longer than the measure: the
// line engine must break it where no rule allows, and layout reports it.
func TestEmergencyBreakIsAnError(t *testing.T) {
	is := testIssue()
	a := &is.Sections[0].Articles[0]
	a.Blocks = append([]gazette.Block{gazette.Paragraph("网址：http://example.gov.cn/" + strings.Repeat("abcdefghij", 30))}, a.Blocks...)
	d, err := Lay(is, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range d.Findings {
		if f.Error && f.Src.Article == 0 && f.Src.Block == 0 {
			found = true
			if f.Page < 1 || d.Pages[f.Page-1].Kind != PageBody {
				t.Errorf("finding on page %d, want a body page", f.Page)
			}
		}
	}
	if !found {
		t.Errorf("no error for the emergency break; findings: %+v", d.Findings)
	}
}

// TestTallImageFits checks that an image taller than the column is scaled
// down to fit, without error.
func TestTallImageFits(t *testing.T) {
	is := testIssue()
	a := &is.Sections[0].Articles[0]
	img := &gazette.Image{Name: "tall.png", Format: "png", Data: []byte{1, 2, 3}, Width: 10, Height: 1000, Caption: "很高的图"}
	a.Blocks = append(a.Blocks, gazette.Block{Type: gazette.BlockImage, Image: img})
	d, err := Lay(is, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range d.Findings {
		if f.Error {
			t.Errorf("a tall image should be scaled to fit, got %s", f.Message)
		}
	}
	checkDoc(t, is, d)
}

// TestTableHeaderRepeats checks that a table broken over pages starts its
// continuation with its header row.
func TestTableHeaderRepeats(t *testing.T) {
	d, err := Lay(testIssue(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	for _, p := range d.Pages {
		text := pageText(p)
		if strings.Contains(text, "居民消费价格指数") {
			pages++
			first := ""
			for _, l := range pageLines(p) {
				if l.y > p.Block.Y && strings.Contains("指标居民消费价格指数（上年同月=100）", l.text) {
					first = l.text
					break
				}
			}
			if first != "指标" {
				t.Errorf("page %d: the table part starts with %q, want the header 指标", p.Number, first)
			}
		}
	}
	if pages < 2 {
		t.Fatalf("the long table spans %d pages, want ≥ 2", pages)
	}
}

// TestColophonOnBack moves the board and colophon to the back cover: the TOC
// then follows the cover.
func TestColophonOnBack(t *testing.T) {
	is := testIssue()
	is.Layout.ColophonOnBack = true
	d, err := Lay(is, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if k := d.Pages[1].Kind; k != PageTOC {
		t.Errorf("page 2 is %s, want toc", k)
	}
	back := d.Pages[len(d.Pages)-1]
	if !strings.Contains(pageText(back), "编辑委员会") {
		t.Error("the back cover lacks the editorial board")
	}
	checkDoc(t, is, d)
}

// TestBlankPagesReported checks the warning for the blank pages added.
func TestBlankPagesReported(t *testing.T) {
	d, err := Lay(testIssue(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	blanks := 0
	for _, p := range d.Pages {
		if p.Kind == PageBlank {
			blanks++
		}
	}
	var msg string
	for _, f := range d.Findings {
		if strings.HasPrefix(f.Message, "补了") {
			msg = f.Message
		}
	}
	if blanks == 0 && msg != "" || blanks > 0 && !strings.Contains(msg, string(rune('0'+blanks))) {
		t.Errorf("%d blank pages, finding %q", blanks, msg)
	}
}

// TestOutline checks the anchors: each section once at level 0 before its
// first article, each article once at level 1, on the page of its title.
func TestOutline(t *testing.T) {
	is := testIssue()
	d, err := Lay(is, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Pages {
		for _, a := range p.Anchors {
			got = append(got, string(rune('0'+a.Level))+a.Title)
		}
	}
	var want []string
	for _, s := range is.Sections {
		want = append(want, "0"+s.Name)
		for _, a := range s.Articles {
			want = append(want, "1"+a.Title)
		}
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("outline\n got %v\nwant %v", got, want)
	}
}

// TestOversetIsAnError gives a document a title taller than the text block:
// it cannot be placed, and layout says so.
func TestOversetIsAnError(t *testing.T) {
	is := testIssue()
	a := &is.Sections[1].Articles[0]
	a.Title = strings.Repeat("关于进一步加强和改进工作的通知", 60)
	d, err := Lay(is, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range d.Findings {
		if f.Error && f.Src.Article == 1 && f.Src.Block == -1 && strings.Contains(f.Message, "放不下") {
			return
		}
	}
	t.Errorf("no overset error; findings: %+v", d.Findings)
}

// TestEmptyIssue lays out an issue with no articles and zero settings.
func TestEmptyIssue(t *testing.T) {
	is := gazette.New("某县人民政府公报", 2021, 1)
	is.Layout = gazette.Settings{}
	d, err := Lay(is, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, is, d)
	if len(d.Pages) != 4 {
		t.Errorf("%d pages, want 4 (cover, inside cover, TOC, back)", len(d.Pages))
	}
}

func TestFindArticle(t *testing.T) {
	is := testIssue()
	d, err := Lay(is, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for k := 0; k < is.ArticleCount(); k++ {
		if p, _ := d.FindArticle(k); p != titlePage(d, k) {
			t.Errorf("article %d found on page %d, its title is on %d", k, p, titlePage(d, k))
		}
	}
	if p, _ := d.FindArticle(99); p != 0 {
		t.Errorf("a missing article found on page %d", p)
	}
}

// TestCoverImage puts the cover picture in place of the cover TOC.
func TestCoverImage(t *testing.T) {
	is := testIssue()
	is.Cover.Mode = "image"
	is.Cover.Image = &gazette.Image{Name: "cover.jpg", Format: "jpg", Data: []byte{0xff, 0xd8, 0xff}, Width: 800, Height: 600}
	d, err := Lay(is, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cover := d.Pages[0]
	if len(cover.Images) != 1 || cover.Images[0].Format != "jpeg" {
		t.Fatalf("cover images %+v, want one jpeg", cover.Images)
	}
	if strings.Contains(pageText(cover), is.Sections[0].Articles[0].Title) {
		t.Error("the cover shows the TOC in image mode")
	}
	im := cover.Images[0]
	if im.X < 0 || im.X+im.W > cover.Width || im.Y+im.H > cover.Height {
		t.Errorf("cover image %+v off the page", im.Rect)
	}
}

func TestNilIssue(t *testing.T) {
	if _, err := Lay(nil, Options{}); err == nil {
		t.Error("no error for a nil issue")
	}
}

// TestPageBreaks checks that a page break block starts a new page, and that
// one at the end of a document (before the next, which starts a page
// anyway) makes no empty page.
func TestPageBreaks(t *testing.T) {
	base, err := Lay(testIssue(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	is := testIssue()
	a := &is.Sections[0].Articles[0]
	a.Blocks = append(a.Blocks[:1], append([]gazette.Block{{Type: gazette.BlockPageBreak}}, a.Blocks[1:]...)...)
	b := &is.Sections[1].Articles[0]
	b.Blocks = append(b.Blocks, gazette.Block{Type: gazette.BlockPageBreak})
	d, err := Lay(is, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Pages {
		if p.Kind == PageBody && len(p.Runs) == 0 {
			t.Errorf("page %d is an empty body page", p.Number)
		}
		if p.Kind != PageBody {
			continue
		}
		// The heading 一、总体要求 follows the break: it must open a page.
		ls := pageLines(p)
		for i, l := range ls {
			if l.text == "一、总体要求" && i > 0 && ls[i-1].y > p.Block.Y {
				t.Errorf("page %d: the block after the page break does not start the page (after %q)", p.Number, ls[i-1].text)
			}
		}
	}
	if len(d.Pages) < len(base.Pages) {
		t.Errorf("%d pages with a page break, %d without", len(d.Pages), len(base.Pages))
	}
}

// TestInsideBackCoverBlank checks that 封三, the page before the back
// cover, is never a body page: the cover sheet (封一–封四) is printed on
// its own stock (pdf.Selected splits it off), so body text there would
// leave the body file. Short documents, each on a new page, vary where the
// body ends through every remainder modulo 4.
func TestInsideBackCoverBlank(t *testing.T) {
	for extra := 0; extra < 4; extra++ {
		is := testIssue()
		for k := 0; k <= extra; k++ {
			is.AddArticle("部门文件", gazette.Article{ID: fmt.Sprintf("x%d", k), Kind: gazette.KindDocument,
				Title: fmt.Sprintf("某某市某某局关于第%d项工作的通知", k+1), DocNumber: fmt.Sprintf("某某发〔2020〕%d号", k+1),
				Date: "2020-08-01", Blocks: []gazette.Block{gazette.Paragraph("现将有关事项通知如下。")}})
		}
		d, err := Lay(is, Options{})
		if err != nil {
			t.Fatal(err)
		}
		n := len(d.Pages)
		if k := d.Pages[n-2].Kind; k != PageBlank {
			t.Errorf("%d extra articles, %d pages: 封三 (page %d) is %s, want blank", extra+1, n, n-1, k)
		}
		checkDoc(t, is, d)
	}
}
