package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// coloured returns the text of rt's segments in the colour name.
func coloured(rt *widget.RichText, name string) string {
	var b strings.Builder
	for _, sg := range rt.Segments {
		if ts, ok := sg.(*widget.TextSegment); ok && string(ts.Style.ColorName) == name {
			b.WriteString(ts.Text)
		}
	}
	return b.String()
}

// TestNameVersionsAndCompare names the issue 一校 with its 签发人, edits a
// paragraph, names it 二校, and compares: from 一校 to 二校 the new text is
// marked added and the old removed, for the issue and for the article; a
// second 一校 is refused.
func TestNameVersionsAndCompare(t *testing.T) {
	w := newTestWorkstation(t)
	_, row := firstParagraph(t, w)
	test.Tap(w.Body.VersionsBtn)
	v := w.Body.ShowVersions()
	v.Name.SetText("一校")
	v.Signer.SetText("张编辑")
	test.Tap(v.SaveBtn)
	w.Body.Entry(row).SetText("二校时改写的段落。")
	if err := v.Save(); err == nil {
		t.Error("a second 一校 was taken")
	}
	v.Name.SetText("二校")
	if err := v.Save(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(v.list.Text, "一校") || !strings.Contains(v.list.Text, "张编辑") {
		t.Errorf("the list says %q", v.list.Text)
	}
	v.From.SetSelected("一校")
	v.To.SetSelected("二校")
	for _, scope := range v.Scope.Options {
		v.Scope.SetSelected(scope)
		if got := coloured(v.Diff, string(theme.ColorNameSuccess)); !strings.Contains(got, "二校时改写的段落") {
			t.Errorf("%s: added %q", scope, got)
		}
		if got := coloured(v.Diff, string(theme.ColorNameError)); !strings.HasPrefix(got, "【删：") {
			t.Errorf("%s: removed %q", scope, got)
		}
	}
	v.From.SetSelected("二校")
	v.To.SetSelected(nowLabel)
	if got := coloured(v.Diff, string(theme.ColorNameSuccess)) + coloured(v.Diff, string(theme.ColorNameError)); got != "" {
		t.Errorf("二校 and now differ: %q", got)
	}
}
