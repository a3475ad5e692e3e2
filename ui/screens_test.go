package ui

import (
	"bytes"
	"errors"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/preview"
	"gazette/store"
)

// firstParagraph selects the first article with a paragraph and returns
// its ID and the row of that paragraph in the body editor.
func firstParagraph(t *testing.T, w *Workstation) (string, int) {
	t.Helper()
	var id string
	w.Ctl.Issue().Articles(func(_, _ int, a *gazette.Article) bool {
		for _, b := range a.Blocks {
			if b.Type == gazette.BlockParagraph {
				id = a.ID
				return false
			}
		}
		return true
	})
	w.Composer.SelectArticle(id)
	w.Select(TabBody)
	a, _ := w.Ctl.Issue().Article(id)
	for i := range a.Blocks {
		if a.Blocks[i].Type == gazette.BlockParagraph {
			return id, i
		}
	}
	t.Fatal("no paragraph")
	return "", 0
}

func TestEditParagraphKeepsRevisionAndRestores(t *testing.T) {
	w := newTestWorkstation(t)
	id, row := firstParagraph(t, w)
	entry := w.Body.Entry(row)
	old := withoutSoftBreaks(entry.Text) // the entry shows a long paragraph in chunks
	entry.SetText(entry.Text + "（已修改）")
	a, _ := mustSaved(t, w).Article(id)
	if got := a.Blocks[row].Text(); got != old+"（已修改）" {
		t.Fatalf("saved paragraph %q", got)
	}
	revs, err := w.Body.Revisions()
	if err != nil {
		t.Fatal(err)
	}
	if len(revs) == 0 || revs[0].Article.Blocks[row].Text() != old {
		t.Fatalf("no revision with the old paragraph: %d revisions", len(revs))
	}
	if revs[0].User == "" || revs[0].Time.IsZero() {
		t.Errorf("revision without time or user: %+v", revs[0])
	}
	if err := w.Body.RestoreRevision(revs[0].Seq); err != nil {
		t.Fatal(err)
	}
	a, _ = w.Ctl.Issue().Article(id)
	if got := a.Blocks[row].Text(); got != old {
		t.Errorf("after restore the paragraph is %q", got)
	}
	if got := withoutSoftBreaks(w.Body.Entry(row).Text); got != old {
		t.Errorf("the editor shows %q after restore", got)
	}
	stored, _ := w.Ctl.Store.Get(w.Ctl.Issue().ID)
	if a, _ := stored.Article(id); a.Blocks[row].Text() != old {
		t.Error("restore not saved")
	}
}

func TestEnterSplitsParagraphAndMergeJoins(t *testing.T) {
	w := newTestWorkstation(t)
	id, row := firstParagraph(t, w)
	a, _ := w.Ctl.Issue().Article(id)
	n := len(a.Blocks)
	w.Body.Entry(row).SetText("第一段。\n第二段。")
	a, _ = mustSaved(t, w).Article(id)
	if len(a.Blocks) != n+1 || a.Blocks[row].Text() != "第一段。" || a.Blocks[row+1].Text() != "第二段。" {
		t.Fatalf("split gave %d blocks: %q / %q", len(a.Blocks), a.Blocks[row].Text(), a.Blocks[row+1].Text())
	}
	w.Body.mergeUp(gazette.BlockPath{row + 1})
	a, _ = mustSaved(t, w).Article(id)
	if len(a.Blocks) != n || a.Blocks[row].Text() != "第一段。第二段。" {
		t.Fatalf("merge gave %d blocks, %q", len(a.Blocks), a.Blocks[row].Text())
	}
}

func TestFindAndReplace(t *testing.T) {
	w := newTestWorkstation(t)
	id, row := firstParagraph(t, w)
	w.Body.Entry(row).SetText("甲乙甲")
	w.Body.ShowFind()
	w.Body.Find.SetText("甲")
	if got := w.Body.FindNext(); got != row {
		t.Fatalf("find went to row %d, want %d", got, row)
	}
	w.Body.Replace.SetText("丙")
	if n := w.Body.ReplaceAll(); n < 2 {
		t.Fatalf("replaced %d", n)
	}
	a, _ := mustSaved(t, w).Article(id)
	if got := a.Blocks[row].Text(); got != "丙乙丙" {
		t.Errorf("after replace %q", got)
	}
}

func TestCoverColourChangesPreview(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabCover)
	w.Cover.WaitDraw()
	before := w.Cover.Cover.Image
	if before == nil || before.Bounds().Dx() < 100 {
		t.Fatal("no cover drawn")
	}
	w.Cover.C.SetText("100")
	w.Cover.M.SetText("0")
	w.Cover.WaitDraw()
	after := w.Cover.Cover.Image
	if sameImage(before, after) {
		t.Fatal("the cover did not change with its colour")
	}
	if got := mustSaved(t, w).Cover.Color; got.C != 100 || got.M != 0 {
		t.Errorf("saved cover colour %+v", got)
	}
}

func sameImage(a, b image.Image) bool {
	ra, ok1 := a.(*image.RGBA)
	rb, ok2 := b.(*image.RGBA)
	return ok1 && ok2 && ra.Rect == rb.Rect && bytes.Equal(ra.Pix, rb.Pix)
}

// pdfPages counts the pages of a PDF file with poppler's pdfinfo (the
// Makefile installs poppler-utils).
func pdfPages(t *testing.T, path string) int {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v (apt-get install poppler-utils)", path, err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo gave no page count:\n%s", out)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

func TestExportSignOffUnlock(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabExport)
	path := filepath.Join(t.TempDir(), "out", "公报.pdf")
	var res *ExportResult
	var err error
	w.Export.Export(ExportOptions{Path: path, Bleed: true, Marks: true, Force: true}, func(r *ExportResult, e error) { res, err = r, e })
	w.Ctl.Wait()
	if err != nil {
		t.Fatal(err)
	}
	data, rerr := os.ReadFile(path)
	if rerr != nil {
		t.Fatalf("exported PDF not on disk: %v", rerr)
	}
	f := res.Files[0]
	if f.Pages < 4 || f.Pages%4 != 0 {
		t.Errorf("exported %d pages; a saddle-stitched issue has a multiple of 4", f.Pages)
	}
	if n := pdfPages(t, path); n != f.Pages {
		t.Errorf("pdfinfo counts %d pages, the export reported %d", n, f.Pages)
	}
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Error("the exported file is not a PDF")
	}
	if !strings.Contains(w.Export.Result.Text, f.SHA256) || !strings.Contains(w.Export.Result.Text, path) {
		t.Errorf("result does not show path and SHA-256: %q", w.Export.Result.Text)
	}

	if err := w.Export.SignOff("王五"); err != nil {
		t.Fatal(err)
	}
	if !w.Ctl.Signed() {
		t.Fatal("issue not signed after 签发")
	}
	// 签发 makes the PDF again, dated by the sign-off time, over the
	// exported file; the store keeps that file's SHA-256.
	signed := w.Export.LastExport().Files[0]
	onDisk, _ := os.ReadFile(path)
	stored, _ := w.Ctl.Store.Get(w.Ctl.Issue().ID)
	if stored.Status != gazette.StatusSigned || stored.SignedPDFSHA256 != signed.SHA256 || !bytes.Equal(onDisk, signed.Data) {
		t.Errorf("store has status %s sha %s; the signed file's is %s (on disk: %d bytes)", stored.Status, stored.SignedPDFSHA256, signed.SHA256, len(onDisk))
	}
	if !strings.Contains(w.Export.Result.Text, signed.SHA256) {
		t.Errorf("result does not show the signed SHA-256: %q", w.Export.Result.Text)
	}
	err = w.Ctl.Edit(func(is *gazette.Issue) error { is.Title = "改"; return nil })
	if !errors.Is(err, store.ErrSigned) {
		t.Fatalf("an edit of a signed issue gave %v", err)
	}
	if !w.Composer.Form.DocNumber.Disabled() && w.Composer.Form.id != "" {
		t.Error("the article form is editable on a signed issue")
	}

	if err := w.Export.Unlock(" "); err == nil {
		t.Error("unlock without a reason was accepted")
	}
	if err := w.Export.Unlock("第5页文号有误"); err != nil {
		t.Fatal(err)
	}
	is := w.Ctl.Issue()
	if w.Ctl.Signed() || len(is.Unlocks) != 1 || is.Unlocks[0].Reason != "第5页文号有误" {
		t.Fatalf("after unlock: status %s unlocks %+v", is.Status, is.Unlocks)
	}
	if err := w.Ctl.Edit(func(is *gazette.Issue) error { is.Slogan = "新口号"; return nil }); err != nil {
		t.Errorf("edit after unlock: %v", err)
	}
	if got := mustSaved(t, w).Slogan; got != "新口号" {
		t.Errorf("edit after unlock not saved: %q", got)
	}
}

func TestPreviewShowsPagesAndFindings(t *testing.T) {
	w := newTestWorkstation(t)
	// A character no bundled face has makes a preflight error on its page.
	id, row := firstParagraph(t, w)
	w.Body.Entry(row).SetText(w.Body.Entry(row).Text + "\U0002A6D6")
	w.Select(TabPreview)
	w.Ctl.Wait()
	if w.Preview.Pages() < 4 {
		t.Fatalf("preview shows %d pages", w.Preview.Pages())
	}
	before := w.Preview.LargeImage().Bounds()
	w.Preview.Zoom.SetSelected("200%")
	if after := w.Preview.LargeImage().Bounds(); after.Dx() <= before.Dx() {
		t.Errorf("zoom 200%% drew %v, at 100%% %v", after, before)
	}
	w.Preview.Zoom.SetSelected("100%")
	found := -1
	for i, f := range w.Preview.Findings() {
		if f.Error && f.ArticleID == id && f.Page > 0 {
			found = i
		}
	}
	if found < 0 {
		t.Fatalf("no preflight error for the missing character: %v", w.Preview.Findings())
	}
	f := w.Preview.Findings()[found]
	w.Preview.ShowFinding(found)
	if w.Preview.page != f.Page-1 {
		t.Errorf("finding on page %d shows page %d", f.Page, w.Preview.page+1)
	}
	plain := preview.Render(w.Preview.laid.doc.Pages[f.Page-1], preview.Options{DPI: 72})
	if sameImage(plain, w.Preview.LargeImage()) {
		t.Error("the finding's place is not highlighted")
	}
}

func TestExportCoverAndBodyApart(t *testing.T) {
	w := newTestWorkstation(t)
	path := filepath.Join(t.TempDir(), "公报.pdf")
	var res *ExportResult
	var err error
	w.Export.Export(ExportOptions{Path: path, Web: true, Split: true, Force: true}, func(r *ExportResult, e error) { res, err = r, e })
	w.Ctl.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != 2 {
		t.Fatalf("split export wrote %d files", len(res.Files))
	}
	total := 0
	for _, f := range res.Files {
		if n := pdfPages(t, f.Path); n != f.Pages || n == 0 {
			t.Errorf("%s: pdfinfo %d pages, reported %d", f.Path, n, f.Pages)
		}
		total += f.Pages
	}
	if want := w.Preview.laidPages(t); total != want {
		t.Errorf("cover + body = %d pages, the issue has %d", total, want)
	}
	if err := w.Export.SignOff("王五"); err == nil {
		t.Error("signed off with a web edition split in two")
	}
}

// TestExportExactOutlines checks the export option that embeds the glyph
// outlines as the fonts have them: ticked, the same pages come out in a
// larger file.
func TestExportExactOutlines(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabExport)
	dir := t.TempDir()
	export := func(name string) *ExportFile {
		t.Helper()
		w.Export.Path.SetText(filepath.Join(dir, name))
		var res *ExportResult
		var err error
		w.Export.Export(w.Export.options(), func(r *ExportResult, e error) { res, err = r, e })
		w.Ctl.Wait()
		if err != nil {
			t.Fatal(err)
		}
		return &res.Files[0]
	}
	if w.Export.Exact.Checked {
		t.Fatal("exact outlines are on by default")
	}
	grid := export("grid.pdf")
	test.Tap(w.Export.Exact)
	if !w.Export.options().Exact {
		t.Fatal("ticking the option does not reach the export options")
	}
	exact := export("exact.pdf")
	if exact.Pages != grid.Pages || len(exact.Data) <= len(grid.Data) {
		t.Errorf("exact outlines: %d pages, %d bytes; on grids: %d pages, %d bytes", exact.Pages, len(exact.Data), grid.Pages, len(grid.Data))
	}
}

// laidPages lays the open issue out and returns its page count.
func (p *PagePreview) laidPages(t *testing.T) int {
	t.Helper()
	var n int
	p.w.Layout(func(l *laidOut, err error) {
		if err != nil {
			t.Fatal(err)
		}
		n = len(l.doc.Pages)
	})
	p.w.Ctl.Wait()
	return n
}

func TestHeadingStyleAndTableCell(t *testing.T) {
	w := newTestWorkstation(t)
	id, row := firstParagraph(t, w)
	w.Body.rows[row].style.SetSelected("标题 （一）")
	a, _ := mustSaved(t, w).Article(id)
	if b := a.Blocks[row]; b.Type != gazette.BlockHeading || b.HeadingKind != gazette.HeadingNumbered || b.Level != 2 {
		t.Errorf("block after choosing 标题 （一）: %s %s level %d", b.Type, b.HeadingKind, b.Level)
	}

	// A table is edited cell by cell.
	var tid string
	var tblock int
	w.Ctl.Issue().Articles(func(_, _ int, a *gazette.Article) bool {
		for i, b := range a.Blocks {
			if b.Type == gazette.BlockTable && b.Table != nil && len(b.Table.Rows) > 1 {
				tid, tblock = a.ID, i
				return false
			}
		}
		return true
	})
	if tid == "" {
		t.Fatal("the demo issue has no table")
	}
	w.Composer.SelectArticle(tid)
	w.Select(TabBody)
	r := w.Body.rows[w.Body.rowIndex(gazette.BlockPath{tblock})]
	if len(r.cells) < 2 || len(r.cells[1]) == 0 {
		t.Fatalf("table shown as %d rows", len(r.cells))
	}
	r.cells[1][0].SetText("改过的格")
	a, _ = mustSaved(t, w).Article(tid)
	if got := a.Blocks[tblock].Table.Rows[1].Cells[0].Text(); got != "改过的格" {
		t.Errorf("saved cell %q", got)
	}
}

func TestPreflightErrorsStopExportUntilConfirmed(t *testing.T) {
	w := newTestWorkstation(t)
	w.Ctl.Edit(func(is *gazette.Issue) error { is.Sections[0].Articles[0].Title = ""; return nil })
	w.Select(TabExport)
	path := filepath.Join(t.TempDir(), "有错.pdf")
	w.Export.Path.SetText(path)
	test.Tap(w.Export.ExportBtn)
	w.Ctl.Wait()
	if _, err := os.Stat(path); err == nil {
		t.Fatal("exported despite a preflight error")
	}
	if !strings.Contains(w.Export.report.Text, "错误") {
		t.Errorf("preflight report does not list the error: %q", w.Export.report.Text)
	}
	tapDialogButton(t, w, "仍然导出")
	w.Ctl.Wait()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("confirmed export wrote nothing: %v", err)
	}
	if err := w.Export.SignOff("王五"); err == nil {
		t.Error("an issue with a title missing was signed off")
	}
}

// TestOfficeFaceKeptBesideDatabase: a font file the office owns replaces a
// style; the file is copied beside the database and the issue points at the
// copy, so deleting the original changes nothing. A file that is no
// TrueType face is refused and nothing changes.
func TestOfficeFaceKeptBesideDatabase(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabCover)
	src := filepath.Join(t.TempDir(), "本单位标宋.ttf")
	if err := os.WriteFile(src, fonts.MustBundled(fonts.Kai).Data(), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "坏字体.ttf")
	os.WriteFile(bad, []byte("not a font"), 0o644)
	if err := w.Cover.SetFace(fonts.SongBold, bad); err == nil {
		t.Fatal("a file that is not a font was accepted")
	}
	if err := w.Cover.SetFace(fonts.SongBold, src); err != nil {
		t.Fatal(err)
	}
	w.Ctl.Wait()
	if err := w.Ctl.Flush(); err != nil {
		t.Fatal(err)
	}
	got := mustSaved(t, w).Layout.Faces["song-bold"]
	if filepath.Dir(got) != store.FontDir(w.Ctl.Store.Path()) {
		t.Fatalf("face kept at %q, want inside %s", got, store.FontDir(w.Ctl.Store.Path()))
	}
	os.Remove(src)
	if _, err := fonts.NewSet(mustSaved(t, w).Layout.Faces); err != nil {
		t.Errorf("the kept face does not load once the original is gone: %v", err)
	}
}

// TestTypingAfterEnterGoesToNewParagraph types a line break at the end of
// a paragraph and then more text: the text goes into the new paragraph,
// once (an entry left focused after the rows were rebuilt used to split
// its paragraph again on every key).
func TestTypingAfterEnterGoesToNewParagraph(t *testing.T) {
	w := newTestWorkstation(t)
	// Another window, made last: the test driver then names it as the
	// canvas of any object, as the real driver names none for a row not
	// yet drawn — the cursor must be put in through the workstation's own
	// window.
	test.NewTempWindow(t, widget.NewLabel(""))
	id, row := firstParagraph(t, w)
	a, _ := w.Ctl.Issue().Article(id)
	n := len(a.Blocks)
	c := w.Win.Canvas()
	en := w.Body.Entry(row)
	c.Focus(en)
	// The end of its last chunk: PageDown puts the cursor at the end of the
	// last displayed row (CursorRow counts wrapped rows, which depend on the
	// theme's fonts, so it is not computed here).
	en.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	old := withoutSoftBreaks(en.Text)
	en.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := c.Focused(); got != fyne.Focusable(w.Body.Entry(row+1)) {
		t.Fatalf("after Enter the cursor is in %T %p, want the new paragraph's entry", got, got)
	}
	if c.Focused() == nil {
		t.Fatal("nothing has the cursor after Enter")
	}
	test.Type(c.Focused(), "xyz")
	a, _ = mustSaved(t, w).Article(id)
	if len(a.Blocks) != n+1 {
		t.Fatalf("typing after Enter made %d blocks, want %d", len(a.Blocks), n+1)
	}
	if a.Blocks[row].Text() != old || a.Blocks[row+1].Text() != "xyz" {
		t.Errorf("paragraphs %q / %q", a.Blocks[row].Text(), a.Blocks[row+1].Text())
	}
}

// TestHistoryRestoreWaitsForAChoice opens 历史版本: 恢复所选版本 is off
// until a version is chosen, and then restores it.
func TestHistoryRestoreWaitsForAChoice(t *testing.T) {
	w := newTestWorkstation(t)
	id, row := firstParagraph(t, w)
	old := withoutSoftBreaks(w.Body.Entry(row).Text)
	w.Body.Entry(row).SetText("改过的段落")
	w.Ctl.Flush()
	test.Tap(w.Body.HistoryBtn)
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("历史版本 opened no dialog")
	}
	restore := findButton(top, "恢复所选版本")
	if restore == nil || !restore.Disabled() {
		t.Fatal("恢复所选版本 should be there and off before a version is chosen")
	}
	var list *widget.List
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	}
	if list == nil {
		t.Fatal("no list of versions")
	}
	list.Select(0)
	if restore.Disabled() {
		t.Fatal("恢复所选版本 still off after choosing a version")
	}
	// The version is compared with the text now: the new paragraph added,
	// the old one removed.
	var added, removed string
	for _, o := range test.LaidOutObjects(top) {
		if rt, ok := o.(*widget.RichText); ok {
			for _, sg := range rt.Segments {
				if ts, ok := sg.(*widget.TextSegment); ok {
					switch ts.Style.ColorName {
					case theme.ColorNameSuccess:
						added += ts.Text
					case theme.ColorNameError:
						removed += ts.Text
					}
				}
			}
		}
	}
	if !strings.Contains(added, "改过的段落") || !strings.Contains(removed, []string{old}[0][:9]) {
		t.Errorf("the comparison shows added %q, removed %q", added, removed)
	}
	test.Tap(restore)
	a, _ := mustSaved(t, w).Article(id)
	if got := a.Blocks[row].Text(); got != old {
		t.Errorf("after restore the paragraph is %q, want %q", got, old)
	}
}

// TestSignedIssueSaysWhyAndHowToUnlock signs the issue off: a banner says
// it is read-only and its 解锁… opens the unlock form; the export shown
// stays; an edit is refused in one message that says what to do.
func TestSignedIssueSaysWhyAndHowToUnlock(t *testing.T) {
	w := newTestWorkstation(t)
	if w.Banner.Visible() {
		t.Fatal("the read-only banner shows on a draft")
	}
	w.Select(TabExport)
	path := filepath.Join(t.TempDir(), "公报.pdf")
	w.Export.Path.SetText(path)
	w.Export.Export(ExportOptions{Path: path, Bleed: true, Marks: true, Force: true}, func(*ExportResult, error) {})
	w.Ctl.Wait()
	if err := w.Export.SignOff("王五"); err != nil {
		t.Fatal(err)
	}
	if !w.Banner.Visible() || !strings.Contains(w.bannerMsg.Text, "签发") {
		t.Fatalf("no read-only banner after 签发 (%q)", w.bannerMsg.Text)
	}
	if w.Export.Path.Text != path || !strings.Contains(w.Export.Result.Text, path) {
		t.Errorf("after 签发 the export screen shows path %q, result %q", w.Export.Path.Text, w.Export.Result.Text)
	}
	err := w.Ctl.Edit(func(*gazette.Issue) error { return nil })
	if !errors.Is(err, store.ErrSigned) || strings.Count(err.Error(), "已签发") != 1 || !strings.Contains(err.Error(), "解锁") {
		t.Errorf("refusal %q", err)
	}
	w.Select(TabCompose)
	test.Tap(w.UnlockBtn)
	if w.current() != TabExport {
		t.Errorf("解锁… went to %s", w.current())
	}
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("解锁… opened no form")
	}
	var reason *widget.Entry
	for _, o := range test.LaidOutObjects(top) {
		if e, ok := o.(*widget.Entry); ok {
			reason = e
		}
	}
	if reason == nil {
		t.Fatal("the unlock form has no field for the reason")
	}
	reason.SetText("更正第5页文号")
	tapDialogButton(t, w, "解锁")
	if w.Ctl.Signed() || w.Banner.Visible() {
		t.Error("still signed (or the banner still shows) after 解锁")
	}
}
