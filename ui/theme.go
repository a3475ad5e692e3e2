package ui

import (
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"gazette/fonts"
	"gazette/pdf/fontsubset"
)

// Theme is the workstation's look: Fyne's default theme with the bundled
// Chinese faces (Hei for the interface, Hei Bold for bold text, Song for
// italic, which the workstation uses for text shown as it will print).
// Fyne cannot read a .ttc collection, so the faces are the plain .ttf files
// of package fonts. The zero Theme draws with the whole faces; StartTheme's
// with their screen subsets.
type Theme struct {
	screen bool // draw with the screen subsets (screenRunes) of the faces
}

var _ fyne.Theme = Theme{}

// faceStyles are the bundled styles the theme draws with, by text style.
var faceStyles = [3]fonts.Style{fonts.Hei, fonts.HeiBold, fonts.Song}

var (
	faceOnce, screenOnce [3]sync.Once
	faces, screenFaces   [3]fyne.Resource
)

// fullFace returns the whole bundled face of faceStyles[i].
func fullFace(i int) fyne.Resource {
	faceOnce[i].Do(func() {
		s := faceStyles[i]
		faces[i] = fyne.NewStaticResource(string(s)+".ttf", fonts.MustBundled(s).Data())
	})
	return faces[i]
}

// screenFace returns the screen subset of faceStyles[i], or the whole face
// when the subset cannot be built.
func screenFace(i int) fyne.Resource {
	screenOnce[i].Do(func() {
		s := faceStyles[i]
		data, err := fontsubset.ScreenFont(fonts.MustBundled(s), screenRunes())
		if err != nil {
			fyne.LogError("screen face "+string(s), err)
			return
		}
		screenFaces[i] = fyne.NewStaticResource(string(s)+"-screen.ttf", data)
	})
	if screenFaces[i] == nil {
		return fullFace(i)
	}
	return screenFaces[i]
}

// StartTheme is the theme the workstation opens its window with: the screen
// subsets of the faces, about 8,000 glyphs each, which Fyne parses in a
// fraction of the time its parser takes over every outline of the whole
// faces (some 30,000 glyphs each). The subsets are built at once, in
// parallel with opening the database. FullFaces replaces them once the
// first frame is on screen.
func StartTheme() fyne.Theme {
	for i := range faceStyles {
		go screenFace(i)
	}
	return Theme{screen: true}
}

// FullFaces switches a to the whole faces, so that every character of a
// document draws in the house faces, including those outside the screen
// subsets (rare hanzi of names and places).
func FullFaces(a fyne.App) { a.Settings().SetTheme(Theme{}) }

// screenRunes are the characters of the screen subsets: printable ASCII and
// Latin-1, Greek and Cyrillic (GB 2312 has them), the punctuation, letterlike,
// number-form, arrow, mathematical, enclosed, box-drawing and shape blocks,
// CJK symbols and punctuation, enclosed CJK, the vertical and full-width
// forms, U+FFFD, and the 6,763 hanzi of GB 2312 — every character of the
// interface (TestScreenFacesCoverInterface) and nearly all of a gazette's text.
func screenRunes() []rune {
	blocks := [][2]rune{
		{0x20, 0x7e}, {0xa0, 0xff}, {0x370, 0x3ff}, {0x400, 0x45f},
		{0x2000, 0x206f}, {0x2100, 0x218f}, {0x2190, 0x21ff}, {0x2200, 0x22ff},
		{0x2460, 0x24ff}, {0x2500, 0x257f}, {0x25a0, 0x25ff}, {0x2600, 0x26ff},
		{0x3000, 0x303f}, {0x3200, 0x32ff}, {0xfe10, 0xfe1f}, {0xfe30, 0xfe4f},
		{0xff00, 0xffef}, {0xfffd, 0xfffd},
	}
	var rs []rune
	for _, b := range blocks {
		for r := b[0]; r <= b[1]; r++ {
			rs = append(rs, r)
		}
	}
	return append(rs, fonts.GB2312Hanzi()...)
}

// Color returns the default theme's light colours (pages are white paper),
// with the masthead red as the primary colour.
func (Theme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNamePrimary:
		return color.NRGBA{R: 0xc8, G: 0x10, B: 0x1e, A: 0xff}
	case theme.ColorNameFocus:
		return color.NRGBA{R: 0xc8, G: 0x10, B: 0x1e, A: 0x7f}
	case theme.ColorNameSelection:
		return color.NRGBA{R: 0xc8, G: 0x10, B: 0x1e, A: 0x3f}
	}
	return theme.DefaultTheme().Color(n, theme.VariantLight)
}

// Font returns a bundled Chinese face for the style (its screen subset in
// StartTheme's theme); symbols keep Fyne's own.
func (t Theme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	i := 0 // Hei
	switch {
	case s.Bold:
		i = 1
	case s.Italic:
		i = 2
	}
	if t.screen {
		return screenFace(i)
	}
	return fullFace(i)
}

// Icon returns the default theme's icon.
func (Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size returns the default theme's size.
func (Theme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }

// colorRGB is an opaque colour.
func colorRGB(r, g, b uint8) color.Color { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }
