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
		{"见 &nbsp; 之后", "见   之后", "&nbsp;", false}, // inside a line: read as the space it is (entities.go)
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

// TestSplitLines: how the lines stage classifies each kind of line.
func TestSplitLines(t *testing.T) {
	for _, c := range []struct {
		in   string
		want srcLine
	}{
		// lead and width: the opening spaces, and the length with them but
		// without the trailing ones, of the line as written (wrap.go).
		{"  正文  ", srcLine{n: 1, text: "正文", lead: "  ", width: 4}},
		{"　　正文", srcLine{n: 1, text: "正文", lead: "　　", width: 4}},
		{"## 关于某事的通知", srcLine{n: 1, text: "关于某事的通知", hashes: 2, width: 10}},
		{"#3号文", srcLine{n: 1, text: "#3号文", width: 4}},
		{"项目\t数量", srcLine{n: 1, text: "项目\t数量", tab: true, width: 5}},
		{"| a | b |", srcLine{n: 1, text: "| a | b |", pipe: true, width: 9}},
		{"<!-- gazette:pagebreak -->", srcLine{n: 1, text: "<!-- gazette:pagebreak -->", comment: "pagebreak", width: 26}},
		{"<!-- gazette:caption 表1 -->", srcLine{n: 1, text: "<!-- gazette:caption 表1 -->", comment: "caption", payload: "表1", width: 27}},
		{"行末反斜杠\\", srcLine{n: 1, text: "行末反斜杠", width: 6}},
		{"　", srcLine{n: 1, blank: true}},
		{"#", srcLine{n: 1, hashes: 1, blank: true, width: 1}},
	} {
		got := splitLines(c.in)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("splitLines(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
	// A line ending in two spaces (or a backslash) hard-breaks into the next.
	ls := splitLines("甲  \n乙\\\n丙\n\n丁")
	hard := []bool{false, true, true, false, false}
	for i, l := range ls {
		if l.hard != hard[i] || l.n != i+1 {
			t.Errorf("line %d: hard %v n %d, want %v %d", i, l.hard, l.n, hard[i], i+1)
		}
	}
}
