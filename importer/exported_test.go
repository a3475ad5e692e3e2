package importer

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"gazette/exchange"
	"gazette/gazette"
)

// TestExportedFileReadExactly: a file `export --format text` wrote (here
// as the previous version wrote it) imported through ReadIssueReport is
// read by the exact reader — the same issue as exchange.ReadText, no
// warning, nothing removed — and its documents are reported.
func TestExportedFileReadExactly(t *testing.T) {
	data, err := os.ReadFile("../exchange/testdata/v1/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	is, rep, err := ReadIssueReport("export.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	want, err := exchange.ReadText("export.txt", string(data))
	if err != nil {
		t.Fatal(err)
	}
	if g, w := issueJSON(t, is), issueJSON(t, want); g != w {
		t.Error("ReadIssueReport read the exchange form otherwise than exchange.ReadText")
	}
	if len(rep.Warnings) != 0 || len(rep.Removed) != 0 {
		t.Errorf("warnings %v removed %v, want none", rep.Warnings, rep.Removed)
	}
	if len(rep.Documents) != is.ArticleCount() || is.ArticleCount() == 0 {
		t.Errorf("%d documents reported for %d articles", len(rep.Documents), is.ArticleCount())
	}
}

// issueJSON is the issue's JSON without IDs and times.
func issueJSON(t *testing.T, is *gazette.Issue) string {
	t.Helper()
	c := is.Clone()
	c.ID, c.Created, c.Modified = "", time.Time{}, time.Time{}
	for si := range c.Sections {
		c.Sections[si].ID = ""
		for ai := range c.Sections[si].Articles {
			c.Sections[si].Articles[ai].ID = ""
		}
	}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
