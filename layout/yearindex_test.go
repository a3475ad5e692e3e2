package layout

import (
	"fmt"
	"strings"
	"testing"

	"gazette/gazette"
)

// TestLayIndex: every entry is set once, with its reference; a group that
// goes on over a page is labelled again there with （续）; a later part
// starts a new page; the pages are numbered from first with folios.
func TestLayIndex(t *testing.T) {
	ix := &YearIndex{Title: "甲市人民政府公报", Year: 2020}
	var entries []IndexEntry
	for i := 1; i <= 90; i++ {
		entries = append(entries, IndexEntry{Text: fmt.Sprintf("甲市人民政府关于第%d件事的通知（甲府字〔2020〕%d号）", i, i), Ref: fmt.Sprintf("2020年第%d期 第%d页", i%12+1, i)})
	}
	ix.Parts = []IndexPart{
		{Name: "按栏目分类", Groups: []IndexGroup{{Name: "市政府文件", Entries: entries}}},
		{Name: "按发文机关分类", Groups: []IndexGroup{{Name: "甲市人民政府", Entries: entries[:3]}}},
	}
	s := gazette.DefaultSettings()
	doc, err := LayIndex(ix, Options{Settings: &s}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) < 3 || doc.Pages[0].Number != 3 {
		t.Fatalf("%d pages from %d", len(doc.Pages), doc.Pages[0].Number)
	}
	all := ""
	partPage := 0
	for i, p := range doc.Pages {
		text := pageString(p)
		all += text
		if !strings.Contains(text, fmt.Sprintf("—%d—", p.Number)) {
			t.Errorf("page %d has no folio", p.Number)
		}
		if strings.Contains(text, "按发文机关分类甲市人民政府") {
			partPage = i
		}
		if i > 0 && i < len(doc.Pages)-1 && !strings.HasPrefix(strings.TrimPrefix(text, "按栏目分类"), "市政府文件（续）") {
			t.Errorf("page %d does not start with the carried-over group's label: %.40s", p.Number, text)
		}
	}
	for i, e := range entries {
		want := 1
		if i < 3 {
			want = 2 // in both parts
		}
		if n := strings.Count(all, e.Text+strings.ReplaceAll(e.Ref, " ", "")); n != want {
			t.Errorf("%s set %d times, want %d", e.Text, n, want)
		}
	}
	if partPage != len(doc.Pages)-1 || strings.Contains(pageString(doc.Pages[partPage]), "第90件") {
		t.Errorf("the second part does not start a page of its own (page index %d of %d)", partPage, len(doc.Pages))
	}
}
