package preflight

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	"image/color"
	_ "image/jpeg" // decoders for the pictures' headers
	_ "image/png"
	"math"

	"gazette/gazette"
	"gazette/layout"
)

// MinDPI is the least resolution of a picture at its printed size for
// offset print: twice the 150 lpi screen ruling of a gazette on coated
// paper (the print centers' rule, and ISO 12647-2's conditions), 300 ppi.
const MinDPI = 300

// picture is what the issue knows of a placed picture: its name and where
// it belongs.
type picture struct {
	name           string
	article, block int
}

// issuePictures maps the SHA-256 of each picture's bytes to its name and
// place: the cover image and every image block.
func issuePictures(is *gazette.Issue, x *index) map[[32]byte]picture {
	m := map[[32]byte]picture{}
	if is == nil {
		return m
	}
	if im := is.Cover.Image; im != nil {
		m[sha256.Sum256(im.Data)] = picture{name: im.Name, article: -1, block: -1}
	}
	for i, a := range x.articles {
		b := 0
		gazette.WalkBlocks(a.Blocks, func(bl *gazette.Block) {
			if bl.Type == gazette.BlockImage && bl.Image != nil {
				k := sha256.Sum256(bl.Image.Data)
				if _, ok := m[k]; !ok {
					m[k] = picture{name: bl.Image.Name, article: i, block: b}
				}
			}
			b++
		})
	}
	return m
}

// pictures checks every placed picture once (where it is first placed): a
// picture that cannot be read is an error; under MinDPI at its printed
// size, an error for print and a warning for the web edition; in RGB (the
// print PDF holds CMYK only, so it will be converted through the output
// profile), a warning for print.
func pictures(is *gazette.Issue, doc *layout.Document, x *index, web bool) []Finding {
	known := issuePictures(is, x)
	var fs []Finding
	checked := map[[32]byte]bool{}
	for _, p := range doc.Pages {
		if p == nil {
			continue
		}
		for _, im := range p.Images {
			k := sha256.Sum256(im.Data)
			if checked[k] {
				continue
			}
			checked[k] = true
			pic, ok := known[k]
			if !ok {
				pic = picture{article: -1, block: -1}
			}
			name := "图片"
			if pic.name != "" {
				name = "图片“" + pic.name + "”"
			}
			src := layout.SrcPos{Article: pic.article, Block: pic.block}
			cfg, _, err := image.DecodeConfig(bytes.NewReader(im.Data))
			if err != nil {
				fs = append(fs, x.finding(true, p.Number, src, fmt.Sprintf("%s无法读取：%v", name, err)))
				continue
			}
			if dpi := printedDPI(cfg.Width, cfg.Height, im.Rect); dpi < MinDPI {
				fs = append(fs, x.finding(!web, p.Number, src, fmt.Sprintf(
					"%s印刷分辨率仅约 %.0f dpi，低于 %d dpi（%d×%d 像素，印刷尺寸 %.0f×%.0f 毫米）",
					name, math.Floor(dpi), MinDPI, cfg.Width, cfg.Height, im.W*25.4/72, im.H*25.4/72)))
			}
			if isRGB(cfg.ColorModel) && !web {
				fs = append(fs, x.finding(false, p.Number, src, name+"为 RGB 色彩，导出印刷 PDF 时将按印刷特性文件（FOGRA39 或印刷厂的）转换为 CMYK，颜色可能与屏幕不同"))
			}
		}
	}
	return fs
}

// printedDPI is the resolution of a w×h-pixel picture printed in r (points):
// the lower of the two directions.
func printedDPI(w, h int, r layout.Rect) float64 {
	if r.W <= 0 || r.H <= 0 {
		return math.Inf(1)
	}
	return math.Min(float64(w)/(r.W/72), float64(h)/(r.H/72))
}

// isRGB reports whether pictures of the colour model are in RGB (anything
// but CMYK and grey, which print as they are).
func isRGB(m color.Model) bool {
	switch m {
	case color.CMYKModel, color.GrayModel, color.Gray16Model:
		return false
	}
	return true
}
