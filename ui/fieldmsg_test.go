package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// shownMessages returns the visible danger labels inside o.
func shownMessages(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, c := range test.LaidOutObjects(o) {
		if l, ok := c.(*widget.Label); ok && l.Visible() && l.Importance == widget.DangerImportance {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

// TestValidationInWords types a date February does not have into 出版日期
// (封面与版式) and 成文日期 (编排): the field says so in words, and the
// words go once the date is right.
func TestValidationInWords(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabCover)
	w.Cover.Date.SetText("2021-02-30")
	if got := shownMessages(w.Cover.Content()); !strings.Contains(got, "2021年2月没有30日") {
		t.Errorf("出版日期 2021-02-30 says %q", got)
	}
	w.Cover.Date.SetText("2021-02-28")
	if got := shownMessages(w.Cover.Content()); strings.Contains(got, "没有") {
		t.Errorf("a good date still says %q", got)
	}
	w.Cover.Date.SetText("2021/2/3")
	if got := shownMessages(w.Cover.Content()); !strings.Contains(got, "YYYY-MM-DD") {
		t.Errorf("出版日期 2021/2/3 says %q", got)
	}

	w.Select(TabCompose)
	w.Composer.SelectArticle(w.Ctl.Issue().Sections[0].Articles[0].ID)
	w.Composer.Form.Date.Entry.SetText("2020-13-01")
	if got := shownMessages(w.Composer.Content()); !strings.Contains(got, "没有13月") {
		t.Errorf("成文日期 2020-13-01 says %q", got)
	}
}

func TestDateError(t *testing.T) {
	for s, want := range map[string]string{
		"":           "",
		"2020-07-21": "",
		"2024-02-29": "",
		"2023-02-29": "2023年2月没有29日",
		"2021-04-31": "2021年4月没有31日",
		"2021-00-10": "没有0月",
		"七月":         "YYYY-MM-DD",
	} {
		err := dateError(s)
		if want == "" && err != nil || want != "" && (err == nil || !strings.Contains(err.Error(), want)) {
			t.Errorf("%q: %v, want %q", s, err, want)
		}
	}
}
