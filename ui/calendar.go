package ui

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// calendar is one month of days to pick a date from, in Chinese: the month
// as "2021年3月" between the previous- and next-month buttons, the weekdays
// 一 to 日, and a button for each day, the picked one highlighted. (Fyne's
// widget.Calendar writes the month in English, "March 2021".)
type calendar struct {
	widget.BaseWidget
	month  time.Time // the first day of the month shown
	picked time.Time // the date of the field, zero when none
	onPick func(time.Time)

	title *widget.Label
	days  *fyne.Container
}

// weekdayNames are the column heads, Monday first: Chinese calendars, like
// GB/T 7408 (ISO 8601), begin the week on Monday.
var weekdayNames = [7]string{"一", "二", "三", "四", "五", "六", "日"}

// newCalendar returns a calendar on the month of t; picked, when not zero,
// is highlighted; onPick gets the date of a tapped day.
func newCalendar(t, picked time.Time, onPick func(time.Time)) *calendar {
	c := &calendar{picked: picked, onPick: onPick, title: widget.NewLabel(""),
		days: container.NewGridWithColumns(7)}
	c.title.Alignment = fyne.TextAlignCenter
	c.title.TextStyle.Bold = true
	c.ExtendBaseWidget(c)
	c.show(t)
	return c
}

// CreateRenderer lays out the month line above the days.
func (c *calendar) CreateRenderer() fyne.WidgetRenderer {
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { c.show(c.month.AddDate(0, -1, 0)) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { c.show(c.month.AddDate(0, 1, 0)) })
	head := container.NewBorder(nil, nil, prev, next, c.title)
	return widget.NewSimpleRenderer(container.NewBorder(head, nil, nil, nil, c.days))
}

// show shows the month of t.
func (c *calendar) show(t time.Time) {
	c.month = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.Local)
	c.title.SetText(monthTitle(c.month))
	cells := make([]fyne.CanvasObject, 0, 7+6*7)
	for _, n := range weekdayNames {
		l := widget.NewLabel(n)
		l.Alignment = fyne.TextAlignCenter
		cells = append(cells, l)
	}
	for i := 0; i < mondayIndex(c.month.Weekday()); i++ {
		cells = append(cells, widget.NewLabel(""))
	}
	for d := c.month; d.Month() == c.month.Month(); d = d.AddDate(0, 0, 1) {
		day := d
		b := widget.NewButton(strconv.Itoa(d.Day()), func() { c.onPick(day) })
		b.Importance = widget.LowImportance
		if sameDay(d, c.picked) {
			b.Importance = widget.HighImportance
		}
		cells = append(cells, b)
	}
	c.days.Objects = cells
	c.days.Refresh()
}

// monthTitle writes a month as Chinese does: 2021年3月.
func monthTitle(t time.Time) string {
	return strconv.Itoa(t.Year()) + "年" + strconv.Itoa(int(t.Month())) + "月"
}

// mondayIndex is the column of a weekday in a week that begins on Monday.
func mondayIndex(d time.Weekday) int { return (int(d) + 6) % 7 }

// sameDay reports whether a and b fall on the same calendar date.
func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.Month() == b.Month() && a.Day() == b.Day()
}
