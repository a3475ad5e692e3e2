// Command icon draws the application icon, assets/icon.png: a red square
// with 公报 in white, set in the bundled bold Hei face. Run it from the
// repository root when the icon should change: go run ./tools/icon
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"gazette/fonts"
)

func main() {
	if err := write("assets/icon.png", 512); err != nil {
		fmt.Fprintln(os.Stderr, "icon:", err)
		os.Exit(1)
	}
}

// write draws the icon size × size pixels into path.
func write(path string, size int) error {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	red := color.NRGBA{R: 0xc8, G: 0x10, B: 0x1e, A: 0xff}
	draw.Draw(img, img.Bounds(), &image.Uniform{red}, image.Point{}, draw.Src)

	f, err := opentype.Parse(fonts.MustBundled(fonts.HeiBold).Data())
	if err != nil {
		return fmt.Errorf("parse hei-bold: %w", err)
	}
	em := float64(size) * 0.40
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: em, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return fmt.Errorf("face: %w", err)
	}
	defer face.Close()
	d := &font.Drawer{Dst: img, Src: image.NewUniform(color.White), Face: face}
	text := "公报"
	w := d.MeasureString(text)
	m := face.Metrics()
	x := (fixed.I(size) - w) / 2
	// Centre the ideographic em box (ascent + descent) vertically.
	y := (fixed.I(size)-(m.Ascent+m.Descent))/2 + m.Ascent
	d.Dot = fixed.Point26_6{X: x, Y: y}
	d.DrawString(text)

	out, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	if err := png.Encode(out, img); err != nil {
		out.Close()
		return fmt.Errorf("encode %s: %w", path, err)
	}
	return out.Close()
}
