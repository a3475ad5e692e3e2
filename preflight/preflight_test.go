package preflight

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout"
)

// rare is a character none of the bundled faces has (CJK Extension B).
const rare = "𪛖"

// newIssue returns a valid issue of one section with two documents.
func newIssue() *gazette.Issue {
	is := gazette.New("某某市人民政府公报", 2020, 8)
	is.AddArticle("市政府文件", gazette.Article{ID: "a1", Kind: gazette.KindDocument, Title: "关于甲的通知",
		DocNumber: "某府字〔2020〕1号", Date: "2020-07-21",
		Blocks: []gazette.Block{gazette.Paragraph("第一段。"), gazette.Paragraph("第二段。"), gazette.Paragraph("第三段。")}})
	is.AddArticle("市政府文件", gazette.Article{ID: "a2", Kind: gazette.KindDocument, Title: "关于乙的决定",
		DocNumber: "某府字〔2020〕2号", Date: "2020-07-22",
		Blocks: []gazette.Block{gazette.Paragraph("正文。")}})
	return is
}

// newDoc returns pages 1–6: article 0 on pages 3–4 (block 2 from rune 2 on
// page 4), article 1 on page 5.
func newDoc() *layout.Document {
	d := &layout.Document{}
	for n := 1; n <= 6; n++ {
		d.Pages = append(d.Pages, &layout.Page{Number: n, Kind: layout.PageBody, Width: 595, Height: 842})
	}
	glyphs := func(article, block, from, to int) layout.GlyphRun {
		r := layout.GlyphRun{Font: fonts.MustBundled(fonts.Song), Size: 12}
		for i := from; i < to; i++ {
			r.Glyphs = append(r.Glyphs, layout.Glyph{Src: layout.SrcPos{Article: article, Block: block, Rune: i}})
		}
		return r
	}
	d.Pages[2].Runs = []layout.GlyphRun{glyphs(0, -1, 0, 6), glyphs(0, 0, 0, 4), glyphs(0, 1, 0, 4), glyphs(0, 2, 0, 2)}
	d.Pages[3].Runs = []layout.GlyphRun{glyphs(0, 2, 2, 4)}
	d.Pages[4].Runs = []layout.GlyphRun{glyphs(1, -1, 0, 6), glyphs(1, 0, 0, 3)}
	return d
}

// pngOf returns a w×h PNG, in RGB or grey.
func pngOf(t *testing.T, w, h int, grey bool) []byte {
	var img image.Image
	if grey {
		img = image.NewGray(image.Rect(0, 0, w, h))
	} else {
		m := image.NewRGBA(image.Rect(0, 0, w, h))
		m.Set(0, 0, color.RGBA{200, 10, 10, 255})
		img = m
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCheck(t *testing.T) {
	if fonts.Default().Missing(rare) == nil {
		t.Fatalf("the bundled faces have %s; pick another test character", rare)
	}
	tests := []struct {
		name string
		edit func(t *testing.T, is *gazette.Issue, d *layout.Document)
		want []string // Finding.String() of every finding, in order
	}{
		{"clean", func(*testing.T, *gazette.Issue, *layout.Document) {}, nil},
		{"missing char in a paragraph", func(_ *testing.T, is *gazette.Issue, _ *layout.Document) {
			is.Sections[0].Articles[0].Blocks[2] = gazette.Paragraph("第三" + rare + "段" + rare + "。")
		}, []string{"错误 第4页《关于甲的通知》第3段：字体缺少字符 U+2A6D6 “𪛖”（共2处）"}},
		{"missing char in a title and the masthead", func(_ *testing.T, is *gazette.Issue, _ *layout.Document) {
			is.Title = "某某" + rare + "公报"
			is.Sections[0].Articles[1].Title = "关于" + rare + "的决定"
		}, []string{
			"错误：字体缺少字符 U+2A6D6 “𪛖”（刊名）",
			"错误 第5页《关于𪛖的决定》：字体缺少字符 U+2A6D6 “𪛖”（标题）",
		}},
		{"missing char in an attachment's block", func(_ *testing.T, is *gazette.Issue, _ *layout.Document) {
			a := &is.Sections[0].Articles[1]
			a.Blocks = append(a.Blocks, gazette.Block{Type: gazette.BlockAttachment, Attachment: &gazette.Attachment{
				Label: "附件", Title: "名单", Blocks: []gazette.Block{gazette.Paragraph("张" + rare)}}})
		}, []string{"错误 第5页《关于乙的决定》第3段：字体缺少字符 U+2A6D6 “𪛖”"}},
		{"untitled article, no 文号, empty section", func(_ *testing.T, is *gazette.Issue, _ *layout.Document) {
			is.Sections[0].Articles[0].Title = ""
			is.Sections[0].Articles[1].DocNumber = ""
			is.Sections = append(is.Sections, gazette.Section{ID: "s2", Name: "部门文件"})
		}, []string{
			"警告：栏目“部门文件”没有文章",
			"错误 第3页未命名文章：缺少标题",
			"警告 第5页《关于乙的决定》：缺少文号",
		}},
		{"layout findings", func(_ *testing.T, _ *gazette.Issue, d *layout.Document) {
			d.Findings = []layout.Finding{
				{Error: false, Page: 6, Src: layout.SrcPos{Article: -1, Block: -1}, Message: "补空白页"},
				{Error: true, Page: 4, Src: layout.SrcPos{Article: 0, Block: 2, Rune: 3}, Message: "文字溢出版心"},
				{Error: true, Page: 3, Src: layout.SrcPos{Article: 0, Block: 1}, Message: "紧急断行"},
				{Error: true, Src: layout.SrcPos{Article: 0, Block: 2, Rune: 2}, Message: "无法按避头尾规则断行"},
				{Error: true, Page: 5, Src: layout.SrcPos{Article: 1, Block: 0}, Message: "第5页：内容高于版心"},
			}
		}, []string{
			"错误 第3页《关于甲的通知》第2段：紧急断行",
			"错误 第4页《关于甲的通知》第3段：无法按避头尾规则断行",
			"错误 第4页《关于甲的通知》第3段：文字溢出版心",
			"错误 第5页《关于乙的决定》第1段：内容高于版心",
			"警告 第6页：补空白页",
		}},
		{"pictures", func(t *testing.T, is *gazette.Issue, d *layout.Document) {
			low := pngOf(t, 100, 100, false)   // 100 px over 72 pt: 100 dpi, RGB
			good := pngOf(t, 400, 400, true)   // 400 dpi, grey
			sharp := pngOf(t, 600, 300, false) // 300 dpi, RGB
			a := &is.Sections[0].Articles[1]
			a.Blocks = append(a.Blocks, gazette.Block{Type: gazette.BlockImage, Image: &gazette.Image{Name: "现场.png", Format: "png", Data: low}})
			d.Pages[4].Images = []layout.Image{
				{Rect: layout.Rect{X: 100, Y: 100, W: 72, H: 72}, Format: "png", Data: low},
				{Rect: layout.Rect{X: 100, Y: 200, W: 72, H: 72}, Format: "png", Data: good},
			}
			d.Pages[5].Images = []layout.Image{
				{Rect: layout.Rect{X: 100, Y: 100, W: 72, H: 72}, Format: "png", Data: low}, // again: once only
				{Rect: layout.Rect{X: 100, Y: 200, W: 144, H: 72}, Format: "png", Data: sharp},
				{Rect: layout.Rect{X: 100, Y: 300, W: 72, H: 72}, Format: "png", Data: []byte("不是图片")},
			}
		}, []string{
			"错误 第5页《关于乙的决定》第2段：图片“现场.png”印刷分辨率仅约 100 dpi，低于 300 dpi（100×100 像素，印刷尺寸 25×25 毫米）",
			"警告 第5页《关于乙的决定》第2段：图片“现场.png”为 RGB 色彩，导出印刷 PDF 时将按印刷特性文件（FOGRA39 或印刷厂的）转换为 CMYK，颜色可能与屏幕不同",
			"警告 第6页：图片为 RGB 色彩，导出印刷 PDF 时将按印刷特性文件（FOGRA39 或印刷厂的）转换为 CMYK，颜色可能与屏幕不同",
			"错误 第6页：图片无法读取：image: unknown format",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			is, d := newIssue(), newDoc()
			tc.edit(t, is, d)
			fs := Check(is, d, fonts.Default())
			var got []string
			for _, f := range fs {
				got = append(got, f.String())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			wantErrs := 0
			for _, w := range tc.want {
				if strings.HasPrefix(w, "错误") {
					wantErrs++
				}
			}
			if n := Errors(fs); n != wantErrs {
				t.Errorf("Errors = %d, want %d", n, wantErrs)
			}
		})
	}
}

// TestPicturesForWeb checks the web edition's picture rules: a picture
// under MinDPI is a warning, not an error, and RGB draws no warning.
func TestPicturesForWeb(t *testing.T) {
	is, d := newIssue(), newDoc()
	d.Pages[4].Images = []layout.Image{{Rect: layout.Rect{X: 100, Y: 100, W: 72, H: 72}, Format: "png", Data: pngOf(t, 100, 100, false)}}
	var got []string
	for _, f := range CheckFor(is, d, fonts.Default(), true) {
		got = append(got, f.String())
	}
	want := "警告 第5页：图片印刷分辨率仅约 100 dpi，低于 300 dpi（100×100 像素，印刷尺寸 25×25 毫米）"
	if strings.Join(got, "\n") != want {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

func TestFindingFields(t *testing.T) {
	is, d := newIssue(), newDoc()
	is.Sections[0].Articles[0].Blocks[1] = gazette.Paragraph("一" + rare)
	fs := Check(is, d, nil)
	if len(fs) != 1 {
		t.Fatalf("got %d findings, want 1: %v", len(fs), fs)
	}
	f := fs[0]
	want := Finding{Error: true, Page: 3, Src: layout.SrcPos{Article: 0, Block: 1, Rune: 1}, ArticleID: "a1", Article: "关于甲的通知",
		Message: "字体缺少字符 U+2A6D6 “𪛖”"}
	if f != want {
		t.Errorf("finding %+v, want %+v", f, want)
	}
}

func TestCheckWithoutDocument(t *testing.T) {
	is := newIssue()
	is.Sections[0].Articles[0].Date = ""
	fs := Check(is, nil, nil)
	if len(fs) != 1 || fs[0].String() != "警告 《关于甲的通知》：缺少成文日期" {
		t.Errorf("findings %v, want one warning for the missing date", fs)
	}
}
