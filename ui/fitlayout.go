package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/layout"
)

// fitLayout lays the body editor's rows out one under another, as a VBox
// does, and counts the rows of each paragraph's text again at its width
// when that is not the width they were counted at (a row just made, the
// window resized, a split moved: fitRows), laying out again when a height
// changed: a row made before its width was known has an estimated
// height, and a drawn paragraph does not show the lines its box has no
// room for.
type fitLayout struct {
	e    *BodyEditor
	vbox fyne.Layout
}

func newFitLayout(e *BodyEditor) *fitLayout {
	return &fitLayout{e: e, vbox: layout.NewVBoxLayout()}
}

// MinSize is the VBox's.
func (l *fitLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return l.vbox.MinSize(objs) }

// Layout lays the rows out, fitting their heights to a new width.
func (l *fitLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.vbox.Layout(objs, size)
	changed := false
	for _, r := range l.e.rows {
		for _, pc := range r.pieces {
			if en := pc.entry; en.Size().Width != en.fitW && fitRows(en) {
				changed = true
			}
		}
	}
	if changed {
		l.e.relayout() // the widths are those fitted: no fitting again
		l.e.scroll.Base.Refresh()
	}
}
