package store

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"

	"gazette/gazette"
)

// sampleIssue returns a small issue with two sections and three articles.
func sampleIssue(title string, year, number int) *gazette.Issue {
	is := gazette.New(title, year, number)
	is.TotalNumber = number + 12
	is.AddArticle("市政府文件", gazette.Article{
		Kind: gazette.KindDocument, Title: "关于印发某某办法的通知", DocNumber: "某府字〔2020〕30号", Date: "2020-07-21",
		Blocks: []gazette.Block{{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: "各县（市、区）人民政府："}}}},
	})
	is.AddArticle("市政府文件", gazette.Article{Kind: gazette.KindDocument, Title: "关于某事项的批复", DocNumber: "某府字〔2020〕31号", Date: "2020-07-22"})
	is.AddArticle("统计信息", gazette.Article{Kind: gazette.KindStatistics, Title: "2020年1—6月主要经济指标"})
	return is
}

// setText replaces the body of the article with one paragraph.
func setText(a *gazette.Article, text string) {
	a.Blocks = []gazette.Block{{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: text}}}}
}

// bodyText returns the text of the article's first paragraph.
func bodyText(a *gazette.Article) string {
	if len(a.Blocks) == 0 || len(a.Blocks[0].Runs) == 0 {
		return ""
	}
	return a.Blocks[0].Runs[0].Text
}

// openTemp opens a new store in a fresh temporary directory.
func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "gazette.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// withIssue opens a new database gazette.db in a temporary folder and saves
// one issue (甲市 2020年第8期); it returns the open store (the caller closes
// it), the database's path and the issue.
func withIssue(t *testing.T) (s *Store, path string, is *gazette.Issue) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "gazette.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	is = sampleIssue("甲市人民政府公报", 2020, 8)
	if err := s.Save(is); err != nil {
		t.Fatal(err)
	}
	return s, path, is
}

// backedUp is withIssue with a backup of the database at bak.db beside it.
func backedUp(t *testing.T) (s *Store, path, bak string) {
	t.Helper()
	s, path, _ = withIssue(t)
	bak = filepath.Join(filepath.Dir(path), "bak.db")
	if err := s.BackupFile(bak); err != nil {
		t.Fatal(err)
	}
	return s, path, bak
}

// fileSum returns the SHA-256 of a file's content.
func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}
