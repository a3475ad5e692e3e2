package probe

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"gazette/gazette"
)

// Issue returns a small issue that has every field of the model set: a
// document with every kind of block (headings, a paragraph with bold,
// superscript, subscript and a run-in lead-in, a list, a table with a
// title, header rows and merged cells, an attachment, a signature, an
// page break), a run-on news item with an image in a second section (apart:
// a key that holds the image's address changes with every copy), a cover
// picture, own fonts in the settings, a board, a colophon and an unlock.
func Issue(faceFile string) *gazette.Issue {
	long := strings.Repeat("为进一步加强和改进工作，切实提高服务质量和水平，根据有关规定，结合本市实际，现就有关事项通知如下。", 2)
	run := func(s string) []gazette.Run { return []gazette.Run{{Text: s}} }
	cell := func(s string) gazette.Cell { return gazette.Cell{Runs: run(s)} }
	doc := gazette.Article{ID: "a1", Kind: gazette.KindDocument,
		Title:      "某某市人民政府某某市财政局关于加强资金管理的通知",
		TitleLines: []string{"某某市人民政府　某某市财政局", "关于加强资金管理的通知"},
		Issuers:    []string{"某某市人民政府", "某某市财政局"},
		DocNumber:  "某府字〔2020〕30号", Date: "2020-07-21", Addressee: "各县（市、区）人民政府：",
		Disclosure: gazette.DisclosurePublic, Subtitle: "某某主持", Source: "来源：某某日报",
		Blocks: []gazette.Block{
			{Type: gazette.BlockHeading, HeadingKind: gazette.HeadingChapter, Runs: run("第一章　总则")},
			{Type: gazette.BlockHeading, HeadingKind: gazette.HeadingNumbered, Level: 1, Runs: run("一、总体要求")},
			{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "（一）加快落实。", LeadIn: 2},
				{Text: "面积1000m"}, {Text: "2", Sup: true}, {Text: "，H"}, {Text: "2", Sub: true}, {Text: "O，"},
				{Text: "重点区域", Bold: true}, {Text: long}}},
			{Type: gazette.BlockList, Items: [][]gazette.Run{run("第一项。"), run("第二项。")}},
			{Type: gazette.BlockTable, Table: &gazette.Table{HeaderRows: 2, Title: "收入情况", Rows: []gazette.Row{
				{Cells: []gazette.Cell{{Runs: run("项目"), RowSpan: 2}, {Runs: run("城镇"), ColSpan: 2}}},
				{Cells: []gazette.Cell{cell("金额"), cell("增长")}},
				{Cells: []gazette.Cell{cell("收入"), cell("19858"), cell("3.1")}},
			}}},
			{Type: gazette.BlockSignature, Runs: run("某某市人民政府\n2020年7月21日")},
			{Type: gazette.BlockAttachment, Attachment: &gazette.Attachment{Label: "附件", Title: "事迹材料",
				Blocks: []gazette.Block{gazette.Paragraph(long)}}},
			{Type: gazette.BlockPageBreak},
			gazette.Paragraph(long),
		}}
	news := gazette.Article{ID: "n1", Kind: gazette.KindNews, Title: "重要政务活动", Source: "来源：某某日报",
		Blocks: []gazette.Block{gazette.Paragraph(long),
			{Type: gazette.BlockImage, Image: &gazette.Image{Name: "图.png", Format: "png", Data: PNG(color.RGBA{200, 0, 0, 255}),
				Width: 40, Height: 30, Caption: "示意图"}}}}
	at := time.Date(2020, 8, 31, 9, 0, 0, 0, time.UTC)
	layout := gazette.DefaultSettings()
	layout.Faces = map[string]string{"kai": faceFile}
	layout.ColophonOnBack = true
	return &gazette.Issue{ID: "probe", Title: "某某市人民政府公报", Sponsor: "某某市人民政府", Frequency: "月刊",
		Year: 2020, Number: 8, TotalNumber: 20, Date: "2020-08-31",
		Statement: "本刊所登文件与正式文件具有同等效力", Slogan: "传达政令　宣传政策",
		Board: []gazette.BoardEntry{{Role: "主任", Names: []string{"张三", "李四"}}},
		Colophon: gazette.Colophon{Sponsor: "某某市人民政府", Publisher: "某某市人民政府办公室", Address: "某某大道1号",
			Postcode: "100000", Printer: "某某印刷厂", Website: "www.example.gov.cn", Phone: "(0000) 1234567", Email: "a@example.gov.cn"},
		Cover: gazette.Cover{Color: gazette.CMYK{C: 10, M: 100, Y: 100, K: 10}, Mode: "image", SloganOnCover: true,
			Image: &gazette.Image{Name: "封面.png", Format: "png", Data: PNG(color.RGBA{0, 0, 200, 255}), Width: 40, Height: 30, Caption: "封面"}},
		Layout:  layout,
		Status:  gazette.StatusProofing,
		Created: at, Modified: at, SignedAt: at, SignedPDFSHA256: "00",
		Unlocks: []gazette.Unlock{{Time: at, User: "编辑", Reason: "改错"}},
		Sections: []gazette.Section{
			{ID: "s1", Name: "市政府文件", Articles: []gazette.Article{doc}},
			{ID: "s2", Name: "政务活动", Articles: []gazette.Article{news}},
		},
	}
}

// PNG returns a 40 × 30 picture of one colour, uncompressed: pictures of
// two colours have the same length, so that one can be written over the
// other in place.
func PNG(c color.RGBA) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.NoCompression} // the same length for every colour
	if err := enc.Encode(&b, img); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// ModelRules returns the rules for the model's fields: the enumerations' other
// values, a picture of another colour for image bytes, and another face
// file (faceFile, a TrueType file) for the settings' fonts.
func ModelRules(faceFile string) Rules {
	return Rules{
		Alternatives: map[string][]string{
			"Article.Kind":       {string(gazette.KindDocument), string(gazette.KindStatistics), string(gazette.KindNews)},
			"Article.Disclosure": {gazette.DisclosurePublic, gazette.DisclosureOnRequest, gazette.DisclosureNone},
			"Article.Date":       {"2020-07-21", "2021-01-02"},
			"Issue.Date":         {"2020-08-31", "2021-01-02"},
			"Issue.Status":       {string(gazette.StatusDraft), string(gazette.StatusProofing), string(gazette.StatusSigned)},
			"Block.Type": {string(gazette.BlockParagraph), string(gazette.BlockHeading), string(gazette.BlockSignature),
				string(gazette.BlockList), string(gazette.BlockTable), string(gazette.BlockAttachment), string(gazette.BlockImage), string(gazette.BlockPageBreak)},
			"Block.HeadingKind":   {string(gazette.HeadingNumbered), string(gazette.HeadingChapter), string(gazette.HeadingSection), string(gazette.HeadingPlain)},
			"Settings.Preset":     {"公报", "公文"},
			"Settings.FolioStyle": {"outer", "center"},
			"Settings.BodyFace":   {"song", "hei", "kai", "fang"},
			"Cover.Mode":          {"toc", "image"},
			"Image.Format":        {"png", "jpeg"},
		},
		Special: map[string]func(v reflect.Value){
			// Another picture, written over the bytes in place when it fits:
			// an edit that keeps the slice must not keep a stale picture.
			"Image.Data": func(v reflect.Value) {
				b := PNG(color.RGBA{0, 160, 0, 255})
				if v.Len() == len(b) {
					reflect.Copy(v, reflect.ValueOf(b))
					return
				}
				v.SetBytes(b)
			},
			"Settings.Faces": func(v reflect.Value) {
				if v.Len() > 0 {
					v.Set(reflect.Zero(v.Type()))
					return
				}
				v.Set(reflect.ValueOf(map[string]string{"hei": faceFile}))
			},
		},
	}
}

// IssueChanges returns the probe issue, with faceFile (a TrueType file) as
// an own face, and one change of every field of the model in it. A field of
// gazette.Issue the probe issue has no value for fails tb, so that a field
// added to the model is changed by every test that uses the probe — or the
// test says what to add here.
func IssueChanges(tb testing.TB, faceFile string) (*gazette.Issue, []Change) {
	tb.Helper()
	face, err := filepath.Abs(faceFile)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := os.Stat(face); err != nil {
		tb.Fatal(err)
	}
	base := Issue(face)
	changes := Changes(base, ModelRules(face))
	if miss := Unreached(Fields(reflect.TypeFor[gazette.Issue]()), changes); len(miss) > 0 {
		tb.Fatalf("the probe issue (internal/probe) has no value for %s: set them there", strings.Join(miss, ", "))
	}
	return base, changes
}
