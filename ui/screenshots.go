package ui

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"

	"gazette/gazette"
)

// screenshotTabs are the screens Screenshots captures, with their files
// and what is set up on the screen first (on the UI goroutine).
// done, when set, tidies up after the capture.
var screenshotTabs = []struct {
	tab, file  string
	prep, done func(w *Workstation)
}{
	{TabList, "issues.png", nil, nil},
	{TabCompose, "compose.png", (*Workstation).screenshotSelection, nil},
	{TabCompose, "date-picker.png", (*Workstation).screenshotDatePicker, (*Workstation).closeDatePicker},
	{TabCompose, "paste-preview.png", (*Workstation).screenshotPaste, (*Workstation).closePaste},
	{TabBody, "body.png", (*Workstation).screenshotSelection, nil},
	{TabBody, "body-table.png", (*Workstation).screenshotTable, nil},
	{TabCover, "cover.png", nil, nil},
	{TabPreview, "preview.png", nil, nil},
	{TabExport, "export.png", nil, nil},
	{TabList, "import-review.png", (*Workstation).screenshotImportReview, nil}, // last: it resizes the window
	{TabList, "import-review-removed.png", (*Workstation).screenshotImportRemoved, nil},
}

// Screenshots shows each screen in turn and writes a PNG of the window
// into dir. It must run off the UI goroutine (it waits for drawing and for
// long work such as layout). Where the GL driver cannot read its front
// buffer back (Xvfb with software GL gives a blank image), the window is
// captured from the X server with ImageMagick's import.
func (w *Workstation) Screenshots(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("创建目录 %s：%w", dir, err)
	}
	time.Sleep(2 * time.Second)
	for _, s := range screenshotTabs {
		fyne.DoAndWait(func() {
			w.Select(s.tab)
			if s.prep != nil {
				s.prep(w)
			}
		})
		time.Sleep(1500 * time.Millisecond)
		w.Ctl.Wait()
		time.Sleep(1500 * time.Millisecond)
		var img image.Image
		var size image.Point
		fyne.DoAndWait(func() {
			img = w.Win.Canvas().Capture()
			c := w.Win.Canvas()
			x, y := c.PixelCoordinateForPosition(fyne.NewPos(c.Size().Width, c.Size().Height))
			size = image.Pt(x, y)
		})
		if uniform(img) {
			var err error
			if img, err = captureX11(size); err != nil {
				return fmt.Errorf("截图 %s：%w", s.tab, err)
			}
		}
		if err := writePNG(filepath.Join(dir, s.file), img); err != nil {
			return fmt.Errorf("截图 %s：%w", s.tab, err)
		}
		if s.done != nil {
			fyne.DoAndWait(func() { s.done(w) })
		}
	}
	return nil
}

// uniform reports whether img is one colour (a failed read-back).
func uniform(img image.Image) bool {
	if img == nil {
		return true
	}
	b := img.Bounds()
	if b.Empty() {
		return true
	}
	first := img.At(b.Min.X, b.Min.Y)
	r0, g0, b0, _ := first.RGBA()
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bb, _ := img.At(x, y).RGBA()
			if r != r0 || g != g0 || bb != b0 {
				return false
			}
		}
	}
	return true
}

// captureX11 grabs the top-left size of the X screen (where the window sits
// without a window manager) with ImageMagick's import.
func captureX11(size image.Point) (image.Image, error) {
	out, err := exec.Command("import", "-window", "root", "png:-").Output()
	if err != nil {
		return nil, fmt.Errorf("import -window root（需要 imagemagick）：%w", err)
	}
	root, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		return nil, err
	}
	r := image.Rectangle{Max: size}.Intersect(root.Bounds())
	dst := image.NewRGBA(image.Rectangle{Max: r.Size()})
	draw.Draw(dst, dst.Bounds(), root, r.Min, draw.Src)
	return dst, nil
}

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// screenshotSelection selects the first article so that the form and the
// body editor show something.
func (w *Workstation) screenshotSelection() {
	is := w.Ctl.Issue()
	if is == nil {
		return
	}
	if _, art := w.Composer.Selected(); art != "" {
		return
	}
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		w.Composer.SelectArticle(a.ID)
		return false
	})
}

// screenshotDatePicker opens the calendar of the selected article's date.
func (w *Workstation) screenshotDatePicker() {
	w.screenshotSelection()
	w.Composer.Form.Date.showCalendar()
}

// closeDatePicker closes the calendar screenshotDatePicker opened.
func (w *Workstation) closeDatePicker() {
	if p := w.Composer.Form.Date.pop; p != nil {
		p.Hide()
	}
}

// screenshotTable shows the first table in the body editor, its second
// row's first cell current, with the find bar open on a word of the table.
func (w *Workstation) screenshotTable() {
	is := w.Ctl.Issue()
	if is == nil {
		return
	}
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		i := 0
		found := false
		gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) {
			if !found && b.Type == gazette.BlockTable && b.Table != nil && len(b.Table.Rows) > 1 {
				found = true
				w.Body.ShowBlock(a.ID, i)
				if len(b.Table.Rows[1].Cells) > 0 {
					w.Body.ShowFind()
					w.Body.Find.SetText(b.Table.Rows[1].Cells[len(b.Table.Rows[1].Cells)-1].Text())
				}
			}
			i++
		})
		return !found
	})
}
