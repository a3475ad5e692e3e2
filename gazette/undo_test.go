package gazette

import (
	"testing"
	"time"
)

func TestUndoStackStepsAndCoalescing(t *testing.T) {
	is := New("公报", 2020, 8)
	is.AddArticle("市政府文件", Article{ID: "a", Title: "通知", Blocks: []Block{Paragraph("一")}})
	var u UndoStack
	t0 := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	typeText := func(s string, at time.Time) {
		u.Record("输入文字", "a/0", is, at)
		a, _ := is.Article("a")
		a.Blocks[0].Runs[0].Text = s
	}
	// Three keys in a burst are one step; a pause makes a second one.
	typeText("一二", t0)
	typeText("一二三", t0.Add(time.Second))
	typeText("一二三四", t0.Add(2*time.Second))
	typeText("一二三四五", t0.Add(10*time.Second))
	// A structural edit is never joined to typing.
	u.Record("删除段落", "", is, t0.Add(10*time.Second+time.Millisecond))
	a, _ := is.Article("a")
	a.Blocks = nil
	is.Status = StatusProofing

	text := func(is *Issue) string {
		a, _ := is.Article("a")
		if len(a.Blocks) == 0 {
			return "<none>"
		}
		return a.Blocks[0].Text()
	}
	want := []struct{ label, text string }{{"删除段落", "一二三四五"}, {"输入文字", "一二三四"}, {"输入文字", "一"}}
	var seen []*Issue
	for _, w := range want {
		if got := u.CanUndo(); got != w.label {
			t.Fatalf("CanUndo %q, want %q", got, w.label)
		}
		prev, label, ok := u.Undo(is)
		if !ok || label != w.label || text(prev) != w.text {
			t.Fatalf("undo gave %q %q %v, want %q %q", label, text(prev), ok, w.label, w.text)
		}
		seen = append(seen, is)
		is = prev
	}
	if _, _, ok := u.Undo(is); ok {
		t.Error("undo past the first step")
	}
	// Redo walks forward again, to the state before each undo.
	for i := len(seen) - 1; i >= 0; i-- {
		next, _, ok := u.Redo(is)
		if !ok || text(next) != text(seen[i]) {
			t.Fatalf("redo %d gave %q, want %q", i, text(next), text(seen[i]))
		}
		is = next
	}
	if is.Status != StatusProofing {
		t.Errorf("redo left status %q", is.Status)
	}
	// A new edit after an undo clears the redo history.
	u.Undo(is)
	u.Record("新增栏目", "", is, t0.Add(time.Minute))
	if u.CanRedo() != "" {
		t.Error("redo kept after a new edit")
	}
}

func TestUndoKeepsSignOffRecord(t *testing.T) {
	is := New("公报", 2020, 8)
	var u UndoStack
	u.Record("修改刊名", "", is, time.Now())
	is.Title = "新刊名"
	is.Status = StatusSigned
	is.SignedPDFSHA256 = "abc"
	is.Unlocks = []Unlock{{Reason: "改错字"}}
	prev, _, _ := u.Undo(is)
	if prev.Title != "公报" {
		t.Errorf("title %q after undo", prev.Title)
	}
	if prev.Status != StatusSigned || prev.SignedPDFSHA256 != "abc" || len(prev.Unlocks) != 1 {
		t.Errorf("undo changed the sign-off record: %+v", prev)
	}
}

func TestUndoLimitAndDrop(t *testing.T) {
	is := New("公报", 2020, 8)
	var u UndoStack
	for i := 0; i < UndoLimit+10; i++ {
		u.Record("修改", "", is, time.Now())
	}
	if len(u.undo) != UndoLimit {
		t.Errorf("%d steps kept, want %d", len(u.undo), UndoLimit)
	}
	u.Drop()
	if len(u.undo) != UndoLimit-1 {
		t.Errorf("drop left %d steps", len(u.undo))
	}
}
