package preview

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"

	"gazette/fonts"
	"gazette/layout"
)

// setLine returns a run of text set solid (each glyph at the previous one's
// advance) from x on baseline y, its glyphs pointing at (article, block)
// from rune src on.
func setLine(st fonts.Style, size float64, col layout.Color, x, y float64, text string, article, block, src int) layout.GlyphRun {
	f := fonts.MustBundled(st)
	r := layout.GlyphRun{Font: f, Size: size, Color: col, Y: y}
	for _, ch := range text {
		gid := f.GlyphIndex(ch)
		r.Glyphs = append(r.Glyphs, layout.Glyph{GID: gid, Text: string(ch), X: x,
			Src: layout.SrcPos{Article: article, Block: block, Rune: src}})
		x += float64(f.Advance(gid)) / float64(f.UnitsPerEm) * size
		src++
	}
	return r
}

// testPNG returns a w×h PNG of a colour gradient.
func testPNG(t testing.TB, w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(255 * x / w), uint8(255 * y / h), 160, 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// bodyText is the paragraph text of the synthetic pages.
var bodyText = []string{
	"为进一步加强和规范全市政府公报工作，根据《中华人民共和国政府信息公开条例》",
	"等有关规定，结合我市实际，现就有关事项通知如下：一、提高思想认识。各县（市、",
	"区）人民政府、市政府各部门要充分认识做好政府公报工作的重要意义，2020年",
	"7月21日起施行，GDP 增长 3.5%，面积 1,200 m²。",
}

// testPage builds an A4 page like a gazette's: a red masthead and rule, a
// tinted box running into the bleed, body lines in Song, a heading in Hei, a
// small table with stroked cells and a picture.
func testPage(t testing.TB) *layout.Page {
	red := layout.Color{M: 1, Y: 1, K: 0.1}
	tint := layout.Color{C: 0.1, K: 0.05}
	p := &layout.Page{
		Number: 3, Kind: layout.PageBody,
		Width: layout.MM(210), Height: layout.MM(297), Bleed: layout.MM(3),
		Block: layout.Rect{X: layout.MM(28), Y: layout.MM(30), W: layout.MM(157), H: layout.MM(240)},
	}
	bx := p.Block.X
	p.Boxes = append(p.Boxes, layout.Box{Rect: layout.Rect{X: -p.Bleed, Y: -p.Bleed, W: p.Width + 2*p.Bleed, H: layout.MM(20) + p.Bleed}, Fill: &tint})
	p.Runs = append(p.Runs, setLine(fonts.SongBlack, 32, red, bx+40, layout.MM(45), "某某市人民政府公报", -1, 0, 0))
	p.Rules = append(p.Rules, layout.Rule{X0: bx, Y0: layout.MM(52), X1: bx + p.Block.W, Y1: layout.MM(52), Width: 1.5, Color: red})
	p.Runs = append(p.Runs, setLine(fonts.Hei, 16, layout.Black, bx, layout.MM(65), "一、总体要求", 0, 0, 0))
	y := layout.MM(75)
	for i, line := range bodyText {
		p.Runs = append(p.Runs, setLine(fonts.Song, 12, layout.Black, bx, y, line, 0, 1, i*40))
		y += 20
	}
	// A 3×3 table.
	cw, rh := p.Block.W/3, 18.0
	ty := y + 10
	head := layout.Color{K: 0.15}
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			b := layout.Box{Rect: layout.Rect{X: bx + float64(c)*cw, Y: ty + float64(r)*rh, W: cw, H: rh}, Stroke: &layout.Black, LineWidth: 0.5}
			if r == 0 {
				b.Fill = &head
			}
			p.Boxes = append(p.Boxes, b)
			p.Runs = append(p.Runs, setLine(fonts.Song, 10.5, layout.Black, b.X+6, b.Y+13, []string{"指标", "单位", "数值", "地区生产总值", "亿元", "1,025.6"}[(r*3+c)%6], 0, 2, 0))
		}
	}
	p.Images = append(p.Images, layout.Image{Rect: layout.Rect{X: bx, Y: ty + 70, W: 200, H: 120}, Format: "png", Data: testPNG(t, 300, 180), Key: "gradient"})
	// The folio.
	p.Runs = append(p.Runs, setLine(fonts.Song, 10.5, layout.Black, p.Width-layout.MM(25)-30, p.Height-layout.MM(15), "— 3 —", -1, 0, 0))
	return p
}

// testDoc is a document of n synthetic pages, each with its own number.
func testDoc(t testing.TB, n int) *layout.Document {
	d := &layout.Document{Title: "测试"}
	for i := 0; i < n; i++ {
		p := testPage(t)
		p.Number = i + 1
		p.Runs = append(p.Runs, setLine(fonts.Song, 10.5, layout.Black, 100, 800, string(rune('0'+i%10)), -1, 0, 0))
		d.Pages = append(d.Pages, p)
	}
	return d
}
