package pdf

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	_ "image/png" // PNG images on pages

	"gazette/layout"
	"gazette/pdf/colour"
)

// writeImage embeds an image as an XObject and returns its object number.
// For print every image is converted to CMYK through the output profile
// (conv, Little CMS: sRGB to the press's CMYK, perceptual) and stored
// Flate-compressed, transparency flattened on white; a CMYK image is kept
// as it is. For the web an RGB or grey JPEG is passed through as it is,
// anything else stored as RGB.
func writeImage(pf *file, im *layout.Image, web bool, conv *colour.Converter) (int, error) {
	if web && im.Format == "jpeg" {
		if cfg, err := jpeg.DecodeConfig(bytes.NewReader(im.Data)); err == nil {
			cs := ""
			switch cfg.ColorModel {
			case color.YCbCrModel, color.RGBAModel:
				cs = "/DeviceRGB"
			case color.GrayModel:
				cs = "/DeviceGray"
			}
			if cs != "" {
				return pf.addStream(fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d "+
					"/ColorSpace %s /BitsPerComponent 8 /Filter /DCTDecode", cfg.Width, cfg.Height, cs), im.Data, false)
			}
		}
	}
	src, _, err := image.Decode(bytes.NewReader(im.Data))
	if err != nil {
		return 0, fmt.Errorf("pdf: image %s: %w", im.Key, err)
	}
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	if w == 0 || h == 0 {
		return 0, fmt.Errorf("pdf: image %s: empty", im.Key)
	}
	if web {
		pix := make([]byte, 0, 3*w*h)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				r, g, bl := onWhite(src.At(x, y))
				pix = append(pix, r, g, bl)
			}
		}
		return pf.addStream(fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d "+
			"/ColorSpace /DeviceRGB /BitsPerComponent 8", w, h), pix, true)
	}
	var pix []byte
	if c, ok := src.(*image.CMYK); ok {
		pix = make([]byte, 0, 4*w*h)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			i := c.PixOffset(b.Min.X, y)
			pix = append(pix, c.Pix[i:i+4*w]...)
		}
	} else {
		rgb := make([]byte, 0, 3*w*h)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				r, g, bl := onWhite(src.At(x, y))
				rgb = append(rgb, r, g, bl)
			}
		}
		pix = conv.RGBToCMYK(rgb)
	}
	return pf.addStream(fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d "+
		"/ColorSpace /DeviceCMYK /BitsPerComponent 8", w, h), pix, true)
}

// onWhite returns the 8-bit RGB of c composited on white paper.
func onWhite(c color.Color) (r, g, b uint8) {
	cr, cg, cb, ca := c.RGBA()
	white := 0xffff - ca
	return uint8((cr + white) >> 8), uint8((cg + white) >> 8), uint8((cb + white) >> 8)
}
