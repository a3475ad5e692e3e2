package ui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"

	"gazette/gazette"
)

// screenshotNames are the files Screenshots writes, one per tab.
var screenshotNames = map[string]string{
	TabList:    "issues.png",
	TabCompose: "compose.png",
	TabBody:    "body.png",
	TabCover:   "cover.png",
	TabPreview: "preview.png",
	TabExport:  "export.png",
}

// Screenshots shows each screen in turn and writes a PNG of the window
// into dir. It must run off the UI goroutine (it waits for drawing and for
// long work such as layout).
func (w *Workstation) Screenshots(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("创建目录 %s：%w", dir, err)
	}
	time.Sleep(2 * time.Second)
	for _, tab := range []string{TabList, TabCompose, TabBody, TabCover, TabPreview, TabExport} {
		fyne.DoAndWait(func() {
			w.Select(tab)
			if tab == TabCompose || tab == TabBody {
				w.screenshotSelection()
			}
		})
		time.Sleep(1500 * time.Millisecond)
		w.Ctl.Wait()
		time.Sleep(1500 * time.Millisecond)
		var err error
		fyne.DoAndWait(func() {
			img := w.Win.Canvas().Capture()
			path := filepath.Join(dir, screenshotNames[tab])
			f, e := os.Create(path)
			if e != nil {
				err = e
				return
			}
			if e := png.Encode(f, img); e != nil {
				f.Close()
				err = e
				return
			}
			err = f.Close()
		})
		if err != nil {
			return fmt.Errorf("截图 %s：%w", tab, err)
		}
	}
	return nil
}

// screenshotSelection selects the first article so that the form and the
// body editor show something.
func (w *Workstation) screenshotSelection() {
	is := w.Ctl.Issue()
	if is == nil {
		return
	}
	if sec, art := w.Composer.Selected(); sec != "" || art != "" {
		return
	}
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		w.Composer.SelectArticle(a.ID)
		return false
	})
}
