package store

import (
	"errors"
	"os"
	"strings"
	"testing"

	"gazette/gazette"
)

func TestCreateRefusesSameNumber(t *testing.T) {
	s, _, is := withIssue(t)
	defer s.Close()
	dup := sampleIssue(is.Title, is.Year, is.Number)
	err := s.Create(dup)
	if !errors.Is(err, ErrExists) || !strings.Contains(err.Error(), "2020年第8期") {
		t.Fatalf("a second 2020年第8期: %v", err)
	}
	if all, _ := s.List(); len(all) != 1 {
		t.Fatalf("%d issues after the refused create", len(all))
	}
	// Another number, or another 刊名, is a new issue.
	for _, ok := range []*gazette.Issue{sampleIssue(is.Title, 2020, 9), sampleIssue("乙市人民政府公报", 2020, 8)} {
		if err := s.Create(ok); err != nil {
			t.Errorf("create %s %s: %v", ok.Title, ok.Label(), err)
		}
	}
	if same, err := s.SameNumber(is.Title, 2020, 9, ""); err != nil || same == nil || same.Number != 9 {
		t.Errorf("SameNumber 2020-9: %+v %v", same, err)
	}
	if same, _ := s.SameNumber(is.Title, 2020, 8, is.ID); same != nil {
		t.Errorf("SameNumber found the issue itself: %+v", same)
	}
}

func TestReplaceBacksUpFirst(t *testing.T) {
	s, path, is := withIssue(t)
	defer s.Close()
	repl := sampleIssue(is.Title, is.Year, is.Number)
	repl.ID = gazette.NewID()
	repl.Sections = repl.Sections[:1]
	bak, err := s.Replace(repl, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(bak, BackupDir(path)) || !strings.HasSuffix(bak, "-replace.db") {
		t.Errorf("backup at %s", bak)
	}
	if _, err := os.Stat(bak); err != nil {
		t.Fatal(err)
	}
	if repl.ID != is.ID {
		t.Error("the replacement did not take the old issue's ID")
	}
	got, err := s.Get(is.ID)
	if err != nil || len(got.Sections) != 1 {
		t.Fatalf("after replace: %v, %d sections", err, len(got.Sections))
	}
	if all, _ := s.List(); len(all) != 1 {
		t.Errorf("%d issues after replace", len(all))
	}
	old, err := Open(bak)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if was, err := old.Get(is.ID); err != nil || len(was.Sections) != 2 {
		t.Errorf("the backup does not hold the old issue: %v", err)
	}
}

func TestNextFreeAndFindDocs(t *testing.T) {
	s, _, is := withIssue(t)
	defer s.Close()
	n, err := s.NextFree(is.Title, "月刊", nil)
	if err != nil || n != (gazette.Numbering{Year: 2020, Number: 9, Total: is.TotalNumber + 1}) {
		t.Errorf("NextFree %+v %v", n, err)
	}
	a := is.Sections[0].Articles[0]
	a.DocNumber = strings.Replace(a.DocNumber, "〔", "［", 1)
	a.DocNumber = strings.Replace(a.DocNumber, "〕", "］", 1)
	a.Title = "另一个标题"
	hits, err := s.FindDocs(&a)
	if err != nil || len(hits) != 1 || !hits[0].ByDocNumber || hits[0].IssueID != is.ID {
		t.Fatalf("by 文号: %+v %v", hits, err)
	}
	b := gazette.Article{Title: is.Sections[0].Articles[1].Title}
	if hits, _ := s.FindDocs(&b); len(hits) != 1 || hits[0].ByDocNumber {
		t.Errorf("by title: %+v", hits)
	}
	if hits, _ := s.FindDocs(&gazette.Article{Title: "没有的文件"}); len(hits) != 0 {
		t.Errorf("a new document found: %+v", hits)
	}
}
