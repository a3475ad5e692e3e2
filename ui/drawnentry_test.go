package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
)

func TestWrapRunes(t *testing.T) {
	one := func(rune) float32 { return 1 }
	for _, c := range []struct {
		text  string
		width float32
		words bool
		want  []string
	}{
		{"", 3, false, []string{""}},
		{"一二三", 3, false, []string{"一二三"}},
		{"一二三四五六七", 3, false, []string{"一二三", "四五六", "七"}},
		{"一二\n三四五六", 3, false, []string{"一二", "三四五", "六"}},
		{"一二\n\n三", 3, false, []string{"一二", "", "三"}},
		{"一二三", 0, false, []string{"一", "二", "三"}}, // too narrow: a character a line
		{"ab cd ef", 5, false, []string{"ab cd", " ef"}},
		{"ab cd ef", 5, true, []string{"ab cd", "ef"}},
		{"abc defgh", 5, true, []string{"abc", "defgh"}},
		{"abcdefgh", 5, true, []string{"abcde", "fgh"}}, // no space: between characters
		{"一二三四五六", 4, true, []string{"一二三四", "五六"}},
	} {
		got := wrapRunes(c.text, c.width, one, c.words)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("wrapRunes(%q, %v, %v) = %q, want %q", c.text, c.width, c.words, got, c.want)
		}
	}
}

// drawnText is the text a widget's renderer draws as canvas.Text, and
// whether it holds an entry's rich text.
func drawnText(o fyne.CanvasObject) (text string, rich bool) {
	for _, x := range test.LaidOutObjects(o) {
		switch x := x.(type) {
		case *canvas.Text:
			text += x.Text
		case *widget.RichText:
			rich = true
		}
	}
	return text, rich
}

// TestCellDrawnUntilEdited: a table cell is drawn as its text, all of it
// when the cell is tall enough, and becomes an entry when it gets the
// cursor; what is then typed goes into the table.
func TestCellDrawnUntilEdited(t *testing.T) {
	w := newTestWorkstation(t)
	id, p := openDemoTable(t, w)
	layoutAll(w.Win.Canvas())
	r := w.Body.rows[w.Body.rowIndex(p)]
	cell := r.cells[1][0]
	text, rich := drawnText(cell)
	if rich || cell.d.live {
		t.Fatal("a cell not edited yet is an entry")
	}
	if text != strings.ReplaceAll(cell.Text, "\n", "") {
		t.Fatalf("the cell draws %q, holds %q", text, cell.Text)
	}
	w.Win.Canvas().Focus(cell)
	if _, rich := drawnText(cell); !rich || !cell.d.live {
		t.Fatal("the cell with the cursor is not an entry")
	}
	cell.CursorRow, cell.CursorColumn = 0, 0
	cell.TypedRune('甲')
	w.Ctl.Wait()
	if got := savedTable(t, w, id, p).Rows[1].Cells[0].Text(); !strings.HasPrefix(got, "甲") {
		t.Errorf("typed into the cell, the table has %q", got)
	}
	if other, _ := drawnText(r.cells[0][0]); r.cells[0][0].d.live || other == "" {
		t.Error("focusing one cell made another an entry, or left it blank")
	}
}

// TestParagraphDrawnUntilClicked: a paragraph is drawn as its text until
// it is clicked; the click makes it the entry, with the cursor in it.
func TestParagraphDrawnUntilClicked(t *testing.T) {
	w := newTestWorkstation(t)
	_, row := openParagraph(t, w)
	layoutAll(w.Win.Canvas())
	en := w.Body.Entry(row)
	text, rich := drawnText(en)
	if rich || en.d.live {
		t.Fatal("a paragraph not edited yet is an entry")
	}
	if text == "" || !strings.HasPrefix(strings.ReplaceAll(en.Text, "\n", ""), text) {
		t.Fatalf("the paragraph draws %q, holds %q", text, en.Text)
	}
	// A click, as the driver gives it: mouse down, up, tap.
	ev := &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(60, 12)}, Button: desktop.MouseButtonPrimary}
	en.MouseDown(ev)
	en.MouseUp(ev)
	test.TapAt(en, ev.Position)
	if _, rich := drawnText(en); !rich || !en.d.live || w.Win.Canvas().Focused() != fyne.Focusable(en) {
		t.Fatalf("the paragraph clicked is not an entry with the cursor (rich %v live %v focused %T)", rich, en.d.live, w.Win.Canvas().Focused())
	}
	// The cursor goes where the click was, as a second click shows.
	row, col := en.CursorRow, en.CursorColumn
	en.CursorRow, en.CursorColumn = 0, 0
	en.MouseDown(ev)
	en.MouseUp(ev)
	if en.CursorRow != row || en.CursorColumn != col || col == 0 {
		t.Errorf("the first click put the cursor at row %d column %d, a second at %d, %d", row, col, en.CursorRow, en.CursorColumn)
	}
}

// textLines are the lines of text widget o draws, each with where it
// ends, in o's coordinates, through the renderers the widgets keep.
func textLines(o fyne.CanvasObject) []string {
	d := fyne.CurrentApp().Driver()
	base := d.AbsolutePositionForObject(o)
	var out []string
	var walk func(x fyne.CanvasObject)
	walk = func(x fyne.CanvasObject) {
		switch x := x.(type) {
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(x).Objects() {
				walk(k)
			}
		case *fyne.Container:
			for _, k := range x.Objects {
				walk(k)
			}
		case *canvas.Text:
			if x.Text != "" && x.Visible() {
				p := d.AbsolutePositionForObject(x).Subtract(base).AddXY(0, x.Size().Height)
				out = append(out, fmt.Sprintf("%s@%.0f,%.0f", x.Text, p.X, p.Y))
			}
		}
	}
	walk(o)
	return out
}

// TestDrawnLikeTheEntry: a paragraph and a table cell drawn as text show
// the lines the entry shows, in the same places, so nothing moves when
// they are clicked.
func TestDrawnLikeTheEntry(t *testing.T) {
	w := newTestWorkstation(t)
	same := func(name string, o fyne.Focusable) {
		drawnLines := textLines(o.(fyne.CanvasObject))
		w.Win.Canvas().Focus(o)
		liveLines := textLines(o.(fyne.CanvasObject))
		if len(drawnLines) == 0 || strings.Join(drawnLines, "\n") != strings.Join(liveLines[:min(len(liveLines), len(drawnLines))], "\n") {
			t.Errorf("%s drawn:\n%s\nas the entry:\n%s", name, strings.Join(drawnLines, "\n"), strings.Join(liveLines, "\n"))
		}
	}
	_, row := openParagraph(t, w)
	layoutAll(w.Win.Canvas())
	same("paragraph", w.Body.Entry(row))
	_, p := openDemoTable(t, w)
	layoutAll(w.Win.Canvas())
	same("cell", w.Body.rows[w.Body.rowIndex(p)].cells[1][0])

	// Words with spaces wrap at a space.
	id := w.Body.id
	mixed := strings.Repeat("The State Council 国务院 issued a notice on 2020 fire rescue work, ", 6)
	w.Ctl.Edit(func(is *gazette.Issue) error {
		a, _ := is.Article(id)
		a.Blocks = append([]gazette.Block{gazette.Paragraph(mixed)}, a.Blocks...)
		return nil
	})
	w.Body.Load(id)
	layoutAll(w.Win.Canvas())
	same("words", w.Body.Entry(0))
}
