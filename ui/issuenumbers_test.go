package ui

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// shownMessage returns the visible danger-labelled words on the window
// that contain want, or "".
func shownMessage(w *Workstation, want string) string {
	for _, o := range test.LaidOutObjects(w.Win.Canvas().Content()) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && l.Importance == widget.DangerImportance && strings.Contains(l.Text, want) {
			return l.Text
		}
	}
	return ""
}

// TestIssueNumberFieldsSayWhatIsWrong types wrong values into 封面与版式's
// year, 期号, 总期号, CMYK and 字号 fields: each is refused with words
// beside the field (not only a red “!”), and none reaches the issue — a
// 期号 2.5 is not saved as 2, nor 0 as 0.
func TestIssueNumberFieldsSayWhatIsWrong(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabCover)
	before := *w.Ctl.Issue()
	cases := []struct {
		e    *widget.Entry
		text string
		want string
	}{
		{w.Cover.Number, "x", "请填写整数"},
		{w.Cover.Number, "2.5", "请填写整数"},
		{w.Cover.Number, "0", "期号"},
		{w.Cover.Year, "20", "年份"},
		{w.Cover.Total, "-1", "总期号"},
		{w.Cover.C, "120", "0–100"},
		{w.Cover.BodySize, "99", "pt"},
	}
	for _, c := range cases {
		c.e.SetText(c.text)
		if c.e.Validate() == nil {
			t.Errorf("%q is shown as good", c.text)
		}
		if shownMessage(w, c.want) == "" {
			t.Errorf("%q: no words containing %q beside the field", c.text, c.want)
		}
		c.e.SetText("")
	}
	is := mustSaved(t, w)
	if is.Number != before.Number || is.Year != before.Year || is.TotalNumber != before.TotalNumber {
		t.Errorf("a refused value was taken: %d年第%d期 总第%d (was %d年第%d期 总第%d)",
			is.Year, is.Number, is.TotalNumber, before.Year, before.Number, before.TotalNumber)
	}
	w.Cover.Number.SetText("9")
	if got := mustSaved(t, w).Number; got != 9 {
		t.Errorf("期号 9 not taken: %d", got)
	}
}

// TestNumberFormsRefuseATakenNumber: in 复制一期 and 新建一期, typing the 年
// and 期 of an issue the database holds is refused beside the 期 field,
// and the form cannot be sent (before, 复制 closed the form and then
// showed an error, losing what was typed).
func TestNumberFormsRefuseATakenNumber(t *testing.T) {
	w := newTestWorkstation(t)
	demo := w.Ctl.Issue()
	for _, open := range []func(){
		func() { w.List.SelectID(demo.ID); w.List.askDuplicate() },
		w.List.askNew,
	} {
		open()
		top := w.Win.Canvas().Overlays().Top()
		var entries []*widget.Entry
		for _, o := range test.LaidOutObjects(top) {
			if e, ok := o.(*widget.Entry); ok {
				entries = append(entries, e)
			}
		}
		// 复制: 年 期 总期号; 新建: 刊名 年 期 总期号.
		year, num := entries[len(entries)-3], entries[len(entries)-2]
		year.SetText(strconv.Itoa(demo.Year))
		num.SetText(strconv.Itoa(demo.Number))
		err := num.Validate()
		if err == nil || !strings.Contains(err.Error(), demo.Label()) {
			t.Errorf("期 %d of %d: validation %v, want the taken %s named", demo.Number, demo.Year, err, demo.Label())
		}
		year.SetText(strconv.Itoa(demo.Year + 1))
		if err := num.Validate(); err != nil {
			t.Errorf("a free number is refused: %v", err)
		}
		year.SetText(strconv.Itoa(demo.Year))
		if b := findButton(top, "复制"); b != nil && !b.Disabled() {
			t.Error("复制 can be tapped with a taken number")
		}
		if b := findButton(top, "新建"); b != nil && !b.Disabled() {
			t.Error("新建 can be tapped with a taken number")
		}
		tapDialogButton(t, w, "取消")
	}
}
