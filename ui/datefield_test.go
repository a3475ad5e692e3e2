package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestDatePickerChinese opens the date field's calendar and reads it as a
// user does: the month in Chinese (2021年3月), the weekdays 一 to 日, the
// first day under its weekday; the month buttons turn the page, and a tapped
// day becomes the field's date.
func TestDatePickerChinese(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(Theme{})
	d := NewDateField()
	var got string
	d.OnChanged = func(s string) { got = s }
	d.SetDate("2021-03-15")
	win := test.NewTempWindow(t, container.NewVBox(d.Entry))
	win.Resize(fyne.NewSize(600, 600))

	test.Tap(d.Entry.ActionItem.(*widget.Button))
	top := win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the calendar did not open")
	}
	read := func() (title string, heads []string, lead int, days []*widget.Button) {
		cal := d.pop.Content.(*calendar)
		title = cal.title.Text
		for _, o := range cal.days.Objects {
			switch o := o.(type) {
			case *widget.Label:
				if len(heads) < 7 {
					heads = append(heads, o.Text)
				} else {
					lead++
				}
			case *widget.Button:
				days = append(days, o)
			}
		}
		return
	}
	title, heads, lead, days := read()
	if title != "2021年3月" {
		t.Errorf("month %q, want 2021年3月", title)
	}
	if got := strings.Join(heads, " "); got != "一 二 三 四 五 六 日" {
		t.Errorf("weekdays %q", got)
	}
	if lead != 0 || len(days) != 31 { // 2021-03-01 was a Monday
		t.Errorf("March 2021: %d blanks before the 1st, %d days", lead, len(days))
	}
	if days[14].Importance != widget.HighImportance || days[13].Importance == widget.HighImportance {
		t.Error("the field's date (the 15th) is not the one highlighted")
	}

	test.Tap(monthButtons(t, top)[1])
	title, _, lead, days = read()
	if title != "2021年4月" || lead != 3 || len(days) != 30 { // 2021-04-01 was a Thursday
		t.Errorf("next month: %q, %d blanks, %d days", title, lead, len(days))
	}
	test.Tap(days[19])
	if d.Entry.Text != "2021-04-20" || got != "2021-04-20" {
		t.Errorf("picked the 20th of April: field %q, OnChanged %q", d.Entry.Text, got)
	}
	if d.pop.Visible() {
		t.Error("the calendar stays open after a day is picked")
	}

	test.Tap(d.Entry.ActionItem.(*widget.Button))
	test.Tap(monthButtons(t, win.Canvas().Overlays().Top())[0])
	if title, _, lead, _ = read(); title != "2021年3月" || lead != 0 {
		t.Errorf("previous month from April: %q, %d blanks", title, lead)
	}
}

// monthButtons returns the previous- and next-month buttons of the calendar
// in o: its two icon-only buttons, in that order.
func monthButtons(t *testing.T, o fyne.CanvasObject) []*widget.Button {
	t.Helper()
	var bs []*widget.Button
	for _, c := range test.LaidOutObjects(o) {
		if b, ok := c.(*widget.Button); ok && b.Text == "" && b.Icon != nil {
			bs = append(bs, b)
		}
	}
	if len(bs) != 2 {
		t.Fatalf("%d icon buttons in the calendar, want 2 (previous and next month)", len(bs))
	}
	return bs
}
