package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
)

// TestProofPanel: the 校对 screen lists the open issue's findings; a
// selected finding shows its paragraph with the spot highlighted and opens
// it in 正文编辑; 一键修改 makes the fix and the finding goes; 标为无误
// keeps the editor's name in the store and the finding away after a
// re-check; 签发 warns while errors remain.
func TestProofPanel(t *testing.T) {
	w := newTestWorkstation(t)
	var id string
	if !w.edit(func(is *gazette.Issue) error {
		a := &is.Sections[0].Articles[0]
		id = a.ID
		a.Blocks[0].Runs = []gazette.Run{{Text: "见义勇为是中华民族的传统美德,弘扬见义勇为精神是时代发展的客观要求。"}}
		a.DocNumber = "景府字[2020]30号"
		return nil
	}) {
		t.Fatal("edit refused")
	}
	w.Select(TabProof)
	p := w.Proof
	rep := p.Report()
	if rep.Errors() < 2 {
		t.Fatalf("findings %v", rep.Open)
	}
	if !strings.Contains(w.Export.w.Proof.SignWarning(), "校对还有") {
		t.Errorf("sign-off warning missing")
	}
	half := -1
	for i, f := range p.Findings() {
		if f.Rule == "half-width" && f.ArticleID == id {
			half = i
		}
	}
	if half < 0 {
		t.Fatalf("no half-width finding in %v", p.Findings())
	}
	p.list.Select(half)
	var spot string
	for _, s := range p.Para.Segments {
		if ts, ok := s.(*widget.TextSegment); ok && ts.Style.ColorName == theme.ColorNameError {
			spot = ts.Text
		}
	}
	if spot != "," {
		t.Errorf("highlighted %q, want the comma", spot)
	}
	test.Tap(p.OpenBtn)
	if w.current() != TabBody || w.Body.Entry(0) == nil || !strings.Contains(w.Body.Entry(0).Text, "美德,弘扬") {
		t.Errorf("open: tab %s", w.current())
	}
	w.Select(TabProof)
	p.list.Select(indexOf(p, "half-width", id))
	test.Tap(p.FixBtn)
	if indexOf(p, "half-width", id) >= 0 {
		t.Errorf("the fix left the finding")
	}
	if got := gazette.RunsText(mustSaved(t, w).Sections[0].Articles[0].Blocks[0].Runs); !strings.Contains(got, "美德，弘扬") {
		t.Errorf("after the fix %q", got)
	}
	i := indexOf(p, "docnumber-brackets", id)
	if i < 0 {
		t.Fatal("no bracket finding")
	}
	p.list.Select(i)
	if err := p.Suppress("李编辑", "测试"); err != nil {
		t.Fatal(err)
	}
	p.Recheck()
	if indexOf(p, "docnumber-brackets", id) >= 0 || len(p.Report().Intended) != 1 {
		t.Errorf("suppressed finding still open: %v", p.Report().Open)
	}
	sps, err := w.Ctl.Store.Suppressions(w.Ctl.Issue().ID)
	if err != nil || len(sps) != 1 || sps[0].User != "李编辑" {
		t.Errorf("stored suppressions %+v, %v", sps, err)
	}
	if w.Proof.SignWarning() != "" {
		t.Errorf("sign-off warning with no errors left: %q", w.Proof.SignWarning())
	}
}

// indexOf returns the row of the first finding of rule in article id, or -1.
func indexOf(p *ProofPanel, rule, id string) int {
	for i, f := range p.Findings() {
		if f.Rule == rule && f.ArticleID == id {
			return i
		}
	}
	return -1
}
