package ui

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"gazette/assets"
	"gazette/gazette"
	_ "gazette/internal/locale" // before Fyne reads the locale, as in package main
	"gazette/store"
)

// newTestWorkstation opens a real store seeded with the demo issue in a
// temporary directory and builds the workstation on a test window.
func newTestWorkstation(t *testing.T) *Workstation {
	t.Helper()
	// The workstation's own theme, as the program sets it: its bundled Chinese
	// faces measure the text; the test theme has none, and Fyne then looks
	// every hanzi up through its font fallback (most of the UI tests' time).
	test.NewTempApp(t).Settings().SetTheme(Theme{})
	path := filepath.Join(t.TempDir(), "gazette.db")
	st, err := store.OpenWith(path, store.Options{Seed: assets.DemoIssue, NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	win := test.NewTempWindow(t, nil)
	win.Resize(fyne.NewSize(1280, 820))
	w := New(win, st)
	t.Cleanup(func() {
		w.Ctl.Wait()
		w.Ctl.Store.Close()
	})
	return w
}

// findButton returns the visible button labelled text inside o.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	for _, c := range test.LaidOutObjects(o) {
		if b, ok := c.(*widget.Button); ok && b.Text == text && b.Visible() {
			return b
		}
	}
	return nil
}

// tapDialogButton taps the button labelled text of the topmost dialog.
func tapDialogButton(t *testing.T, w *Workstation, text string) {
	t.Helper()
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog is open (wanted to tap %q)", text)
	}
	b := findButton(top, text)
	if b == nil {
		t.Fatalf("the dialog has no button %q", text)
	}
	test.Tap(b)
}

// mustSaved flushes pending edits and reads the open issue back from the
// store.
func mustSaved(t *testing.T, w *Workstation) *gazette.Issue {
	t.Helper()
	if err := w.Ctl.Flush(); err != nil {
		t.Fatal(err)
	}
	is, err := w.Ctl.Store.Get(w.Ctl.Issue().ID)
	if err != nil {
		t.Fatal(err)
	}
	return is
}

// writeDocx writes a minimal Word document with one paragraph per line.
func writeDocx(t *testing.T, path string, paras []string) {
	t.Helper()
	var body strings.Builder
	for _, p := range paras {
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + p + `</w:t></w:r></w:p>`)
	}
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `<w:sectPr/></w:body></w:document>`,
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml"} {
		f, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(parts[n]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
