package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// fileItem returns the file dialog's item showing name.
func fileItem(t *testing.T, top fyne.CanvasObject, name string) fyne.Tappable {
	t.Helper()
	var names []string
	for _, o := range test.LaidOutObjects(top) {
		if fmt.Sprintf("%T", o) != "*dialog.fileDialogItem" {
			continue
		}
		n := reflect.ValueOf(o).Elem().FieldByName("name").String()
		names = append(names, n)
		if n == name && o.Visible() {
			return o.(fyne.Tappable)
		}
	}
	t.Fatalf("the file dialog shows no %q (it shows %q)", name, names)
	return nil
}

func TestFileDialogInChineseAndDoubleClickOnFolder(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(Theme{})
	win := test.NewTempWindow(t, nil)
	win.Resize(fyne.NewSize(1024, 700))
	base := t.TempDir()
	if err := os.Mkdir(filepath.Join(base, "来文"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Join(base, "来文", "甲.txt"), filepath.Join(base, "乙.txt")} {
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var picked []string
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if r != nil {
			picked = append(picked, r.URI().Path())
			r.Close()
		}
	}, win)
	dir, err := storage.ListerForURI(storage.NewFileURI(base))
	if err != nil {
		t.Fatal(err)
	}
	d.SetLocation(dir)
	showFileDialog(d, win, "打开文件", "打开")
	top := win.Canvas().Overlays().Top()

	var labels []string
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok && l.Visible() {
			labels = append(labels, l.Text)
		}
	}
	all := strings.Join(labels, "|")
	for _, want := range []string{"打开文件", "主目录", "计算机"} {
		if !strings.Contains("|"+all+"|", "|"+want+"|") {
			t.Errorf("the file dialog has no label %q: %q", want, labels)
		}
	}
	for _, bad := range []string{"打开 文件", "Home", "Computer"} {
		if strings.Contains("|"+all+"|", "|"+bad+"|") {
			t.Errorf("the file dialog still shows %q", bad)
		}
	}

	// A double-click on the folder opens the folder and nothing else. Under
	// the desktop driver the second click lands on the item that now shows
	// the file in the folder's place, an item that remembers the first click
	// (Fyne reuses it); Fyne's test driver rebinds other items, so the
	// remembered click is given to the file's item by a tap of its own, all
	// within the double-click delay.
	test.Tap(fileItem(t, top, "来文"))
	jia := fileItem(t, top, "甲") // the folder is open
	test.Tap(jia)
	test.Tap(jia)
	if len(picked) != 0 {
		t.Fatalf("a double-click on a folder opened %q", picked)
	}

	// A double-click on a file still opens it.
	time.Sleep(fyne.CurrentApp().Driver().DoubleTapDelay() + 50*time.Millisecond)
	f := fileItem(t, top, "甲")
	test.Tap(f)
	test.Tap(f)
	if want := filepath.Join(base, "来文", "甲.txt"); len(picked) != 1 || picked[0] != want {
		t.Errorf("a double-click on 甲.txt opened %q, want %q", picked, want)
	}
}

func TestSaveAndFolderDialogTitles(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(Theme{})
	win := test.NewTempWindow(t, nil)
	win.Resize(fyne.NewSize(1024, 700))
	for _, tc := range []struct {
		show  func()
		title string
	}{
		{func() { askSavePath(win, "公报.pdf", func(string) {}) }, "保存文件"},
		{func() { askOpenPath(win, []string{".txt"}, func(string) {}) }, "打开文件"},
	} {
		tc.show()
		top := win.Canvas().Overlays().Top()
		var labels []string
		for _, o := range test.LaidOutObjects(top) {
			if l, ok := o.(*widget.Label); ok && l.Visible() {
				labels = append(labels, l.Text)
			}
		}
		all := "|" + strings.Join(labels, "|") + "|"
		if !strings.Contains(all, "|"+tc.title+"|") || !strings.Contains(all, "|主目录|") {
			t.Errorf("dialog labels %q, want the title %q and 主目录", labels, tc.title)
		}
		win.Canvas().Overlays().Remove(top)
	}
}
