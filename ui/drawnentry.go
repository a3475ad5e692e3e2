package ui

import (
	"image/color"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The entries of the body editor — a paragraph, a table cell — are drawn
// as their text on the entry's box until they first get the cursor (a
// click, Tab, find), and from then on as the entries they are. An entry
// wraps its text by measuring it through the font shaper, a new
// measurement for each row it tries, the first time each one slowly; with
// hundreds of cells and paragraphs that was most of the time an article
// took to open. The drawn text is wrapped with the width of each
// character, measured once per character.

// drawn is the state of an entry drawn until it is edited.
type drawn struct {
	live bool // the entry is itself
	rows int  // the rows of text it shows
}

// drawnRenderer draws entry en: its text until it is live, then the
// entry's own renderer.
type drawnRenderer struct {
	en          *widget.Entry
	d           *drawn
	box, border *canvas.Rectangle
	lines       []*canvas.Text
	objs        []fyne.CanvasObject
	full        fyne.WidgetRenderer // the entry's renderer, once live
}

// newDrawnRenderer is the renderer of en (whose widget extends it).
func newDrawnRenderer(en *widget.Entry, d *drawn) fyne.WidgetRenderer {
	r := &drawnRenderer{en: en, d: d}
	if d.live { // made again for an entry already live: the entry's own
		r.full = en.CreateRenderer()
		return r
	}
	r.box = canvas.NewRectangle(color.Transparent)
	r.border = canvas.NewRectangle(color.Transparent)
	r.Refresh()
	return r
}

// makeLive turns the drawn entry into the entry (nothing when it is one).
func makeLive(en *widget.Entry, d *drawn) {
	if d.live {
		return
	}
	d.live = true
	en.Refresh()
}

// goLive makes the entry's renderer. It is laid out at the entry's size
// before it wraps, as newBlockEntry explains.
func (r *drawnRenderer) goLive() {
	en := r.en
	wrap := en.Wrapping
	en.Wrapping = fyne.TextWrapOff
	r.full = en.CreateRenderer()
	if s := en.Size(); !s.IsZero() {
		r.full.Layout(s)
	}
	en.Wrapping = wrap
	r.full.Refresh()
}

// metrics are the theme sizes the text is drawn with, as the entry has
// them.
func (r *drawnRenderer) metrics() (textSize, innerPad, border float32, char fyne.Size) {
	th := r.en.Theme()
	textSize = th.Size(theme.SizeNameText)
	char = fyne.MeasureText("M", textSize, r.en.TextStyle)
	return textSize, th.Size(theme.SizeNameInnerPadding), th.Size(theme.SizeNameInputBorder), char
}

// MinSize is the entry's: rows lines of text, and padding.
func (r *drawnRenderer) MinSize() fyne.Size {
	if r.full != nil {
		return r.full.MinSize()
	}
	_, pad, _, char := r.metrics()
	return fyne.NewSize(char.Width+3*pad, char.Height*float32(max(r.d.rows, 1))+2*pad)
}

// Layout places the box and wraps the text to the entry's width.
func (r *drawnRenderer) Layout(size fyne.Size) {
	if r.full != nil {
		r.full.Layout(size)
		return
	}
	textSize, pad, bw, char := r.metrics()
	if size.IsZero() {
		return
	}
	r.border.StrokeWidth = bw
	r.border.Move(fyne.NewSquareOffsetPos(bw / 2))
	r.border.Resize(fyne.NewSize(size.Width-bw-.5, size.Height-bw-.5))
	r.box.Move(fyne.NewSquareOffsetPos(bw))
	r.box.Resize(size.Subtract(fyne.NewSquareSize(2 * bw)))
	fit := int((size.Height - pad) / char.Height) // the rows the entry shows
	lines := wrapRunes(r.en.Text, size.Width-2*pad, func(c rune) float32 { return advance(c, textSize, r.en.TextStyle) }, r.en.Wrapping == fyne.TextWrapWord)
	if len(lines) > fit {
		lines = lines[:max(fit, 0)]
	}
	col := r.textColor()
	for i, l := range lines {
		if i == len(r.lines) {
			r.lines = append(r.lines, canvas.NewText("", col))
		}
		t := r.lines[i]
		t.Text, t.Color = l, col
		t.TextSize, t.TextStyle = textSize, r.en.TextStyle
		t.Move(fyne.NewPos(pad, pad+float32(i)*char.Height))
		t.Resize(fyne.NewSize(size.Width-2*pad, char.Height))
	}
	r.lines = r.lines[:len(lines)]
	r.objs = append(r.objs[:0], r.box, r.border)
	for _, t := range r.lines {
		r.objs = append(r.objs, t)
	}
}

// textColor is the entry's text colour, dimmed when it is disabled.
func (r *drawnRenderer) textColor() color.Color {
	if r.en.Disabled() {
		return r.en.Theme().Color(theme.ColorNameDisabled, fyne.CurrentApp().Settings().ThemeVariant())
	}
	return r.en.Theme().Color(theme.ColorNameForeground, fyne.CurrentApp().Settings().ThemeVariant())
}

// Refresh draws the text again; an entry that went live becomes itself.
func (r *drawnRenderer) Refresh() {
	if r.d.live && r.full == nil {
		r.goLive()
		return
	}
	if r.full != nil {
		r.full.Refresh()
		return
	}
	th, v := r.en.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	r.box.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.box.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.border.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	r.border.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.Layout(r.en.Size())
	for _, o := range r.objs {
		o.Refresh()
	}
}

// Objects are the box, its border and the text's lines, or the entry's.
func (r *drawnRenderer) Objects() []fyne.CanvasObject {
	if r.full != nil {
		return r.full.Objects()
	}
	return r.objs
}

// Destroy lets the entry's renderer go.
func (r *drawnRenderer) Destroy() {
	if r.full != nil {
		r.full.Destroy()
	}
}

// wrapRunes cuts text into lines no wider than width at its line breaks
// and as Fyne's entry wraps: between any two characters, or with words at
// the last space that fits (the space then starts no line), else between
// any two characters (Chinese text).
func wrapRunes(text string, width float32, adv func(rune) float32, words bool) []string {
	var lines []string
	for _, line := range strings.Split(text, "\n") {
		rs := []rune(line)
		if len(rs) == 0 {
			lines = append(lines, "")
		}
		for len(rs) > 0 {
			fit, w := 0, float32(0)
			for fit < len(rs) && w+adv(rs[fit]) <= width {
				w += adv(rs[fit])
				fit++
			}
			cut := max(fit, 1)
			if words && fit < len(rs) {
				for i := fit; i >= 0; i-- {
					if unicode.IsSpace(rs[i]) {
						cut = max(i, 1)
						break
					}
				}
			}
			lines = append(lines, string(rs[:cut]))
			rs = rs[cut:]
			if words && len(rs) > 0 && unicode.IsSpace(rs[0]) {
				rs = rs[1:]
			}
		}
	}
	return lines
}

// advanceKey is a character, or for a Han character any one, in a text
// style and size.
type advanceKey struct {
	r     rune
	size  float32
	style fyne.TextStyle
}

// advances are the widths of the characters measured so far.
var advances = map[advanceKey]float32{}

// advance is the width of character c: measured once for each character,
// and once for all Han characters, which a Chinese face sets on one square
// body each (clreq §3.1.1, 汉字的字面与字身).
func advance(c rune, size float32, style fyne.TextStyle) float32 {
	k := advanceKey{c, size, style}
	if unicode.Is(unicode.Han, c) {
		k.r = '中'
	}
	a, ok := advances[k]
	if !ok {
		a = fyne.MeasureText(string(k.r), size, style).Width
		advances[k] = a
	}
	return a
}
