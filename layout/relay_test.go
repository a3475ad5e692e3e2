package layout

import (
	"strings"
	"testing"

	"gazette/gazette"
)

// edit changes one paragraph of the issue's first document.
func edit(is *gazette.Issue, text string) {
	a := &is.Sections[0].Articles[0]
	a.Blocks[0] = gazette.Paragraph(text)
}

func TestDeterministic(t *testing.T) {
	a, err := Lay(testIssue(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Lay(testIssue(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if dumpDoc(a) != dumpDoc(b) {
		t.Error("the same issue laid out twice gives different pages")
	}
}

// TestRelayMatchesFresh checks that a Layouter re-laying an edited issue from
// its cache gives the same pages as laying the edited issue afresh.
func TestRelayMatchesFresh(t *testing.T) {
	is := testIssue()
	l := NewLayouter(Options{})
	if _, err := l.Lay(is); err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"短。", "改过的一段话。", "第三次修改：这一段比原来长得多，" + "需要换好几行才能排完，用来检验缓存和分页是否一致。"} {
		edit(is, text)
		got, err := l.Lay(is)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Lay(is.Clone(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if dumpDoc(got) != dumpDoc(want) {
			t.Errorf("after editing to %q the cached layout differs from a fresh one", text)
		}
		if !hasText(got, text) {
			t.Errorf("the edit %q is not on any page", text)
		}
	}
}

// hasText reports whether some page shows text's first line.
func hasText(d *Document, text string) bool {
	r := []rune(text)
	if len(r) > 6 {
		r = r[:6]
	}
	for _, p := range d.Pages {
		if strings.Contains(pageText(p), string(r)) {
			return true
		}
	}
	return false
}
