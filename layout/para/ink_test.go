package para

import (
	"testing"

	"gazette/fonts"
)

// TestInkKeepsApart: in every bundled face, however far the marks are
// squeezed, the ink of each glyph ends before the ink of the next begins —
// compressed marks keep their ink in their own half (closing marks and stops
// on the left, opening marks on the right), also in faces that centre their
// marks (Kai, FangSong).
func TestInkKeepsApart(t *testing.T) {
	texts := []string{
		"他说：“你好。”（注）完。",
		"“‘引’”，《书》、〔文〕；【注】：「甲」！『乙』？",
		"甲，乙。丙、丁；戊：己？庚！辛",
	}
	for _, st := range fonts.Styles {
		for _, text := range texts {
			for _, measure := range []float64{444, 72, 48} {
				spans := []Span{{Text: text, Style: st, Size: 12}}
				lines := Set(spans, Options{Measure: measure})
				for li, l := range lines {
					prevEnd, prevText := -1e9, ""
					for _, g := range l.Glyphs {
						x0, x1, ok := g.Font.InkX(g.GID)
						if !ok {
							continue
						}
						s := g.Size / float64(g.Font.UnitsPerEm)
						lo, hi := g.X+float64(x0)*s, g.X+float64(x1)*s
						if lo < prevEnd-0.05 {
							t.Errorf("%s, measure %v, line %d: ink of %s (from %.2f) overlaps %s (to %.2f)", st, measure, li+1, g.Text, lo, prevText, prevEnd)
						}
						prevEnd, prevText = hi, g.Text
					}
				}
			}
		}
	}
}
