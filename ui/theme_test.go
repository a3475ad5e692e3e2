package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"gazette/fonts"
)

// TestScreenFacesCoverInterface reads every string literal of the
// workstation's code (package ui and the main package's window code) and
// checks that each character the whole face has is in the screen subsets,
// so that the first frame never waits for or misses a glyph of the
// interface's own words.
func TestScreenFacesCoverInterface(t *testing.T) {
	set := map[rune]bool{}
	for _, r := range screenRunes() {
		set[r] = true
	}
	full := fonts.MustBundled(fonts.Hei)
	files, _ := filepath.Glob("*.go")
	more, _ := filepath.Glob("../*.go")
	files = append(files, more...)
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				return true
			}
			for _, r := range s {
				if unicode.IsControl(r) || !full.Has(r) {
					continue
				}
				checked++
				if !set[r] {
					t.Errorf("%s: %q (U+%04X) of %s is not in the screen faces", fset.Position(lit.Pos()), r, r, lit.Value)
				}
			}
			return true
		})
	}
	if checked < 5000 {
		t.Errorf("only %d characters of string literals checked", checked)
	}
}

// TestScreenFacesMeasureAsWholeFaces sets the same text through Fyne with
// the screen subsets and with the whole faces: each style measures the same,
// so the layout does not move when FullFaces replaces them.
func TestScreenFacesMeasureAsWholeFaces(t *testing.T) {
	a := test.NewTempApp(t)
	text := "公报编辑工作站 景德镇市人民政府公报 2020年第8期（总第20期）〔2021〕7号 ABC abc 123 ①—…“”《》"
	styles := []fyne.TextStyle{{}, {Bold: true}, {Italic: true}}
	measure := func(th fyne.Theme) []fyne.Size {
		a.Settings().SetTheme(th)
		var out []fyne.Size
		for _, s := range styles {
			out = append(out, fyne.MeasureText(text, 14, s))
		}
		return out
	}
	screen, whole := measure(StartTheme()), measure(Theme{})
	for i := range styles {
		if screen[i] != whole[i] || whole[i].Width < 300 {
			t.Errorf("style %+v: %v with the screen faces, %v with the whole faces", styles[i], screen[i], whole[i])
		}
	}
	if StartTheme().Font(fyne.TextStyle{}) == (Theme{}).Font(fyne.TextStyle{}) {
		t.Error("StartTheme draws with the whole faces")
	}
}
