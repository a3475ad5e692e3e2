package archive

import (
	"path/filepath"
	"strings"
	"testing"

	"gazette/archive/archivetest"
	"gazette/store"
)

// archiveStore builds a database of years × 12 issues and opens it.
func archiveStore(t *testing.T, years int) *store.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "gazette.db")
	archivetest.MustBuild(t, path, archivetest.MustBases(t, ".."), years, 12)
	st, err := store.OpenWith(path, store.Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

func TestSearchManyIssues(t *testing.T) {
	st := archiveStore(t, 2)
	list, err := st.List()
	if err != nil || len(list) != 24 {
		t.Fatalf("List = %d issues, %v", len(list), err)
	}
	is, err := st.Find("2002-5")
	if err != nil {
		t.Fatal(err)
	}
	// Every article's 文号 finds that article, and only it.
	n := 0
	for _, sec := range is.Sections {
		for _, a := range sec.Articles {
			if a.DocNumber == "" {
				continue
			}
			n++
			res, err := Search(st, Query{Text: a.DocNumber})
			if err != nil {
				t.Fatal(err)
			}
			if Count(res) != 1 || res[0].Issue != is.ID || res[0].Hits[0].Article != a.ID {
				t.Errorf("search %s: %d hits %v", a.DocNumber, Count(res), res)
				continue
			}
			if h := res[0].Hits[0]; !strings.Contains(h.Snippet, "【") || h.Where == "" {
				t.Errorf("search %s: snippet %q where %q", a.DocNumber, h.Snippet, h.Where)
			}
		}
	}
	if n == 0 {
		t.Fatal("the issue has no 文号 to search for")
	}
	// A phrase of the body, across all issues: each issue made from the
	// demo has it; results newest first.
	res, err := Search(st, Query{Text: "景德镇市人民政府"})
	if err != nil || len(res) == 0 {
		t.Fatalf("search: %v, %d issues", err, len(res))
	}
	for i := 1; i < len(res); i++ {
		if res[i].Year > res[i-1].Year || res[i].Year == res[i-1].Year && res[i].Number > res[i-1].Number {
			t.Errorf("results not newest first: %s after %s", res[i].Label(), res[i-1].Label())
		}
	}
	// Filters: year, date range, issuer.
	for _, c := range []struct {
		q    Query
		keep func(h Hit) bool
	}{
		{Query{Text: "通知", Year: 2001}, func(h Hit) bool { return h.Year == 2001 }},
		{Query{Text: "通知", From: "2002-03-01", To: "2002-04-30"}, func(h Hit) bool {
			d := h.Date
			if d == "" {
				d = h.IssueDate
			}
			return d >= "2002-03-01" && d <= "2002-04-30"
		}},
		{Query{Issuer: "国务院办公厅"}, func(h Hit) bool { return strings.Contains(strings.Join(h.Issuers, "")+h.Title, "国务院办公厅") }},
		{Query{Title: "批复"}, func(h Hit) bool { return strings.Contains(h.Title, "批复") }},
	} {
		res, err := Search(st, c.q)
		if err != nil {
			t.Fatal(err)
		}
		if Count(res) == 0 {
			t.Errorf("%+v found nothing", c.q)
		}
		for _, ih := range res {
			for _, h := range ih.Hits {
				if !c.keep(h) {
					t.Errorf("%+v found %s《%s》 (%s)", c.q, h.Label(), h.Title, h.Date)
				}
			}
		}
	}
	if err := st.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestQueryCheck(t *testing.T) {
	for _, q := range []Query{{}, {Text: "  "}, {Text: "x", From: "2020-13-01"}, {Text: "x", From: "2020-05-01", To: "2020-04-01"}} {
		if q.Check() == nil {
			t.Errorf("%+v passes Check", q)
		}
	}
	if err := (Query{Year: 2020}).Check(); err != nil {
		t.Error(err)
	}
}

func TestSnippet(t *testing.T) {
	f := &store.Found{Doc: store.Doc{Title: "甲市人民政府关于某事的通知", DocNumber: "甲府字〔2020〕3号", Issuers: []string{"甲市人民政府"}},
		Text: "甲市人民政府\n甲市人民政府关于某事的通知\n甲府字〔2020〕3号\n各县（市、区）：\n现将 GDP 统计\n办法印发给你们。"}
	for _, c := range []struct {
		word, where, snip string
	}{
		{"关于某事", "标题", "【关于某事】"},
		{"甲府字[2020]3号", "文号", "【甲府字〔2020〕3号】"},
		{"gdp统计办法", "正文", "现将【GDP 统计 办法】印发给你们。"},
		{"没有", "", ""},
	} {
		where, snip := snippet(f, []string{c.word})
		if where != c.where || !strings.Contains(snip, c.snip) {
			t.Errorf("snippet(%q) = %q, %q; want %q containing %q", c.word, where, snip, c.where, c.snip)
		}
	}
}
