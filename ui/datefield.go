package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
)

// DateField is a date typed as YYYY-MM-DD or picked from a calendar.
// (widget.DateEntry shows the date in the system locale's order, e.g.
// 21/07/2020; gazette dates are written 2020-07-21.)
type DateField struct {
	Entry *widget.Entry
	// OnChanged gets a valid YYYY-MM-DD date, or "" when the field is
	// cleared; invalid text is shown as such and not passed on.
	OnChanged func(date string)
	pop       *widget.PopUp
}

// NewDateField returns an empty date field.
func NewDateField() *DateField {
	d := &DateField{Entry: widget.NewEntry()}
	d.Entry.SetPlaceHolder("YYYY-MM-DD")
	d.Entry.Validator = dateError
	d.Entry.OnChanged = func(s string) {
		s = strings.TrimSpace(s)
		if (s == "" || gazette.ValidDate(s)) && d.OnChanged != nil {
			d.OnChanged(s)
		}
	}
	d.Entry.ActionItem = widget.NewButtonWithIcon("", theme.CalendarIcon(), d.showCalendar)
	return d
}

// SetDate shows a date (YYYY-MM-DD or "") without calling OnChanged.
func (d *DateField) SetDate(s string) {
	fn := d.OnChanged
	d.OnChanged = nil
	d.Entry.SetText(s)
	d.OnChanged = fn
}

// Enable and Disable make the field editable or not.
func (d *DateField) Enable() { d.Entry.Enable() }

// Disable makes the field read-only.
func (d *DateField) Disable() { d.Entry.Disable() }

// Disabled reports whether the field is read-only.
func (d *DateField) Disabled() bool { return d.Entry.Disabled() }

func (d *DateField) showCalendar() {
	if d.Entry.Disabled() {
		return
	}
	c := popUpCanvas(d.Entry)
	if c == nil {
		return
	}
	start, picked := time.Now(), time.Time{}
	if t, err := time.Parse("2006-01-02", strings.TrimSpace(d.Entry.Text)); err == nil {
		start, picked = t, t
	}
	cal := newCalendar(start, picked, func(t time.Time) {
		d.Entry.SetText(t.Format("2006-01-02"))
		if d.pop != nil {
			d.pop.Hide()
		}
	})
	d.pop = widget.NewPopUp(cal, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(d.Entry)
	d.pop.ShowAtPosition(pos.Add(fyne.NewPos(0, d.Entry.Size().Height)))
}
