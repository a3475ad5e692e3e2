package ui

import (
	"strconv"
	"strings"
	"testing"

	"gazette/gazette"
)

// markArticles puts mark into the first paragraph of every other article
// (twice into the first of them) and returns their IDs and paragraph rows,
// in reading order.
func markArticles(t *testing.T, w *Workstation, mark string) (ids []string, rows []int) {
	t.Helper()
	err := w.Ctl.Edit(func(is *gazette.Issue) error {
		k := 0
		is.Articles(func(_, _ int, a *gazette.Article) bool {
			for i := range a.Blocks {
				if a.Blocks[i].Type != gazette.BlockParagraph {
					continue
				}
				if k%2 == 0 {
					text := mark + a.Blocks[i].Text()
					if len(ids) == 0 {
						text += mark
					}
					a.Blocks[i].Runs = []gazette.Run{{Text: text}}
					ids, rows = append(ids, a.ID), append(rows, i)
				}
				k++
				break
			}
			return len(ids) < 3
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) < 3 {
		t.Fatalf("marked only %d articles", len(ids))
	}
	return ids, rows
}

func TestFindNextAcrossArticles(t *testing.T) {
	w := newTestWorkstation(t)
	ids, rows := markArticles(t, w, "甲乙丙")
	w.Select(TabBody)
	w.Body.ShowFind()
	w.Body.Find.SetText("甲乙丙")
	if got := w.Body.FindCount.Text; !strings.HasPrefix(got, "共 4 处，在 3 篇文章") {
		t.Errorf("count shows %q", got)
	}
	// The first article's paragraph holds two: 下一个 visits both.
	ids = append([]string{ids[0]}, ids...)
	rows = append([]int{rows[0]}, rows...)
	for round := 0; round < 2; round++ { // the second round checks the wrap-around
		for k := range ids {
			row := w.Body.FindNext()
			if art, at := w.Body.Hit(); art != ids[k] || at != rows[k] || row != rows[k] {
				t.Fatalf("round %d hit %d: article %s row %d, want %s row %d", round, k, art, at, ids[k], rows[k])
			}
			if _, sel := w.Composer.Selected(); sel != ids[k] {
				t.Errorf("hit %d: the composer has %s selected", k, sel)
			}
			if !strings.Contains(w.Body.Entry(rows[k]).Text, "甲乙丙") {
				t.Errorf("hit %d: row %d shows %q", k, rows[k], w.Body.Entry(rows[k]).Text)
			}
		}
	}

	// 替换 replaces one occurrence, staying while the block holds more.
	w.Body.Replace.SetText("丁")
	w.Body.FindNext() // back to the first article
	w.Body.ReplaceCurrent()
	if art, _ := w.Body.Hit(); art != ids[0] {
		t.Errorf("after the first of two replacements the hit moved to %s", art)
	}
	w.Body.ReplaceCurrent()
	if art, _ := w.Body.Hit(); art != ids[2] {
		t.Errorf("after the block's last replacement the hit is in %s, want %s", art, ids[2])
	}
	a, _ := mustSaved(t, w).Article(ids[0])
	if got := a.Blocks[rows[0]].Text(); strings.Contains(got, "甲乙丙") || strings.Count(got, "丁") < 2 {
		t.Errorf("after two replacements the paragraph is %q", got)
	}
}

func TestReplaceAllAcrossArticlesAndUndo(t *testing.T) {
	w := newTestWorkstation(t)
	ids, rows := markArticles(t, w, "甲乙丙")
	is := mustSaved(t, w)
	revs := map[string]int{}
	for _, id := range ids {
		rs, err := w.Ctl.Store.Revisions(is.ID, id)
		if err != nil {
			t.Fatal(err)
		}
		revs[id] = len(rs)
	}
	w.Select(TabBody)
	w.Body.ShowFind()
	w.Body.Find.SetText("甲乙丙")
	w.Body.Replace.SetText("丁")
	if n := w.Body.ReplaceAll(); n != 4 {
		t.Fatalf("replaced %d, want 4", n)
	}
	if got := w.Body.FindCount.Text; !strings.HasPrefix(got, "已替换 4 处（3 篇文章）") {
		t.Errorf("the find bar says %q", got)
	}
	if w.Ctl.Dirty() {
		t.Error("replace all was not saved at once")
	}
	stored, _ := w.Ctl.Store.Get(is.ID)
	for k, id := range ids {
		a, _ := stored.Article(id)
		if got := a.Blocks[rows[k]].Text(); strings.Contains(got, "甲乙丙") || !strings.HasPrefix(got, "丁") {
			t.Errorf("article %d saved as %q", k, got)
		}
		rs, _ := w.Ctl.Store.Revisions(is.ID, id)
		if len(rs) != revs[id]+1 {
			t.Errorf("article %d: %d revisions after replace all, want %d (one save)", k, len(rs), revs[id]+1)
		}
	}

	// One undo takes it all back, saved.
	if !w.Body.UndoBtn.Visible() {
		t.Fatal("no 撤销替换 after replace all")
	}
	if err := w.Body.UndoReplace(); err != nil {
		t.Fatal(err)
	}
	stored = mustSaved(t, w)
	for k, id := range ids {
		a, _ := stored.Article(id)
		if got := a.Blocks[rows[k]].Text(); !strings.HasPrefix(got, "甲乙丙") {
			t.Errorf("article %d after undo: %q", k, got)
		}
	}
	if w.Body.UndoBtn.Visible() {
		t.Error("撤销替换 still offered after undoing")
	}

	// An edit after the replacement makes undo refuse (it would lose it).
	w.Body.ReplaceAll()
	w.Composer.SelectArticle(ids[0])
	w.Body.Entry(rows[0]).SetText("后来的修改")
	if err := w.Body.UndoReplace(); err == nil {
		t.Error("undo after a later edit was allowed")
	}
	if n := w.Body.ReplaceAll(); n != 0 || !strings.Contains(w.Body.FindCount.Text, "没有找到") {
		t.Errorf("replacing text that is gone: %d, %q", n, w.Body.FindCount.Text)
	}
}

// TestFindCounterAndSignedReplace: the counter counts occurrences (第 1/3
// and 第 2/3 处 in a paragraph that holds two of three), and 替换 is off on a signed
// issue.
func TestFindCounterAndSignedReplace(t *testing.T) {
	w := newTestWorkstation(t)
	_, row := firstParagraph(t, w)
	w.Body.Entry(row).SetText("甲乙丙甲乙丙")
	next := -1
	for j := row + 1; j < w.Body.Rows() && next < 0; j++ {
		if w.Body.rows[j].soft {
			next = j
		}
	}
	if next < 0 {
		t.Fatal("no second paragraph")
	}
	w.Body.Entry(next).SetText("甲乙丙")
	w.Body.ShowFind()
	w.Body.Find.SetText("甲乙丙")
	w.Body.findAt = -1
	w.Body.id = ""
	w.Body.FindNext()
	got := w.Body.FindCount.Text
	hits, total := gazette.FindInIssue(w.Ctl.Issue(), "甲乙丙")
	if !strings.HasPrefix(got, "第 1/"+strconv.Itoa(total)+" 处") || len(hits) < 2 || !strings.Contains(got, "本段第 1/2 处") {
		t.Errorf("counter %q (hits %d, total %d)", got, len(hits), total)
	}
	w.Body.FindNext()
	if got := w.Body.FindCount.Text; !strings.HasPrefix(got, "第 2/") || !strings.Contains(got, "本段第 2/2 处") {
		t.Errorf("the paragraph's second occurrence is counted as %q", got)
	}
	w.Body.FindNext()
	if got := w.Body.FindCount.Text; !strings.HasPrefix(got, "第 3/") {
		t.Errorf("the second paragraph's occurrence is counted as %q", got)
	}
	w.Ctl.Issue().Status = gazette.StatusSigned
	w.Ctl.notify(ChangedStatus)
	w.Select(TabBody)
	if !w.Body.ReplaceBtn.Disabled() || !w.Body.ReplaceAllBtn.Disabled() {
		t.Error("替换 is clickable on a signed issue")
	}
}
