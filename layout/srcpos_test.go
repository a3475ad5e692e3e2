package layout

import (
	"testing"

	"gazette/gazette"
)

// TestSrcPos checks that every glyph of an article's body points at its own
// character: Article in reading order, Block in gazette.WalkBlocks order, Rune
// into the block's Text().
func TestSrcPos(t *testing.T) {
	is := testIssue()
	a := &is.Sections[3].Articles[0]
	a.Blocks = append(a.Blocks, gazette.Block{Type: gazette.BlockList, Items: [][]gazette.Run{{{Text: "第一项内容"}}, {{Text: "第二项内容"}}}})
	for name, s := range presets() {
		s := s
		d, err := Lay(is, Options{Settings: &s})
		if err != nil {
			t.Fatal(err)
		}
		var texts [][][]rune
		is.Articles(func(_, _ int, a *gazette.Article) bool {
			var bs [][]rune
			gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) { bs = append(bs, []rune(b.Text())) })
			texts = append(texts, bs)
			return true
		})
		n := 0
		for _, p := range d.Pages {
			for _, r := range p.Runs {
				for _, g := range r.Glyphs {
					s := g.Src
					if s.Article < 0 || s.Block < 0 {
						continue
					}
					n++
					rs := texts[s.Article][s.Block]
					if s.Rune < 0 || s.Rune >= len(rs) || string(rs[s.Rune]) != g.Text {
						got := "(out of range)"
						if s.Rune >= 0 && s.Rune < len(rs) {
							got = string(rs[s.Rune])
						}
						t.Fatalf("%s page %d: glyph %q points at %+v, which is %s", name, p.Number, g.Text, s, got)
					}
				}
			}
		}
		if n == 0 {
			t.Fatal("no body glyphs")
		}
	}
}
