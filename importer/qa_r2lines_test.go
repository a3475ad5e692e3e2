package importer

import (
	"slices"
	"strings"
	"testing"

	"gazette/gazette"
)

// The QA inputs of round 2 (testdata/qa/README.md) on lines, joining and the
// colophon: each imported from its file with the checks of qa_forms_test.go
// (fields, conservation, nothing added, no furniture in any article) and
// the lines its .expect.md names.

// qaR2Lines are the cases.
var qaR2Lines = []qaForm{
	{
		file: "26-*.txt", year: 2023, number: 7,
		docs:    []qaDoc{{"省政府文件", "某省人民政府关于印发某省推进数字政府建设实施方案的通知", "某府发〔2023〕11号", "2023-04-03", "各市、县人民政府，省政府各部门"}},
		removed: map[int]string{10: ReasonEntity, 11: ReasonEntity},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			a := &is.Sections[0].Articles[0]
			if strings.Contains(IssueText(is), "&") {
				t.Errorf("an entity is left in the issue:\n%s", ArticleText(a))
			}
			qa2Lines(t, a, "现将《某省推进数字政府建设实施方案》印发给你们，请认真贯彻执行。", "到2025年，全省数字政府建设取得重要进展。")
			found := false
			for _, b := range blocksOf(a) {
				found = found || b.Text() == "一、总体要求"
			}
			if !found {
				t.Errorf("一、总体要求 is not a block of its own:\n%s", ArticleText(a))
			}
		},
	},
	{
		file: "35-*.txt", year: 2023, number: 9,
		docs: []qaDoc{{"省政府办公厅文件", "某省人民政府办公厅转发省发展改革委省财政厅关于进一步完善政府投资项目管理若干措施的通知", "某政办发〔2023〕21号", "2023-05-06", "各市、县人民政府，省政府各部门"}},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			a := &is.Sections[0].Articles[0]
			bs := blocksOf(a)
			k := slices.IndexFunc(bs, func(b *gazette.Block) bool {
				return b.Text() == "关于进一步完善政府投资项目管理的若干措施"
			})
			if k < 0 || bs[k].Type != gazette.BlockHeading || k+1 >= len(bs) || bs[k+1].Text() != "省发展改革委　省财政厅" || bs[k+1].HeadingKind != gazette.HeadingPlain {
				t.Errorf("the carried text's title and its issuers are not two centred lines:\n%s", ArticleText(a))
			}
			if len(a.Issuers) != 1 || a.Issuers[0] != "某省人民政府办公厅" {
				t.Errorf("issuers %q", a.Issuers)
			}
		},
	},
	{
		file: "31-*.txt", year: 2023, number: 2,
		docs: []qaDoc{{"县政府文件", "某县人民政府关于2022年度安全生产工作情况的通报", "某府发〔2023〕2号", "2023-01-20", "各乡镇人民政府，县政府各部门"}},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			qa2Lines(t, &is.Sections[0].Articles[0], "优秀单位（5个）：城关镇、河口镇、县应急管理局、县住房城乡建设局、县交通运输局",
				"良好单位（3个）：石桥乡、县市场监管局、县教育局")
		},
	},
	{
		file: "36-*.txt", year: 2023, number: 4,
		docs:    []qaDoc{{"县政府文件", "某县人民政府关于调整县城区机动车限行措施的通告", "某府告〔2023〕2号", "2023-04-20", ""}},
		removed: map[int]string{14: ReasonFolio, 15: ReasonRunningHead},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			c := is.Colophon
			if is.Frequency != "季刊" || c.Sponsor != "某县人民政府" || c.Publisher != "某县人民政府办公室" || c.Address != "某县人民路1号" ||
				c.Postcode != "331200" || c.Phone != "0793-5212345" || c.Lines != "内部资料　免费赠阅" {
				t.Errorf("frequency %q colophon %+v", is.Frequency, c)
			}
			a := &is.Sections[0].Articles[0]
			if bs := blocksOf(a); len(bs) == 0 || !strings.HasSuffix(bs[len(bs)-1].Text(), "2023年4月20日") {
				t.Errorf("the 通告 does not end with its date:\n%s", ArticleText(a))
			}
		},
	},
	{
		file: "25-*.txt", year: 2022, number: 6, total: 245,
		docs: []qaDoc{{"市政府文件", "某市人民政府关于同意设立某市高新技术产业开发区管理委员会的批复", "某府字〔2022〕41号", "2022-05-12", "市委编办"}},
		check: func(t *testing.T, is *gazette.Issue, _ *Report) {
			c := &is.Colophon
			if c.Sponsor != "某市人民政府" || c.Label("sponsor") != "主管" || c.Label("publisher") != "编辑出版" {
				t.Errorf("sponsor %q labelled %q, publisher labelled %q", c.Sponsor, c.Label("sponsor"), c.Label("publisher"))
			}
			if c.Lines != "主办：某市人民政府办公室\n国内统一连续出版物号：CN 36-1234/D" {
				t.Errorf("colophon lines %q", c.Lines)
			}
		},
	},
}

func TestQAR2Lines(t *testing.T) {
	for _, tc := range qaR2Lines {
		name, text := qaRead(t, tc.file)
		t.Run(name, func(t *testing.T) {
			is, rep, err := ParseIssueReport(name, text)
			if err != nil {
				t.Fatal(err)
			}
			qaCheckForm(t, tc, text, is, rep)
		})
	}
}

// TestDecodeEntities: an HTML entity anywhere in a line is read as what it
// stands for — a space entity as a space or, at the line's start, the
// indent; a character entity as its character — and listed; one that would
// make markup, or that HTML does not know, stays as written.
func TestDecodeEntities(t *testing.T) {
	for _, c := range []struct {
		in, text, lead string
		removed        []string // text and reason, alternating
		warn           bool
	}{
		{"&emsp;&emsp;现将方案印发给你们。", "现将方案印发给你们。", "\u3000\u3000", []string{"&emsp;&emsp;", ReasonEntity}, true},
		{"&#12288;&#12288;到2025年", "到2025年", "\u3000\u3000", []string{"&#12288;&#12288;", ReasonEntity}, true},
		{"省发展改革委&emsp;省财政厅", "省发展改革委\u3000省财政厅", "", []string{"&emsp;", ReasonEntity}, true},
		{"PM2.5浓度&lt;35微克", "PM2.5浓度<35微克", "", []string{"&lt;", ReasonEntityChar}, true},
		{"A&amp;B公司&ensp;成立", "A&B公司 成立", "", []string{"&ensp;", ReasonEntity, "&amp;", ReasonEntityChar}, true},
		{"&quot;十四五&quot;规划", "\"十四五\"规划", "", []string{"&quot;", ReasonEntityChar, "&quot;", ReasonEntityChar}, true},
		{"km&lt;sup&gt;2&lt;/sup&gt;", "km&lt;sup&gt;2&lt;/sup&gt;", "", nil, true},
		{"&ast;&ast;加粗&ast;&ast;", "&ast;&ast;加粗&ast;&ast;", "", nil, true},
		{"R&D;与A&B", "R&D;与A&B", "", nil, false},
		{"&foo;未知", "&foo;未知", "", nil, false},
	} {
		p := newParser("t.txt", c.in)
		l := p.lines[0]
		if l.text != c.text || l.lead != c.lead {
			t.Errorf("%q: text %q lead %q, want %q %q", c.in, l.text, l.lead, c.text, c.lead)
		}
		var got []string
		for _, r := range p.removed {
			got = append(got, r.Text, r.Reason)
		}
		if !slices.Equal(got, c.removed) {
			t.Errorf("%q: removed %q, want %q", c.in, got, c.removed)
		}
		if warned := len(p.warn.list) > 0; warned != c.warn {
			t.Errorf("%q: warnings %v, want some: %v", c.in, p.warn.list, c.warn)
		}
		if lost, _ := Balance(c.in, l.text, strings.Join(got, "\n")); lost > 0 {
			t.Errorf("%q: %d characters lost", c.in, lost)
		}
	}
}

// TestJoinStopsAtUnits: a line that ends without a stop is not joined to a
// next line that opens a unit of its own — after a line wholly in bold, a
// new 类别（N个）： item after such an item — but still is to a plain
// continuation.
func TestJoinStopsAtUnits(t *testing.T) {
	head := "某县人民政府关于表彰先进的决定\n某府发〔2023〕3号\n各乡镇人民政府：\n"
	for _, c := range []struct {
		body  string
		lines []string
	}{
		{"**总体要求**\n到2025年，全面建成。\n", []string{"总体要求", "到2025年，全面建成。"}},
		{"一等奖（3名）：张三、李四、王五\n二等奖（2名）：赵六、钱七\n先进集体：城关镇\n",
			[]string{"一等奖（3名）：张三、李四、王五", "二等奖（2名）：赵六、钱七", "先进集体：城关镇"}},
		{"经研究，决定对城关镇等单位\n予以表彰。\n", []string{"经研究，决定对城关镇等单位予以表彰。"}},
	} {
		a, _, err := ParseDocument("t.txt", head+c.body+"某县人民政府\n2023年3月1日\n")
		if err != nil {
			t.Fatal(err)
		}
		qa2Lines(t, &a, c.lines...)
	}
}

// TestImprintNeedsEvidence: contact lines closing the last document of an
// issue (联系人, 电话, 地址) are its text, not an imprint: only a run with a
// line only an imprint prints (主管主办, 编辑出版, （季刊）, 内部资料) is cut.
func TestImprintNeedsEvidence(t *testing.T) {
	head := "某县人民政府公报\n2023年第4期\n某县人民政府关于开展普查的通知\n某府发〔2023〕5号\n各乡镇人民政府：\n现将有关事项通知如下。\n某县人民政府\n2023年4月20日\n"
	for _, c := range []struct {
		tail   string
		inBody bool
	}{
		{"联系人：刘　洋\n电话：0793-5212345\n地址：某县人民路1号\n", true},
		{"编辑出版：某县人民政府办公室\n地址：某县人民路1号\n电话：0793-5212345\n", false},
	} {
		is, rep, err := ParseIssueReport("t.txt", head+c.tail)
		if err != nil {
			t.Fatal(err)
		}
		body := ArticleText(&is.Sections[0].Articles[0])
		if got := strings.Contains(body, "0793-5212345"); got != c.inBody {
			t.Errorf("%q: in the body %v, want %v:\n%s\ncolophon %+v", c.tail, got, c.inBody, body, is.Colophon)
		}
		if lost, _ := Balance(head+c.tail, IssueText(is), rep.RemovedText()); lost > 0 {
			t.Errorf("%q: %d characters lost", c.tail, lost)
		}
	}
}

// TestColophonLabelsAsPrinted: a colophon field keeps the label its line
// printed (电话, 主办, 印刷单位); the standard label, spaced or not, and the
// gazette's name before 网站 record none.
func TestColophonLabelsAsPrinted(t *testing.T) {
	for _, c := range []struct {
		line, key, label, labels string
	}{
		{"电话：0793-5212345", "phone", "电话", "phone=电话"},
		{"联系电话：0793-5212345", "phone", "联系电话", ""},
		{"主办：某县人民政府办公室", "sponsor", "主办", "sponsor=主办"},
		{"地　址：某县人民路1号", "address", "地址", ""},
		{"印刷单位：某县文印中心", "printer", "印刷单位", "printer=印刷单位"},
		{"某县人民政府公报网站：http://x.gov.cn", "website", "网站", ""},
		{"网址：http://x.gov.cn", "website", "网址", "website=网址"},
	} {
		is, _, err := ParseIssueReport("t.txt", "某县人民政府公报\n2023年第4期\n"+c.line+"\n某县人民政府关于开展普查的通知\n某府发〔2023〕5号\n各乡镇人民政府：\n现将有关事项通知如下。\n某县人民政府\n2023年4月20日\n")
		if err != nil {
			t.Fatal(err)
		}
		col := &is.Colophon
		if *fieldOf(col, c.key) == "" || col.Label(c.key) != c.label || col.Labels != c.labels {
			t.Errorf("%q: %s = %q labelled %q (labels %q), want label %q (%q)", c.line, c.key, *fieldOf(col, c.key), col.Label(c.key), col.Labels, c.label, c.labels)
		}
	}
}

// fieldOf returns the colophon field named key.
func fieldOf(c *gazette.Colophon, key string) *string {
	for _, f := range gazette.ColophonFields {
		if f.Key == key {
			return f.Value(c)
		}
	}
	return new(string)
}

// TestSiblingLeadIn: a numbered short sentence alone is set as the item of
// its level before it: a run-in lead-in after one with a lead-in, a plain
// paragraph after a plain one (a list item, a 纪要's 二、会议研究了其他事项。
// followed by text), as numberedBlock reads it without a sibling.
func TestSiblingLeadIn(t *testing.T) {
	head := "某县人民政府办公室关于加强垃圾治理的实施意见\n某府办发〔2023〕7号\n各乡镇人民政府：\n现提出如下意见。\n"
	foot := "附件：某县考核办法\n某县人民政府办公室\n2023年3月10日\n"
	for _, c := range []struct {
		body, line, want string // want: lead-in, plain or heading
	}{
		{"二、主要任务\n（一）健全收运体系。各乡镇要配齐保洁员。\n（二）推进源头减量。\n", "（二）推进源头减量。", "lead-in"},
		{"二、主要任务\n（一）健全收运体系。各乡镇要配齐保洁员。\n（二）推进源头减量。\n各村要分类投放。\n", "（二）推进源头减量。", "lead-in"},
		{"二、主要任务\n（一）买卖双方签订合同，并提交材料的；\n（二）其它不具备监管条件的情形。\n", "（二）其它不具备监管条件的情形。", "plain"},
		{"一、会议研究了垃圾治理工作，同意县城管局的方案。\n二、会议研究了其他事项。\n会议要求各乡镇抓好落实。\n", "二、会议研究了其他事项。", "plain"},
		{"一、总体要求\n二、推进源头减量。\n各村要分类投放。\n", "二、推进源头减量。", "heading"},
		{"二、主要任务\n（一）健全收运体系。各乡镇要配齐保洁员。\n1.配齐人员。\n", "1.配齐人员。", "plain"},
	} {
		a, _, err := ParseDocument("t.txt", head+c.body+foot)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, b := range blocksOf(&a) {
			if b.Text() != c.line {
				continue
			}
			found = true
			got := "plain"
			switch {
			case b.Type == gazette.BlockHeading:
				got = "heading"
			case b.Runs[0].LeadIn > 0:
				got = "lead-in"
			}
			if got != c.want {
				t.Errorf("%q after %q: %s, want %s", c.line, strings.SplitN(c.body, "\n", 2)[0], got, c.want)
			}
		}
		if !found {
			t.Errorf("%q is not a block of its own:\n%s", c.line, ArticleText(&a))
		}
	}
}

// TestBodyLetterSpacing: a body line pasted with a space between every
// hanzi is read without them (and warned of); a row of names spaced with
// full-width spaces, and spaces between Latin words, are kept.
func TestBodyLetterSpacing(t *testing.T) {
	head := "某县人民政府关于加强耕地保护的通知\n某府发〔2023〕8号\n各乡镇人民政府：\n"
	for _, c := range []struct{ line, want string }{
		{"为 加 强 耕 地 保 护 ， 现 就 有 关 事 项 通 知 如 下 。", "为加强耕地保护，现就有关事项通知如下。"},
		{"王　伟　李红梅　张　军　赵　敏", "王　伟　李红梅　张　军　赵　敏"},
		{"请登录 Windows Update 网站下载补丁。", "请登录 Windows Update 网站下载补丁。"},
	} {
		a, warns, err := ParseDocument("t.txt", head+c.line+"\n某县人民政府\n2023年3月1日\n")
		if err != nil {
			t.Fatal(err)
		}
		qa2Lines(t, &a, c.want)
		warned := false
		for _, w := range warns {
			warned = warned || strings.Contains(w.Message, "字间的空格")
		}
		if warned != (c.line != c.want) {
			t.Errorf("%q: warned %v: %v", c.line, warned, warns)
		}
	}
}

// TestLineLeadWebSpaces: a line indented with a web page's no-break, en or
// em spaces has that indent as its lead, in ASCII spaces and U+3000.
func TestLineLeadWebSpaces(t *testing.T) {
	for _, c := range []struct {
		raw, lead string
		width     int
	}{
		{"\u00a0\u00a0到2025年", "  ", 8},
		{"\u2003\u2003到2025年", "\u3000\u3000", 8},
		{"\u3000\u3000到2025年 ", "\u3000\u3000", 8},
		{"到2025年\u00a0", "", 6},
	} {
		if lead, width := lineWidth(c.raw); lead != c.lead || width != c.width {
			t.Errorf("lineWidth(%q) = %q, %d, want %q, %d", c.raw, lead, width, c.lead, c.width)
		}
	}
}

// TestImprintWithBoard: an imprint at the end of an issue may open with the
// editorial board, read into the issue's board; a document's own list of
// members before an imprint stays in the document.
func TestImprintWithBoard(t *testing.T) {
	head := "某县人民政府公报\n2023年第4期\n某县人民政府关于调整县安全生产委员会组成人员的通知\n某府发〔2023〕5号\n各乡镇人民政府：\n现将调整后的组成人员名单通知如下。\n某县人民政府\n2023年4月20日\n"
	imprint := "编辑出版：某县人民政府办公室\n地址：某县人民路1号\n内部资料　免费赠阅\n"
	for _, c := range []struct {
		tail   string
		board  int
		inBody []string
	}{
		{"— 2 —\n编辑委员会\n主　任：张　三\n副主任：李　四\n委　员：王　五　赵　六\n　　　　钱　七　孙　八\n" + imprint, 3, nil},
		{"附件\n县安全生产委员会组成人员名单\n主　任：尤　权\n副主任：杨元元\n委　员：何亚非\n" + imprint, 0,
			[]string{"主　任：尤　权", "委　员：何亚非"}},
	} {
		is, rep, err := ParseIssueReport("t.txt", head+c.tail)
		if err != nil {
			t.Fatal(err)
		}
		body := IssueText(is)
		a := &is.Sections[0].Articles[0]
		if len(is.Board) != c.board || is.Colophon.Publisher != "某县人民政府办公室" || is.Colophon.Lines != "内部资料　免费赠阅" {
			t.Errorf("board %+v, colophon %+v", is.Board, is.Colophon)
		}
		if strings.Contains(ArticleText(a), "编辑出版") || c.board > 0 && strings.Contains(ArticleText(a), "张") {
			t.Errorf("the imprint is in the document:\n%s", ArticleText(a))
		}
		qa2Lines(t, a, c.inBody...)
		if lost, _ := Balance(head+c.tail, body, rep.RemovedText()); lost > 0 {
			t.Errorf("%d characters lost: %s", lost, Missing(head+c.tail, body, rep.RemovedText()))
		}
	}
}
