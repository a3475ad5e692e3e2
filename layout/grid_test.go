package layout

import (
	"math"
	"strings"
	"testing"

	"gazette/fonts"
	"gazette/layout/para"
)

// TestGridSet checks the 公文 grid (GB/T 9704-2012): 28 cells of 156 mm
// for 16 pt type; every full-width glyph centred in a cell, punctuation
// too; no line over 28 cells; a first-line indent of two cells; a digit
// run taking whole cells with the next character back on the grid; no line
// starting with a closing mark or ending with an opening one (the
// character before is pushed down instead); every rune kept, in order.
func TestGridSet(t *testing.T) {
	set := fonts.Default()
	measure := MM(156)
	if n := gridCells(measure, 16); n != 28 {
		t.Fatalf("%d cells, want 28", n)
	}
	cell := measure / 28
	texts := []string{
		strings.Repeat("为进一步加强和改进工作，切实提高服务质量和水平，根据有关规定。", 4),
		"请于2020年7月24日前以正式文件报送市发改委（市住建局）和市财政局，" + strings.Repeat("各", 24) + "。“一二三四”",
		strings.Repeat("甲", 27) + "，乙。", // the comma falls in the last cell; the full stop may not start a line
		strings.Repeat("丙", 25) + "《丁戊己》",
	}
	for _, text := range texts {
		lines := gridSet([]para.Span{{Text: text, Style: fonts.Fang, Size: 16}}, measure, 32, 0, 16, set)
		var got strings.Builder
		for i, l := range lines {
			cells := 0.0
			for j, g := range l.Glyphs {
				got.WriteString(g.Text)
				adv := float64(g.Font.Advance(g.GID)) * 16 / float64(g.Font.UnitsPerEm)
				if adv < 0.9*16 {
					continue
				}
				pos := (g.X - (cell-adv)/2) / cell
				if math.Abs(pos-math.Round(pos)) > 1e-6 {
					t.Errorf("line %d: %q at cell %.3f, off the grid", i+1, g.Text, pos)
				}
				if i == 0 && j == 0 && math.Round(pos) != 2 {
					t.Errorf("first line starts at cell %.0f, want 2 (the indent)", pos)
				}
				cells = max(cells, math.Round(pos)+1)
			}
			if cells > 28 {
				t.Errorf("line %d reaches cell %.0f", i+1, cells)
			}
			lt := l.Text()
			if i > 0 && startsClosing(lt) || i < len(lines)-1 && endsOpening(lt) {
				t.Errorf("line %d %q breaks the line-start or line-end rule", i+1, lt)
			}
		}
		if got.String() != text {
			t.Errorf("text %q, want %q", got.String(), text)
		}
	}
	// 27 甲 then ， fill the first line (no indent here): the ， is the 28th
	// cell, 乙 starts the next line; with the indent the ， would start it,
	// so 甲 goes down with it.
	lines := gridSet([]para.Span{{Text: texts[2], Style: fonts.Fang, Size: 16}}, measure, 0, 0, 16, set)
	if len(lines) != 2 || lines[1].Text() != "乙。" {
		t.Errorf("no indent: lines %q", lineTexts(lines))
	}
	lines = gridSet([]para.Span{{Text: texts[2], Style: fonts.Fang, Size: 16}}, measure, 32, 0, 16, set)
	if len(lines) != 2 || lines[1].Text() != "甲，乙。" {
		t.Errorf("indented: lines %q, want the last 甲 pushed down with its comma", lineTexts(lines))
	}
}

func lineTexts(ls []para.Line) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Text())
	}
	return out
}
