package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"gazette/assets"
	"gazette/cli"
	"gazette/gazette"
	"gazette/store"
	"gazette/ui"
)

// TestSignedPDFReproducedByRender is what a print center checks: the issue
// is signed off in the workstation (its export screen, as the editor does
// it), then `gazette render --issue` with the export's options makes a PDF
// byte-identical to the signed one, whose SHA-256 is the one recorded at
// sign-off.
func TestSignedPDFReproducedByRender(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "gazette.db")
	st, err := store.OpenWith(db, store.Options{Seed: assets.DemoIssue, NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	test.NewTempApp(t)
	win := test.NewTempWindow(t, nil)
	win.Resize(fyne.NewSize(1280, 820))
	w := ui.New(win, st)
	id := w.Ctl.Issue().ID

	// Export with the screen's default options (bleed, crop marks), then 签发.
	signedPath := filepath.Join(dir, "签发.pdf")
	w.Export.Path.SetText(signedPath)
	var exportErr error
	w.Export.Export(ui.ExportOptions{Path: signedPath, Bleed: true, Marks: true}, func(_ *ui.ExportResult, err error) { exportErr = err })
	w.Ctl.Wait()
	if exportErr != nil {
		t.Fatal(exportErr)
	}
	if err := w.Export.SignOff("王五"); err != nil {
		t.Fatal(err)
	}
	w.Ctl.Wait()
	signedIssue, err := st.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := st.SignedPDF(id)
	if err != nil {
		t.Fatal(err)
	}
	if signedIssue.Status != gazette.StatusSigned {
		t.Fatalf("status after 签发: %s", signedIssue.Status)
	}
	st.Close() // the workstation holds the database; the command line reads it now

	out := filepath.Join(dir, "复现.pdf")
	if code := runQuiet(t, "render", "--db", db, "--issue", id, "--marks", "-o", out); code != 0 {
		t.Fatalf("gazette render --issue: exit %d", code)
	}
	again, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	onDisk, err := os.ReadFile(signedPath)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(again)
	if got := hex.EncodeToString(sum[:]); got != signedIssue.SignedPDFSHA256 {
		t.Errorf("gazette render --issue gives SHA-256 %s; recorded at sign-off: %s", got, signedIssue.SignedPDFSHA256)
	}
	if !bytes.Equal(again, stored) {
		t.Errorf("gazette render --issue (%d bytes) differs from the PDF stored at sign-off (%d bytes)", len(again), len(stored))
	}
	if !bytes.Equal(onDisk, stored) {
		t.Errorf("the file the workstation wrote at sign-off (%d bytes) differs from the stored one (%d bytes)", len(onDisk), len(stored))
	}
	// The PDF carries the sign-off time, not the last change before it
	// (pdfinfo: poppler-utils, which make deps installs).
	info, err := exec.Command("pdfinfo", "-isodates", out).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", out, err)
	}
	want := "ModDate:         " + signedIssue.SignedAt.UTC().Format("2006-01-02T15:04:05Z")
	if !strings.Contains(string(info), want) {
		t.Errorf("the PDF is not dated by the sign-off time (%s):\n%s", want, info)
	}
}

// runQuiet runs the command line with its output discarded and returns
// the exit code.
func runQuiet(t *testing.T, args ...string) int {
	t.Helper()
	stdout, stderr := os.Stdout, os.Stderr
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	os.Stdout, os.Stderr = devnull, devnull
	defer func() { os.Stdout, os.Stderr = stdout, stderr }()
	return cli.Main(args)
}
