package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/gazette"
	"gazette/importer"
	"gazette/store"
)

// TestImportIssue: an issue that exists is refused unless replaced; the
// replacement keeps the old ID and backs the database up first; an issue
// whose ID the database holds under another number gets fresh IDs.
func TestImportIssue(t *testing.T) {
	st, id := demoStore(t)
	demo, err := st.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	text, err := Encode(demo, FormatText)
	if err != nil {
		t.Fatal(err)
	}
	is, _, err := ReadIssue("往期.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	var exists *ExistsError
	if _, err := ImportIssue(st, is, false); !errors.As(err, &exists) || exists.Existing.ID != id {
		t.Fatalf("importing 2020年第8期 again: %v", err)
	}
	res, err := ImportIssue(st, is, true)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Replaced || is.ID != id || res.Backup == "" {
		t.Errorf("replace: %+v, ID %s (old %s)", res, is.ID, id)
	}
	if err := store.VerifyBackup(res.Backup); err != nil {
		t.Errorf("the backup before the replacement: %v", err)
	}
	archive, err := Encode(demo, FormatArchive)
	if err != nil {
		t.Fatal(err)
	}
	ninth, _, err := ReadIssue("第9期.zip", archive)
	if err != nil {
		t.Fatal(err)
	}
	ninth.Number = 9
	if _, err := ImportIssue(st, ninth, false); err != nil {
		t.Fatal(err)
	}
	if ninth.ID == id || ninth.Sections[0].ID == demo.Sections[0].ID || ninth.Sections[0].Articles[0].ID == demo.Sections[0].Articles[0].ID {
		t.Error("the issue imported under another number shares IDs with the demo")
	}
	if list, _ := st.List(); len(list) != 2 {
		t.Errorf("the database lists %d issues", len(list))
	}
}

// TestCreateAndDuplicate: a new issue's 刊名, year and number must be new;
// a duplicate is a draft with fresh IDs and no sign-off.
func TestCreateAndDuplicate(t *testing.T) {
	st, id := demoStore(t)
	demo, _ := st.Get(id)
	var exists *ExistsError
	if err := CreateIssue(st, gazette.New(demo.Title, demo.Year, demo.Number)); !errors.As(err, &exists) {
		t.Errorf("a second %s: %v", demo.Label(), err)
	}
	if err := CreateIssue(st, gazette.New(demo.Title, demo.Year, demo.Number+1)); err != nil {
		t.Fatal(err)
	}
	if _, err := DuplicateIssue(st, id, gazette.Numbering{Year: demo.Year, Number: demo.Number, Total: demo.TotalNumber}); !errors.As(err, &exists) {
		t.Errorf("a copy with the same numbers: %v", err)
	}
	c, err := DuplicateIssue(st, id, gazette.Numbering{Year: demo.Year, Number: demo.Number + 2, Total: demo.TotalNumber + 2})
	if err != nil {
		t.Fatal(err)
	}
	if c.ID == id || c.Status != gazette.StatusDraft || c.ArticleCount() != demo.ArticleCount() || c.Sections[0].ID == demo.Sections[0].ID {
		t.Errorf("duplicate %s: %s, %d articles", c.ID, c.Status, c.ArticleCount())
	}
	if list, _ := st.List(); len(list) != 3 {
		t.Errorf("the database lists %d issues", len(list))
	}
}

// TestImportDocuments: documents go to the section the importer names (or
// the one given), all in one save.
func TestImportDocuments(t *testing.T) {
	st, id := demoStore(t)
	is, _ := st.Get(id)
	before := is.ArticleCount()
	dir := t.TempDir()
	doc := filepath.Join(dir, "通知.txt")
	if err := os.WriteFile(doc, []byte("景德镇市人民政府办公室关于做好防汛工作的通知\n景府办字〔2020〕9号\n\n各县（市、区）人民政府：\n\n请做好防汛工作。\n\n景德镇市人民政府办公室\n2020年7月1日\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, _, err := importer.ReadFiles([]string{doc})
	if err != nil {
		t.Fatal(err)
	}
	placed, err := ImportDocuments(st, is, arts)
	if err != nil {
		t.Fatal(err)
	}
	saved, _ := st.Get(id)
	if len(placed) != 1 || saved.ArticleCount() != before+1 || placed[0].Section != importer.SectionFor(&arts[0]) || placed[0].ID == "" {
		t.Errorf("placed %+v; %d articles, before %d", placed, saved.ArticleCount(), before)
	}
	one := AddDocuments(saved, arts, "附录")
	if one[0].Section != "附录" || saved.Section("附录") == nil {
		t.Errorf("placed %+v", one)
	}
}

// TestBackupRestoreExport: a backup is checked and restores; an export
// is written whole and reads back.
func TestBackupRestoreExport(t *testing.T) {
	st, id := demoStore(t)
	dir := t.TempDir()
	backup := filepath.Join(dir, "备份.db")
	size, err := Backup(st, backup)
	if err != nil || size == 0 {
		t.Fatalf("backup: %d bytes, %v", size, err)
	}
	is, _ := st.Get(id)
	out := filepath.Join(dir, "公报.json")
	data, err := Export(is, FormatJSON, out)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(out); string(got) != string(data) {
		t.Error("the export on disk differs from what was encoded")
	}
	if _, err := Export(is, "docx", out); err == nil || IsFormat("docx") {
		t.Error("an unknown export format was accepted")
	}
	db := st.Path()
	if err := st.Delete(id); err != nil {
		t.Fatal(err)
	}
	st.Close()
	aside, err := Restore(backup, db)
	if err != nil || aside == "" {
		t.Fatalf("restore: %q, %v", aside, err)
	}
	st2, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	checked, err := Verify(st2)
	if err != nil || len(checked) != 1 || checked[0].Issue.ID != id {
		t.Errorf("after restore: %+v, %v", checked, err)
	}
}

// TestReadIssueRefusesDocument: a single document given as a whole issue
// is refused, naming what it lacks, rather than saved as 《》0年第0期.
func TestReadIssueRefusesDocument(t *testing.T) {
	doc := "国务院关于开展某项工作的通知\n\n国发〔2019〕5号\n\n各省、自治区、直辖市人民政府：\n\n现就有关事项通知如下。\n\n国务院\n\n2019年1月27日\n"
	is, _, err := ReadIssue("001.txt", []byte(doc))
	if err == nil {
		t.Fatalf("a single document read as the issue 《%s》%s", is.Title, is.Label())
	}
	for _, want := range []string{"001.txt", "刊名", "期号", "--issue"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q lacks %q", err, want)
		}
	}
}
