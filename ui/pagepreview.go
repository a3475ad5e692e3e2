package ui

import (
	"fmt"
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gazette/layout"
	"gazette/preflight"
	"gazette/preview"
)

// thumbDPI is the resolution of the page thumbnails (an A4 page is about
// 150 × 210 pixels).
const thumbDPI = 18

// zoomLevels are the zoom choices of the large page, in per cent of actual
// size (100 % draws a point as a pixel at 72 dpi… times the screen's scale).
var zoomLevels = []string{"50%", "75%", "100%", "125%", "150%", "200%", "300%"}

// PagePreview is the 版面预览 screen: thumbnails of every page, one page
// large with zoom, trim / bleed / text block drawn on demand, and the
// preflight findings; choosing a finding shows its page with the place
// highlighted.
type PagePreview struct {
	w      *Workstation
	cache  *preview.Cache
	laid   *laidOut
	thumbs []*image.RGBA

	page      int // index of the large page
	highlight []preview.Highlight

	thumbList *widget.List
	large     *canvas.Image
	largeBox  *fyne.Container
	pageLabel *widget.Label
	findList  *widget.List
	findHead  *widget.Label
	finding   int // index of the finding shown, -1 none

	// OpenBtn opens the chosen finding's paragraph in 正文编辑 (or its
	// article's head in 编排).
	OpenBtn *widget.Button

	Zoom                   *widget.Select
	Trim, Bleed, TextBlock *widget.Check
	Refresh                *widget.Button
	content                fyne.CanvasObject
}

func newPagePreview(w *Workstation) *PagePreview {
	p := &PagePreview{w: w, cache: preview.NewCache(), finding: -1}
	p.thumbList = widget.NewList(
		func() int { return len(p.thumbs) },
		func() fyne.CanvasObject {
			img := canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
			img.FillMode = canvas.ImageFillContain
			img.SetMinSize(fyne.NewSize(110, 150))
			return container.NewBorder(nil, widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{}), nil, nil, img)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			for _, obj := range c.Objects {
				switch v := obj.(type) {
				case *canvas.Image:
					if i < len(p.thumbs) {
						v.Image = p.thumbs[i]
						v.Refresh()
					}
				case *widget.Label:
					v.SetText(p.pageName(i))
				}
			}
		})
	p.thumbList.OnSelected = func(i widget.ListItemID) { p.ShowPage(i, nil) }

	p.large = canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
	p.large.FillMode = canvas.ImageFillContain
	p.large.ScaleMode = canvas.ImageScaleSmooth
	p.largeBox = container.NewCenter(p.large)
	p.pageLabel = widget.NewLabel("")

	p.Zoom = widget.NewSelect(zoomLevels, func(string) { p.drawLarge() })
	p.Zoom.SetSelected("100%")
	p.Trim = widget.NewCheck("裁切线", func(bool) { p.drawLarge() })
	p.Bleed = widget.NewCheck("出血", func(bool) { p.drawLarge() })
	p.TextBlock = widget.NewCheck("版心", func(bool) { p.drawLarge() })
	p.Refresh = widget.NewButtonWithIcon("重新排版", theme.ViewRefreshIcon(), func() { p.update() })

	p.findHead = widget.NewLabelWithStyle("预检", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.findList = widget.NewList(
		func() int {
			if p.laid == nil {
				return 0
			}
			return len(p.laid.findings)
		},
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			f := p.laid.findings[i]
			l.SetText(f.String())
			if f.Error {
				l.Importance = widget.DangerImportance
			} else {
				l.Importance = widget.WarningImportance
			}
			l.Refresh()
			p.findList.SetItemHeight(i, l.MinSize().Height)
		})
	p.findList.OnSelected = func(i widget.ListItemID) { p.ShowFinding(i) }
	p.OpenBtn = widget.NewButtonWithIcon("到正文编辑修改", theme.DocumentCreateIcon(), func() { p.OpenFinding() })
	p.OpenBtn.Disable()

	bar := container.NewHBox(p.Refresh, widget.NewLabel("缩放"), p.Zoom, p.Trim, p.Bleed, p.TextBlock, p.pageLabel)
	center := container.NewBorder(bar, nil, nil, nil, container.NewScroll(p.largeBox))
	hint := widget.NewLabel("点一条查看它在页面上的位置（黄色标出）。")
	hint.Wrapping = fyne.TextWrapWord
	right := container.NewBorder(container.NewVBox(p.findHead, hint), p.OpenBtn, nil, nil, p.findList)
	split := container.NewHSplit(center, right)
	split.Offset = 0.72
	outer := container.NewHSplit(p.thumbList, split)
	outer.Offset = 0.13
	p.content = outer
	return p
}

// Content is the screen's widget tree.
func (p *PagePreview) Content() fyne.CanvasObject { return p.content }

func (p *PagePreview) changed(ch Change) {
	if ch == ChangedIssue {
		p.laid, p.thumbs, p.page, p.highlight, p.finding = nil, nil, 0, nil, -1
		p.OpenBtn.Disable()
		p.thumbList.Refresh()
		p.findList.Refresh()
		p.large.Image = image.NewRGBA(image.Rect(0, 0, 1, 1))
		p.large.Refresh()
	}
	if p.w.current() == TabPreview && (ch == ChangedIssue || ch == ChangedStatus) {
		p.update()
	}
}

// shown lays the issue out again when it changed since.
func (p *PagePreview) shown() { p.update() }

// update takes the current layout of the issue and draws it.
func (p *PagePreview) update() {
	p.w.Layout(func(l *laidOut, err error) {
		if err != nil {
			p.w.Ctl.ShowError(err)
			return
		}
		var thumbs []*image.RGBA
		p.w.Ctl.Run("正在绘制缩略图", func(func(float64)) error {
			thumbs = p.cache.Thumbnails(l.doc, thumbDPI)
			return nil
		}, func(error) { p.Show(l, thumbs) })
	})
}

// Show draws a layout: its thumbnails, the large page, the findings.
func (p *PagePreview) Show(l *laidOut, thumbs []*image.RGBA) {
	p.laid = l
	p.thumbs = thumbs
	p.finding = -1
	p.OpenBtn.Disable()
	p.findList.UnselectAll()
	p.thumbList.Refresh()
	errs := preflight.Errors(l.findings)
	p.findHead.SetText(fmt.Sprintf("预检：%d 个错误，%d 个警告", errs, len(l.findings)-errs))
	p.findList.Refresh()
	if p.page >= len(l.doc.Pages) {
		p.page = 0
	}
	p.drawLarge()
}

// Pages returns how many pages the preview shows.
func (p *PagePreview) Pages() int { return len(p.thumbs) }

// Findings returns the preflight findings shown.
func (p *PagePreview) Findings() []preflight.Finding {
	if p.laid == nil {
		return nil
	}
	return p.laid.findings
}

// LargeImage returns the large page as drawn.
func (p *PagePreview) LargeImage() image.Image { return p.large.Image }

func (p *PagePreview) pageName(i int) string {
	if p.laid == nil || i >= len(p.laid.doc.Pages) {
		return ""
	}
	pg := p.laid.doc.Pages[i]
	switch pg.Kind {
	case "cover":
		return "封面"
	case "inside":
		return fmt.Sprintf("%d 封二", pg.Number)
	case "toc":
		return fmt.Sprintf("%d 目录", pg.Number)
	case "back":
		return "封底"
	case "blank":
		return fmt.Sprintf("%d 空白", pg.Number)
	}
	return fmt.Sprintf("第 %d 页", pg.Number)
}

// ShowPage shows page index i large with the given highlights.
func (p *PagePreview) ShowPage(i int, hs []preview.Highlight) {
	if p.laid == nil || i < 0 || i >= len(p.laid.doc.Pages) {
		return
	}
	p.page, p.highlight = i, hs
	p.drawLarge()
}

// findingHighlights are the glyphs to mark for a finding: the character
// it names (Src.Rune > 0), else its whole paragraph, or its article's head
// (Src.Block −1); none for a finding outside the articles.
func findingHighlights(f preflight.Finding) []preview.Highlight {
	if f.Src.Article < 0 || f.ArticleID == "" {
		return nil
	}
	h := preview.Highlight{Article: f.Src.Article, Block: f.Src.Block, RuneStart: 0, RuneEnd: 1 << 30}
	if f.Src.Block >= 0 && f.Src.Rune > 0 {
		h.RuneStart, h.RuneEnd = f.Src.Rune, f.Src.Rune+1
	}
	return []preview.Highlight{h}
}

// pageWith returns the index of the first page holding a glyph of hs, or
// -1.
func pageWith(doc *layout.Document, hs []preview.Highlight) int {
	for i, pg := range doc.Pages {
		for _, r := range pg.Runs {
			for _, g := range r.Glyphs {
				for _, h := range hs {
					if g.Src.Article == h.Article && g.Src.Block == h.Block && g.Src.Rune >= h.RuneStart && g.Src.Rune < h.RuneEnd {
						return i
					}
				}
			}
		}
	}
	return -1
}

// ShowFinding shows finding i on its page with its glyphs highlighted, and
// makes its paragraph the one 正文编辑 opens at (到正文编辑修改 goes there).
func (p *PagePreview) ShowFinding(i int) {
	if p.laid == nil || i < 0 || i >= len(p.laid.findings) {
		return
	}
	f := p.laid.findings[i]
	p.finding = i
	hs := findingHighlights(f)
	page := f.Page - 1
	if page < 0 && hs != nil {
		page = pageWith(p.laid.doc, hs)
	}
	if page < 0 {
		page = p.page
	}
	p.ShowPage(page, hs)
	p.thumbList.ScrollTo(page)
	if f.ArticleID != "" {
		p.OpenBtn.Enable()
		if f.Src.Block >= 0 {
			p.OpenBtn.SetText("到正文编辑修改")
		} else {
			p.OpenBtn.SetText("到编排修改标题、文号")
		}
		p.w.Body.ShowBlock(f.ArticleID, f.Src.Block)
	} else {
		p.OpenBtn.Disable()
	}
}

// OpenFinding goes to where the finding shown can be put right: its
// paragraph in 正文编辑, with the cursor in it, or the article's form in
// 编排 for its head.
func (p *PagePreview) OpenFinding() {
	if p.laid == nil || p.finding < 0 || p.finding >= len(p.laid.findings) {
		return
	}
	f := p.laid.findings[p.finding]
	if f.ArticleID == "" {
		return
	}
	if f.Src.Block < 0 {
		p.w.Composer.SelectArticle(f.ArticleID)
		p.w.Select(TabCompose)
		return
	}
	p.w.Body.ShowBlock(f.ArticleID, f.Src.Block)
	p.w.Select(TabBody)
}

// zoom returns the chosen zoom as a fraction.
func (p *PagePreview) zoom() float64 {
	var z float64
	if _, err := fmt.Sscanf(p.Zoom.Selected, "%g%%", &z); err != nil || z <= 0 {
		return 1
	}
	return z / 100
}

// drawLarge draws the large page at the zoom, with the overlays chosen.
func (p *PagePreview) drawLarge() {
	if p.laid == nil || p.large == nil || p.page >= len(p.laid.doc.Pages) {
		return
	}
	pg := p.laid.doc.Pages[p.page]
	scale := float64(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(p.large); c != nil {
		scale = float64(c.Scale())
	}
	opt := preview.Options{
		DPI:        72 * p.zoom() * scale,
		Trim:       p.Trim.Checked,
		Bleed:      p.Bleed.Checked,
		TextBlock:  p.TextBlock.Checked,
		Highlights: p.highlight,
	}
	img := preview.Render(pg, opt)
	p.large.Image = img
	b := img.Bounds()
	p.large.SetMinSize(fyne.NewSize(float32(float64(b.Dx())/scale), float32(float64(b.Dy())/scale)))
	p.large.Refresh()
	p.largeBox.Refresh()
	p.pageLabel.SetText(fmt.Sprintf("%s / 共 %d 页", p.pageName(p.page), len(p.laid.doc.Pages)))
}
