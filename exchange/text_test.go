package exchange_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"gazette/exchange"
	"gazette/gazette"
	"gazette/importer"
	"gazette/internal/testseed"
)

// stripIDs clears what a round trip may change: IDs and times.
func stripIDs(is *gazette.Issue) *gazette.Issue {
	c := is.Clone()
	c.ID, c.Created, c.Modified = "", time.Time{}, time.Time{}
	for si := range c.Sections {
		c.Sections[si].ID = ""
		for ai := range c.Sections[si].Articles {
			c.Sections[si].Articles[ai].ID = ""
		}
	}
	return c
}

func jsonOf(t *testing.T, is *gazette.Issue) string {
	t.Helper()
	var b bytes.Buffer
	if err := exchange.WriteJSON(&b, stripIDs(is)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestTextRoundTrip checks that the text form of the seed reads back into
// the same issue, apart from IDs and times.
func TestTextRoundTrip(t *testing.T) {
	is := testseed.Issue(t)
	var txt bytes.Buffer
	if err := exchange.WriteText(&txt, is); err != nil {
		t.Fatal(err)
	}
	back, ws, err := importer.ParseIssue("export.txt", txt.String())
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range ws {
		t.Logf("warning on re-import: %s", w)
	}
	sameIssue(t, is, back, "")
}

// sameIssue fails t where the JSON of got differs from want's, apart from
// IDs and times; context (the text form read back) follows the message.
func sameIssue(t *testing.T, want, got *gazette.Issue, context string) {
	t.Helper()
	w, g := jsonOf(t, want), jsonOf(t, got)
	if w == g {
		return
	}
	wl, gl := strings.Split(w, "\n"), strings.Split(g, "\n")
	for i := 0; i < len(wl) && i < len(gl); i++ {
		if wl[i] != gl[i] {
			t.Fatalf("round trip differs at JSON line %d:\nwant %s\ngot  %s\n%s", i+1, wl[i], gl[i], context)
		}
	}
	t.Fatalf("round trip differs in length: %d vs %d lines\n%s", len(wl), len(gl), context)
}

// TestWriteJSONFields checks the JSON names the schema promises.
func TestWriteJSONFields(t *testing.T) {
	is := testseed.Issue(t)
	var b bytes.Buffer
	if err := exchange.WriteJSON(&b, is); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"title", "year", "number", "total_number", "date", "status", "sections"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	sec := m["sections"].([]any)[0].(map[string]any)
	if sec["name"] != "市政府文件" {
		t.Errorf("sections[0].name = %v", sec["name"])
	}
	art := sec["articles"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "kind", "title", "issuers", "doc_number", "date", "addressee", "subtitle", "source", "blocks"} {
		if _, ok := art[k]; !ok {
			t.Errorf("article JSON lacks %q", k)
		}
	}
	if art["date"] != "2020-07-21" {
		t.Errorf("date = %v, want 2020-07-21", art["date"])
	}
}

// TestTextRoundTripCorpus checks the round trip of the two whole issues of
// the shared corpus (a 国务院令 with its 令号 among them).
func TestTextRoundTripCorpus(t *testing.T) {
	for _, name := range []string{"corpus_issue_1", "corpus_issue_2"} {
		t.Run(name, func(t *testing.T) {
			is := testseed.File(t, "../../shared/corpus/issues/"+name+".txt")
			var txt bytes.Buffer
			if err := exchange.WriteText(&txt, is); err != nil {
				t.Fatal(err)
			}
			back, _, err := importer.ParseIssue("export.txt", txt.String())
			if err != nil {
				t.Fatal(err)
			}
			sameIssue(t, is, back, "")
		})
	}
}
