package importer

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"gazette/gazette"
)

// The issues of other places under testdata/, invented but set as their
// gazettes are: a 县 gazette with a TOC of another shape, 任免 and 政务动态
// (issue_yunxi_county.txt); a 市 gazette without TOC or board, with running
// heads left by the extraction (issue_nanping_city.txt); a 区 gazette
// exported from Word: no "#", pipe tables (issue_qinghe_word.txt); a 区
// 季刊 with a 区人民政府令 and the 办法 it publishes, a 任免 list set in
// groups (任命： then names), bold lead-ins, 1. and １． numbering and an
// aligned pipe table (issue_songling_district.txt); a 县 gazette whose
// extraction lost every blank line, its 成文日期 right-aligned on the line
// under the 文号, with a 函 to one office (issue_baishui_county.txt).

// wantArticle is what one imported article must hold.
type wantArticle struct {
	title, doc, date string
	kind             gazette.Kind
	issuers          []string
	addressee        string
	atts             []string // attachment labels and titles, "附件1 标题"
}

// wantIssue is what an imported issue must hold.
type wantIssue struct {
	file                string
	title, frequency    string
	year, number, total int
	sections            []string
	articles            [][]wantArticle // per section
	tocFrom, tocTo      string          // the printed TOC: from the line equal to tocFrom up to the one equal to tocTo
	extra               func(t *testing.T, is *gazette.Issue)
}

var (
	yunxi      = []string{"云溪县人民政府"}
	yunxiBan   = []string{"云溪县人民政府办公室"}
	nanping    = []string{"南屏市人民政府"}
	qinghe     = []string{"青禾区人民政府"}
	songling   = []string{"松岭区人民政府"}
	baishui    = []string{"白水县人民政府"}
	baishuiBan = []string{"白水县人民政府办公室"}
)

var otherIssues = []wantIssue{
	{
		file: "testdata/issue_yunxi_county.txt", title: "云溪县人民政府公报", frequency: "双月刊", year: 2024, number: 2, total: 87,
		sections: []string{"县政府文件", "县政府办公室文件", "部门文件", "人事任免", "政务动态"},
		tocFrom:  "# 目 录", tocTo: "## 编辑委员会",
		articles: [][]wantArticle{
			{
				{"云溪县人民政府关于印发《云溪县城乡生活垃圾分类管理办法》的通知", "云政发〔2024〕6号", "2024-02-26", gazette.KindDocument, yunxi, "各乡镇人民政府，县政府各部门，县直各单位", nil},
				{"云溪县人民政府关于县城规划区禁止燃放烟花爆竹的通告", "", "2024-03-05", gazette.KindDocument, yunxi, "", nil},
				{"云溪县人民政府关于同意设立云溪县梅岭森林康养基地管理服务中心的批复", "云政字〔2024〕11号", "2024-03-12", gazette.KindDocument, yunxi, "县林业局、县委编办", nil},
			},
			{
				{"云溪县人民政府办公室关于印发云溪县2024年深化“放管服”改革优化营商环境重点任务分工方案及云溪县企业开办和不动产登记便利化改革实施细则的通知",
					"云府办发〔2024〕9号", "2024-03-15", gazette.KindDocument, yunxiBan, "各乡镇人民政府，县政府各部门，县直各单位",
					[]string{"附件1 云溪县2024年深化“放管服”改革优化营商环境重点任务分工方案", "附件2 云溪县企业开办和不动产登记便利化改革实施细则"}},
				{"云溪县人民政府办公室关于进一步加强农村自建房安全管理的通知", "云政办字〔2024〕18号", "2024-03-28", gazette.KindDocument, yunxiBan, "各乡镇人民政府，县政府各部门", nil},
			},
			{
				{"云溪县财政局 云溪县农业农村局关于下达2024年第一批衔接推进乡村振兴补助资金的通知", "云财农〔2024〕7号", "2024-03-08", gazette.KindDocument,
					[]string{"云溪县财政局", "云溪县农业农村局"}, "各乡镇人民政府",
					[]string{"附件1 2024年第一批衔接推进乡村振兴补助资金分配表", "附件2 2024年第一批衔接推进乡村振兴补助资金绩效目标表"}},
			},
			{
				{"云溪县人民政府关于王建平等同志职务任免的通知", "云政任〔2024〕3号", "2024-04-02", gazette.KindDocument, yunxi, "各乡镇人民政府，县政府各部门，县直各单位", nil},
				{"云溪县人民政府关于聘任县人民政府法律顾问的通知", "云政任〔2024〕4号", "2024-04-02", gazette.KindDocument, yunxi, "各乡镇人民政府，县政府各部门", nil},
			},
			{
				{"县政府召开第二十三次常务会议", "", "", gazette.KindNews, nil, "", nil},
				{"县政府与省农业科学院签署战略合作协议", "", "", gazette.KindNews, nil, "", nil},
				{"我县召开2024年安全生产工作会议", "", "", gazette.KindNews, nil, "", nil},
			},
		},
		extra: checkYunxi,
	},
	{
		file: "testdata/issue_nanping_city.txt", title: "南屏市人民政府公报", frequency: "半月刊", year: 2023, number: 22, total: 245,
		sections: []string{"市政府文件", "市政府办公室文件", "部门文件"},
		articles: [][]wantArticle{
			{
				{"南屏市人民政府关于印发南屏市推进数字经济高质量发展三年行动计划（2023—2025年）的通知", "南府发〔2023〕21号", "2023-11-02", gazette.KindDocument, nanping,
					"各县（市、区）人民政府，南屏经济技术开发区管委会，市政府各部门，市直各单位", nil},
				{"南屏市人民政府关于2023年度南屏市科学技术奖励的决定", "南府字〔2023〕58号", "2023-11-10", gazette.KindDocument, nanping,
					"各县（市、区）人民政府，南屏经济技术开发区管委会，市政府各部门，市直各单位", []string{"附件 2023年度南屏市科学技术进步奖获奖项目目录"}},
				{"南屏市人民政府关于同意南屏市江北新区调整规划范围的批复", "南府字〔2023〕61号", "2023-11-16", gazette.KindDocument, nanping, "江北新区管委会", nil},
			},
			{
				{"南屏市人民政府办公室关于印发南屏市城市内涝治理实施方案的通知", "南府办发〔2023〕33号", "2023-11-08", gazette.KindDocument, []string{"南屏市人民政府办公室"},
					"各县（市、区）人民政府，南屏经济技术开发区管委会，市政府各部门", nil},
				{"南屏市人民政府办公室关于做好2023—2024年度冬春季森林防灭火工作的通知", "南府办字〔2023〕97号", "2023-11-20", gazette.KindDocument, []string{"南屏市人民政府办公室"},
					"各县（市、区）人民政府，市政府有关部门", nil},
			},
			{
				{"南屏市教育局 南屏市财政局关于印发南屏市学前教育生均公用经费管理办法的通知", "南教字〔2023〕112号", "2023-10-25", gazette.KindDocument,
					[]string{"南屏市教育局", "南屏市财政局"}, "各县（市、区）教育局、财政局，市直各幼儿园", nil},
				{"南屏市市场监督管理局关于开展2023年电梯安全隐患专项排查整治的通知", "南市监特〔2023〕45号", "2023-11-15", gazette.KindDocument,
					[]string{"南屏市市场监督管理局"}, "各县（市、区）市场监督管理局", nil},
			},
		},
		extra: checkNanping,
	},
	{
		file: "testdata/issue_qinghe_word.txt", title: "青禾区人民政府公报", frequency: "季刊", year: 2024, number: 1, total: 33,
		sections: []string{"区政府文件", "区政府办公室文件", "统计信息"},
		tocFrom:  "目录", tocTo: "编辑委员会",
		articles: [][]wantArticle{
			{
				{"青禾区人民政府关于印发青禾区老旧小区改造实施方案的通知", "青禾政发〔2024〕3号", "2024-01-15", gazette.KindDocument, qinghe, "各街道办事处、镇人民政府，区政府各部门", nil},
				{"青禾区人民政府关于表彰2023年度全区安全生产先进集体和先进个人的决定", "青禾政字〔2024〕5号", "2024-01-22", gazette.KindDocument, qinghe,
					"各街道办事处、镇人民政府，区政府各部门，区属各企业", []string{"附件1 2023年度全区安全生产先进集体名单", "附件2 2023年度全区安全生产先进个人名单"}},
			},
			{
				{"青禾区人民政府办公室关于印发青禾区城市道路挖掘管理办法的通知", "青禾府办发〔2024〕2号", "2024-02-06", gazette.KindDocument, []string{"青禾区人民政府办公室"},
					"各街道办事处、镇人民政府，区政府各部门", nil},
			},
			{
				{"2024年1—2月青禾区主要经济指标", "", "", gazette.KindStatistics, nil, "", nil},
			},
		},
		extra: checkQinghe,
	},
	{
		file: "testdata/issue_songling_district.txt", title: "松岭区人民政府公报", frequency: "季刊", year: 2023, number: 4, total: 36,
		sections: []string{"区政府令", "区政府文件", "人事任免"},
		tocFrom:  "# 目　录", tocTo: "# 编辑委员会",
		articles: [][]wantArticle{
			{
				// A 令: the rules it publishes give the title, its head and
				// 令号 the DocNumber.
				{"松岭区户外广告设施设置管理办法", "松岭区人民政府令第3号", "2023-10-20", gazette.KindDocument, songling, "", nil},
			},
			{
				{"松岭区人民政府关于印发松岭区促进夜间经济发展若干措施的通知", "松政发〔2023〕19号", "2023-11-06", gazette.KindDocument, songling,
					"各街道办事处，区政府各部门，区直各单位", nil},
			},
			{
				{"松岭区人民政府关于王五等同志职务任免的通知", "松政任〔2023〕8号", "2023-12-01", gazette.KindDocument, songling,
					"各街道办事处，区政府各部门，区直各单位", nil},
			},
		},
		extra: checkSongling,
	},
	{
		file: "testdata/issue_baishui_county.txt", title: "白水县人民政府公报", frequency: "月刊", year: 2024, number: 1, total: 58,
		sections: []string{"县政府文件", "县政府办公室文件", "政务动态"},
		tocFrom:  "目录", tocTo: "编辑委员会",
		articles: [][]wantArticle{
			{
				{"白水县人民政府关于印发白水县2024年重点民生实事项目的通知", "白政发〔2024〕1号", "2024-01-08", gazette.KindDocument, baishui,
					"各镇人民政府，县政府各部门，县直各单位", nil},
				{"白水县人民政府关于调整白水县城区义务教育学校招生片区的通告", "白政告〔2024〕2号", "2024-01-12", gazette.KindDocument, baishui, "", nil},
				{"白水县人民政府关于印发白水县城乡环境卫生管理办法的通知", "白政发〔2024〕4号", "2024-01-16", gazette.KindDocument, baishui,
					"各镇人民政府，县政府各部门，县直各单位", nil},
				{"白水县人民政府关于同意设立白水县城关镇杜康社区的批复", "白政函〔2024〕6号", "2024-01-18", gazette.KindDocument, baishui, "城关镇人民政府", nil},
			},
			{
				{"白水县人民政府办公室关于商请支持白水县乡村振兴示范带建设的函", "白政办函〔2024〕3号", "2024-01-15", gazette.KindDocument, baishuiBan, "省农业农村厅办公室", nil},
				{"白水县人民政府办公室关于做好2024年春节期间安全生产工作的通知", "白政办明电〔2024〕1号", "2024-01-22", gazette.KindDocument, baishuiBan,
					"各镇人民政府，县政府各部门，县直各单位", nil},
			},
			{
				{"县政府召开2024年第一次常务会议", "", "", gazette.KindNews, nil, "", nil},
				{"我县举行2024年春季重点项目集中开工仪式", "", "", gazette.KindNews, nil, "", nil},
				{"县政府与西北农林科技大学签订校地合作协议", "", "", gazette.KindNews, nil, "", nil},
			},
		},
		extra: checkBaishui,
	},
}

func parseOther(t testing.TB, file string) (*gazette.Issue, []Warning, string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	is, ws, err := ParseIssue(file, string(data))
	if err != nil {
		t.Fatal(err)
	}
	return is, ws, string(data)
}

// TestOtherIssues imports each issue and checks its masthead, sections and
// their order, every article's head and attachments, that no warning says
// something went unread, and that no hanzi outside the printed TOC and the
// running heads was lost.
func TestOtherIssues(t *testing.T) {
	for _, w := range otherIssues {
		t.Run(w.file, func(t *testing.T) {
			is, ws, text := parseOther(t, w.file)
			if is.Title != w.title || is.Frequency != w.frequency || is.Year != w.year || is.Number != w.number || is.TotalNumber != w.total {
				t.Errorf("masthead = %q %q %d/%d/%d", is.Title, is.Frequency, is.Year, is.Number, is.TotalNumber)
			}
			var names []string
			for _, s := range is.Sections {
				names = append(names, s.Name)
			}
			if strings.Join(names, "|") != strings.Join(w.sections, "|") {
				t.Fatalf("sections = %v, want %v", names, w.sections)
			}
			for si, arts := range w.articles {
				got := is.Sections[si].Articles
				if len(got) != len(arts) {
					t.Errorf("%s: %d articles, want %d", w.sections[si], len(got), len(arts))
					continue
				}
				for ai, wa := range arts {
					checkArticle(t, &got[ai], wa)
				}
			}
			for _, x := range ws {
				if strings.Contains(x.Message, "未导入") || strings.Contains(x.Message, "未找到") {
					t.Errorf("warning: %s", x)
				}
			}
			checkNothingLost(t, is, text, w.tocFrom, w.tocTo)
			w.extra(t, is)
		})
	}
}

func checkArticle(t *testing.T, a *gazette.Article, w wantArticle) {
	t.Helper()
	if a.Title != w.title || a.DocNumber != w.doc || a.Date != w.date || a.Kind != w.kind {
		t.Errorf("article = %q %q %q %s, want %q %q %q %s", a.Title, a.DocNumber, a.Date, a.Kind, w.title, w.doc, w.date, w.kind)
	}
	if w.issuers != nil && strings.Join(a.Issuers, "|") != strings.Join(w.issuers, "|") {
		t.Errorf("%s: issuers %v, want %v", w.title, a.Issuers, w.issuers)
	}
	if a.Addressee != w.addressee {
		t.Errorf("%s: addressee %q, want %q", w.title, a.Addressee, w.addressee)
	}
	var atts []string
	for _, at := range attachments(a) {
		atts = append(atts, at.Label+" "+at.Title)
		if len(at.Blocks) == 0 {
			t.Errorf("%s: %s is empty", w.title, at.Label)
		}
	}
	if strings.Join(atts, "|") != strings.Join(w.atts, "|") {
		t.Errorf("%s: attachments %q, want %q", w.title, atts, w.atts)
	}
	// A 令 carries no disclosure note (GB/T 9704-2012 §10.2).
	if a.Kind == gazette.KindDocument && a.Disclosure == "" && a.DocNumber != "" && !strings.Contains(a.DocNumber, "令") {
		t.Errorf("%s: no disclosure", w.title)
	}
	if strings.Contains(a.PlainText(), "此件主动公开") {
		t.Errorf("%s: the disclosure note stayed in the body", w.title)
	}
}

// checkNothingLost counts the hanzi of text outside the printed TOC (from
// the line tocFrom to the line tocTo) and the running heads, and checks
// every one is in the imported issue.
func checkNothingLost(t *testing.T, is *gazette.Issue, text, tocFrom, tocTo string) {
	t.Helper()
	count := map[rune]int{}
	inTOC := false
	for _, l := range strings.Split(text, "\n") {
		switch strings.TrimSpace(l) {
		case tocFrom:
			inTOC = tocFrom != ""
		case tocTo:
			inTOC = false
		}
		if inTOC || runningHead(l) {
			continue
		}
		hanziCount(l, count, 1)
	}
	// The colophon's own labels (电子邮箱, 邮政编码, 网址, 出版日期) are
	// printed in the house style's words (投稿邮箱, 邮编, 网站).
	hanziCount(printedText(is)+"年月日电子邮箱邮政编码网址出版日期", count, -1)
	reportLost(t, count)
}

// blocksOf returns an article's blocks, attachments' blocks included.
func blocksOf(a *gazette.Article) []*gazette.Block {
	var out []*gazette.Block
	gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) { out = append(out, b) })
	return out
}

// chapters returns the texts of an article's 第X章 headings and how many
// paragraphs open with a 第X条 lead-in.
func chapters(a *gazette.Article) ([]string, int) {
	var chs []string
	clauses := 0
	for _, b := range blocksOf(a) {
		if b.Type == gazette.BlockHeading && b.HeadingKind == gazette.HeadingChapter {
			chs = append(chs, b.Text())
		}
		if b.Type == gazette.BlockParagraph && len(b.Runs) > 1 && b.Runs[0].LeadIn == gazette.LeadInArticle {
			clauses++
			if !strings.HasPrefix(b.Runs[1].Text, "\u3000") {
				clauses += 1000 // a clause without its gap fails the count
			}
		}
	}
	return chs, clauses
}

func checkYunxi(t *testing.T, is *gazette.Issue) {
	if len(is.Board) != 4 || strings.Join(is.Board[2].Names, " ") != "张军 李红梅 王海涛 赵斌 何小平 欧阳晓峰" {
		t.Errorf("board = %+v", is.Board)
	}
	if is.Colophon.Website != "http://www.yunxi.gov.cn/zfgb/" || is.Colophon.Email != "yxzfgb@163.com" || is.Colophon.Postcode != "335400" {
		t.Errorf("colophon = %+v", is.Colophon)
	}
	rule := &is.Sections[0].Articles[0]
	chs, clauses := chapters(rule)
	if strings.Join(chs, "|") != "第一章　总则|第二章　管理职责|第三章　分类投放与收集|第四章　监督管理|第五章　附则" || clauses != 13 {
		t.Errorf("办法: chapters %q, %d clauses", chs, clauses)
	}
	if !strings.Contains(rule.PlainText(), "开展生活垃圾分类宣传、动员和监督工作。") {
		t.Error("办法: the paragraph broken at the page foot was not joined")
	}
	// The 通告: no addressee, its signature at the foot, the date read from 二〇二四年三月五日.
	notice := &is.Sections[0].Articles[1]
	last := notice.Blocks[len(notice.Blocks)-1]
	if last.Type != gazette.BlockSignature || last.Text() != "云溪县人民政府\n二〇二四年三月五日" {
		t.Errorf("通告 ends with %s %q", last.Type, last.Text())
	}
	for _, b := range notice.Blocks {
		if b.Type == gazette.BlockHeading {
			t.Errorf("通告: %q read as a heading", b.Text())
		}
	}
	// The 批复: a short body, 文号 before the title, signature.
	if reply := &is.Sections[0].Articles[2]; len(reply.Blocks) != 5 || reply.Blocks[3].Text() != "此复。" || reply.Blocks[4].Type != gazette.BlockSignature {
		t.Errorf("批复 blocks = %d", len(reply.Blocks))
	}
	// Superscripts: m<sup>2</sup> and m² kept.
	var sup, uni bool
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		for _, b := range blocksOf(a) {
			for _, r := range b.Runs {
				sup = sup || r.Sup && r.Text == "2"
				uni = uni || strings.Contains(r.Text, "10m²")
			}
		}
		return true
	})
	if !sup || !uni {
		t.Errorf("superscripts: <sup> %v, ² %v", sup, uni)
	}
	// The merged two-row header of 附件1's table.
	tb := attachments(&is.Sections[2].Articles[0])[0].Blocks[1].Table
	if tb == nil || tb.HeaderRows != 2 || tb.Rows[0].Cells[0].RowSpan != 2 || tb.Rows[0].Cells[2].ColSpan != 2 || len(tb.Rows[1].Cells) != 4 || len(tb.Rows) != 7 {
		t.Errorf("附件1 table = %+v", tb)
	}
	// The 任免 lists: one list each, every line an item, whole, as printed
	// (李　强 keeps its padding: testdata/qa/13).
	wantLists := [][]string{
		{"任命王建平为云溪县发展和改革局局长", "任命陈晓燕为云溪县教育体育局副局长（试用期一年）", "任命赵志刚为云溪县应急管理局副局长",
			"免去李　强的云溪县交通运输局局长职务", "免去周丽娟的云溪县教育体育局副局长职务", "免去孙海波的云溪县应急管理局副局长职务，退休"},
		{"聘任江西云岭律师事务所律师王明为县人民政府法律顾问", "聘任江西梅溪律师事务所律师刘芳为县人民政府法律顾问", "聘任云溪县司法局公职律师黄涛为县人民政府法律顾问"},
	}
	for k, want := range wantLists {
		a := &is.Sections[3].Articles[k]
		var lists []*gazette.Block
		for _, b := range blocksOf(a) {
			if b.Type == gazette.BlockList {
				lists = append(lists, b)
			}
		}
		if len(lists) != 1 || lists[0].Text() != strings.Join(want, "\n") {
			t.Errorf("%s: lists %d, want one of %d items", a.Title, len(lists), len(want))
		}
	}
	news := &is.Sections[4].Articles[0]
	if news.Subtitle != "刘志强主持" || news.Source != "云溪县融媒体中心" {
		t.Errorf("news subtitle %q source %q", news.Subtitle, news.Source)
	}
}

func checkNanping(t *testing.T, is *gazette.Issue) {
	if len(is.Board) != 0 || is.Date != "2023-11-30" || is.Colophon.Sponsor != "南屏市人民政府办公室" {
		t.Errorf("board %v date %q colophon %+v", is.Board, is.Date, is.Colophon)
	}
	plan := &is.Sections[0].Articles[0]
	if !strings.Contains(plan.PlainText(), "给予一次性奖励100万元。") {
		t.Error("the paragraph cut by a running head and a folio was not joined")
	}
	for _, a := range []*gazette.Article{plan, &is.Sections[0].Articles[1]} {
		if strings.Contains(a.PlainText(), "公报") {
			t.Errorf("%s: a running head stayed in the text", a.Title)
		}
	}
	award := attachments(&is.Sections[0].Articles[1])[0]
	tables := 0
	for _, b := range award.Blocks {
		if b.Type == gazette.BlockTable {
			tables++
		}
	}
	if tables != 2 {
		t.Errorf("award list: %d tables, want 2", tables)
	}
	joint := &is.Sections[2].Articles[0]
	var sig, title bool
	for _, b := range joint.Blocks {
		sig = sig || b.Type == gazette.BlockSignature && b.Text() == "南屏市教育局　　　　南屏市财政局\n2023年10月25日"
		title = title || b.Type == gazette.BlockHeading && b.Text() == "南屏市学前教育生均公用经费管理办法"
	}
	if !sig || !title {
		t.Errorf("joint notice: signature %v, enclosed title %v", sig, title)
	}
	if _, n := chapters(joint); n != 5 {
		t.Errorf("办法: %d clauses, want 5", n)
	}
	if d := is.Sections[2].Articles[1].Disclosure; d != gazette.DisclosureOnRequest {
		t.Errorf("disclosure %q", d)
	}
}

func checkQinghe(t *testing.T, is *gazette.Issue) {
	if strings.Join(is.Board[2].Names, " ") != "邵峰 许文静 胡斌" {
		t.Errorf("board = %+v", is.Board)
	}
	plan := &is.Sections[0].Articles[0]
	var h1, tables int
	var enclosed bool
	for _, b := range blocksOf(plan) {
		switch {
		case b.Type == gazette.BlockHeading && b.HeadingKind == gazette.HeadingNumbered && b.Level == 1:
			h1++
		case b.Type == gazette.BlockHeading && b.HeadingKind == gazette.HeadingPlain:
			enclosed = b.Text() == "青禾区老旧小区改造实施方案"
		case b.Type == gazette.BlockTable:
			tables++
			if b.Table.HeaderRows != 1 || len(b.Table.Rows) != 6 {
				t.Errorf("pipe table = %d header rows, %d rows", b.Table.HeaderRows, len(b.Table.Rows))
			}
		}
	}
	if h1 != 5 || tables != 1 || !enclosed {
		t.Errorf("方案: %d 一、 headings, %d tables, enclosed title %v", h1, tables, enclosed)
	}
	award := &is.Sections[0].Articles[1]
	if note := award.Blocks[2]; note.Type != gazette.BlockList || len(note.Items) != 2 {
		t.Errorf("attachment note = %s %q", note.Type, note.Text())
	}
	chs, clauses := chapters(&is.Sections[1].Articles[0])
	if len(chs) != 4 || clauses != 7 {
		t.Errorf("办法: chapters %q, %d clauses", chs, clauses)
	}
	stats := &is.Sections[2].Articles[0]
	if stats.Source != "青禾区统计局" || len(stats.Blocks) != 1 || stats.Blocks[0].Type != gazette.BlockTable {
		t.Errorf("statistics = source %q, %d blocks", stats.Source, len(stats.Blocks))
	}
}

// TestOrderNumberFullWidth checks that a 令号 in full-width figures (第３号,
// in the TOC and above the order) is read as in half-width ones: the same
// sections and articles, the DocNumber in half-width figures.
func TestOrderNumberFullWidth(t *testing.T) {
	b, err := os.ReadFile("testdata/issue_songling_district.txt")
	if err != nil {
		t.Fatal(err)
	}
	half := string(b)
	full := strings.ReplaceAll(half, "第3号", "第３号")
	if full == half {
		t.Fatal("the sample has no 第3号")
	}
	shape := func(text string) string {
		is, _, err := ParseIssue("songling.txt", text)
		if err != nil {
			t.Fatal(err)
		}
		var sb strings.Builder
		for _, s := range is.Sections {
			fmt.Fprintf(&sb, "[%s]\n", s.Name)
			for _, a := range s.Articles {
				fmt.Fprintf(&sb, "%s|%s|%s|%v|%d blocks\n", a.Title, a.DocNumber, a.Date, a.Issuers, len(a.Blocks))
			}
		}
		return sb.String()
	}
	if got, want := shape(full), shape(half); got != want {
		t.Errorf("with 第３号:\n%s\nwant:\n%s", got, want)
	}
}
