package proof

import (
	"strings"
	"testing"

	"gazette/gazette"
)

// oneArticle returns an issue of 2020 with one document of the given body.
func oneArticle(paras ...string) *gazette.Issue {
	is := gazette.New("景德镇市人民政府公报", 2020, 8)
	a := gazette.Article{Kind: gazette.KindDocument, Title: "景德镇市人民政府关于某事的通知", Issuers: []string{"景德镇市人民政府"},
		DocNumber: "景府字〔2020〕30号", Date: "2020-07-21"}
	for _, p := range paras {
		a.Blocks = append(a.Blocks, gazette.Paragraph(p))
	}
	is.AddArticle("市政府文件", a)
	return is
}

// TestRules: each rule finds its error at the spot, and its fix (when it
// has one) makes the finding go away.
func TestRules(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		rule  string
		spot  string // the text between ▶ and ◀
		fixed string // the paragraph after Apply, "" when there is no fix
	}{
		{"半角逗号", []string{"加强组织领导,落实工作责任。"}, "half-width", ",", "加强组织领导，落实工作责任。"},
		{"半角括号", []string{"报市政府(办公室)备案。"}, "half-width", "(办公室)", "报市政府（办公室）备案。"},
		{"重复句号", []string{"加强组织领导。。落实工作责任。"}, "doubled-mark", "。。", "加强组织领导。落实工作责任。"},
		{"省略号", []string{"5米、4米、3米...河水浑浊。"}, "ellipsis", "...", "5米、4米、3米……河水浑浊。"},
		{"破折号", []string{"这是大事--关系全局。"}, "dash", "--", "这是大事——关系全局。"},
		{"汉字间空格", []string{"加强组织 领导，落实工作责任。"}, "han-space", " ", "加强组织领导，落实工作责任。"},
		{"引号不配对", []string{"以“完善仲裁制度为主线。"}, "unpaired", "“", ""},
		{"书名号不配对", []string{"根据《办法的规定，特制定本方案。"}, "unpaired", "《", ""},
		{"引号反向", []string{"以”完善仲裁制度“为主线。"}, "quote-reversed", "”完善仲裁制度“", "以“完善仲裁制度”为主线。"},
		{"正文文号", []string{"根据《通知》（赣府厅发[2019]22号）精神。"}, "docnumber-brackets", "赣府厅发[2019]22号", "根据《通知》（赣府厅发〔2019〕22号）精神。"},
		{"星期", []string{"2020年7月12日（星期一）上午。"}, "date-weekday", "2020年7月12日（星期一）", "2020年7月12日（星期日）上午。"},
		{"日期不存在", []string{"于2020年2月30日前报送。"}, "date-real", "2020年2月30日", ""},
		{"千分撇", []string{"安排资金1,000万元。"}, "thousands-separator", "1,000", "安排资金1000万元。"},
		{"全角数字", []string{"安排资金１０００万元。"}, "full-width-digit", "１０００", "安排资金1000万元。"},
		{"页码", []string{"加强组织领导— 12 —落实工作责任。"}, "page-furniture", "— 12 —", "加强组织领导落实工作责任。"},
		{"眉题", []string{"加强组织领导景德镇市人民政府公报落实工作责任。"}, "page-furniture", "景德镇市人民政府公报", "加强组织领导落实工作责任。"},
		{"刊名是句子的一部分", []string{"本办法在景德镇市人民政府公报上公布。", "加强组织领导景德镇市人民政府公报落实工作责任。"}, "page-furniture", "景德镇市人民政府公报", ""},
		{"单独页码", []string{"加强组织领导。", "12"}, "page-furniture", "12", ""},
		{"序号跳号", []string{"一、总体要求", "三、主要任务"}, "numbering-gap", "三、", ""},
		{"序号重复", []string{"（一）加强领导。", "（二）明确责任。", "（二）强化督查。"}, "numbering-repeat", "（二）", ""},
		{"条号跳号", []string{"第一章　总则", "第一条　为了规范管理，制定本办法。", "第二条　本办法适用于本市。", "第二章　管理", "第四条　市政府负责实施。"}, "numbering-gap", "第四条", ""},
		{"章号重复", []string{"第一章　总则", "第一条　为了规范管理，制定本办法。", "第一章　管理", "第二条　市政府负责实施。"}, "numbering-repeat", "第一章", ""},
		{"层次颠倒", []string{"一、总体要求", "1.明确目标。", "（一）加强领导。"}, "numbering-level", "（一）", ""},
		{"断行", []string{"为深入贯彻落实党中央、国务院关于安全生产的决策部署，切实加强", "组织领导，落实工作责任。"}, "unended-line", "强", "为深入贯彻落实党中央、国务院关于安全生产的决策部署，切实加强组织领导，落实工作责任。"},
		{"范围混用", []string{"5—7月份完成，8—9月份验收，10至12月总结。"}, "range-form", "至", "5—7月份完成，8—9月份验收，10—12月总结。"},
		{"范围混用连字符", []string{"5-7月份完成，8-9月份验收，10至12月总结。"}, "range-form", "至", ""},
		{"单位混用", []string{"占地500平方米，建筑面积300m²。"}, "unit-form", "m²", ""},
		{"百分号混用", []string{"增长5%，下降3%，占比10％。"}, "percent-form", "％", "增长5%，下降3%，占比10%。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is := oneArticle(tt.paras...)
			var f *Finding
			for _, x := range Check(is, nil) {
				if x.Rule == tt.rule {
					f = &x
					break
				}
			}
			if f == nil {
				t.Fatalf("no %s finding in %q: %v", tt.rule, tt.paras, Check(is, nil))
			}
			if !strings.Contains(f.Excerpt, "▶"+tt.spot+"◀") {
				t.Errorf("excerpt %q, want the spot %q marked", f.Excerpt, tt.spot)
			}
			if f.Cite == "" || f.Article == "" || f.Key == "" {
				t.Errorf("finding without cite, article or key: %+v", f)
			}
			if tt.fixed == "" {
				if tt.rule != "page-furniture" && f.Fix != nil {
					t.Errorf("unexpected fix %+v", f.Fix)
				}
				if f.Fix == nil {
					return
				}
			}
			if err := Apply(is, *f); err != nil {
				t.Fatal(err)
			}
			a := &is.Sections[0].Articles[0]
			if tt.fixed != "" {
				if got := gazette.RunsText(a.Blocks[f.Block].Runs); got != tt.fixed {
					t.Errorf("after the fix %q, want %q", got, tt.fixed)
				}
			}
			for _, x := range Check(is, nil) {
				if x.Rule == tt.rule {
					t.Errorf("after the fix still %s", x)
				}
			}
			if err := Apply(is, *f); err == nil {
				t.Errorf("applying the fix twice did not fail")
			}
		})
	}
}

// TestDocNumberRules: the 文号 field's form, year, issuer and reuse.
func TestDocNumberRules(t *testing.T) {
	is := oneArticle("正文。")
	is.AddArticle("市政府文件", gazette.Article{Kind: gazette.KindDocument, Title: "景德镇市人民政府办公室关于另一事的通知",
		Issuers: []string{"景德镇市人民政府办公室"}, DocNumber: "景府字[2020]30号", Date: "2021-07-01"})
	earlier := gazette.New("景德镇市人民政府公报", 2020, 7)
	earlier.AddArticle("市政府文件", gazette.Article{Kind: gazette.KindDocument, Title: "景德镇市人民政府关于旧事的决定",
		Issuers: []string{"景德镇市人民政府"}, DocNumber: "景府字〔2020〕30号", Date: "2020-06-01"})
	rules := map[string]int{}
	for _, f := range Check(is, []*gazette.Issue{earlier}) {
		rules[f.Rule]++
	}
	for _, want := range []string{"docnumber-brackets", "docnumber-duplicate", "docnumber-published", "docnumber-issuer", "date-after-issue"} {
		if rules[want] == 0 {
			t.Errorf("no %s finding: %v", want, rules)
		}
	}
	// The fix of the brackets.
	for _, f := range Check(is, nil) {
		if f.Rule == "docnumber-brackets" {
			if err := Apply(is, f); err != nil {
				t.Fatal(err)
			}
		}
	}
	if got := is.Sections[0].Articles[1].DocNumber; got != "景府字〔2020〕30号" {
		t.Errorf("fixed 文号 %q", got)
	}
}

// TestSuppressedFiltered: a finding whose key is suppressed is set apart,
// and keeps its key when other text of the article changes.
func TestSuppressedFiltered(t *testing.T) {
	is := oneArticle("第一段。", "加强组织领导,落实工作责任。")
	fs := Check(is, nil)
	if len(fs) != 1 {
		t.Fatalf("findings %v", fs)
	}
	is.Sections[0].Articles[0].Blocks = append([]gazette.Block{gazette.Paragraph("新加的一段。")}, is.Sections[0].Articles[0].Blocks...)
	open, intended := Filter(Check(is, nil), map[string]bool{fs[0].Key: true})
	if len(open) != 0 || len(intended) != 1 {
		t.Errorf("open %v, intended %v", open, intended)
	}
}

// TestWalkIndex: a finding's place in gazette.WalkBlocks order.
func TestWalkIndex(t *testing.T) {
	a := &gazette.Article{Blocks: []gazette.Block{
		gazette.Paragraph("a"),
		{Type: gazette.BlockAttachment, Attachment: &gazette.Attachment{Blocks: []gazette.Block{gazette.Paragraph("b"), gazette.Paragraph("c")}}},
		gazette.Paragraph("d"),
	}}
	var order []string
	gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) { order = append(order, b.Text()) })
	for _, tt := range []struct{ block, sub int }{{0, -1}, {1, 0}, {1, 1}, {2, -1}} {
		f := Finding{Loc: Loc{Block: tt.block, Sub: tt.sub}}
		got := f.WalkIndex(a)
		var text string
		if tt.sub >= 0 {
			text = a.Blocks[tt.block].Attachment.Blocks[tt.sub].Text()
		} else {
			text = a.Blocks[tt.block].Text()
		}
		if got < 0 || got >= len(order) || order[got] != text {
			t.Errorf("block %d sub %d: walk index %d", tt.block, tt.sub, got)
		}
	}
}

// TestApplyInPlaces: fixes land in a table cell, a list item and a
// paragraph of an attachment, each run keeping its style.
func TestApplyInPlaces(t *testing.T) {
	is := oneArticle("正文。")
	a := &is.Sections[0].Articles[0]
	a.Blocks = append(a.Blocks,
		gazette.Block{Type: gazette.BlockTable, Table: &gazette.Table{Rows: []gazette.Row{{Cells: []gazette.Cell{{Runs: []gazette.Run{{Text: "项目"}}}, {Runs: []gazette.Run{{Text: "资金１０００万元"}}}}}}}},
		gazette.Block{Type: gazette.BlockList, Items: [][]gazette.Run{{{Text: "1.加强领导,落实责任。"}}}},
		gazette.Block{Type: gazette.BlockAttachment, Attachment: &gazette.Attachment{Label: "附件", Title: "说明", Blocks: []gazette.Block{
			{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "这是大事", Bold: true}, {Text: "--关系全局。"}}},
		}}})
	a.Blocks[0].Runs = []gazette.Run{{Text: "附件：说明"}}
	for _, f := range Check(is, nil) {
		if f.Fix != nil {
			if err := Apply(is, f); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
		}
	}
	if got := a.Blocks[1].Table.Rows[0].Cells[1].Text(); got != "资金1000万元" {
		t.Errorf("cell %q", got)
	}
	if got := gazette.RunsText(a.Blocks[2].Items[0]); got != "1.加强领导，落实责任。" {
		t.Errorf("list item %q", got)
	}
	runs := a.Blocks[3].Attachment.Blocks[0].Runs
	if gazette.RunsText(runs) != "这是大事——关系全局。" || !runs[0].Bold || runs[len(runs)-1].Bold {
		t.Errorf("attachment paragraph %+v", runs)
	}
	if fs := Check(is, nil); len(fs) != 0 {
		t.Errorf("left after the fixes: %v", fs)
	}
}
