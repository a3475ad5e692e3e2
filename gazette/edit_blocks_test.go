package gazette

import (
	"reflect"
	"testing"
)

func TestSetRunsText(t *testing.T) {
	lead := []Run{{Text: "（一）加快组织落实。", LeadIn: 2}, {Text: "各地要抓紧。"}}
	for _, tc := range []struct {
		name string
		runs []Run
		text string
		want []Run
	}{
		{"unchanged keeps runs", lead, "（一）加快组织落实。各地要抓紧。", lead},
		{"lead-in kept while the text starts with it", lead, "（一）加快组织落实。各地要尽快。",
			[]Run{lead[0], {Text: "各地要尽快。"}}},
		{"lead-in dropped when edited", lead, "（一）加快落实。各地要抓紧。", []Run{{Text: "（一）加快落实。各地要抓紧。"}}},
		{"bold single run stays bold", []Run{{Text: "甲", Bold: true}}, "乙", []Run{{Text: "乙", Bold: true}}},
		{"empty", nil, "新", []Run{{Text: "新"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := SetRunsText(tc.runs, tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestBlockOps(t *testing.T) {
	att := Block{Type: BlockAttachment, Attachment: &Attachment{Label: "附件", Blocks: []Block{Paragraph("附一"), Paragraph("附二")}}}
	a := &Article{Blocks: []Block{Paragraph("一"), Paragraph("二"), att}}
	if n := SplitBlock(a, BlockPath{0}, "一甲\n一乙\n一丙"); n != 3 || len(a.Blocks) != 5 || a.Blocks[2].Text() != "一丙" {
		t.Fatalf("split gave %d, blocks %d", n, len(a.Blocks))
	}
	if !MergeBlockUp(a, BlockPath{1}) || a.Blocks[0].Text() != "一甲一乙" || len(a.Blocks) != 4 {
		t.Fatalf("merge: %q, %d blocks", a.Blocks[0].Text(), len(a.Blocks))
	}
	if MergeBlockUp(a, BlockPath{0}) {
		t.Error("merged the first block into nothing")
	}
	if MergeBlockUp(a, BlockPath{3}) {
		t.Error("merged an attachment into a paragraph")
	}
	// Inside an attachment.
	if !MergeBlockUp(a, BlockPath{3, 1}) || a.Blocks[3].Attachment.Blocks[0].Text() != "附一附二" {
		t.Error("merge inside the attachment failed")
	}
	InsertParagraph(a, BlockPath{3, -1})
	if len(a.Blocks[3].Attachment.Blocks) != 2 || a.Blocks[3].Attachment.Blocks[0].Text() != "" {
		t.Error("insert at the start of the attachment failed")
	}
	if !DeleteBlock(a, BlockPath{3, 0}) || len(a.Blocks[3].Attachment.Blocks) != 1 {
		t.Error("delete inside the attachment failed")
	}
	sig := Block{Type: BlockSignature}
	a.Blocks = append(a.Blocks, sig)
	if n := SplitBlock(a, BlockPath{len(a.Blocks) - 1}, "某市人民政府\n2020年9月1日"); n != 1 {
		t.Error("a signature was split at its line break")
	}
	if n := ReplaceInArticle(a, "一", "壹"); n != 4 || a.Blocks[0].Text() != "壹甲壹乙" || a.Blocks[3].Attachment.Blocks[0].Text() != "附壹附二" {
		t.Errorf("replace all: %d, %q", n, a.Blocks[0].Text())
	}
}

func TestBlockStyles(t *testing.T) {
	for _, style := range BlockStyles {
		b := Paragraph("x")
		SetStyle(&b, style)
		if got := StyleOf(&b); got != style {
			t.Errorf("style %q comes back as %q", style, got)
		}
	}
}

func TestFieldParsers(t *testing.T) {
	if title, lines := SplitTitle("某市人民政府\n 关于某事的通知 \n"); title != "某市人民政府关于某事的通知" || len(lines) != 2 {
		t.Errorf("SplitTitle: %q %q", title, lines)
	}
	if _, lines := SplitTitle("一行标题"); lines != nil {
		t.Errorf("one line gave TitleLines %q", lines)
	}
	if got := SplitIssuers("甲局、乙局，丙局 丁局"); !reflect.DeepEqual(got, []string{"甲局", "乙局", "丙局", "丁局"}) {
		t.Errorf("SplitIssuers: %q", got)
	}
	board := []BoardEntry{{Role: "主任", Names: []string{"张三"}}, {Role: "委员", Names: []string{"李四", "王五"}}}
	if got := ParseBoard(BoardText(board) + "\n\n"); !reflect.DeepEqual(got, board) {
		t.Errorf("board round trip: %+v", got)
	}
}
