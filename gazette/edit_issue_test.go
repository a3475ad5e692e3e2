package gazette

import "testing"

// twoSections is an issue with sections 甲 (a1, a2) and 乙 (b1).
func twoSections() *Issue {
	is := New("公报", 2020, 12)
	is.Frequency = "月刊"
	is.TotalNumber = 24
	is.AddArticle("甲", Article{ID: "a1", Title: "一", Blocks: []Block{Paragraph("人民政府通知")}})
	is.AddArticle("甲", Article{ID: "a2", Title: "二"})
	is.AddArticle("乙", Article{ID: "b1", Title: "三", Blocks: []Block{Paragraph("人民政府")}})
	return is
}

func order(is *Issue) string {
	s := ""
	for _, sec := range is.Sections {
		s += sec.Name + ":"
		for _, a := range sec.Articles {
			s += a.ID + " "
		}
	}
	return s
}

func TestSectionOps(t *testing.T) {
	is := twoSections()
	if err := AddSection(is, " 甲 "); err == nil {
		t.Error("a second section 甲")
	}
	if err := AddSection(is, ""); err == nil {
		t.Error("an empty section name")
	}
	if err := AddSection(is, "丙"); err != nil || len(is.Sections) != 3 {
		t.Fatalf("add 丙: %v", err)
	}
	if err := RenameSection(is, 2, "乙"); err == nil {
		t.Error("renamed onto 乙")
	}
	if to := MoveSection(is, 2, -1); to != 1 || is.Sections[1].Name != "丙" {
		t.Errorf("move up: %d, %s", to, order(is))
	}
	if to := MoveSection(is, 0, -1); to != 0 {
		t.Error("moved past the top")
	}
	if err := DeleteSection(is, 1); err != nil || len(is.Sections) != 2 {
		t.Errorf("delete: %v", err)
	}
}

func TestArticleMoves(t *testing.T) {
	is := twoSections()
	for _, c := range []struct {
		id    string
		delta int
		ok    bool
		want  string
	}{
		{"a1", +1, true, "甲:a2 a1 乙:b1 "},
		{"a1", +1, true, "甲:a2 乙:a1 b1 "}, // crosses into the next section, at its start
		{"a1", -1, true, "甲:a2 a1 乙:b1 "}, // and back, at the end
		{"a2", -1, false, "甲:a2 a1 乙:b1 "},
		{"b1", +1, false, "甲:a2 a1 乙:b1 "},
	} {
		if ok := MoveArticle(is, c.id, c.delta); ok != c.ok || order(is) != c.want {
			t.Fatalf("move %s %+d: %v %s, want %v %s", c.id, c.delta, ok, order(is), c.ok, c.want)
		}
	}
	if err := MoveArticleTo(is, "a2", 1); err != nil || order(is) != "甲:a1 乙:b1 a2 " {
		t.Errorf("move to 乙: %v %s", err, order(is))
	}
	if !DeleteArticle(is, "a1") || DeleteArticle(is, "a1") || order(is) != "甲:乙:b1 a2 " {
		t.Errorf("delete: %s", order(is))
	}
}

func TestDuplicateAndNextIssue(t *testing.T) {
	is := twoSections()
	d := DuplicateIssue(is)
	if d.ID == is.ID || d.Sections[0].ID == is.Sections[0].ID || d.Sections[0].Articles[0].ID == "a1" {
		t.Error("the copy shares IDs with the original")
	}
	if d.ArticleCount() != is.ArticleCount() || d.Status != StatusDraft {
		t.Errorf("copy: %d articles, %s", d.ArticleCount(), d.Status)
	}
	n := NextIssue(is)
	if n.Year != 2021 || n.Number != 1 || n.TotalNumber != 25 || len(n.Sections) != 0 {
		t.Errorf("next after 2020年第12期: %s 总第%d期, %d sections", n.Label(), n.TotalNumber, len(n.Sections))
	}
	if l := Latest([]*Issue{n, is}); l != n {
		t.Error("Latest is not the next issue")
	}
}

func TestFindAndReplaceInIssue(t *testing.T) {
	is := twoSections()
	hits, total := FindInIssue(is, "人民政府")
	if len(hits) != 2 || total != 2 || hits[0].Article != "a1" || hits[1].Article != "b1" {
		t.Fatalf("find: %+v %d", hits, total)
	}
	n, before := ReplaceInIssue(is, "人民政府", "市政府")
	if n != 2 || len(before) != 2 || before[0].Blocks[0].Text() != "人民政府通知" {
		t.Fatalf("replace: %d, %d articles kept", n, len(before))
	}
	if a, _ := is.Article("a1"); a.Blocks[0].Text() != "市政府通知" {
		t.Errorf("after replace: %q", a.Blocks[0].Text())
	}
}
