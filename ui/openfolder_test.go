package ui

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

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
