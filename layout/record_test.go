package layout

import (
	"strings"
	"testing"

	"gazette/gazette"
)

// TestDisclosureBeforeRecord: a document printed with its 版记 (抄送, 印发)
// sets the 附注 (此件依申请公开) before it, as GB/T 9704-2012 §7.3.7/§7.4 order
// them, not after the 印发 line.
func TestDisclosureBeforeRecord(t *testing.T) {
	is := gazette.New("某县人民政府公报", 2022, 2)
	is.ID = "record"
	is.AddArticle("县政府办公室文件", gazette.Article{ID: "r1", Kind: gazette.KindDocument,
		Title: "某县人民政府办公室关于黄金经济政策有关问题的复函", DocNumber: "某政办函〔2022〕16号", Date: "2022-02-12",
		Addressee: "县发改局、县自然资源局：", Disclosure: gazette.DisclosureOnRequest,
		Blocks: []gazette.Block{
			gazette.Paragraph("县财政每年仍继续拨付专项资金用于黄金地质勘探。"),
			{Type: gazette.BlockSignature, Runs: []gazette.Run{{Text: "某县人民政府办公室\n2022年2月12日"}}},
			gazette.Paragraph("抄送：县委办公室，县人大常委会办公室，县政协办公室。"),
			gazette.Paragraph("某县人民政府办公室　　　　2022年2月12日印发"),
		}})
	doc, err := NewLayouter(Options{}).Lay(is)
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, p := range doc.Pages {
		all.WriteString(pageText(p))
	}
	text := strings.ReplaceAll(all.String(), "\n", "")
	note, cc := strings.Index(text, "（此件依申请公开）"), strings.Index(text, "抄送")
	if note < 0 || cc < 0 {
		t.Fatalf("note at %d, 抄送 at %d in %q", note, cc, text)
	}
	if note > cc {
		t.Errorf("the 附注 is set after the 版记")
	}
}
