package exchange_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"gazette/exchange"
	"gazette/importer"
	"gazette/internal/testseed"
)

// FuzzTextRoundTrip: whatever whole-issue text ParseIssue accepts, the
// text form written of the issue reads back into the same issue (apart
// from IDs and times) — the exchange text is lossless for any issue the
// importer can make, not only the seed's.
func FuzzTextRoundTrip(f *testing.F) {
	seed := testseed.Text()
	parts := strings.Split(seed, "\n## ")
	f.Add(parts[0])
	for _, p := range parts[1:min(len(parts), 5)] {
		f.Add(parts[0] + "\n## " + p)
	}
	for _, name := range []string{"issue_qingshan.txt", "issue_yunxi_county.txt"} {
		if b, err := os.ReadFile("../importer/testdata/" + name); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		is, _, err := importer.ParseIssue("fuzz.txt", text)
		if err != nil {
			return
		}
		var txt bytes.Buffer
		if err := exchange.WriteText(&txt, is); err != nil {
			t.Fatalf("WriteText: %v", err)
		}
		back, _, err := importer.ParseIssue("export.txt", txt.String())
		if err != nil {
			t.Fatalf("the text form does not read back: %v\n%s", err, txt.String())
		}
		sameIssue(t, is, back, "text form:\n"+txt.String())
	})
}
