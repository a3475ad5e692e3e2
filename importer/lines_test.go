package importer

import (
	"strings"
	"testing"
)

// TestDropEntityTails: a web entity left at a line's end is removed and
// listed, never silently dropped; anything else on the line stays.
func TestDropEntityTails(t *testing.T) {
	for _, c := range []struct {
		in, text, removed string
		blank             bool
	}{
		{"国务院办公厅         &sp;", "国务院办公厅", "&sp;", false},
		{"某市人民政府&nbsp;&nbsp;", "某市人民政府", "&nbsp;&nbsp;", false},
		{"二〇二〇年七月一日 &#160;", "二〇二〇年七月一日", "&#160;", false},
		{"&nbsp;", "", "&nbsp;", true},
		{"A&B 公司", "A&B 公司", "", false},
		{"见 &nbsp; 之后", "见 &nbsp; 之后", "", false},
		{"R&D;", "R&D;", "", false},
	} {
		p := newParser("t.txt", c.in)
		l := p.lines[0]
		if l.text != c.text || l.blank != c.blank {
			t.Errorf("%q: text %q blank %v, want %q %v", c.in, l.text, l.blank, c.text, c.blank)
		}
		var got []string
		for _, r := range p.removed {
			if r.Reason != ReasonEntity || r.Line != 1 {
				t.Errorf("%q: removal %+v", c.in, r)
			}
			got = append(got, r.Text)
		}
		if strings.Join(got, "|") != c.removed {
			t.Errorf("%q: removed %q, want %q", c.in, got, c.removed)
		}
	}
}

// TestEntityTailKeepsSignatureDate: the date under a signature line that
// ends in a stray entity is the document's date.
func TestEntityTailKeepsSignatureDate(t *testing.T) {
	text := "国务院办公厅关于加强某项工作的通知\n国办发〔1996〕32号\n\n各省人民政府：\n\n现将有关事项通知如下。\n\n国务院办公厅         &sp;\n一九九六年七月十七日\n"
	a, rep, err := ParseDocumentReport("t.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if a.Date != "1996-07-17" {
		t.Errorf("date = %q, want 1996-07-17", a.Date)
	}
	if lost, added := Balance(text, ArticleText(&a), rep.RemovedText()); lost != 0 || added != 0 {
		t.Errorf("lost %d added %d: %s", lost, added, Missing(text, ArticleText(&a), rep.RemovedText()))
	}
}
