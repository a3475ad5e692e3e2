package gazette

import (
	"reflect"
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(is *Issue)
		wantSev Severity
		want    string // a substring of one problem's message
		field   string
	}{
		{"missing doc number", func(is *Issue) { is.Sections[0].Articles[0].DocNumber = "" }, Warning, "《关于开展某项工作的通知》缺少文号", "doc_number"},
		{"missing date", func(is *Issue) { is.Sections[0].Articles[0].Date = "" }, Warning, "缺少成文日期", "date"},
		{"bad date", func(is *Issue) { is.Sections[0].Articles[0].Date = "2020-02-30" }, Error, "成文日期“2020-02-30”无效", "date"},
		{"missing title", func(is *Issue) { is.Sections[0].Articles[0].Title = " " }, Error, "未命名文章缺少标题", "title"},
		{"bad kind", func(is *Issue) { is.Sections[0].Articles[0].Kind = "memo" }, Error, "类型“memo”无效", "kind"},
		{"title lines differ", func(is *Issue) { is.Sections[0].Articles[0].TitleLines = []string{"关于开展", "工作的通知"} }, Error, "标题分行与标题不一致", "title_lines"},
		{"empty section", func(is *Issue) { is.Sections = append(is.Sections, Section{Name: "部门文件"}) }, Warning, "栏目“部门文件”没有文章", "sections"},
		{"no issue title", func(is *Issue) { is.Title = "" }, Error, "本期缺少刊名", "title"},
		{"bad number", func(is *Issue) { is.Number = 0 }, Error, "期号 0 无效", "number"},
		{"unknown unit", func(is *Issue) { is.Unit = "册" }, Error, "期号单位“册”无效", "unit"},
		{"odd disclosure", func(is *Issue) { is.Sections[0].Articles[0].Disclosure = "公开" }, Warning, "公开属性“公开”", "disclosure"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is := sampleIssue()
			if ps := is.Validate(); len(ps) != 0 {
				t.Fatalf("sample issue not clean: %v", ps)
			}
			tt.edit(is)
			var found bool
			for _, p := range is.Validate() {
				if strings.Contains(p.Message, tt.want) {
					found = true
					if p.Severity != tt.wantSev || p.Field != tt.field {
						t.Errorf("%q: severity %v field %q, want %v %q", p.Message, p.Severity, p.Field, tt.wantSev, tt.field)
					}
				}
			}
			if !found {
				t.Errorf("no problem containing %q in %v", tt.want, is.Validate())
			}
		})
	}
}

func TestCloneIsDeep(t *testing.T) {
	is := sampleIssue()
	is.Board = []BoardEntry{{Role: "主任", Names: []string{"张三"}}}
	is.Layout.Faces = map[string]string{"song": "/a.ttf"}
	c := is.Clone()
	if !reflect.DeepEqual(is, c) {
		t.Fatal("clone differs from original")
	}
	c.Board[0].Names[0] = "李四"
	c.Layout.Faces["song"] = "/b.ttf"
	a := &c.Sections[0].Articles[0]
	a.Blocks[0].Runs[0].Text = "改"
	a.Blocks[1].Table.Rows[0].Cells[0].Runs[0].Text = "改"
	a.Blocks[2].Attachment.Blocks[0].Runs[0].Text = "改"
	a.Issuers[0] = "改"
	if is.Board[0].Names[0] != "张三" || is.Layout.Faces["song"] != "/a.ttf" {
		t.Error("board or faces shared with the clone")
	}
	o := &is.Sections[0].Articles[0]
	if o.Blocks[0].Runs[0].Text == "改" || o.Blocks[1].Table.Rows[0].Cells[0].Runs[0].Text == "改" ||
		o.Blocks[2].Attachment.Blocks[0].Runs[0].Text == "改" || o.Issuers[0] == "改" {
		t.Error("article blocks shared with the clone")
	}
}

func TestLabels(t *testing.T) {
	is := sampleIssue()
	if got := is.Label(); got != "2020年第8期" {
		t.Errorf("Label = %q", got)
	}
	if got := is.TotalLabel(); got != "总第20期" {
		t.Errorf("TotalLabel = %q", got)
	}
	for in, want := range map[string]string{"2020-07-21": "2020年7月21日", "2020-7-21": "", "": "", "2021-02-29": ""} {
		if got := DateLabel(in); got != want {
			t.Errorf("DateLabel(%q) = %q, want %q", in, got, want)
		}
	}
	for s, want := range map[Status]string{StatusDraft: "草稿", StatusProofing: "校对中", StatusSigned: "已签发"} {
		if s.Label() != want {
			t.Errorf("%s.Label() = %q", s, s.Label())
		}
	}
}

func TestAddArticleAndText(t *testing.T) {
	is := New("某县人民政府公报", 2024, 1)
	a := is.AddArticle("县政府文件", Article{Kind: KindDocument, Title: "标题"})
	is.AddArticle("县政府文件", Article{Kind: KindNews, Title: "新闻"})
	if len(is.Sections) != 1 || is.ArticleCount() != 2 || a.ID == "" {
		t.Fatalf("sections %d, articles %d, id %q", len(is.Sections), is.ArticleCount(), a.ID)
	}
	if got, sec := is.Article(a.ID); got == nil || sec.Name != "县政府文件" {
		t.Fatal("Article by ID not found")
	}
	text := sampleIssue().Sections[0].Articles[0].PlainText()
	for _, want := range []string{"关于开展某项工作的通知", "某府字〔2020〕1号", "各乡镇：", "正文。", "甲\t乙", "附件1", "附件正文", "主动公开"} {
		if !strings.Contains(text, want) {
			t.Errorf("PlainText lacks %q:\n%s", want, text)
		}
	}
}

func TestPresets(t *testing.T) {
	s, ok := Preset("公文")
	if !ok || s.BodyFace != "fang" || s.BodySize != 16 { // 3号
		t.Fatalf("公文 preset: %+v", s)
	}
	// GB/T 9704: 156 × 225 mm text block.
	if w := s.TrimWidth - s.MarginInside - s.MarginOutside; w != 156 {
		t.Errorf("text block width %v mm", w)
	}
	if h := s.TrimHeight - s.MarginTop - s.MarginBottom; h != 225 {
		t.Errorf("text block height %v mm", h)
	}
	if _, ok := Preset("杂志"); ok {
		t.Error("unknown preset accepted")
	}
}

func sampleIssue() *Issue {
	is := New("某市人民政府公报", 2020, 8)
	is.TotalNumber = 20
	is.AddArticle("市政府文件", Article{
		Kind: KindDocument, Title: "关于开展某项工作的通知", Issuers: []string{"某市人民政府"},
		DocNumber: "某府字〔2020〕1号", Date: "2020-07-21", Addressee: "各乡镇：", Disclosure: DisclosurePublic,
		Blocks: []Block{
			Paragraph("正文。"),
			{Type: BlockTable, Table: &Table{Rows: []Row{{Cells: []Cell{{Runs: []Run{{Text: "甲"}}}, {Runs: []Run{{Text: "乙"}}}}}}, HeaderRows: 1}},
			{Type: BlockAttachment, Attachment: &Attachment{Label: "附件1", Title: "附件标题", Blocks: []Block{Paragraph("附件正文")}}},
		},
	})
	return is
}
