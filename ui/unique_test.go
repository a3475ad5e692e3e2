package ui

import (
	"strings"
	"testing"

	"gazette/gazette"
)

// TestImportingADocumentTwiceAsks imports a document whose 文号 is already
// in the open issue, and one whose title is in another issue: each time
// the editor is asked, 取消 adds nothing, 只添加其余 adds only the new
// one and 仍然全部添加 adds both.
func TestImportingADocumentTwiceAsks(t *testing.T) {
	w := newTestWorkstation(t)
	var known *gazette.Article
	w.Ctl.Issue().Articles(func(_, _ int, a *gazette.Article) bool {
		if a.DocNumber != "" {
			known = a
			return false
		}
		return true
	})
	if known == nil {
		t.Fatal("the demo issue has no 文号")
	}
	count := func() int { return w.Ctl.Issue().ArticleCount() }
	n := count()
	again := gazette.Article{Title: "另拟的标题", DocNumber: strings.ReplaceAll(known.DocNumber, "〔", "［")}
	fresh := gazette.Article{Title: "全新的通知"}
	w.Composer.addArticles([]gazette.Article{again, fresh}, nil, "导入")
	msg := dialogText(w)
	if !strings.Contains(msg, "本期已有同一文号") || !strings.Contains(msg, known.Title) {
		t.Fatalf("the question does not name the document: %q", msg)
	}
	tapDialogButton(t, w, "取消")
	if count() != n {
		t.Fatal("取消 added articles")
	}
	w.Composer.addArticles([]gazette.Article{again, fresh}, nil, "导入")
	tapDialogButton(t, w, "只添加其余 1 篇")
	if count() != n+1 {
		t.Fatalf("只添加其余 added %d", count()-n)
	}

	// In an earlier issue of the database: the demo issue, seen from a copy
	// without it.
	demoID := w.Ctl.Issue().ID
	if err := w.List.Duplicate(demoID, gazette.Numbering{Year: 2020, Number: 9, Total: 21}); err != nil {
		t.Fatal(err)
	}
	w.Ctl.Edit(func(is *gazette.Issue) error {
		gazette.DeleteArticle(is, w.Ctl.Issue().Sections[0].Articles[0].ID)
		return nil
	})
	first := mustArticle(t, w, demoID, 0)
	w.Composer.addArticles([]gazette.Article{{Title: first.Title}}, nil, "导入")
	if msg := dialogText(w); !strings.Contains(msg, "2020年第8期已刊登同题的") {
		t.Fatalf("no word of the earlier issue: %q", msg)
	}
	m := count()
	tapDialogButton(t, w, "仍然全部添加")
	if count() != m+1 {
		t.Error("仍然全部添加 added nothing")
	}
}

// mustArticle returns the first article of section si of the stored issue id.
func mustArticle(t *testing.T, w *Workstation, id string, si int) gazette.Article {
	t.Helper()
	is, err := w.Ctl.Store.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return is.Sections[si].Articles[0]
}
