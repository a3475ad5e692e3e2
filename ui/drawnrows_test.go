package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"gazette/gazette"
)

// TestDrawnParagraphShowsAllItsText opens, in a window 1024×640, an
// article with a paragraph of several lines and one of 3,000 characters
// (shown in pieces): every paragraph drawn before it is clicked shows the
// whole of its text. The rows were estimated at one Chinese character per
// text size + 1 and capped at 15, so the last lines of a paragraph of
// several lines, and of every piece of a long one, were not drawn at all.
func TestDrawnParagraphShowsAllItsText(t *testing.T) {
	w := newTestWorkstation(t)
	w.Win.Resize(fyne.NewSize(1024, 640))
	id, i := firstParagraph(t, w)
	lines := strings.Repeat("会议传达学习了全省早稻收购工作电视电话会议精神，并审议通过了贯彻落实意见。会议指出，保障粮食安全是“六保”任务的重要内容。", 2) + "\n" +
		strings.Repeat("抓好早稻收购工作，对于保障粮食安全，调动农民种粮积极性，促进农民增收具有重大意义。", 3) + "\n" +
		strings.Repeat("要抓好贯彻落实，既要抓好政策性收购，又要积极引导多元主体入市收购，切实维护种粮农民利益。", 3)
	long := strings.Repeat("各地区各部门要把稳就业工作摆在突出位置，加强组织领导，强化政策落实（2019年）。", 75)
	if !w.edit(func(is *gazette.Issue) error {
		a, _ := is.Article(id)
		a.Blocks[i].Runs = []gazette.Run{{Text: lines}}
		a.Blocks = append(a.Blocks[:i+1], append([]gazette.Block{{Type: gazette.BlockParagraph, Runs: []gazette.Run{{Text: long}}}}, a.Blocks[i+1:]...)...)
		return nil
	}) {
		t.Fatal("edit refused")
	}
	w.Composer.SelectArticle(id)
	w.Select(TabBody)
	w.Body.WaitPaste()
	checked := 0
	for _, r := range w.Body.rows {
		for _, pc := range r.pieces {
			en := pc.entry
			if en.d == nil || en.d.live || strings.TrimSpace(en.Text) == "" {
				continue
			}
			var drawn strings.Builder
			for _, o := range test.LaidOutObjects(en) {
				if tx, ok := o.(*canvas.Text); ok && tx.Visible() {
					drawn.WriteString(tx.Text)
				}
			}
			flat := func(s string) string { return strings.NewReplacer("\n", "", " ", "").Replace(s) }
			if got, want := flat(drawn.String()), flat(en.Text); got != want {
				t.Errorf("a paragraph of %d characters in a box %v draws %d: it ends “…%s”, the text “…%s”",
					len([]rune(want)), en.Size(), len([]rune(got)), tail(got), tail(want))
			}
			checked++
		}
	}
	if checked < 3 {
		t.Fatalf("only %d drawn paragraphs checked", checked)
	}
}

// tail is the last 12 characters of s.
func tail(s string) string {
	rs := []rune(s)
	return string(rs[max(len(rs)-12, 0):])
}
