package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"gazette/app"
	"gazette/exchange"
	"gazette/importer"

	"gazette/gazette"
)

// corpusNoisy is the corpus issue with page furniture (running heads and
// folios between the lines).
const corpusNoisy = "../../shared/corpus/issues/corpus_issue_2.txt"

// openReview imports the noisy corpus issue through the review and returns
// the review shown (nothing saved yet).
func openReview(t *testing.T, w *Workstation) *ImportReview {
	t.Helper()
	data, err := os.ReadFile(corpusNoisy)
	if err != nil {
		t.Fatal("the corpus (../shared/corpus beside the repository) is missing:", err)
	}
	path := filepath.Join(t.TempDir(), "往期.txt")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	w.List.ReviewIssueFile(path)
	w.Ctl.Wait()
	r := w.List.Review
	if r == nil || w.Win.Canvas().Overlays().Top() == nil {
		t.Fatal("导入往期 showed no review")
	}
	return r
}

// labels returns the issues of the database by label.
func issueLabels(w *Workstation) []string {
	w.List.Refresh()
	var out []string
	for _, r := range w.List.Rows() {
		out = append(out, r.Title+" "+r.Label())
	}
	return out
}

func TestImportReviewListsAndCancels(t *testing.T) {
	w := newTestWorkstation(t)
	before := issueLabels(w)
	r := openReview(t, w)

	if len(r.Rows) < 10 || len(r.Rows) != r.Issue.ArticleCount() {
		t.Fatalf("the review lists %d documents, the issue has %d", len(r.Rows), r.Issue.ArticleCount())
	}
	withLine, withNumber := 0, 0
	for _, row := range r.Rows {
		if row.Title.Text == "" || row.Section.Selected == "" {
			t.Errorf("a document is listed without title or section: %q in %q", row.Title.Text, row.Section.Selected)
		}
		if row.Line > 0 {
			withLine++
		}
		if row.DocNumber.Text != "" {
			withNumber++
		}
	}
	if withLine != len(r.Rows) || withNumber == 0 {
		t.Errorf("%d of %d documents have their line, %d a 文号", withLine, len(r.Rows), withNumber)
	}
	folios, heads := 0, 0
	for _, m := range r.Report.Removed {
		if m.Line <= 0 || strings.TrimSpace(m.Text) == "" {
			t.Errorf("a removal without line or text: %+v", m)
		}
		switch m.Reason {
		case "页码":
			folios++
		case "页眉":
			heads++
		}
	}
	if folios == 0 || heads == 0 {
		t.Errorf("the review lists %d folios and %d running heads removed, want both", folios, heads)
	}
	if m := w.Win.Canvas().Overlays().Top().MinSize(); m.Width > 1024 || m.Height > 640 || m.Width < 300 {
		t.Errorf("the review needs %v, more than a 1024×640 window", m)
	} else {
		t.Logf("the review needs %v", m)
	}
	tabs := r.Tabs.Items
	if len(tabs) != 3 || !strings.Contains(tabs[1].Text, "略去") || !strings.Contains(tabs[0].Text, "文件") {
		t.Fatalf("the review's tabs are %v", tabs)
	}

	test.Tap(r.CancelBtn)
	w.Ctl.Wait()
	if top := w.Win.Canvas().Overlays().Top(); top != nil {
		t.Error("a dialog is still open after 取消")
	}
	if got := issueLabels(w); strings.Join(got, "|") != strings.Join(before, "|") {
		t.Errorf("取消 saved something: %v, was %v", got, before)
	}
}

func TestImportReviewEditThenAccept(t *testing.T) {
	w := newTestWorkstation(t)
	r := openReview(t, w)
	row := r.Rows[1]
	old := row.Title.Text
	edited := "经编辑改正的标题" + old
	row.Title.SetText(edited)
	row.DocNumber.SetText("国发〔2099〕1号")
	row.Date.Entry.SetText("2099-01-02")
	// Move the last document to the first section.
	last := r.Rows[len(r.Rows)-1]
	first := r.Issue.Sections[0].Name
	lastTitle := last.Title.Text
	last.Section.SetSelected(first)

	test.Tap(r.ImportBtn)
	w.Ctl.Wait()
	tapDialogButton(t, w, "好") // 已导入
	var saved *gazette.Issue
	for _, s := range w.List.Rows() {
		if s.Title == r.Issue.Title && s.Year == r.Issue.Year && s.Number == r.Issue.Number {
			is, err := w.Ctl.Store.Get(s.ID)
			if err != nil {
				t.Fatal(err)
			}
			saved = is
		}
	}
	if saved == nil {
		t.Fatalf("导入 saved no issue: %v", issueLabels(w))
	}
	var got, moved *gazette.Article
	var movedTo string
	saved.Articles(func(si, _ int, a *gazette.Article) bool {
		if a.Title == edited {
			got = a
		}
		if a.Title == lastTitle {
			moved, movedTo = a, saved.Sections[si].Name
		}
		return true
	})
	if got == nil {
		t.Fatalf("the edited title %q was not saved", edited)
	}
	if got.DocNumber != "国发〔2099〕1号" || got.Date != "2099-01-02" {
		t.Errorf("saved 文号 %q, date %q", got.DocNumber, got.Date)
	}
	if moved == nil || movedTo != first {
		t.Errorf("the document moved to %q is in %q", first, movedTo)
	}
	if saved.ArticleCount() != len(r.Rows) {
		t.Errorf("saved %d articles, the review listed %d", saved.ArticleCount(), len(r.Rows))
	}

	// The same issue again: the replace question, and 取消 keeps the first.
	r2 := openReview(t, w)
	test.Tap(r2.ImportBtn)
	w.Ctl.Wait()
	tapDialogButton(t, w, "取消") // 数据库中已有…替换吗？
	w.Ctl.Wait()
	is, err := w.Ctl.Store.Get(saved.ID)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		found = found || a.Title == edited
		return !found
	})
	if !found {
		t.Error("declining the replacement changed the saved issue")
	}
}

func TestImportReviewRefusesBadDate(t *testing.T) {
	w := newTestWorkstation(t)
	before := issueLabels(w)
	r := openReview(t, w)
	r.Rows[0].Date.Entry.SetText("2020年7月")
	test.Tap(r.ImportBtn)
	w.Ctl.Wait()
	if !strings.Contains(dialogText(w), "YYYY-MM-DD") {
		t.Errorf("a bad date was not refused: %q", dialogText(w))
	}
	if got := issueLabels(w); len(got) != len(before) {
		t.Errorf("a review with a bad date saved: %v", got)
	}
}

// TestImportReviewShowsDoubts: a 目录 entry left unmatched and a weak guess
// inside a document are shown, the document highlighted.
func TestImportReviewShowsDoubts(t *testing.T) {
	w := newTestWorkstation(t)
	data, err := os.ReadFile(corpusNoisy)
	if err != nil {
		t.Fatal("the corpus (../shared/corpus beside the repository) is missing:", err)
	}
	text := strings.Replace(string(data), "## 国务院办公厅对全国政协十届四次会议 第4626号提案的答复\n\n国办函〔2006〕82号", "## 关于城市绿化工作的几点说明", 1)
	is, rep, err := app.ReadIssueReport("往期.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Unmatched) != 1 {
		t.Fatalf("unmatched 目录 entries %v, want the 4626号提案 one", rep.Unmatched)
	}
	third := rep.Documents[2]
	rep.Warnings = append(rep.Warnings, importer.Warning{File: "往期.txt", Line: third.Line + 2, Message: "测试用的推测", Weak: true})
	r := w.List.ShowImportReview("往期.txt", is, rep)
	var weakRows []string
	for _, row := range r.Rows {
		if len(row.Weak) > 0 {
			weakRows = append(weakRows, row.Title.Text)
		}
	}
	if len(weakRows) != 1 || weakRows[0] != third.Title {
		t.Errorf("the weak guess is shown on %v, want on %q", weakRows, third.Title)
	}
	if !strings.Contains(r.Tabs.Items[2].Text, "2") {
		t.Errorf("the tab of doubts is %q", r.Tabs.Items[2].Text)
	}
	var shown strings.Builder
	for _, o := range test.LaidOutObjects(r.Tabs.Items[2].Content) {
		if l, ok := o.(*widget.Label); ok {
			shown.WriteString(l.Text + "\n")
		}
	}
	if !strings.Contains(shown.String(), "目录未匹配：国务院办公厅对全国政协十届四次会议第4626号提案的答复") || !strings.Contains(shown.String(), "测试用的推测") {
		t.Errorf("the tab of doubts shows:\n%s", shown.String())
	}
	if strings.Contains(shown.String(), "已略去") {
		t.Error("the tab of doubts repeats the removed lines")
	}
	test.Tap(r.CancelBtn)
}

// TestImportReviewArchiveReplaces: an archive is reviewed too (nothing
// removed); 导入 of an issue the database holds asks before replacing it,
// and the replacement keeps the edited title.
func TestImportReviewArchiveReplaces(t *testing.T) {
	w := newTestWorkstation(t)
	demo := w.Ctl.Issue()
	var buf bytes.Buffer
	if err := exchange.WriteArchive(&buf, demo); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "往期.zip")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	w.List.ReviewIssueFile(path)
	w.Ctl.Wait()
	r := w.List.Review
	if r == nil || r.Report != nil || len(r.Rows) != demo.ArticleCount() {
		t.Fatalf("the archive's review: %+v", r)
	}
	edited := "改过的标题"
	r.Rows[0].Title.SetText(edited)
	test.Tap(r.ImportBtn)
	w.Ctl.Wait()
	if !strings.Contains(dialogText(w), "替换") {
		t.Fatalf("no replace question: %q", dialogText(w))
	}
	tapDialogButton(t, w, "替换")
	w.Ctl.Wait()
	if !strings.Contains(dialogText(w), "已替换") {
		t.Errorf("the result says %q", dialogText(w))
	}
	rows := w.List.Rows()
	if len(rows) != 1 || rows[0].ID != demo.ID {
		t.Fatalf("after the replacement the list is %+v", rows)
	}
	is, err := w.Ctl.Store.Get(demo.ID)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		found = found || a.Title == edited
		return !found
	})
	if !found {
		t.Error("the replacement lost the edited title")
	}
	if w.Ctl.Issue() == nil || w.Ctl.Issue().ID != demo.ID {
		t.Error("the replaced issue is not open any more")
	}
}

// TestImportReviewSignedIsNotOfferedForReplacement: 导入 of an issue the
// database holds signed says at once that it is signed and how to unlock
// it, instead of asking to replace it (with a backup) and then refusing.
func TestImportReviewSignedIsNotOfferedForReplacement(t *testing.T) {
	w := newTestWorkstation(t)
	demo := w.Ctl.Issue()
	var buf bytes.Buffer
	if err := exchange.WriteArchive(&buf, demo); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "往期.zip")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := w.Ctl.Store.SignOffAt(demo.ID, "", []byte("%PDF-1.7 signed"), time.Now()); err != nil {
		t.Fatal(err)
	}
	w.List.ReviewIssueFile(path)
	w.Ctl.Wait()
	r := w.List.Review
	if r == nil {
		t.Fatal("no review")
	}
	test.Tap(r.ImportBtn)
	w.Ctl.Wait()
	got := dialogText(w)
	if !strings.Contains(got, "已签发") || !strings.Contains(got, "解锁") {
		t.Errorf("the dialog says %q, want 已签发 and 解锁", got)
	}
	if findButton(w.Win.Canvas().Overlays().Top(), "替换") != nil {
		t.Error("替换 offered for a signed issue")
	}
}
