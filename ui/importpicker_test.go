package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
)

// dialogText returns the text of every label in the topmost dialog.
func dialogText(w *Workstation) string {
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var sb strings.Builder
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok {
			sb.WriteString(l.Text + "\n")
		}
	}
	return sb.String()
}

// pickerChecks returns the checkboxes of the open 导入多个文件 dialog.
func pickerChecks(w *Workstation) []*widget.Check {
	var out []*widget.Check
	for _, o := range test.LaidOutObjects(w.Win.Canvas().Overlays().Top()) {
		if c, ok := o.(*widget.Check); ok {
			out = append(out, c)
		}
	}
	return out
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestImportSeveralFilesPicked(t *testing.T) {
	w := newNextIssue(t)
	dir := t.TempDir()
	twoDisclosures := strings.Replace(strings.Replace(txtDoc, "41号", "43号", 1), "（此件主动公开）", "（此件主动公开）\n\n（此件依申请公开）", 1)
	writeFiles(t, dir, map[string]string{
		"1决定.txt": txtDoc,
		"2决定.txt": strings.Replace(txtDoc, "41号", "42号", 1),
		"3决定.txt": twoDisclosures,
		"说明.pdf":  "%PDF-1.4",
		"旧稿.doc":  "\xd0\xcf\x11\xe0",
	})
	test.Tap(w.Composer.ImportDirBtn)
	p := w.Composer.Picker
	if p == nil || w.Win.Canvas().Overlays().Top() == nil {
		t.Fatal("导入多个文件… opened no dialog")
	}
	if !p.ImportBtn.Disabled() {
		t.Error("the import button is enabled with no file listed")
	}
	if err := p.AddFolder(dir); err != nil {
		t.Fatal(err)
	}
	checks := pickerChecks(w)
	if len(checks) != 4 {
		t.Fatalf("the folder lists %d files, want the 3 .txt and the .doc", len(checks))
	}
	if checks[3].Text != "旧稿.doc" || checks[3].Checked || !strings.Contains(dialogText(w), "另存为 .docx") {
		t.Errorf("the .doc is listed as %q ticked %v, without what to do", checks[3].Text, checks[3].Checked)
	}
	test.Tap(checks[1]) // untick 2决定.txt
	if got := p.Checked(); len(got) != 2 || filepath.Base(got[1]) != "3决定.txt" {
		t.Fatalf("ticked %v", got)
	}
	tapDialogButton(t, w, "导入 2 个文件")
	w.Ctl.Wait()
	is := mustSaved(t, w)
	var nums []string
	is.Articles(func(_, _ int, a *gazette.Article) bool { nums = append(nums, a.DocNumber); return true })
	if strings.Join(nums, " ") != "某府字〔2020〕41号 某府字〔2020〕43号" {
		t.Errorf("imported %q", nums)
	}
	// The importer's warning about 3决定.txt is shown.
	if got := dialogText(w); !strings.Contains(got, "3决定.txt") || !strings.Contains(got, "公开属性") {
		t.Errorf("no warning shown; the dialog says %q", got)
	}
}

func TestImportSeveralFilesAllOrNothing(t *testing.T) {
	w := newNextIssue(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"好.txt": txtDoc, "坏.docx": "这不是 Word 文档"})
	p := w.Composer.askImportFiles()
	if err := p.AddFolder(dir); err != nil {
		t.Fatal(err)
	}
	p.Add(filepath.Join(dir, "好.txt")) // listed once only
	checks := pickerChecks(w)
	if len(checks) != 2 {
		t.Fatalf("%d files listed", len(checks))
	}
	// The unreadable file is checked when listed: unticked, with why.
	bad := -1
	for i, c := range checks {
		if c.Text == "坏.docx" {
			bad = i
		}
	}
	if bad < 0 || checks[bad].Checked || !strings.Contains(dialogText(w), "读不了") {
		t.Fatalf("坏.docx is listed ticked, or without why: %q", dialogText(w))
	}
	// Ticked all the same, it stops the import; the dialog stays open.
	p.SetChecked(bad, true)
	tapDialogButton(t, w, "导入 2 个文件")
	w.Ctl.Wait()
	if n := mustSaved(t, w).ArticleCount(); n != 0 {
		t.Errorf("%d articles imported although 坏.docx could not be read", n)
	}
	if got := dialogText(w); !strings.Contains(got, "坏.docx") {
		t.Errorf("the error does not name the bad file: %q", got)
	}
	tapDialogButton(t, w, "知道了")
	if !strings.Contains(dialogText(w), "导入多个文件") && findButton(w.Win.Canvas().Overlays().Top(), "导入 2 个文件") == nil {
		t.Error("the picker closed after the error")
	}
	if err := p.AddFolder(t.TempDir()); err == nil {
		t.Error("an empty folder was accepted")
	}
}
