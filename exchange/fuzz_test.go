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
		back, err := exchange.ReadText("export.txt", txt.String())
		if err != nil {
			t.Fatalf("the text form does not read back: %v\n%s", err, txt.String())
		}
		sameIssue(t, is, back, "text form:\n"+txt.String())
	})
}

// FuzzReadText: whatever ReadText accepts, the text form written of it
// reads back into the same issue — the exact reader and the writer agree
// on every text, not only on what the writer wrote.
func FuzzReadText(f *testing.F) {
	f.Add("<!-- gazette:issue {\"title\":\"某市人民政府公报\"} -->\n\n<!-- gazette:section {\"name\":\"市政府文件\"} -->\n\n<!-- gazette:article {\"kind\":\"document\",\"title\":\"关于某事的通知\"} -->\n\n# 关于某事的通知\n\n**一、总体要求。**正文\n\n附件1\n\n## 名单\n\n张三  \n李四\n")
	f.Add("<!-- gazette:issue {} -->\n\n<!-- gazette:article {\"title\":\"令\",\"doc_number\":\"第1号\",\"disclosure\":\"主动公开\",\"source\":\"新华社\"} -->\n\n# 令\n\n第1号\n\n第一条 本条例。\n\n<!-- gazette:signature -->\n总理　某某\n\n<!-- gazette:caption 表 -->\n| a | << |\n| --- | --- |\n| ^^ | \\<< |\n\n<!-- gazette:break -->\n\n（此件主动公开）\n\n（来源：新华社）\n")
	f.Fuzz(func(t *testing.T, text string) {
		is, err := exchange.ReadText("fuzz.txt", text)
		if err != nil {
			return
		}
		var txt bytes.Buffer
		if err := exchange.WriteText(&txt, is); err != nil {
			t.Fatalf("WriteText: %v", err)
		}
		back, err := exchange.ReadText("export.txt", txt.String())
		if err != nil {
			t.Fatalf("the text form does not read back: %v\n%s", err, txt.String())
		}
		sameIssue(t, is, back, "text form:\n"+txt.String())
	})
}
