package markup

import (
	"testing"

	"gazette/gazette"
)

// TestNumberingOf: each level of GB/T 9704-2012 §7.3.3's numbering, and
// what only looks like one.
func TestNumberingOf(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Numbering
	}{
		{"一、总则", Numbering{Kind: gazette.HeadingNumbered, Level: 1, Marker: "一、"}},
		{"（二）目标", Numbering{Kind: gazette.HeadingNumbered, Level: 2, Marker: "（二）"}},
		{"3.加快", Numbering{Kind: gazette.HeadingNumbered, Level: 3, Marker: "3."}},
		{"（4）其他", Numbering{Kind: gazette.HeadingNumbered, Level: 4, Marker: "（4）"}},
		{"第一章 总则", Numbering{Kind: gazette.HeadingChapter, Marker: "第一章"}},
		{"第二节 范围", Numbering{Kind: gazette.HeadingSection, Marker: "第二节"}},
		{"第十二条 本办法", Numbering{Clause: true, Marker: "第十二条"}},
		{"2.5亿元", Numbering{}},
		{"正文", Numbering{}},
	} {
		if got := NumberingOf(c.in); got != c.want {
			t.Errorf("NumberingOf(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

// TestPipeTableSpans: "<<" and "^^" merge cells, the separator ends the
// header rows, "\<<" is the literal text.
func TestPipeTableSpans(t *testing.T) {
	tb := PipeTable([]string{"| 项目 | << | 数量 |", "| --- | --- | --- |", "| 甲 | 乙 | 1 |", "| ^^ | \\<< | 2 |"})
	if tb.HeaderRows != 1 || len(tb.Rows) != 3 {
		t.Fatalf("header %d rows %d", tb.HeaderRows, len(tb.Rows))
	}
	if c := tb.Rows[0].Cells[0]; c.ColSpan != 2 || gazette.RunsText(c.Runs) != "项目" {
		t.Errorf("header cell %+v", c)
	}
	if c := tb.Rows[1].Cells[0]; c.RowSpan != 2 {
		t.Errorf("row span %+v", c)
	}
	if c := tb.Rows[2].Cells[0]; gazette.RunsText(c.Runs) != "<<" {
		t.Errorf("literal << cell %+v", c)
	}
}

// TestImageBlock: a data-URI image line, and a line whose data is no
// picture (reported, not silently taken).
func TestImageBlock(t *testing.T) {
	png := "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
	b, msg, ok := ImageBlock("![图1](data:image/png;base64," + png + ` "a.png")`)
	if !ok || msg != "" || b.Image == nil || b.Image.Caption != "图1" || b.Image.Name != "a.png" || b.Image.Width != 1 {
		t.Errorf("image: %v %q %+v", ok, msg, b.Image)
	}
	if _, msg, ok := ImageBlock("![](data:image/png;base64,AAAA)"); !ok || msg == "" {
		t.Errorf("bad data: %v %q", ok, msg)
	}
	if _, _, ok := ImageBlock("正文"); ok {
		t.Error("text read as an image")
	}
}
