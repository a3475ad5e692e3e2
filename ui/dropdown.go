package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// canvasForObject asks the driver which canvas shows o. Fyne's answer can
// be nil — for a widget rebuilt or re-parented since the canvas last drew
// it — and widget.Select hands that nil straight to NewPopUpMenu, which
// kills the process (Fyne issue #5965, in v2.7.1). Tests replace it to
// drive that case.
var canvasForObject = func(o fyne.CanvasObject) fyne.Canvas {
	return fyne.CurrentApp().Driver().CanvasForObject(o)
}

// popUpCanvas returns the canvas to show a pop-up for o on: the driver's
// answer, else the canvas of the window in front (or the only one), else
// nil — then no pop-up can be shown and the caller does nothing.
func popUpCanvas(o fyne.CanvasObject) fyne.Canvas {
	if c := canvasForObject(o); c != nil {
		return c
	}
	wins := fyne.CurrentApp().Driver().AllWindows()
	for i := len(wins) - 1; i >= 0; i-- {
		if c := wins[i].Canvas(); c != nil && c.Content() != nil {
			return c
		}
	}
	return nil
}

// dropDown is a widget.Select whose list opens on a canvas it made sure
// of (see canvasForObject): every drop-down of the workstation is one.
type dropDown struct {
	widget.Select
}

// newDropDown returns a drop-down with the given options; changed is
// called with the option chosen.
func newDropDown(options []string, changed func(string)) *dropDown {
	d := &dropDown{}
	d.Options = options
	d.OnChanged = changed
	d.PlaceHolder = "（请选择）"
	d.ExtendBaseWidget(d)
	return d
}

// Tapped opens the list of options (nothing when disabled).
func (d *dropDown) Tapped(*fyne.PointEvent) {
	if d.Disabled() {
		return
	}
	d.open()
}

// TypedKey opens the list on Space, ↑ and ↓; ← and → step through the
// options as in widget.Select.
func (d *dropDown) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyUp, fyne.KeyDown:
		d.open()
	default:
		d.Select.TypedKey(ev)
	}
}

// open shows the options under the drop-down; choosing one selects it.
func (d *dropDown) open() {
	c := popUpCanvas(d)
	if c == nil {
		return
	}
	if c.Focused() != d {
		c.Focus(d)
	}
	items := make([]*fyne.MenuItem, len(d.Options))
	for i, opt := range d.Options {
		items[i] = fyne.NewMenuItem(opt, func() { d.SetSelected(opt) })
		items[i].Checked = opt == d.Selected
	}
	pop := widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(d)
	pop.ShowAtPosition(pos.Add(fyne.NewPos(0, d.Size().Height-theme.InputBorderSize())))
	pop.Resize(fyne.NewSize(max(d.Size().Width, pop.MinSize().Width), pop.MinSize().Height))
}

// showMenuUnder shows menu as a pop-up under the object o (a toolbar
// button), on a canvas it made sure of.
func showMenuUnder(menu *fyne.Menu, o fyne.CanvasObject) {
	c := popUpCanvas(o)
	if c == nil {
		return
	}
	widget.ShowPopUpMenuAtRelativePosition(menu, c, fyne.NewPos(0, o.Size().Height), o)
}
