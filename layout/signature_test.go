package layout

import (
	"testing"

	"gazette/gazette"
)

// TestSignedWithDate: the date is printed once — under the title unless a
// signature block in the body (at its end, or before an enclosed 办法 or
// 方案) already carries it, in figures or in Chinese numerals.
func TestSignedWithDate(t *testing.T) {
	sig := func(text string) gazette.Block {
		return gazette.Block{Type: gazette.BlockSignature, Runs: []gazette.Run{{Text: text}}}
	}
	att := gazette.Block{Type: gazette.BlockAttachment, Attachment: &gazette.Attachment{Label: "附件"}}
	tests := []struct {
		name   string
		blocks []gazette.Block
		want   bool
	}{
		{"no signature", []gazette.Block{gazette.Paragraph("正文。")}, false},
		{"signature at the end", []gazette.Block{gazette.Paragraph("正文。"), sig("某某市人民政府\n2020年7月21日")}, true},
		{"signature before an attachment", []gazette.Block{sig("某某市人民政府\n2020年7月21日"), att}, true},
		{"令 signed before the 办法 it publishes", []gazette.Block{gazette.Paragraph("现予公布。"), sig("区长　张三\n2020年7月21日"),
			gazette.Heading(0, "某某办法"), gazette.Paragraph("第一条　……")}, true},
		{"date in Chinese numerals", []gazette.Block{sig("某某县人民政府\n二〇二〇年七月二十一日")}, true},
		{"signature without a date", []gazette.Block{sig("某某市人民政府")}, false},
	}
	for _, tt := range tests {
		a := &gazette.Article{Date: "2020-07-21", Blocks: tt.blocks}
		if got := signedWithDate(a, a.DateLabel()); got != tt.want {
			t.Errorf("%s: signedWithDate = %v, want %v", tt.name, got, tt.want)
		}
	}
}
