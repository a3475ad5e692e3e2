package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// pathEntry returns the 路径 field of the file dialog on top of win.
func pathEntry(t *testing.T, win fyne.Window) (*widget.Entry, *widget.Label, fyne.CanvasObject) {
	t.Helper()
	top := win.Canvas().Overlays().Top()
	var entry *widget.Entry
	var msg *widget.Label
	label := false
	walkObjects(top, func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Entry:
			if strings.Contains(o.PlaceHolder, "完整路径") {
				entry = o
			}
		case *widget.Label:
			if o.Text == "路径" {
				label = true
			}
			if o.Importance == widget.DangerImportance {
				msg = o
			}
		}
	})
	if entry == nil || msg == nil || !label {
		t.Fatal("the file dialog has no 路径 field")
	}
	return entry, msg, top
}

// submitPath types path into the 路径 field and presses Enter.
func submitPath(e *widget.Entry, path string) {
	e.SetText("")
	test.Type(e, path)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// TestFileDialogTypedPath: a folder typed in 路径 is shown; a file of the
// right kind is opened; a missing path or a file of another kind is said
// in words and nothing is opened; in a save dialog a typed file path shows
// its folder with the name filled in.
func TestFileDialogTypedPath(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(Theme{})
	win := test.NewTempWindow(t, nil)
	win.Resize(fyne.NewSize(1024, 700))
	base := t.TempDir()
	folder := filepath.Join(base, "来文")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"甲.txt", "乙.pdf"} {
		if err := os.WriteFile(filepath.Join(folder, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var picked []string
	askOpenPath(win, []string{".txt"}, func(p string) { picked = append(picked, p) })
	entry, msg, top := pathEntry(t, win)

	submitPath(entry, folder)
	if msg.Visible() {
		t.Errorf("a folder typed gave %q", msg.Text)
	}
	fileItem(t, top, "甲") // the folder is shown

	for _, tc := range []struct{ path, want string }{
		{filepath.Join(base, "没有"), "不存在"},
		{filepath.Join(folder, "乙.pdf"), "不是可以打开的文件"},
		{"  ", "请输入完整路径"},
	} {
		submitPath(entry, tc.path)
		if !msg.Visible() || !strings.Contains(msg.Text, tc.want) {
			t.Errorf("%q: message %q (shown %v), want %q", tc.path, msg.Text, msg.Visible(), tc.want)
		}
	}
	if len(picked) != 0 {
		t.Fatalf("opened %q", picked)
	}
	want := filepath.Join(folder, "甲.txt")
	submitPath(entry, `"`+want+`"`) // pasted with quotes
	if len(picked) != 1 || picked[0] != want {
		t.Fatalf("typed %s: opened %q", want, picked)
	}
	if top.Visible() {
		t.Error("the dialog stays open after a file was opened")
	}

	askSavePath(win, "公报.pdf", func(string) {})
	entry, msg, top = pathEntry(t, win)
	submitPath(entry, filepath.Join(folder, "新.pdf"))
	if msg.Visible() {
		t.Errorf("save path gave %q", msg.Text)
	}
	fileItem(t, top, "甲")
	var name string
	walkObjects(top, func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e != entry {
			name = e.Text
		}
	})
	if name != "新.pdf" {
		t.Errorf("save dialog file name %q, want 新.pdf", name)
	}
	submitPath(entry, filepath.Join(base, "没有", "新.pdf"))
	if !msg.Visible() || !strings.Contains(msg.Text, "不存在") {
		t.Errorf("save into a missing folder: %q", msg.Text)
	}
}
