package ui

import (
	"os"
	"strings"
	"testing"

	"gazette/gazette"
)

// TestCompactDatabase: 整理数据库（压缩） after confirmation rewrites the
// database smaller, with a backup first, and the open issue stays open and
// editable.
func TestCompactDatabase(t *testing.T) {
	w := newTestWorkstation(t)
	open := w.Ctl.Issue()
	if open == nil {
		t.Fatal("no issue open")
	}
	// Free pages: copies of the issue saved and deleted again.
	for i := 0; i < 4; i++ {
		if err := w.List.Duplicate(open.ID, gazette.Numbering{Year: open.Year + 1 + i, Number: open.Number, Total: open.TotalNumber + 1 + i}); err != nil {
			t.Fatal(err)
		}
	}
	w.List.Refresh()
	for _, r := range w.List.Rows() {
		if r.ID != open.ID {
			if err := w.Ctl.Delete(r.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Ctl.Open(open.ID); err != nil {
		t.Fatal(err)
	}
	db := w.Ctl.Store.Path()
	before, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	w.List.askCompact()
	tapDialogButton(t, w, "取消")
	w.List.askCompact()
	tapDialogButton(t, w, "整理")
	msg := dialogText(w)
	if !strings.Contains(msg, "数据库已整理") || !strings.Contains(msg, "整理前的备份") {
		t.Fatalf("the result message is %q", msg)
	}
	after, err := os.Stat(db)
	if err != nil || after.Size() >= before.Size() {
		t.Errorf("the database was %d bytes, is %v after the compaction (%v)", before.Size(), after, err)
	} else {
		t.Logf("compacted: %d → %d bytes", before.Size(), after.Size())
	}
	backup := msg[strings.Index(msg, "整理前的备份：")+len("整理前的备份："):]
	backup, _, _ = strings.Cut(backup, "\n")
	if _, err := os.Stat(backup); err != nil {
		t.Errorf("the backup %q is not there: %v", backup, err)
	}
	if is := w.Ctl.Issue(); is == nil || is.ID != open.ID {
		t.Fatal("the open issue is not open after the compaction")
	}
	if rows := w.List.Rows(); len(rows) != 1 || rows[0].ID != open.ID {
		t.Errorf("after the compaction the list is %+v", rows)
	}
	if err := w.Ctl.Edit(func(is *gazette.Issue) error { is.Title += "（改）"; return nil }); err != nil {
		t.Fatal(err)
	}
	if got := mustSaved(t, w); !strings.HasSuffix(got.Title, "（改）") {
		t.Errorf("an edit after the compaction was not saved: %q", got.Title)
	}
}
