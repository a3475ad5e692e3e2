package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/gazette"
)

// tocIssues are the whole issues with and without a printed 目录: the seed,
// the test gazettes and both corpus issues.
func tocIssues(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/issue_*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test gazettes: %v", err)
	}
	return append(files, demoSeed, "../../shared/corpus/issues/corpus_issue_1.txt", "../../shared/corpus/issues/corpus_issue_2.txt")
}

// TestTOCAgreesWithImport: the 目录 read back from a report (Report.TOC)
// and matched by MatchTOC leaves unmatched exactly the entries the import
// itself warned about, on every whole issue and on each with one
// document's title and 文号 line taken out of the text; every entry the
// import matched names an article.
func TestTOCAgreesWithImport(t *testing.T) {
	changed := 0 // issues where the change left an entry unmatched
	for _, f := range tocIssues(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts := map[string]string{"as is": string(data)}
		is, _, err := ReadIssueReport(f, data)
		if err != nil {
			t.Fatal(err)
		}
		if a := lastDocument(is); a != nil && a.Title != "" {
			texts["last title changed"] = strings.Replace(string(data), "## "+a.Title, "## 关于另一件事的说明", 1)
			if a.DocNumber != "" {
				texts["last title changed"] = strings.Replace(texts["last title changed"], a.DocNumber, "", 1)
			}
		}
		for name, text := range texts {
			is, rep, err := ParseIssueReport(filepath.Base(f), text)
			if err != nil {
				t.Fatalf("%s (%s): %v", f, name, err)
			}
			toc := rep.TOC()
			m := MatchTOC(toc, is)
			var got []string
			for _, e := range m.Unmatched {
				got = append(got, e.Text)
			}
			if name != "as is" && len(got) > 0 {
				changed++
			}
			if strings.Join(got, "|") != strings.Join(rep.Unmatched, "|") {
				t.Errorf("%s (%s): MatchTOC leaves %q unmatched, the import %q", f, name, got, rep.Unmatched)
			}
			for k, e := range toc {
				if (m.Matched[k] == nil) != contains(got, e.Text) {
					t.Errorf("%s (%s): entry %q matched %v", f, name, e.Text, m.Matched[k])
				}
				if a := m.Matched[k]; a != nil && is.Sections[a.Section].Articles[a.Index].ID != a.ID {
					t.Errorf("%s (%s): entry %q names %+v, not where it is", f, name, e.Text, a)
				}
			}
		}
	}
	if changed < 5 {
		t.Errorf("only %d issues had an entry left unmatched by the change", changed)
	}
	t.Logf("%d issues had an entry left unmatched by the change", changed)
}

func lastDocument(is *gazette.Issue) *gazette.Article {
	var last *gazette.Article
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		if a.Kind == gazette.KindDocument {
			last = a
		}
		return true
	})
	return last
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestMatchTOCEdits: the entries of the noisy corpus issue matched against
// the issue after an editor's change: a deleted document leaves its entry
// unmatched; a retitled one keeps its entry by its 文号; retitled without
// its 文号 it leaves its entry unmatched and is itself unlisted; an order
// matches its entry by the order's number with the regulation's title.
func TestMatchTOCEdits(t *testing.T) {
	noisy, err := os.ReadFile("../../shared/corpus/issues/corpus_issue_2.txt")
	if err != nil {
		t.Fatal(err)
	}
	order, err := os.ReadFile("testdata/issue_order_state_council.txt")
	if err != nil {
		t.Fatal(err)
	}
	const reply = "国务院办公厅对全国政协十届四次会议第4626号提案的答复"
	find := func(is *gazette.Issue, title string) *gazette.Article {
		var hit *gazette.Article
		is.Articles(func(_, _ int, a *gazette.Article) bool {
			if a.Title == title {
				hit = a
			}
			return hit == nil
		})
		if hit == nil {
			t.Fatalf("no article 《%s》", title)
		}
		return hit
	}
	tests := []struct {
		name      string
		text      []byte
		edit      func(is *gazette.Issue)
		unmatched []string // entries' titles
		unlisted  []string
	}{
		{"noisy issue as imported", noisy, func(*gazette.Issue) {}, nil, nil},
		{"a document deleted", noisy, func(is *gazette.Issue) {
			a := find(is, reply)
			_, s := is.Article(a.ID)
			s.Articles = s.Articles[:len(s.Articles)-1]
		}, []string{reply}, nil},
		{"retitled, 文号 kept", noisy, func(is *gazette.Issue) { find(is, reply).Title = "答复" }, nil, nil},
		{"retitled, 文号 removed", noisy, func(is *gazette.Issue) {
			a := find(is, reply)
			a.Title, a.DocNumber = "答复", ""
		}, []string{reply}, []string{"答复"}},
		{"an order as imported", order, func(*gazette.Issue) {}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is, rep, err := ReadIssueReport("issue.txt", tt.text)
			if err != nil {
				t.Fatal(err)
			}
			toc := rep.TOC()
			if len(toc) == 0 {
				t.Fatal("no 目录 read")
			}
			tt.edit(is)
			m := MatchTOC(toc, is)
			var unmatched, unlisted []string
			for _, e := range m.Unmatched {
				unmatched = append(unmatched, e.Title)
			}
			for _, a := range m.Unlisted {
				unlisted = append(unlisted, a.Title)
			}
			if strings.Join(unmatched, "|") != strings.Join(tt.unmatched, "|") || strings.Join(unlisted, "|") != strings.Join(tt.unlisted, "|") {
				t.Errorf("unmatched %q, unlisted %q; want %q and %q", unmatched, unlisted, tt.unmatched, tt.unlisted)
			}
		})
	}
}

// TestGuessesLeaveOutUnmatched: the weak guesses Guesses gives leave out
// the warning about a 目录 entry matched to no document (Unmatched lists
// it) and keep the section guessed for the document the entry lost.
func TestGuessesLeaveOutUnmatched(t *testing.T) {
	data, err := os.ReadFile("../../shared/corpus/issues/corpus_issue_2.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), "## 国务院办公厅对全国政协十届四次会议 第4626号提案的答复\n\n国办函〔2006〕82号", "## 关于城市绿化工作的几点说明", 1)
	_, rep, err := ParseIssueReport("往期.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Unmatched) != 1 {
		t.Fatalf("unmatched %q, want the 4626号提案 entry", rep.Unmatched)
	}
	var weak, guesses []string
	for _, w := range rep.Weak() {
		weak = append(weak, w.Message)
	}
	for _, w := range rep.Guesses() {
		guesses = append(guesses, w.Message)
	}
	if len(weak) != len(guesses)+1 {
		t.Errorf("weak %q, guesses %q: want one fewer", weak, guesses)
	}
	for _, g := range guesses {
		if strings.Contains(g, rep.Unmatched[0]) {
			t.Errorf("a guess is about the unmatched entry: %s", g)
		}
	}
}
