package fontsubset

import (
	"reflect"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"gazette/fonts"
)

// TestScreenFont reads a screen font back with golang.org/x/image's parser:
// each requested character the face has maps to a glyph with the face's own
// advance and outline; characters outside the set, and those the face lacks,
// map to none.
func TestScreenFont(t *testing.T) {
	for _, style := range []fonts.Style{fonts.Hei, fonts.HeiBold, fonts.Song} {
		t.Run(string(style), func(t *testing.T) {
			f := fonts.MustBundled(style)
			runes := []rune("公报编辑工作站，2020年第8期〔2021〕7号ABCxyz①Ⅳ—…“”《》\U0002A6A5镕")
			data, err := ScreenFont(f, runes)
			if err != nil {
				t.Fatal(err)
			}
			full, err := sfnt.Parse(f.Data())
			if err != nil {
				t.Fatal(err)
			}
			screen, err := sfnt.Parse(data)
			if err != nil {
				t.Fatalf("screen font does not parse: %v", err)
			}
			if n, m := screen.NumGlyphs(), len(runes)+1; n > m+8 {
				t.Errorf("%d glyphs for %d characters", n, len(runes))
			}
			var buf sfnt.Buffer
			ppem := fixed.I(f.UnitsPerEm)
			for _, r := range runes {
				fg, _ := full.GlyphIndex(&buf, r)
				sg, err := screen.GlyphIndex(&buf, r)
				if err != nil {
					t.Fatalf("%q: %v", r, err)
				}
				if (fg == 0) != (sg == 0) {
					t.Errorf("%q: glyph %d in the face, %d in the screen font", r, fg, sg)
					continue
				}
				if fg == 0 {
					continue
				}
				fa, _ := full.GlyphAdvance(&buf, fg, ppem, font.HintingNone)
				sa, _ := screen.GlyphAdvance(&buf, sg, ppem, font.HintingNone)
				if fa != sa {
					t.Errorf("%q: advance %v, face %v", r, sa, fa)
				}
				fs, err1 := full.LoadGlyph(&buf, fg, ppem, nil)
				fo := append(sfnt.Segments(nil), fs...)
				ss, err2 := screen.LoadGlyph(&buf, sg, ppem, nil)
				if err1 != nil || err2 != nil || !reflect.DeepEqual(fo, ss) {
					t.Errorf("%q: outline differs from the face's (%v, %v)", r, err1, err2)
				}
			}
			if g, _ := screen.GlyphIndex(&buf, '鑫'); g != 0 {
				t.Errorf("鑫, not asked for, maps to glyph %d", g)
			}
		})
	}
}
