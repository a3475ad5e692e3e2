package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
)

// withMessage puts under a validated entry the words of its validation
// error (Fyne shows only a red “!” in the field): what is wrong, and how
// it should be written. The words follow every change.
func withMessage(e *widget.Entry) fyne.CanvasObject {
	msg := widget.NewLabel("")
	msg.Importance = widget.DangerImportance
	msg.Wrapping = fyne.TextWrapWord
	msg.Hide()
	show := func(err error) {
		if err == nil {
			msg.SetText("")
			msg.Hide()
			return
		}
		msg.SetText(err.Error())
		msg.Show()
	}
	e.SetOnValidationChanged(show)
	show(e.Validate())
	return container.NewVBox(e, msg)
}

// dateError says what is wrong with a date typed into a field ("" is no
// date, and fine): the form (YYYY-MM-DD) or a day the month does not have.
func dateError(s string) error {
	s = strings.TrimSpace(s)
	if s == "" || gazette.ValidDate(s) {
		return nil
	}
	parts := strings.Split(s, "-")
	if len(parts) == 3 {
		y, ey := strconv.Atoi(parts[0])
		m, em := strconv.Atoi(parts[1])
		d, ed := strconv.Atoi(parts[2])
		if ey == nil && em == nil && ed == nil && len(parts[0]) == 4 {
			switch {
			case m < 1 || m > 12:
				return fmt.Errorf("没有%d月：月份应为 01–12", m)
			case d < 1 || d > daysIn(y, m):
				return fmt.Errorf("%d年%d月没有%d日（这个月只有%d天）", y, m, d, daysIn(y, m))
			}
		}
	}
	return fmt.Errorf("日期应写作 YYYY-MM-DD，如 2020-07-21")
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
