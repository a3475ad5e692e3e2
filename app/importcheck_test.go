package app

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gazette/gazette"
	"gazette/proof"
	"gazette/store"
)

// noisyIssue is the corpus issue with page noise (running heads, folios,
// tables cut by page breaks) and a printed 目录 of 14 entries.
const noisyIssue = "../../shared/corpus/issues/corpus_issue_2.txt"

// importFile imports the whole-issue text at path into a new real
// database as gazette import --new does, with its import record, and
// returns the store and the saved issue.
func importFile(t *testing.T, path string) (*store.Store, *gazette.Issue) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.OpenWith(filepath.Join(t.TempDir(), "gazette.db"), store.Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	is, rep, err := ReadIssueReport(filepath.Base(path), data)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ImportIssueWith(st, is, ImportRecordOf(is, rep), false); err != nil {
		t.Fatal(err)
	}
	saved, err := st.Get(is.ID)
	if err != nil {
		t.Fatal(err)
	}
	return st, saved
}

// articleAt returns the article with the given title (it must be there).
func articleAt(t *testing.T, is *gazette.Issue, title string) *gazette.Article {
	t.Helper()
	var hit *gazette.Article
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		if a.Title == title {
			hit = a
			return false
		}
		return true
	})
	if hit == nil {
		t.Fatalf("no article 《%s》", title)
	}
	return hit
}

// deleteArticle removes the article with the given title.
func deleteArticle(t *testing.T, is *gazette.Issue, title string) {
	t.Helper()
	a := articleAt(t, is, title)
	_, sec := is.Article(a.ID)
	for k := range sec.Articles {
		if sec.Articles[k].ID == a.ID {
			sec.Articles = append(sec.Articles[:k], sec.Articles[k+1:]...)
			return
		}
	}
}

// importMessages are the open import findings of the stored issue id, as
// gazette check --issue and the 校对 screen list them, sorted.
func importMessages(t *testing.T, st *store.Store, id string) []string {
	t.Helper()
	is, err := st.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Proofread(st, is)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range rep.Open {
		if ImportFinding(f) {
			if f.Severity != gazette.Warning {
				t.Errorf("import finding %q is not a warning", f.Message)
			}
			out = append(out, f.Rule+"|"+f.Article+"|"+f.Message)
		}
	}
	sort.Strings(out)
	return out
}

// TestCheckRematchesTOC: after the noisy corpus issue is imported and
// saved, the stored 目录 is matched again against the articles as the
// editor left them: nothing right after the import; a deleted document
// leaves its entry unmatched (naming the document); a renamed one leaves
// its entry unmatched and itself unlisted (naming both); putting the title
// back clears them.
func TestCheckRematchesTOC(t *testing.T) {
	const (
		gone    = "国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知"
		renamed = "国务院办公厅对全国政协十届四次会议第4626号提案的答复"
		newName = "关于某提案的答复"
	)
	goneEntry := "目录所列“国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知 （国发〔1981〕88号）”在正文中未找到；导入时它对应的《" + gone + "》已删除"
	tests := []struct {
		name string
		edit func(t *testing.T, is *gazette.Issue)
		want []string
	}{
		{"as imported", func(*testing.T, *gazette.Issue) {}, nil},
		{"a document deleted", func(t *testing.T, is *gazette.Issue) { deleteArticle(t, is, gone) },
			[]string{"import-toc||" + goneEntry}},
		{"a document renamed", func(t *testing.T, is *gazette.Issue) {
			a := articleAt(t, is, renamed)
			a.Title, a.DocNumber = newName, ""
		}, []string{
			"import-toc|" + newName + "|《" + newName + "》在本期目录中没有对应的条目（标题、文号都不相符）",
			"import-toc|" + newName + "|目录所列“国务院办公厅对全国政协十届四次会议第4626号提案的答复 (国办函〔2006〕82号)”在正文中未找到；导入时它对应的文章现在题为《" + newName + "》",
		}},
		{"the 文号 alone still matches", func(t *testing.T, is *gazette.Issue) { articleAt(t, is, renamed).Title = newName }, nil},
		{"deleted and renamed", func(t *testing.T, is *gazette.Issue) {
			deleteArticle(t, is, gone)
			a := articleAt(t, is, renamed)
			a.Title, a.DocNumber = newName, ""
		}, []string{
			"import-toc||" + goneEntry,
			"import-toc|" + newName + "|《" + newName + "》在本期目录中没有对应的条目（标题、文号都不相符）",
			"import-toc|" + newName + "|目录所列“国务院办公厅对全国政协十届四次会议第4626号提案的答复 (国办函〔2006〕82号)”在正文中未找到；导入时它对应的文章现在题为《" + newName + "》",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, is := importFile(t, noisyIssue)
			if is.ArticleCount() != 14 {
				t.Fatalf("the noisy issue has %d articles, want 14", is.ArticleCount())
			}
			tt.edit(t, is)
			if err := st.Save(is); err != nil {
				t.Fatal(err)
			}
			got := importMessages(t, st, is.ID)
			sort.Strings(tt.want)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestCheckFixClears: the editor's fix of a renamed document (its title
// put back) clears both findings on the next check.
func TestCheckFixClears(t *testing.T) {
	st, is := importFile(t, noisyIssue)
	a := articleAt(t, is, "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函")
	a.Title, a.DocNumber = "关于地质灾害险情的复函", ""
	if err := st.Save(is); err != nil {
		t.Fatal(err)
	}
	if n := len(importMessages(t, st, is.ID)); n != 2 {
		t.Fatalf("after the rename %d findings, want 2", n)
	}
	a.Title = "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函"
	if err := st.Save(is); err != nil {
		t.Fatal(err)
	}
	if got := importMessages(t, st, is.ID); len(got) != 0 {
		t.Errorf("after the fix: %v", got)
	}
}

// TestCheckWeakGuessesUntilConfirmed: the seed's weak guesses (three
// statistics tables whose section the 目录 does not give) and its news item
// the 目录 does not list are reported after the save, each on its article;
// a guess marked 此处无误 is set apart; a guess whose article is deleted
// goes with it (and the article's 目录 entry is then unmatched).
func TestCheckWeakGuessesUntilConfirmed(t *testing.T) {
	st, is := importFile(t, "../assets/demo/000_e9775c076d8c3296.txt")
	got := importMessages(t, st, is.ID)
	var guesses, unlisted int
	for _, g := range got {
		switch {
		case strings.HasPrefix(g, RuleImportGuess+"|") && strings.Contains(g, "栏目“统计信息”是推测的"):
			guesses++
		case g == RuleImportTOC+"|市政府召开第67次常务会议|《市政府召开第67次常务会议》在本期目录中没有对应的条目（标题、文号都不相符）":
			unlisted++
		default:
			t.Errorf("unexpected finding %s", g)
		}
	}
	if guesses != 3 || unlisted != 1 {
		t.Fatalf("%d guesses and %d unlisted articles, want 3 and 1:\n%s", guesses, unlisted, strings.Join(got, "\n"))
	}
	rep, err := Proofread(st, is)
	if err != nil {
		t.Fatal(err)
	}
	var first proof.Finding
	for _, f := range rep.Open {
		if f.Rule == RuleImportGuess {
			first = f
			break
		}
	}
	if first.ArticleID == "" || first.Section < 0 || first.Index < 0 {
		t.Fatalf("the guess is not placed on its article: %+v", first)
	}
	if err := proof.Suppress(st, is.ID, first, "张三", "栏目已核对"); err != nil {
		t.Fatal(err)
	}
	if n := len(importMessages(t, st, is.ID)); n != 3 {
		t.Errorf("after one guess is confirmed %d findings are open, want 3", n)
	}
	rep, _ = Proofread(st, is)
	if len(rep.Intended) != 1 || rep.Intended[0].Key != first.Key {
		t.Errorf("the confirmed guess is not set apart: %+v", rep.Intended)
	}
	deleteArticle(t, is, "2020上半年景德镇市城乡居民消费指数")
	if err := st.Save(is); err != nil {
		t.Fatal(err)
	}
	got = importMessages(t, st, is.ID)
	want := []string{
		RuleImportGuess + "|2020上半年景德镇市城乡居民消费收入|导入时（000_e9775c076d8c3296.txt 第1174行）：《2020上半年景德镇市城乡居民消费收入》在目录中没有对应的条目，栏目“统计信息”是推测的，请核对",
		RuleImportTOC + "||目录所列“2020上半年景德镇市城乡居民消费指数”在正文中未找到；导入时它对应的《2020上半年景德镇市城乡居民消费指数》已删除",
		RuleImportTOC + "|市政府召开第67次常务会议|《市政府召开第67次常务会议》在本期目录中没有对应的条目（标题、文号都不相符）",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("after a guessed article is deleted:\n%s\nwant (its guess gone, its 目录 entry unmatched):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestImportRecordWithoutReport: an issue saved without an import record
// (made in the workstation, read from an archive) has no import findings,
// and replacing an imported issue by an archive drops the old record.
func TestImportRecordWithoutReport(t *testing.T) {
	st, is := importFile(t, noisyIssue)
	deleteArticle(t, is, "国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知")
	archive, err := Encode(is, FormatArchive)
	if err != nil {
		t.Fatal(err)
	}
	again, rep, err := ReadIssueReport("往期.zip", archive)
	if err != nil || rep != nil {
		t.Fatalf("archive read: %v, report %v", err, rep)
	}
	if _, err := ImportIssueWith(st, again, ImportRecordOf(again, rep), true); err != nil {
		t.Fatal(err)
	}
	if rec, err := st.ImportRecord(again.ID); rec != nil || err != nil {
		t.Errorf("the archive kept the text's import record: %v, %v", rec, err)
	}
	if got := importMessages(t, st, again.ID); len(got) != 0 {
		t.Errorf("findings without a record: %v", got)
	}
}

// TestImportFolderKeepsRecords: each issue of a back catalogue folder is
// saved with its import record, its 目录 entries each naming an article.
func TestImportFolderKeepsRecords(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"corpus_issue_1.txt", "corpus_issue_2.txt"} {
		data, err := os.ReadFile(filepath.Join("../../shared/corpus/issues", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st, err := store.OpenWith(filepath.Join(t.TempDir(), "gazette.db"), store.Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got, err := ImportFolder(st, dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range got {
		if r.Err != nil || r.Issue == nil {
			t.Fatalf("%s: %v", r.File, r.Err)
		}
		rec, err := st.ImportRecord(r.Issue.ID)
		if err != nil || rec == nil || len(rec.TOC) != r.Issue.ArticleCount() || len(rec.Removed) == 0 {
			t.Fatalf("%s: record %+v, %v", r.File, rec, err)
		}
		for _, e := range rec.TOC {
			if a, _ := r.Issue.Article(e.ArticleID); a == nil {
				t.Errorf("%s: entry %q names no article of the saved issue", r.File, e.Text)
			}
		}
	}
}
