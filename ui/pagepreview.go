package ui

import (
	"fmt"
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
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
	tap       *tapPage
	largeBox  *fyne.Container
	scroll    *container.Scroll
	pageLabel *widget.Label
	outline   *widget.List
	anchors   []outlineEntry
	drawGen   int  // bumped on every drawing, so a slow one finished late is dropped
	syncing   bool // the thumbnail of the page shown is being selected
	findList  *widget.List
	findHead  *widget.Label
	finding   int // index of the finding shown, -1 none

	// target is the article and block 到正文编辑修改 opens: the chosen
	// finding's, or the paragraph clicked on the page (block −1: the
	// article's head, in 编排).
	target struct {
		article string
		block   int
	}

	// OpenBtn opens the chosen finding's paragraph in 正文编辑 (or its
	// article's head in 编排).
	OpenBtn *widget.Button

	Zoom                   *dropDown
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
			img.SetMinSize(fyne.NewSize(100, 140))
			return container.NewBorder(nil, widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{}), nil, nil, newPageFrame(img))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			for _, obj := range c.Objects {
				switch v := obj.(type) {
				case *fyne.Container: // the page frame: desk, edge, image
					if img, ok := v.Objects[2].(*canvas.Image); ok && i < len(p.thumbs) {
						img.Image = p.thumbs[i]
						img.Refresh()
						v.Refresh()
					}
				case *widget.Label:
					v.SetText(p.pageName(i))
				}
			}
		})
	p.thumbList.OnSelected = func(i widget.ListItemID) {
		if !p.syncing {
			p.ShowPage(i, nil)
		}
	}

	p.large = canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
	p.large.FillMode = canvas.ImageFillContain
	p.large.ScaleMode = canvas.ImageScaleSmooth
	p.tap = newTapPage(p.large)
	p.tap.onTap = p.tapped
	p.tap.isLink = func(x, y float64) bool {
		pg := p.shownPage()
		return pg != nil && linkAt(pg, x, y) != nil
	}
	p.largeBox = container.NewCenter(container.NewPadded(p.tap))
	p.pageLabel = widget.NewLabel("")

	p.Zoom = newDropDown(zoomLevels, func(string) { p.drawLarge() })
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

	p.outline = widget.NewList(
		func() int { return len(p.anchors) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			if i < len(p.anchors) {
				a := p.anchors[i]
				l.SetText(a.label())
				l.TextStyle.Bold = a.level == 0
				l.Refresh()
			}
		})
	p.outline.OnSelected = func(i widget.ListItemID) { p.ShowAnchor(i) }

	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { p.Turn(-1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { p.Turn(+1) })
	bar := container.NewHBox(p.Refresh, prev, next, widget.NewLabel("缩放"), p.Zoom, p.Trim, p.Bleed, p.TextBlock, p.pageLabel)
	p.scroll = container.NewScroll(p.largeBox)
	desk := canvas.NewRectangle(deskColor)
	center := container.NewBorder(bar, nil, nil, nil, container.NewStack(desk, p.scroll))
	hint := widget.NewLabel("点一条查看它在页面上的位置（黄色标出）。在页面上点目录条目可翻到那一页，点正文可选中那一段。")
	hint.Wrapping = fyne.TextWrapWord
	findings := container.NewBorder(container.NewVBox(p.findHead, hint), p.OpenBtn, nil, nil, p.findList)
	outlineHint := widget.NewLabel("点一项翻到那一页（与 PDF 书签相同）。")
	outlineHint.Wrapping = fyne.TextWrapWord
	right := container.NewAppTabs(
		container.NewTabItem("预检", findings),
		container.NewTabItem("书签", container.NewBorder(outlineHint, nil, nil, nil, p.outline)),
	)
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
		p.laid, p.thumbs, p.page, p.highlight, p.finding, p.anchors = nil, nil, 0, nil, -1, nil
		p.setTarget("", 0)
		p.outline.Refresh()
		p.thumbList.Refresh()
		p.findList.Refresh()
		p.large.Image = image.NewRGBA(image.Rect(0, 0, 1, 1))
		p.large.Refresh()
	}
	if p.w.current() == TabPreview && (ch == ChangedIssue || ch == ChangedStatus || ch == ChangedReverted) {
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
	p.setTarget("", 0)
	p.findList.UnselectAll()
	p.thumbList.Refresh()
	p.anchors = outlineOf(l.doc)
	p.outline.UnselectAll()
	p.outline.Refresh()
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
	p.syncing = true
	p.thumbList.Select(i) // also scrolls its thumbnail into view
	p.syncing = false
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
	p.setTarget(f.ArticleID, f.Src.Block)
}

// setTarget makes block of article id the place 到正文编辑修改 opens ("" for
// none): its paragraph in 正文编辑, or for block −1 the article's head in
// 编排.
func (p *PagePreview) setTarget(id string, block int) {
	p.target.article, p.target.block = id, block
	if id == "" {
		p.OpenBtn.Disable()
		return
	}
	p.OpenBtn.Enable()
	if block >= 0 {
		p.OpenBtn.SetText("到正文编辑修改")
	} else {
		p.OpenBtn.SetText("到编排修改标题、文号")
	}
	p.w.Body.ShowBlock(id, block)
}

// OpenFinding goes to where the finding shown (or the paragraph clicked)
// can be put right: its paragraph in 正文编辑, with the cursor in it, or
// the article's form in 编排 for its head.
func (p *PagePreview) OpenFinding() {
	id, block := p.target.article, p.target.block
	if id == "" {
		return
	}
	if block < 0 {
		p.w.Composer.SelectArticle(id)
		p.w.Select(TabCompose)
		return
	}
	p.w.Body.ShowBlock(id, block)
	p.w.Select(TabBody)
}

// shownPage returns the page drawn large, or nil.
func (p *PagePreview) shownPage() *layout.Page {
	if p.laid == nil || p.page < 0 || p.page >= len(p.laid.doc.Pages) {
		return nil
	}
	return p.laid.doc.Pages[p.page]
}

// pageIndex returns the index of the page numbered n, or -1.
func (p *PagePreview) pageIndex(n int) int {
	if p.laid == nil {
		return -1
	}
	for i, pg := range p.laid.doc.Pages {
		if pg.Number == n {
			return i
		}
	}
	return -1
}

// Tap acts on a tap at (x, y) points on the large page: a 目录 entry turns
// to its page; article text selects its paragraph (highlighted, and
// 到正文编辑修改 offered).
func (p *PagePreview) Tap(x, y float64) { p.tapped(x, y) }

func (p *PagePreview) tapped(x, y float64) {
	pg := p.shownPage()
	if pg == nil {
		return
	}
	if l := linkAt(pg, x, y); l != nil {
		if i := p.pageIndex(l.Page); i >= 0 {
			p.finding = -1
			p.findList.UnselectAll()
			p.ShowPage(i, nil)
			p.thumbList.ScrollTo(i)
			p.scrollToY(l.Y)
		}
		return
	}
	src, ok := glyphAt(pg, x, y)
	if !ok {
		return
	}
	id := p.articleID(src.Article)
	if id == "" {
		return
	}
	p.finding = -1
	p.findList.UnselectAll()
	p.ShowPage(p.page, []preview.Highlight{{Article: src.Article, Block: src.Block, RuneEnd: 1 << 30}})
	p.setTarget(id, src.Block)
}

// articleID returns the ID of the article at index i in reading order of
// the issue laid out, or "".
func (p *PagePreview) articleID(i int) string {
	if p.laid == nil || i < 0 {
		return ""
	}
	id, k := "", 0
	p.laid.issue.Articles(func(_, _ int, a *gazette.Article) bool {
		if k == i {
			id = a.ID
			return false
		}
		k++
		return true
	})
	return id
}

// Turn shows the next (+1) or previous (−1) page.
func (p *PagePreview) Turn(delta int) {
	if p.laid == nil {
		return
	}
	i := min(max(p.page+delta, 0), len(p.laid.doc.Pages)-1)
	if i != p.page {
		p.ShowPage(i, nil)
		p.thumbList.ScrollTo(i)
		p.scroll.ScrollToTop()
	}
}

// outlineEntry is one bookmark of the 书签 list.
type outlineEntry struct {
	title string
	level int
	page  int // index in the document
	num   int // printed page number
	y     float64
}

func (e outlineEntry) label() string {
	indent := ""
	if e.level > 0 {
		indent = "　　"
	}
	return fmt.Sprintf("%s%d　%s", indent, e.num, e.title)
}

// outlineOf lists the bookmarks of a document in page order.
func outlineOf(doc *layout.Document) []outlineEntry {
	var out []outlineEntry
	for i, pg := range doc.Pages {
		for _, a := range pg.Anchors {
			out = append(out, outlineEntry{title: a.Title, level: a.Level, page: i, num: pg.Number, y: a.Y})
		}
	}
	return out
}

// ShowAnchor turns to bookmark i of the 书签 list.
func (p *PagePreview) ShowAnchor(i int) {
	if i < 0 || i >= len(p.anchors) {
		return
	}
	a := p.anchors[i]
	p.ShowPage(a.page, nil)
	p.thumbList.ScrollTo(a.page)
	p.scrollToY(a.y)
}

// scrollToY scrolls the large page so that y (points) is near the top.
func (p *PagePreview) scrollToY(y float64) {
	pg := p.shownPage()
	if pg == nil || pg.Height <= 0 {
		return
	}
	h := p.tap.MinSize().Height
	top := float32(y/pg.Height)*h - 40
	p.scroll.Offset = fyne.NewPos(p.scroll.Offset.X, max(top, 0))
	p.scroll.Refresh()
}

// zoom returns the chosen zoom as a fraction.
func (p *PagePreview) zoom() float64 {
	var z float64
	if _, err := fmt.Sscanf(p.Zoom.Selected, "%g%%", &z); err != nil || z <= 0 {
		return 1
	}
	return z / 100
}

// asyncPixels is the size of a drawing (in pixels) beyond which the large
// page is drawn off the UI goroutine, with a progress bar: 300 % on a
// high-resolution screen takes longer than a frame.
const asyncPixels = 6_000_000

// drawLarge draws the large page at the zoom, with the overlays chosen.
func (p *PagePreview) drawLarge() {
	if p.laid == nil || p.large == nil || p.page >= len(p.laid.doc.Pages) {
		return
	}
	pg := p.laid.doc.Pages[p.page]
	scale := float64(1)
	if s := p.w.Win.Canvas().Scale(); s > 0 {
		scale = float64(s)
	}
	opt := preview.Options{
		DPI:        72 * p.zoom() * scale,
		Trim:       p.Trim.Checked,
		Bleed:      p.Bleed.Checked,
		TextBlock:  p.TextBlock.Checked,
		Highlights: p.highlight,
	}
	p.drawGen++
	gen := p.drawGen
	p.pageLabel.SetText(fmt.Sprintf("%s / 共 %d 页", p.pageName(p.page), len(p.laid.doc.Pages)))
	if w, h := preview.PixelSize(pg, opt); w*h <= asyncPixels {
		p.showLarge(pg, opt, scale, preview.Render(pg, opt))
		return
	}
	var img *image.RGBA
	p.w.Ctl.Run("正在绘制"+p.pageName(p.page), func(func(float64)) error {
		img = preview.Render(pg, opt)
		return nil
	}, func(error) {
		if gen == p.drawGen {
			p.showLarge(pg, opt, scale, img)
		}
	})
}

// showLarge puts a drawing of page pg on the screen.
func (p *PagePreview) showLarge(pg *layout.Page, opt preview.Options, scale float64, img *image.RGBA) {
	p.large.Image = img
	b := img.Bounds()
	p.large.SetMinSize(fyne.NewSize(float32(float64(b.Dx())/scale), float32(float64(b.Dy())/scale)))
	// A position on the page widget in points of the page (origin at the
	// trim's top-left corner).
	px := opt.DPI / 72 / scale // widget units per point
	off := 0.0
	if opt.Bleed {
		off = pg.Bleed
	}
	p.tap.toPoints = func(pos fyne.Position) (float64, float64) {
		return float64(pos.X)/px - off, float64(pos.Y)/px - off
	}
	p.large.Refresh()
	p.tap.Refresh()
	p.largeBox.Refresh()
}
