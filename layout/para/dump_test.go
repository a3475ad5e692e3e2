package para

import (
	"fmt"
	goldenfile "gazette/internal/golden"
	"path/filepath"
	"strings"
	"testing"

	"gazette/fonts"
)

// dump renders lines as readable text: each line's text and width, then the
// x position of every glyph rounded to 0.1 pt, with the face's name where
// the face changes (fallback, run-in lead-ins).
func dump(lines []Line) string {
	var b strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&b, "%d: %q w=%.1f", i+1, l.Text(), l.Width)
		if l.Emergency {
			b.WriteString(" EMERGENCY")
		}
		b.WriteString("\n  ")
		for j, g := range l.Glyphs {
			if j > 0 {
				b.WriteByte(' ')
			}
			if j > 0 && g.Font != l.Glyphs[j-1].Font {
				fmt.Fprintf(&b, "{%s}", g.Font.Name)
			}
			fmt.Fprintf(&b, "%s@%.1f", strings.ReplaceAll(fmt.Sprintf("%q", g.Text), `"`, ""), g.X)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// checkGolden compares got with testdata/name.golden (or rewrites it with -update).
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Text(t, filepath.Join("testdata", name+".golden"), got)
}

// song returns a single Song span of text at size pt.
func song(text string, size float64) []Span {
	return []Span{{Text: text, Style: fonts.Song, Size: size}}
}
