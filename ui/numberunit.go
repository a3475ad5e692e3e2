package ui

import "gazette/gazette"

// unitChoice is the 期/号 drop-down of the forms that number an issue:
// its options are gazette.NumberUnits, and it starts at unit (期 when
// empty).
func unitChoice(unit gazette.NumberUnit, changed func(gazette.NumberUnit)) *dropDown {
	opts := make([]string, len(gazette.NumberUnits))
	for i, u := range gazette.NumberUnits {
		opts[i] = u.Word()
	}
	d := newDropDown(opts, nil)
	d.SetSelected(unit.Word())
	if changed != nil {
		d.OnChanged = func(s string) { changed(gazette.NumberUnit(s)) }
	}
	return d
}

// chosenUnit is the unit a unitChoice shows.
func chosenUnit(d *dropDown) gazette.NumberUnit { return gazette.NumberUnit(d.Selected) }
