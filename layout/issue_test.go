package layout

import (
	"strings"

	"gazette/gazette"
)

// testIssue builds a small issue in Go: two documents (one with headings,
// a run-in lead-in, a table and an attachment), a run-on statistics item with
// a table of merged cells, and a news item.
func testIssue() *gazette.Issue {
	is := gazette.New("某某市人民政府公报", 2020, 8)
	is.ID = "test"
	is.TotalNumber = 20
	is.Sponsor = "某某市人民政府"
	is.Date = "2020-08-31"
	is.Slogan = "传达政令　宣传政策　指导工作　服务社会"
	is.Board = []gazette.BoardEntry{
		{Role: "主任", Names: []string{"张三"}}, {Role: "副主任", Names: []string{"李四"}},
		{Role: "委员", Names: []string{"王五", "赵六", "钱七", "孙八"}}, {Role: "总编", Names: []string{"张三"}},
	}
	is.Colophon = gazette.Colophon{Sponsor: "某某市人民政府", Publisher: "某某市人民政府办公室",
		Address: "某某市某某区某某大道1号", Postcode: "100000", Phone: "(0000) 1234567"}
	long := strings.Repeat("为进一步加强和改进工作，切实提高服务质量和水平，根据有关规定，结合本市实际，现就有关事项通知如下。", 3)
	doc1 := gazette.Article{ID: "a1", Kind: gazette.KindDocument,
		Title:     "某某市人民政府关于授予某某同志“某某市见义勇为先进个人”荣誉称号的决定",
		DocNumber: "某府字〔2020〕30号", Date: "2020-07-21", Addressee: "各县（市、区）人民政府，市政府各部门：",
		Disclosure: gazette.DisclosurePublic,
		Blocks: []gazette.Block{
			gazette.Paragraph(long),
			gazette.Heading(1, "一、总体要求"),
			gazette.Paragraph(long + long),
			{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "（一）加快组织落实。", LeadIn: 2}, {Text: long}}},
			{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "面积1000m"}, {Text: "2", Sup: true}, {Text: "，其中"}, {Text: "重点区域", Bold: true}, {Text: "占一半。"}}},
			gazette.Heading(2, "（二）工作措施"),
			gazette.Paragraph(long + long + long),
			gazette.Paragraph(long + long),
			{Type: gazette.BlockSignature, Runs: []gazette.Run{{Text: "某某市人民政府\n2020年7月21日"}}},
			{Type: gazette.BlockAttachment, Attachment: &gazette.Attachment{Label: "附件", Title: "某某同志见义勇为先进个人事迹",
				Blocks: []gazette.Block{gazette.Paragraph(long + long), gazette.Paragraph(long)}}},
		}}
	table := &gazette.Table{HeaderRows: 1, Title: "某某市5-7月份CPI指数"}
	table.Rows = append(table.Rows, gazette.Row{Cells: []gazette.Cell{cell("指标"), cell("5月"), cell("6月"), cell("7月")}})
	for i := 0; i < 40; i++ {
		table.Rows = append(table.Rows, gazette.Row{Cells: []gazette.Cell{cell("居民消费价格指数（上年同月=100）"), cell("102.5"), cell("101.9"), cell("102.3")}})
	}
	doc2 := gazette.Article{ID: "a2", Kind: gazette.KindDocument,
		Title:     "某某市人民政府办公室关于推进全市消防救援事业高质量发展的实施意见",
		DocNumber: "某府办发〔2020〕4号", Date: "2020-08-09", Addressee: "各县（市、区）人民政府：",
		Disclosure: gazette.DisclosurePublic,
		Blocks: []gazette.Block{
			{Type: gazette.BlockHeading, HeadingKind: gazette.HeadingChapter, Runs: []gazette.Run{{Text: "第一章　总则"}}},
			{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "第一条", LeadIn: gazette.LeadInArticle}, {Text: "　" + long}}},
			{Type: gazette.BlockTable, Table: table},
			gazette.Paragraph(long),
		}}
	merged := &gazette.Table{HeaderRows: 2, Rows: []gazette.Row{
		{Cells: []gazette.Cell{{Runs: []gazette.Run{{Text: "项目"}}, RowSpan: 2}, {Runs: []gazette.Run{{Text: "城镇"}}, ColSpan: 2}, {Runs: []gazette.Run{{Text: "农村"}}, ColSpan: 2}}},
		{Cells: []gazette.Cell{cell("金额（元）"), cell("增长（%）"), cell("金额（元）"), cell("增长（%）")}},
		{Cells: []gazette.Cell{cell("人均可支配收入"), cell("19858"), cell("3.1"), cell("8963"), cell("5.2")}},
		{Cells: []gazette.Cell{cell("人均消费支出"), cell("11200"), cell("-2.4"), cell("6730"), cell("1.0")}},
	}}
	stats := gazette.Article{ID: "s1", Kind: gazette.KindStatistics, Title: "2020上半年某某市城乡居民消费收入",
		Blocks: []gazette.Block{{Type: gazette.BlockTable, Table: merged}}}
	news := gazette.Article{ID: "n1", Kind: gazette.KindNews, Title: "重要政务活动", Source: "来源：某某日报",
		Blocks: []gazette.Block{gazette.Paragraph(long), gazette.Paragraph(long)}}
	is.AddArticle("市政府文件", doc1)
	is.AddArticle("市政府办公室文件", doc2)
	is.AddArticle("统计信息", stats)
	is.AddArticle("政务活动", news)
	return is
}

func cell(s string) gazette.Cell { return gazette.Cell{Runs: []gazette.Run{{Text: s}}} }
