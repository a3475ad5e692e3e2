package importer

import (
	"os"
	"strings"
	"testing"

	"gazette/gazette"
)

// demoSeed is the demo issue: a copy of the real 景德镇市人民政府公报 2020年第8期
// as extracted from its PDF (shared/seed/000_e9775c076d8c3296.txt).
const demoSeed = "../assets/demo/000_e9775c076d8c3296.txt"

func readSeed(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(demoSeed)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func parseSeedIssue(t testing.TB) (*gazette.Issue, []Warning) {
	t.Helper()
	is, ws, err := ParseIssue("seed.txt", readSeed(t))
	if err != nil {
		t.Fatal(err)
	}
	return is, ws
}

func TestSeedMasthead(t *testing.T) {
	is, _ := parseSeedIssue(t)
	checks := []struct{ name, got, want string }{
		{"title", is.Title, "景德镇市人民政府公报"},
		{"sponsor", is.Sponsor, "景德镇市人民政府"},
		{"frequency", is.Frequency, "月刊"},
		{"statement", is.Statement, "本刊所登文件与正式文件具有同等效力"},
		{"slogan", is.Slogan, "传达政令　宣传政策　指导工作　服务社会"},
		{"colophon.sponsor", is.Colophon.Sponsor, "景德镇市人民政府"},
		{"colophon.publisher", is.Colophon.Publisher, "景德镇市人民政府办公室"},
		{"colophon.address", is.Colophon.Address, "景德镇市昌江区瓷都大道666号"},
		{"colophon.postcode", is.Colophon.Postcode, "333000"},
		{"colophon.printer", is.Colophon.Printer, "景德镇市人民政府文印中心"},
		{"colophon.website", is.Colophon.Website, "http://jdz.gov.cn/jdzzfgb/goverFile.html"},
		{"colophon.phone", is.Colophon.Phone, "(0798) 8382816"},
		{"colophon.email", is.Colophon.Email, "szfgb@jdz.gov.cn"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if is.Year != 2020 || is.Number != 8 || is.TotalNumber != 20 {
		t.Errorf("year/number/total = %d/%d/%d, want 2020/8/20", is.Year, is.Number, is.TotalNumber)
	}
	wantBoard := []struct {
		role  string
		names int
	}{{"主任", 1}, {"第一副主任", 1}, {"副主任", 1}, {"委员", 8}, {"总编", 1}, {"责任编辑", 1}, {"封面设计", 1}}
	if len(is.Board) != len(wantBoard) {
		t.Fatalf("board = %+v", is.Board)
	}
	for i, w := range wantBoard {
		if is.Board[i].Role != w.role || len(is.Board[i].Names) != w.names {
			t.Errorf("board[%d] = %+v, want %s with %d names", i, is.Board[i], w.role, w.names)
		}
	}
}

func TestSeedSections(t *testing.T) {
	is, _ := parseSeedIssue(t)
	want := []struct {
		name string
		arts []string // 文号 suffix or title
	}{
		{"市政府文件", []string{"30号", "34号"}},
		{"市政府办公室文件", []string{"4号", "45号"}},
		{"部门文件", []string{"176号", "181号", "122号", "137号", "138号", "156号", "39号", "12号"}},
		{"统计信息", []string{"景德镇市5-7月份CPI指数", "2020上半年景德镇市城乡居民消费收入", "2020上半年景德镇市城乡居民消费指数"}},
		{"重要政务活动", []string{"市政府召开第67次常务会议"}},
	}
	if len(is.Sections) != len(want) {
		var names []string
		for _, s := range is.Sections {
			names = append(names, s.Name)
		}
		t.Fatalf("sections = %v", names)
	}
	for i, w := range want {
		s := is.Sections[i]
		if s.Name != w.name || len(s.Articles) != len(w.arts) {
			t.Errorf("section %d = %s with %d articles, want %s with %d", i, s.Name, len(s.Articles), w.name, len(w.arts))
			continue
		}
		for j, id := range w.arts {
			a := s.Articles[j]
			if !strings.HasSuffix(a.DocNumber, "〔2020〕"+id) && a.Title != id {
				t.Errorf("%s[%d] = %s %s, want %s", w.name, j, a.DocNumber, a.Title, id)
			}
		}
	}
	for _, a := range is.Sections[3].Articles {
		if a.Kind != gazette.KindStatistics {
			t.Errorf("%s: kind %s, want statistics", a.Title, a.Kind)
		}
	}
	news := is.Sections[4].Articles[0]
	if news.Kind != gazette.KindNews || news.Subtitle != "刘锋主持" || news.Source != "景德镇日报" {
		t.Errorf("news = kind %s subtitle %q source %q", news.Kind, news.Subtitle, news.Source)
	}
}

// byNumber returns the seed article whose 文号 ends in n.
func byNumber(t *testing.T, is *gazette.Issue, n string) *gazette.Article {
	t.Helper()
	var found *gazette.Article
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		if strings.HasSuffix(a.DocNumber, "〕"+n) {
			found = a
			return false
		}
		return true
	})
	if found == nil {
		t.Fatalf("no article %s", n)
	}
	return found
}

func TestSeedDocumentHeads(t *testing.T) {
	is, _ := parseSeedIssue(t)
	tests := []struct {
		num, title, date, addressee string
		issuers                     int
	}{
		{"30号", "景德镇市人民政府关于授予王亮同志“景德镇市见义勇为先进个人”荣誉称号的决定", "2020-07-21", "各县（市、区）人民政府，市政府各部门，市直各单位", 1},
		{"34号", "景德镇市人民政府关于调整景德镇仲裁委员会的批复", "2020-08-09", "市司法局", 1},
		{"176号", "景德镇市发展和改革委员会等8部门关于转发江西省发展改革委等8部门关于印发《关于应对新冠肺炎疫情进一步帮扶企业和个体工商户缓解房屋租金压力实施方案》的通知", "2020-07-21", "", 8},
		{"181号", "景德镇市发展和改革委员会关于印发《景德镇市加快推进社会信用体系建设 构建以信用为基础的新型监管机制的实施方案》的通知", "2020-07-22", "市直各部门，各县（市、区）人民政府", 1},
		{"39号", "景德镇市城市管理局关于印发景德镇市城市管理局安全生产专项整治三年行动实施方案的通知", "2020-06-15", "", 1},
		{"12号", "国家统计局景德镇调查队等5部门关于进一步加强和改进住户调查工作的通知", "2020-06-15", "", 5},
	}
	for _, tt := range tests {
		a := byNumber(t, is, tt.num)
		if a.Title != tt.title {
			t.Errorf("%s title = %q, want %q", tt.num, a.Title, tt.title)
		}
		if a.Date != tt.date {
			t.Errorf("%s date = %q, want %q", tt.num, a.Date, tt.date)
		}
		if tt.addressee != "" && a.Addressee != tt.addressee {
			t.Errorf("%s addressee = %q, want %q", tt.num, a.Addressee, tt.addressee)
		}
		if len(a.Issuers) != tt.issuers {
			t.Errorf("%s issuers = %v, want %d", tt.num, a.Issuers, tt.issuers)
		}
		if a.Disclosure != gazette.DisclosurePublic {
			t.Errorf("%s disclosure = %q", tt.num, a.Disclosure)
		}
		if strings.Contains(a.PlainText(), "此件主动公开") {
			t.Errorf("%s: the disclosure note stayed in the body", tt.num)
		}
	}
}

// attachments returns an article's attachments.
func attachments(a *gazette.Article) []*gazette.Attachment {
	var out []*gazette.Attachment
	for _, b := range a.Blocks {
		if b.Type == gazette.BlockAttachment {
			out = append(out, b.Attachment)
		}
	}
	return out
}

func TestSeedBodies(t *testing.T) {
	is, _ := parseSeedIssue(t)
	// Attachments inside their document.
	if atts := attachments(byNumber(t, is, "30号")); len(atts) != 1 || atts[0].Title != "王亮同志见义勇为先进个人事迹" {
		t.Errorf("30号 attachments = %+v", atts)
	}
	atts := attachments(byNumber(t, is, "4号"))
	if len(atts) != 4 || atts[0].Label != "附件1" || atts[3].Label != "附件4" || atts[0].Title != "2020-2022年全市消防队站建设任务" {
		t.Fatalf("4号 attachments = %d", len(atts))
	}
	// The paragraph split at a page break is joined: 弘扬见 / 义勇为精神.
	if !strings.Contains(byNumber(t, is, "30号").PlainText(), "弘扬见义勇为精神是时代发展的客观要求") {
		t.Error("30号: 弘扬见/义勇为 not joined")
	}
	// Attachment 1's page spliced into 三、: both paragraphs whole, each in its place.
	main := byNumber(t, is, "4号")
	var body strings.Builder
	gazette.WalkBlocks(main.Blocks, func(b *gazette.Block) {
		if b.Type != gazette.BlockAttachment {
			body.WriteString(b.Text() + "\n")
		}
	})
	if !strings.Contains(body.String(), "建设指挥调度网与政务外网数据交换安全边界") {
		t.Error("4号: 三、's paragraph not joined across the spliced page")
	}
	var att1 strings.Builder
	gazette.WalkBlocks(atts[0].Blocks, func(b *gazette.Block) { att1.WriteString(b.Text() + "\n") })
	if !strings.Contains(att1.String(), "纳入城市控制性详细规划") || atts[0].Blocks[1].Type != gazette.BlockTable {
		t.Error("附件1's paragraph and table not in the attachment")
	}
	// Superscript, lead-ins, headings by numbering.
	found := map[string]bool{}
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) {
			for _, r := range b.Runs {
				switch {
				case r.Sup && r.Text == "2":
					found["sup"] = true
				case r.LeadIn == 2 && r.Text == "（二）严格按照调查制度开展工作。":
					found["lead2"] = true
				case r.LeadIn == 3 && r.Text == "1.加快组织落实。":
					found["lead3"] = true
				case r.LeadIn == gazette.LeadInArticle && r.Text == "第一条":
					found["clause"] = true
				}
			}
			if b.Type == gazette.BlockHeading && b.Level == 1 && b.Text() == "四、保障措施" {
				found["h1"] = true
			}
			if b.Type == gazette.BlockHeading && b.Level == 2 && b.Text() == "（一）非贷款类型" {
				found["h2"] = true
			}
			if b.Type == gazette.BlockTable && b.Table.HeaderRows >= 1 {
				found["table"] = true
			}
		})
		return true
	})
	for _, k := range []string{"sup", "lead2", "lead3", "clause", "h1", "h2", "table"} {
		if !found[k] {
			t.Errorf("seed: no %s", k)
		}
	}
	if n := len(byNumber(t, is, "12号").Issuers); n != 5 {
		t.Errorf("12号 issuers = %d", n)
	}
}

func TestSeedNormalisationWarnings(t *testing.T) {
	is, ws := parseSeedIssue(t)
	var punct, bracket bool
	for _, w := range ws {
		punct = punct || strings.Contains(w.Message, "半角标点改为全角")
		bracket = bracket || (w.Line == 896 && strings.Contains(w.Message, "六角括号"))
		if !strings.HasPrefix(w.String(), "seed.txt:") {
			t.Errorf("warning %q does not name the file", w)
		}
	}
	if !punct || !bracket {
		t.Errorf("warnings lack punctuation (%v) or 文号 bracket (%v)", punct, bracket)
	}
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		text := a.PlainText()
		for _, bad := range []string{"[2018]", "各有关单位:", "(市卫健委、市文旅局)"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s still holds %q", a.Title, bad)
			}
		}
		return true
	})
}

// hanziCount counts the hanzi of s.
func hanziCount(s string, into map[rune]int, sign int) {
	for _, r := range s {
		if hanzi(r) {
			into[r] += sign
		}
	}
}

// printedText is the issue as printed: every field with the label the
// layout prints beside it (主管主办, 年第期, 网站, 此件, 来源, the dates' 年月日).
func printedText(is *gazette.Issue) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
			b.WriteByte('\n')
		}
	}
	w(is.Sponsor+"主管主办", is.Title, is.Frequency, is.Label(), is.TotalLabel(), is.Statement, is.Slogan, "编辑委员会")
	for _, e := range is.Board {
		w(e.Role, strings.Join(e.Names, " "))
	}
	c := is.Colophon
	w("主管主办", c.Sponsor, "编辑出版", c.Publisher, "地址", c.Address, "邮编", c.Postcode, "印刷", c.Printer,
		is.Title+"网站", c.Website, "联系电话", c.Phone, "投稿邮箱", c.Email)
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		w(a.PlainText(), strings.Join(a.Issuers, " "), a.DateLabel(), "此件", "来源")
		return true
	})
	return b.String()
}

// TestSeedNothingLost counts the seed's hanzi outside its printed TOC as a
// multiset and checks every one is in the imported issue.
func TestSeedNothingLost(t *testing.T) {
	seed := readSeed(t)
	is, _ := parseSeedIssue(t)
	count := map[rune]int{}
	lines := strings.Split(seed, "\n")
	for i, l := range lines {
		if i >= 13 && i <= 29 && l != "# 传达政令 宣传政策 指导工作 服务社会" { // the printed TOC, lines 14–30
			continue
		}
		hanziCount(l, count, 1)
	}
	hanziCount(printedText(is), count, -1)
	// The header rows a table repeats on its next page are listed as
	// removed (TestConservation checks every removal).
	_, rep, err := ParseIssueReport("seed", seed)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Removed {
		if r.Reason == ReasonHeaderRow {
			hanziCount(r.Text, count, -1)
		}
	}
	reportLost(t, count)
}

// reportLost fails t with the hanzi that count still holds (a positive
// tally: in the input more often than in the import).
func reportLost(t *testing.T, count map[rune]int) {
	t.Helper()
	var missing []string
	for r, n := range count {
		if n > 0 {
			missing = append(missing, string(r)+"×"+strings.Repeat("|", min(n, 20)))
		}
	}
	if len(missing) > 0 {
		t.Errorf("hanzi lost in import: %v", missing)
	}
}

// TestOtherGazette reads a small issue of another place without a printed
// TOC: sections come from the issuers and kinds.
func TestOtherGazette(t *testing.T) {
	data, err := os.ReadFile("testdata/issue_qingshan.txt")
	if err != nil {
		t.Fatal(err)
	}
	is, ws, err := ParseIssue("qingshan.txt", string(data))
	if err != nil {
		t.Fatal(err)
	}
	if is.Title != "青山市人民政府公报" || is.Frequency != "半月刊" || is.Year != 2024 || is.Number != 3 || is.TotalNumber != 51 {
		t.Errorf("masthead = %q %q %d %d %d", is.Title, is.Frequency, is.Year, is.Number, is.TotalNumber)
	}
	want := []struct{ section, title string }{
		{"县政府文件", "青山县人民政府关于加强城乡绿化工作的通知"},
		{"县政府办公室文件", "青山县人民政府办公室关于印发青山县古树名木保护办法的通知"},
		{"部门文件", "青山县交通运输局 青山县财政局关于做好农村公路养护工作的通知"},
		{"统计信息", "青山县2月份主要经济指标"},
		{"重要政务活动", "县长主持召开县政府常务会议"},
	}
	if len(is.Sections) != len(want) {
		t.Fatalf("%d sections, want %d", len(is.Sections), len(want))
	}
	for i, w := range want {
		s := is.Sections[i]
		if s.Name != w.section || len(s.Articles) != 1 || s.Articles[0].Title != w.title {
			t.Errorf("section %d: %s %q, want %s %q", i, s.Name, s.Articles[0].Title, w.section, w.title)
		}
	}
	first := is.Sections[0].Articles[0]
	if first.DocNumber != "青府字〔2024〕12号" || first.Addressee != "各乡镇人民政府，县政府各部门" || first.Date != "2024-03-05" {
		t.Errorf("head = %q %q %q", first.DocNumber, first.Addressee, first.Date)
	}
	if !strings.Contains(first.PlainText(), "约3.5亿元。") {
		t.Error("the broken paragraph was not joined")
	}
	third := is.Sections[2].Articles[0]
	if len(third.Issuers) != 2 || third.Disclosure != gazette.DisclosureOnRequest {
		t.Errorf("joint document: issuers %v disclosure %q", third.Issuers, third.Disclosure)
	}
	atts := attachments(&third)
	if len(atts) != 1 || len(atts[0].Blocks) != 1 || atts[0].Blocks[0].Type != gazette.BlockTable {
		t.Fatalf("attachment = %+v", atts)
	}
	tb := atts[0].Blocks[0].Table
	if tb.HeaderRows != 2 || tb.Rows[0].Cells[0].RowSpan != 2 || tb.Rows[0].Cells[1].ColSpan != 2 || len(tb.Rows[1].Cells) != 2 {
		t.Errorf("pipe table spans wrong: %+v", tb)
	}
	if last := tb.Rows[2].Cells[2].Runs; len(last) != 2 || !last[1].Sup {
		t.Errorf("superscript in cell = %+v", last)
	}
	news := is.Sections[4].Articles[0]
	if news.Subtitle != "王明主持" || news.Source != "青山日报" {
		t.Errorf("news subtitle %q source %q", news.Subtitle, news.Source)
	}
	var bracket bool
	for _, w := range ws {
		bracket = bracket || strings.Contains(w.Message, "六角括号")
	}
	if !bracket {
		t.Error("no warning for 青府字[2024]12号")
	}
}

func TestParseDocument(t *testing.T) {
	text := "青山市人民政府关于加强城市绿化工作的通知\n青府字〔2024〕12号 2024年3月5日\n\n各县（市、区）人民政府，市政府各部门：\n\n" +
		"到2025年，新增绿地面积120万平方米。\n\n（此件主动公开）\n"
	a, _, err := ParseDocument("doc.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "青山市人民政府关于加强城市绿化工作的通知" || a.DocNumber != "青府字〔2024〕12号" || a.Date != "2024-03-05" ||
		a.Addressee != "各县（市、区）人民政府，市政府各部门" || a.Disclosure != gazette.DisclosurePublic || len(a.Blocks) != 1 {
		t.Errorf("article = %+v", a)
	}
	if got := SectionFor(&a); got != "市政府文件" {
		t.Errorf("SectionFor = %s", got)
	}
	if _, _, err := ParseDocument("empty.txt", "\n \n"); err == nil {
		t.Error("empty text: no error")
	}
}

func BenchmarkParseIssueSeed(b *testing.B) {
	text := readSeed(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, _, err := ParseIssue("seed.txt", text); err != nil {
			b.Fatal(err)
		}
	}
}
