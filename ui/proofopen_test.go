package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"gazette/gazette"
)

// TestOpenFindingSelectsTheSpot: 打开 on a proofreading finding selects
// its spot in the paragraph — here a half-width comma far into a mixed
// paragraph that wraps over several rows and is shown in chunks.
func TestOpenFindingSelectsTheSpot(t *testing.T) {
	w := newTestWorkstation(t)
	var id string
	text := strings.Repeat("截至2020年底，全市PM2.5平均浓度为35微克/立方米，同比下降12.5%。", 6) + "见义勇为是中华民族的传统美德,弘扬见义勇为精神。"
	if !w.edit(func(is *gazette.Issue) error {
		a := &is.Sections[0].Articles[0]
		id = a.ID
		a.Blocks[0].Runs = []gazette.Run{{Text: text}}
		return nil
	}) {
		t.Fatal("edit refused")
	}
	w.Select(TabProof)
	p := w.Proof
	p.Report()
	i := indexOf(p, "half-width", id)
	if i < 0 {
		t.Fatalf("no half-width finding in %v", p.Findings())
	}
	p.list.Select(i)
	test.Tap(p.OpenBtn)
	if w.current() != TabBody {
		t.Fatalf("打开 shows %s", w.current())
	}
	f := w.Win.Canvas().Focused()
	en, ok := f.(*blockEntry)
	if !ok || !w.Body.rows[0].holdsFocus(en) {
		t.Fatalf("the cursor is in %T, not the paragraph", f)
	}
	if got := en.SelectedText(); got != "," {
		t.Errorf("selected %q, want the half-width comma", got)
	}
}
