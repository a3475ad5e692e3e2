package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"gazette/app"
	"gazette/gazette"
)

// savedReviewed returns the issue 导入 saved from the review r.
func savedReviewed(t *testing.T, w *Workstation, r *ImportReview) *gazette.Issue {
	t.Helper()
	for _, s := range w.List.Rows() {
		if s.Title == r.Issue.Title && s.Year == r.Issue.Year && s.Number == r.Issue.Number {
			is, err := w.Ctl.Store.Get(s.ID)
			if err != nil {
				t.Fatal(err)
			}
			return is
		}
	}
	t.Fatalf("导入 saved no issue: %v", issueLabels(w))
	return nil
}

// TestImportReviewKindAndIssuers: the review shows each document's 类别
// and 发文机关 as fields; the editor changes them (several issuers typed,
// split at “、”) and 导入 saves them; the import record is saved with the
// issue, so that the 校对 screen reports a document deleted afterwards by
// its 目录 entry.
func TestImportReviewKindAndIssuers(t *testing.T) {
	w := newTestWorkstation(t)
	r := openReview(t, w)
	for _, row := range r.Rows {
		a := r.Issue.Sections[row.si].Articles[row.ai]
		if row.KindSel.Selected != a.Kind.Label() || row.IssuersEn.Text != strings.Join(a.Issuers, "、") {
			t.Fatalf("《%s》: the review shows 类别 %q and 发文机关 %q, the import found %q and %v",
				a.Title, row.KindSel.Selected, row.IssuersEn.Text, a.Kind.Label(), a.Issuers)
		}
	}
	first, second := r.Rows[0], r.Rows[1]
	firstTitle, secondTitle := first.Title.Text, second.Title.Text
	first.KindSel.SetSelected(gazette.KindNews.Label())
	first.IssuersEn.SetText("")
	test.Type(first.IssuersEn, "国务院、中央军委")
	second.IssuersEn.SetText("")

	test.Tap(r.ImportBtn)
	w.Ctl.Wait()
	tapDialogButton(t, w, "好") // 已导入
	saved := savedReviewed(t, w, r)
	var a1, a2 *gazette.Article
	saved.Articles(func(_, _ int, a *gazette.Article) bool {
		switch a.Title {
		case firstTitle:
			a1 = a
		case secondTitle:
			a2 = a
		}
		return true
	})
	if a1 == nil || a2 == nil {
		t.Fatalf("the edited documents were not saved")
	}
	if a1.Kind != gazette.KindNews || strings.Join(a1.Issuers, "|") != "国务院|中央军委" {
		t.Errorf("saved 类别 %q, 发文机关 %q; want news and 国务院|中央军委", a1.Kind, a1.Issuers)
	}
	if len(a2.Issuers) != 0 {
		t.Errorf("the emptied 发文机关 was saved as %q", a2.Issuers)
	}

	rec, err := w.Ctl.Store.ImportRecord(saved.ID)
	if err != nil || rec == nil || len(rec.TOC) != len(r.Rows) {
		t.Fatalf("import record %+v, %v; want the 目录's %d entries", rec, err, len(r.Rows))
	}
	if err := w.Ctl.Open(saved.ID); err != nil {
		t.Fatal(err)
	}
	if err := w.Ctl.Edit(func(is *gazette.Issue) error {
		is.Sections[0].Articles = is.Sections[0].Articles[1:]
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	gone := saved.Sections[0].Articles[0].Title
	w.Select(TabProof)
	w.Proof.Recheck()
	var found []string
	for _, f := range w.Proof.Findings() {
		if app.ImportFinding(f) {
			found = append(found, rowText(f))
		}
	}
	if len(found) != 1 || !strings.Contains(found[0], "导入时它对应的《"+gone+"》已删除") {
		t.Errorf("the 校对 screen lists %q, want the deleted 《%s》's 目录 entry", found, gone)
	}
}
