package ui

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"gazette/assets"
	"gazette/exchange"
	"gazette/gazette"
	"gazette/store"
)

func TestOpensDemoIssue(t *testing.T) {
	w := newTestWorkstation(t)
	is := w.Ctl.Issue()
	if is == nil {
		t.Fatal("no issue open after start")
	}
	if got, want := w.Win.Title(), "公报编辑工作站 — "+is.Label(); got != want {
		t.Errorf("window title %q, want %q", got, want)
	}
	if is.Year != 2020 || is.Number != 8 || is.TotalNumber != 20 {
		t.Errorf("demo issue is %s %s, want 2020年第8期 总第20期", is.Label(), is.TotalLabel())
	}
	rows := w.List.Rows()
	if len(rows) != 1 || rows[0].ID != is.ID {
		t.Fatalf("issue list %+v, want the demo issue alone", rows)
	}
	for col, want := range map[int]string{1: "2020年第8期", 2: "总第20期", 3: "草稿"} {
		if got := w.List.cell(0, col); got != want {
			t.Errorf("list column %s = %q, want %q", listColumns[col], got, want)
		}
	}
	if is.ArticleCount() == 0 {
		t.Error("demo issue has no articles")
	}
}

func TestNextIssue(t *testing.T) {
	prev := gazette.New("某市人民政府公报", 2020, 8)
	prev.TotalNumber = 20
	prev.Sponsor = "某市人民政府"
	prev.Board = []gazette.BoardEntry{{Role: "主任", Names: []string{"张三"}}}
	prev.Colophon.Phone = "0798-1234567"
	prev.Layout.Columns = 2
	prev.Sections = []gazette.Section{{ID: "s", Name: "市政府文件", Articles: []gazette.Article{{ID: "a", Title: "x"}}}}
	last := *prev
	last.Number = 12
	for _, tc := range []struct {
		name                string
		prev                *gazette.Issue
		year, number, total int
	}{
		{"next number", prev, 2020, 9, 21},
		{"new year after 第12期 of a 月刊", &last, 2021, 1, 21},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := gazette.NextIssue(tc.prev)
			if n.Year != tc.year || n.Number != tc.number || n.TotalNumber != tc.total {
				t.Errorf("got %d年第%d期 总第%d期, want %d年第%d期 总第%d期", n.Year, n.Number, n.TotalNumber, tc.year, tc.number, tc.total)
			}
			if n.ID == tc.prev.ID || len(n.Sections) != 0 || n.Status != gazette.StatusDraft {
				t.Errorf("next issue not a fresh empty draft: id %s sections %d status %s", n.ID, len(n.Sections), n.Status)
			}
			if n.Title != tc.prev.Title || n.Sponsor != tc.prev.Sponsor || n.Colophon != tc.prev.Colophon ||
				len(n.Board) != 1 || n.Board[0].Names[0] != "张三" || n.Layout.Columns != 2 {
				t.Errorf("masthead, board, colophon or settings not carried over: %+v", n)
			}
		})
	}
}

func TestCreateNextIssueFromDemo(t *testing.T) {
	w := newTestWorkstation(t)
	demo := w.Ctl.Issue()
	draft, err := w.List.NextDraft()
	if err != nil {
		t.Fatal(err)
	}
	if err := w.List.CreateIssue(draft); err != nil {
		t.Fatal(err)
	}
	is := w.Ctl.Issue()
	if is.ID == demo.ID {
		t.Fatal("the new issue was not opened")
	}
	if is.Title != demo.Title || is.Year != 2020 || is.Number != 9 || is.TotalNumber != 21 {
		t.Errorf("new issue %s %s %s, want %s 2020年第9期 总第21期", is.Title, is.Label(), is.TotalLabel(), demo.Title)
	}
	if len(is.Board) != len(demo.Board) || is.Colophon != demo.Colophon || is.Sponsor != demo.Sponsor {
		t.Error("board, colophon or sponsor not carried over")
	}
	if got := w.Win.Title(); got != "公报编辑工作站 — 2020年第9期" {
		t.Errorf("window title %q", got)
	}
	rows := w.List.Rows()
	if len(rows) != 2 || rows[0].ID != is.ID {
		t.Fatalf("list after 新建一期: %+v", rows)
	}
	// The same number again is refused with a message that says what to do.
	again, _ := w.List.NextDraft()
	again.Number = 9
	if err := w.List.CreateIssue(again); err == nil {
		t.Error("a second 2020年第9期 was accepted")
	}
}

func TestDuplicateAndDeleteIssue(t *testing.T) {
	w := newTestWorkstation(t)
	demo := w.Ctl.Issue()
	// 复制 asks for the new numbers, pre-filled with the next free ones.
	w.List.SelectID(demo.ID)
	test.Tap(w.List.DupBtn)
	form := w.Win.Canvas().Overlays().Top()
	var filled []string
	for _, o := range test.LaidOutObjects(form) {
		if e, ok := o.(*widget.Entry); ok {
			filled = append(filled, e.Text)
		}
	}
	want := []string{"2020", "9", strconv.Itoa(demo.TotalNumber + 1)}
	if !reflect.DeepEqual(filled, want) {
		t.Fatalf("复制 proposes %q, want %q", filled, want)
	}
	tapDialogButton(t, w, "复制")
	dup := w.Ctl.Issue()
	if dup.Year != 2020 || dup.Number != 9 || dup.TotalNumber != demo.TotalNumber+1 {
		t.Errorf("the copy is %s 总第%d期", dup.Label(), dup.TotalNumber)
	}
	// The same numbers again are refused, saying which issue has them.
	err := w.List.Duplicate(demo.ID, gazette.Numbering{Year: 2020, Number: 8, Total: 99})
	if !errors.Is(err, store.ErrExists) || !strings.Contains(err.Error(), "2020年第8期") {
		t.Errorf("a copy numbered 2020年第8期: %v", err)
	}
	if dup.ID == demo.ID || dup.ArticleCount() != demo.ArticleCount() {
		t.Fatalf("duplicate %s has %d articles, demo %d", dup.ID, dup.ArticleCount(), demo.ArticleCount())
	}
	if len(w.List.Rows()) != 2 {
		t.Fatalf("list has %d rows after duplicate", len(w.List.Rows()))
	}
	w.List.SelectID(dup.ID)
	w.List.askDelete()
	tapDialogButton(t, w, "取消")
	if len(w.List.Rows()) != 2 {
		t.Fatal("cancel deleted the issue")
	}
	w.List.askDelete()
	tapDialogButton(t, w, "删除")
	if rows := w.List.Rows(); len(rows) != 1 || rows[0].ID != demo.ID {
		t.Fatalf("after delete the list is %+v", rows)
	}
	if w.Ctl.Issue() != nil {
		t.Error("the deleted issue is still open")
	}
}

// TestImportPastIssue imports whole past issues as gazette import --new
// does: the 2020年第8期 the database holds already is replaced only when the
// editor confirms it (keeping its ID); another number is a new issue.
func TestImportPastIssue(t *testing.T) {
	w := newTestWorkstation(t)
	demo := w.Ctl.Issue()
	dir := t.TempDir()
	archiveOf := func(name string, is *gazette.Issue) string {
		var buf bytes.Buffer
		if err := exchange.WriteArchive(&buf, is); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	text := filepath.Join(dir, "往期.txt")
	if err := os.WriteFile(text, assets.DemoText, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{archiveOf("往期.zip", demo), text} {
		// The issue is there: 取消 saves nothing, 替换 backs up first and
		// keeps one issue.
		w.List.ImportIssueFile(path)
		w.Ctl.Wait()
		tapDialogButton(t, w, "取消")
		if rows := w.List.Rows(); len(rows) != 1 {
			t.Fatalf("cancelled import of %s: %d issues", filepath.Base(path), len(rows))
		}
		w.List.ImportIssueFile(path)
		w.Ctl.Wait()
		tapDialogButton(t, w, "替换")
		w.Ctl.Wait() // the replacing save runs off the UI goroutine too
		rows := w.List.Rows()
		if len(rows) != 1 || rows[0].ID != demo.ID || rows[0].Articles != demo.ArticleCount() {
			t.Fatalf("after replacing from %s the list is %+v", filepath.Base(path), rows)
		}
		bak, _ := filepath.Glob(filepath.Join(store.BackupDir(w.Ctl.Store.Path()), "*-replace*.db"))
		if len(bak) == 0 {
			t.Error("no backup before the replace")
		}
	}
	// Another number is a new issue.
	other := strings.Replace(string(assets.DemoText), "2020年第8期", "2020年第9期", 1)
	text9 := filepath.Join(dir, "第9期.txt")
	if err := os.WriteFile(text9, []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	w.List.ImportIssueFile(text9)
	w.Ctl.Wait()
	if rows := w.List.Rows(); len(rows) != 2 {
		t.Fatalf("importing 第9期: %d issues", len(rows))
	}
}

func TestBackupAndRestore(t *testing.T) {
	w := newTestWorkstation(t)
	demo := w.Ctl.Issue()
	backup := filepath.Join(t.TempDir(), "备份.db")
	if err := w.List.Backup(backup); err != nil {
		t.Fatal(err)
	}
	if err := w.Ctl.Delete(demo.ID); err != nil {
		t.Fatal(err)
	}
	w.List.Refresh()
	if len(w.List.Rows()) != 0 {
		t.Fatal("issue not deleted")
	}
	if err := w.Ctl.RestoreFrom(backup); err != nil {
		t.Fatal(err)
	}
	w.List.Refresh()
	if rows := w.List.Rows(); len(rows) != 1 || rows[0].ID != demo.ID {
		t.Fatalf("after restore the list is %+v", rows)
	}
}
