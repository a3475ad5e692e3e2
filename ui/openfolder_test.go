package ui

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestExportOpensFolder(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabExport)
	if w.Export.FolderBtn.Visible() {
		t.Error("打开所在文件夹 shown before any export")
	}
	var opened []string
	var fail error
	saved := openFolder
	openFolder = func(dir string) error { opened = append(opened, dir); return fail }
	t.Cleanup(func() { openFolder = saved })

	path := filepath.Join(t.TempDir(), "out", "公报.pdf")
	var err error
	w.Export.Export(ExportOptions{Path: path, Web: true, Force: true}, func(_ *ExportResult, e error) { err = e })
	w.Ctl.Wait()
	if err != nil {
		t.Fatal(err)
	}
	b := findButton(w.Win.Content(), "打开所在文件夹")
	if b == nil {
		t.Fatal("no visible 打开所在文件夹 button after the export")
	}
	test.Tap(b)
	if len(opened) != 1 || opened[0] != filepath.Dir(path) {
		t.Fatalf("opened %q, want [%q]", opened, filepath.Dir(path))
	}

	fail = errors.New("exec: \"xdg-open\": executable file not found in $PATH")
	test.Tap(b)
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no error shown when the folder cannot be opened")
	}
	var text strings.Builder
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok {
			text.WriteString(l.Text)
		}
	}
	if !strings.Contains(text.String(), "无法打开文件夹") || !strings.Contains(text.String(), filepath.Dir(path)) {
		t.Errorf("error dialog says %q, want 无法打开文件夹 and the folder", text.String())
	}
}

// TestOpenFolderWithoutXdgOpen opens the export's folder on a system
// without xdg-open: GLib's gio is used when it is there, and with neither
// the message is in Chinese (no “exec: … not found in $PATH”).
func TestOpenFolderWithoutXdgOpen(t *testing.T) {
	if got := folderOpeners("linux"); len(got) < 2 || got[1][0] != "gio" {
		t.Fatalf("Linux openers %q: no gio after xdg-open", got)
	}
	w := newTestWorkstation(t)
	w.Select(TabExport)
	path := filepath.Join(t.TempDir(), "公报.pdf")
	var err error
	w.Export.Export(ExportOptions{Path: path, Web: true, Force: true}, func(_ *ExportResult, e error) { err = e })
	w.Ctl.Wait()
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	record := filepath.Join(t.TempDir(), "args")
	if runtime.GOOS == "linux" {
		script := "#!/bin/sh\necho \"$@\" > " + record + "\n"
		if err := os.WriteFile(filepath.Join(bin, "gio"), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
		t.Setenv("PATH", bin)
		w.Export.OpenFolder()
		if top := w.Win.Canvas().Overlays().Top(); top != nil {
			t.Fatalf("an error shown although gio is there: %q", labelsOf(top))
		}
		var got []byte
		for i := 0; i < 100 && len(got) == 0; i++ {
			time.Sleep(20 * time.Millisecond)
			got, _ = os.ReadFile(record)
		}
		if want := "open " + filepath.Dir(path); strings.TrimSpace(string(got)) != want {
			t.Errorf("gio called with %q, want %q", got, want)
		}
	}
	t.Setenv("PATH", t.TempDir())
	w.Export.OpenFolder()
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no error shown when no program can open the folder")
	}
	msg := labelsOf(top)
	if !strings.Contains(msg, "无法打开文件夹") || strings.Contains(msg, "exec:") || strings.Contains(msg, "$PATH") {
		t.Errorf("error dialog says %q", msg)
	}
}

// labelsOf joins the texts of the labels inside o.
func labelsOf(o fyne.CanvasObject) string {
	var text strings.Builder
	for _, c := range test.LaidOutObjects(o) {
		if l, ok := c.(*widget.Label); ok {
			text.WriteString(l.Text)
		}
	}
	return text.String()
}

// TestExportStatusSaysSignOffIsReady: after a full print export the status
// line says 签发 can be done, no longer that an export is needed first; an
// edit afterwards brings the request back.
func TestExportStatusSaysSignOffIsReady(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabExport)
	if got := w.Export.status.Text; !strings.Contains(got, "签发前请先导出") {
		t.Fatalf("before the export: %q", got)
	}
	var err error
	w.Export.Export(ExportOptions{Path: filepath.Join(t.TempDir(), "公报.pdf"), Force: true}, func(_ *ExportResult, e error) { err = e })
	w.Ctl.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if got := w.Export.status.Text; strings.Contains(got, "签发前请先导出") || !strings.Contains(got, "可以签发") {
		t.Errorf("after the export: %q", got)
	}
	w.Cover.Slogan.SetText("新的口号")
	if got := w.Export.status.Text; !strings.Contains(got, "签发前请先导出") {
		t.Errorf("after an edit: %q", got)
	}
}
