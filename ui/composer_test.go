package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"

	"gazette/gazette"
)

// newNextIssue opens the workstation and creates the issue after the demo.
func newNextIssue(t *testing.T) *Workstation {
	t.Helper()
	w := newTestWorkstation(t)
	draft, err := w.List.NextDraft()
	if err != nil {
		t.Fatal(err)
	}
	if err := w.List.CreateIssue(draft); err != nil {
		t.Fatal(err)
	}
	return w
}

const txtDoc = `某市人民政府关于表彰2020年度安全生产先进单位的决定

某府字〔2020〕41号 2020年9月1日

各县（市、区）人民政府，市政府各部门：

2020年，全市各级各部门认真贯彻落实安全生产工作部署。

经研究，决定对以下单位予以表彰。

（此件主动公开）
`

func TestImportTxtAndDocx(t *testing.T) {
	w := newNextIssue(t)
	dir := t.TempDir()
	txt := filepath.Join(dir, "决定.txt")
	if err := os.WriteFile(txt, []byte(txtDoc), 0o644); err != nil {
		t.Fatal(err)
	}
	docx := filepath.Join(dir, "通知.docx")
	writeDocx(t, docx, []string{
		"某市人民政府办公室关于做好2020年国庆节期间有关工作的通知",
		"某府办字〔2020〕52号 2020年9月20日",
		"各县（市、区）人民政府，市政府各部门：",
		"国庆节将至，为做好节日期间各项工作，现就有关事项通知如下。",
		"一、加强值班值守。",
		"（此件主动公开）",
	})
	w.Composer.ImportFiles([]string{txt, docx})
	w.Ctl.Wait()
	is := mustSaved(t, w)
	if is.ArticleCount() != 2 {
		t.Fatalf("issue has %d articles after importing 2 files", is.ArticleCount())
	}
	want := map[string]string{"某府字〔2020〕41号": "某市人民政府关于表彰2020年度安全生产先进单位的决定", "某府办字〔2020〕52号": "某市人民政府办公室关于做好2020年国庆节期间有关工作的通知"}
	is.Articles(func(si, _ int, a *gazette.Article) bool {
		if title, ok := want[a.DocNumber]; !ok || a.Title != title {
			t.Errorf("imported article %q with 文号 %q in %s", a.Title, a.DocNumber, is.Sections[si].Name)
		}
		if len(a.Blocks) == 0 {
			t.Errorf("%s has no body", a.Name())
		}
		return true
	})
	if len(is.Sections) < 2 {
		t.Errorf("the two documents were filed in %d section(s); 市政府文件 and 市政府办公室文件 expected", len(is.Sections))
	}
}

func TestMoveArticleBetweenSectionsAndUp(t *testing.T) {
	w := newTestWorkstation(t)
	is := w.Ctl.Issue()
	if len(is.Sections) < 2 || len(is.Sections[1].Articles) < 2 {
		t.Fatalf("demo issue too small: %d sections", len(is.Sections))
	}
	id := is.Sections[0].Articles[0].ID
	w.Composer.SelectArticle(id)
	if err := w.Composer.MoveArticleTo(1); err != nil {
		t.Fatal(err)
	}
	n := len(w.Ctl.Issue().Sections[1].Articles)
	if got := w.Ctl.Issue().Sections[1].Articles[n-1].ID; got != id {
		t.Fatal("article not at the end of the second section")
	}
	w.Select(TabCompose)
	w.Win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierShortcutDefault})
	saved := mustSaved(t, w)
	p, ok := gazette.FindArticle(saved, id)
	if !ok || p.Section != 1 || p.Index != n-2 {
		t.Fatalf("after move and up the article is at %+v, want section 1 index %d", p, n-2)
	}
	// Up from the top of a section crosses into the one before.
	first := saved.Sections[1].Articles[0].ID
	w.Composer.SelectArticle(first)
	w.Composer.MoveArticle(-1)
	saved = mustSaved(t, w)
	if p, _ := gazette.FindArticle(saved, first); p.Section != 0 || p.Index != len(saved.Sections[0].Articles)-1 {
		t.Errorf("up from the top of section 2 put the article at %+v", p)
	}
}

func TestEditDocNumberIsSaved(t *testing.T) {
	w := newTestWorkstation(t)
	var id string
	w.Ctl.Issue().Articles(func(_, _ int, a *gazette.Article) bool {
		if a.Kind == gazette.KindDocument {
			id = a.ID
			return false
		}
		return true
	})
	w.Composer.SelectArticle(id)
	w.Composer.Form.DocNumber.SetText("某府字〔2020〕99号")
	if !w.Ctl.Dirty() {
		t.Fatal("editing the 文号 did not mark the issue changed")
	}
	a, _ := mustSaved(t, w).Article(id)
	if a.DocNumber != "某府字〔2020〕99号" {
		t.Errorf("saved 文号 %q", a.DocNumber)
	}
	// An empty 文号 shows its warning beside the field.
	w.Composer.Form.DocNumber.SetText("")
	if msg := w.Composer.Form.Message("doc_number"); msg == "" {
		t.Error("no validation message beside an empty 文号")
	}
	// 成文日期 takes YYYY-MM-DD; an impossible date is not saved.
	w.Composer.Form.Date.Entry.SetText("2020-09-01")
	w.Composer.Form.Date.Entry.SetText("2020-02-30")
	if a, _ := mustSaved(t, w).Article(id); a.Date != "2020-09-01" {
		t.Errorf("saved date %q, want 2020-09-01", a.Date)
	}
	// A title with a line break keeps it as TitleLines.
	w.Composer.Form.Title.SetText("某市人民政府\n关于某事的通知")
	a, _ = mustSaved(t, w).Article(id)
	if a.Title != "某市人民政府关于某事的通知" || len(a.TitleLines) != 2 {
		t.Errorf("title %q lines %q", a.Title, a.TitleLines)
	}
}

func TestDeleteSectionAsksFirst(t *testing.T) {
	w := newTestWorkstation(t)
	before := len(w.Ctl.Issue().Sections)
	name := w.Ctl.Issue().Sections[0].Name
	w.Composer.SelectSection(0)
	w.Composer.AskDeleteSection()
	tapDialogButton(t, w, "取消")
	if len(mustSaved(t, w).Sections) != before {
		t.Fatal("cancel deleted the section")
	}
	w.Composer.SelectSection(0)
	w.Composer.AskDeleteSection()
	tapDialogButton(t, w, "删除")
	is := mustSaved(t, w)
	if len(is.Sections) != before-1 || is.Section(name) != nil {
		t.Fatalf("section %q still there (%d sections)", name, len(is.Sections))
	}
}

func TestSectionNamesMustBeNew(t *testing.T) {
	w := newTestWorkstation(t)
	if err := w.Composer.AddSection("公告"); err != nil {
		t.Fatal(err)
	}
	if err := w.Composer.AddSection("公告"); err == nil {
		t.Error("a second section 公告 was accepted")
	}
	if err := w.Composer.AddSection("  "); err == nil {
		t.Error("an empty section name was accepted")
	}
	w.Composer.MoveSection(-1)
	is := mustSaved(t, w)
	if is.Sections[len(is.Sections)-2].Name != "公告" {
		t.Error("栏目上移 did not move the new section up")
	}
}

func TestDropAndPaste(t *testing.T) {
	w := newNextIssue(t)
	txt := filepath.Join(t.TempDir(), "决定.txt")
	if err := os.WriteFile(txt, []byte(txtDoc), 0o644); err != nil {
		t.Fatal(err)
	}
	w.Composer.dropped([]fyne.URI{storage.NewFileURI(txt)})
	w.Ctl.Wait()
	if n := mustSaved(t, w).ArticleCount(); n != 1 {
		t.Fatalf("a dropped file gave %d articles", n)
	}
	if err := w.Composer.Paste("   "); err == nil {
		t.Error("empty paste accepted")
	}
	if err := w.Composer.Paste(strings.Replace(txtDoc, "41号", "42号", 1)); err != nil {
		t.Fatal(err)
	}
	w.Ctl.Wait() // the text is read off the UI goroutine
	// The same title as the article before: the editor is asked first.
	if !strings.Contains(dialogText(w), "本期已有同题的") {
		t.Fatalf("no question about the same title: %q", dialogText(w))
	}
	tapDialogButton(t, w, "仍然全部添加")
	is := mustSaved(t, w)
	if is.ArticleCount() != 2 {
		t.Fatalf("after paste %d articles", is.ArticleCount())
	}
	// A pasted article goes to the selected section (that of the article
	// imported before).
	if len(is.Sections) != 1 || is.Sections[0].Articles[1].DocNumber != "某府字〔2020〕42号" {
		t.Errorf("pasted article filed wrong: %d sections", len(is.Sections))
	}
}
