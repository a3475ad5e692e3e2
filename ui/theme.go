package ui

import (
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"gazette/fonts"
)

// Theme is the workstation's look: Fyne's default theme with the bundled
// Chinese faces (Hei for the interface, Hei Bold for bold text, Song for
// italic, which the workstation uses for text shown as it will print).
// Fyne cannot read a .ttc collection, so the faces are the plain .ttf files
// of package fonts.
type Theme struct{}

var _ fyne.Theme = Theme{}

var (
	faceOnce                    sync.Once
	faceHei, faceBold, faceSong fyne.Resource
)

func loadFaces() {
	faceOnce.Do(func() {
		faceHei = fyne.NewStaticResource("hei.ttf", fonts.MustBundled(fonts.Hei).Data())
		faceBold = fyne.NewStaticResource("hei-bold.ttf", fonts.MustBundled(fonts.HeiBold).Data())
		faceSong = fyne.NewStaticResource("song.ttf", fonts.MustBundled(fonts.Song).Data())
	})
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

// Font returns a bundled Chinese face for the style; symbols keep Fyne's own.
func (Theme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	loadFaces()
	switch {
	case s.Bold:
		return faceBold
	case s.Italic:
		return faceSong
	}
	return faceHei
}

// Icon returns the default theme's icon.
func (Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size returns the default theme's size.
func (Theme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }

// colorRGB is an opaque colour.
func colorRGB(r, g, b uint8) color.Color { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }
