package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"gazette/gazette"
)

// spanLayout lays out table cells on a grid with spans: object i covers
// slots[i] (its rows and columns). Columns share the width equally; a row
// is as tall as its tallest one-row cell, and a cell spanning rows makes
// its last row taller when the rows it spans are too short for it.
type spanLayout struct {
	slots      []gazette.Slot
	rows, cols int
}

// minCellWidth is the narrowest a table column is drawn.
const minCellWidth = 60

func (l *spanLayout) pad() float32 { return theme.Padding() }

// unitWidth is the width of one column at the objects' minimum sizes.
func (l *spanLayout) unitWidth(objs []fyne.CanvasObject) float32 {
	w := float32(minCellWidth)
	for i, o := range objs {
		if i >= len(l.slots) {
			break
		}
		cs := float32(max(l.slots[i].ColSpan, 1))
		w = max(w, (o.MinSize().Width-l.pad()*(cs-1))/cs)
	}
	return w
}

// rowHeights returns the height of each grid row.
func (l *spanLayout) rowHeights(objs []fyne.CanvasObject) []float32 {
	h := make([]float32, l.rows)
	for i, o := range objs {
		if i < len(l.slots) && l.slots[i].RowSpan <= 1 && l.slots[i].Row < l.rows {
			h[l.slots[i].Row] = max(h[l.slots[i].Row], o.MinSize().Height)
		}
	}
	for i, o := range objs {
		if i >= len(l.slots) || l.slots[i].RowSpan <= 1 {
			continue
		}
		s := l.slots[i]
		last := min(s.Row+s.RowSpan, l.rows) - 1
		sum := l.pad() * float32(last-s.Row)
		for r := s.Row; r <= last; r++ {
			sum += h[r]
		}
		if need := o.MinSize().Height; need > sum {
			h[last] += need - sum
		}
	}
	return h
}

// MinSize is every column at the widest cell's share and every row at its
// height.
func (l *spanLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if l.rows == 0 || l.cols == 0 {
		return fyne.Size{}
	}
	var h float32
	for _, rh := range l.rowHeights(objs) {
		h += rh
	}
	h += l.pad() * float32(l.rows-1)
	return fyne.NewSize(l.unitWidth(objs)*float32(l.cols)+l.pad()*float32(l.cols-1), h)
}

// Layout places each object over its slots.
func (l *spanLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if l.rows == 0 || l.cols == 0 {
		return
	}
	pad := l.pad()
	unit := (size.Width - pad*float32(l.cols-1)) / float32(l.cols)
	heights := l.rowHeights(objs)
	tops := make([]float32, l.rows+1)
	for r, h := range heights {
		tops[r+1] = tops[r] + h + pad
	}
	for i, o := range objs {
		if i >= len(l.slots) {
			o.Hide()
			continue
		}
		s := l.slots[i]
		last := min(s.Row+max(s.RowSpan, 1), l.rows)
		cs := float32(max(s.ColSpan, 1))
		o.Move(fyne.NewPos(float32(s.Col)*(unit+pad), tops[s.Row]))
		o.Resize(fyne.NewSize(unit*cs+pad*(cs-1), tops[last]-tops[s.Row]-pad))
	}
}
