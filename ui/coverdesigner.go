package ui

import (
	"bytes"
	"fmt"
	"image"
	_ "image/jpeg" // cover pictures may be JPEG
	_ "image/png"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout"
	"gazette/preview"
)

// coverDelay is how long the cover waits after a change before it is drawn
// again (the drawing itself takes a few tens of milliseconds).
const coverDelay = 60 * time.Millisecond

// coverDPI is the resolution of the live cover (A4 is about 500 × 700 px).
const coverDPI = 60

// CoverDesigner is the 封面与版式 screen: the masthead fields, editorial
// board, colophon, cover colour, picture and mode, and the layout settings
// (preset, trim, columns, faces, folio style), with the cover drawn live
// beside the form.
type CoverDesigner struct {
	w *Workstation

	// Masthead.
	Title, Sponsor, Frequency, Year, Number, Total, Date, Statement, Slogan *widget.Entry
	Status                                                                  *dropDown
	Unit                                                                    *dropDown // 期 or 号
	Board                                                                   *widget.Entry
	// Colophon.
	Publisher, Address, Postcode, Printer, Website, Phone, Email, ColSponsor *widget.Entry
	// Cover.
	C, M, Y, K *widget.Entry
	Mode       *dropDown
	ImageBtn   *widget.Button
	// FaceStyle and FaceBtn replace one style's face by a font file of the
	// office's, kept beside the database.
	FaceStyle     *dropDown
	FaceBtn       *widget.Button
	ImageName     *widget.Label
	SloganOnCover *widget.Check
	swatch        *canvas.Rectangle
	// Layout settings.
	Preset                        *dropDown
	ResetBtn                      *widget.Button // puts the preset's values back
	TrimW, TrimH, Bleed, BodySize *widget.Entry
	Columns, BodyFace, Folio      *dropDown
	RunningHeads, ColophonOnBack  *widget.Check
	Faces                         *widget.Entry
	facesMsg                      *widget.Label

	Cover      *canvas.Image
	coverFrame *fyne.Container
	content    fyne.CanvasObject
	widgets    []fyne.Disableable

	loading bool
	timer   *time.Timer
	renders sync.WaitGroup
	pending bool
	drawSeq int // the number of the last drawing scheduled
	mu      sync.Mutex
}

// faceChoices maps the body face menu to font styles.
var faceChoices = []string{fonts.Song.Label(), fonts.Hei.Label(), fonts.Kai.Label(), fonts.Fang.Label()}

func faceStyle(label string) string {
	for _, s := range []fonts.Style{fonts.Song, fonts.Hei, fonts.Kai, fonts.Fang} {
		if s.Label() == label {
			return string(s)
		}
	}
	return string(fonts.Song)
}

// The ranges the layout fields take: a trim that still holds the margins
// and a text block (the 公报 margins take 53 mm across), a bleed up to
// 10 mm, a body size from 小六 to 小一.
const (
	minTrim, maxTrim         = 100, 600
	maxBleed                 = 10
	minBodySize, maxBodySize = 6.5, 24
)

var (
	modeChoices   = []string{"目录", "图片"}
	folioChoices  = []string{"外侧", "居中"}
	statusChoices = []string{gazette.StatusDraft.Label(), gazette.StatusProofing.Label()}
)

func newCoverDesigner(w *Workstation) *CoverDesigner {
	d := &CoverDesigner{w: w}
	text := func(set func(is *gazette.Issue, s string)) *widget.Entry {
		e := widget.NewEntry()
		e.OnChanged = func(s string) {
			d.editKey(fmt.Sprintf("cover:%p", e), func(is *gazette.Issue) { set(is, strings.TrimSpace(s)) })
		}
		d.widgets = append(d.widgets, e)
		return e
	}
	number := func(set func(is *gazette.Issue, n float64)) *widget.Entry {
		e := widget.NewEntry()
		e.Validator = func(s string) error {
			if _, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err != nil {
				return fmt.Errorf("请填写数字")
			}
			return nil
		}
		e.OnChanged = func(s string) {
			if n, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil {
				d.editKey(fmt.Sprintf("cover:%p", e), func(is *gazette.Issue) { set(is, n) })
			}
		}
		d.widgets = append(d.widgets, e)
		return e
	}
	// ranged is a number field that takes only values from lo to hi (a
	// value typed on the way, such as the 1 and 18 of 185, is not taken).
	ranged := func(lo, hi float64, unit string, set func(is *gazette.Issue, n float64)) *widget.Entry {
		e := number(func(is *gazette.Issue, n float64) {
			if n >= lo && n <= hi {
				set(is, n)
			}
		})
		e.Validator = func(s string) error {
			n, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
			if err != nil || n < lo || n > hi {
				return fmt.Errorf("请填写 %s–%s %s 之间的数", fmtNum(lo), fmtNum(hi), unit)
			}
			return nil
		}
		return e
	}
	sel := func(opts []string, set func(is *gazette.Issue, s string)) *dropDown {
		s := newDropDown(opts, func(v string) { d.edit(func(is *gazette.Issue) { set(is, v) }) })
		d.widgets = append(d.widgets, s)
		return s
	}
	check := func(label string, set func(is *gazette.Issue, on bool)) *widget.Check {
		c := widget.NewCheck(label, func(on bool) { d.edit(func(is *gazette.Issue) { set(is, on) }) })
		d.widgets = append(d.widgets, c)
		return c
	}

	d.Title = text(func(is *gazette.Issue, s string) { is.Title = s })
	d.Sponsor = text(func(is *gazette.Issue, s string) { is.Sponsor = s })
	d.Frequency = text(func(is *gazette.Issue, s string) { is.Frequency = s })
	// whole is a field of the issue's numbers: only a value the issue's
	// check accepts is taken (a year 2 typed on the way to 2021 is not).
	whole := func(field string, set func(is *gazette.Issue, n int)) *widget.Entry {
		e := number(func(is *gazette.Issue, n float64) {
			if issueNumberError(field, strconv.FormatFloat(n, 'f', -1, 64)) == nil {
				set(is, int(n))
			}
		})
		e.Validator = func(s string) error { return issueNumberError(field, s) }
		return e
	}
	d.Year = whole("year", func(is *gazette.Issue, n int) { is.Year = n })
	d.Number = whole("number", func(is *gazette.Issue, n int) { is.Number = n })
	d.Total = whole("total", func(is *gazette.Issue, n int) { is.TotalNumber = n })
	d.Unit = unitChoice("", func(u gazette.NumberUnit) { d.edit(func(is *gazette.Issue) { is.Unit = u }) })
	d.widgets = append(d.widgets, d.Unit)
	d.Date = text(func(is *gazette.Issue, s string) { is.Date = s })
	d.Date.SetPlaceHolder("YYYY-MM-DD，可空")
	d.Date.Validator = dateError
	d.Statement = text(func(is *gazette.Issue, s string) { is.Statement = s })
	d.Slogan = text(func(is *gazette.Issue, s string) { is.Slogan = s })
	d.Status = sel(statusChoices, func(is *gazette.Issue, s string) {
		if s == gazette.StatusProofing.Label() {
			is.Status = gazette.StatusProofing
		} else {
			is.Status = gazette.StatusDraft
		}
	})
	d.Board = widget.NewMultiLineEntry()
	d.Board.SetMinRowsVisible(6)
	d.Board.SetPlaceHolder("每行一个职务，如：\n主任：张三\n委员：李四、王五")
	d.Board.OnChanged = func(s string) { d.editKey("cover:board", func(is *gazette.Issue) { is.Board = gazette.ParseBoard(s) }) }
	d.widgets = append(d.widgets, d.Board)

	d.ColSponsor = text(func(is *gazette.Issue, s string) { is.Colophon.Sponsor = s })
	d.Publisher = text(func(is *gazette.Issue, s string) { is.Colophon.Publisher = s })
	d.Address = text(func(is *gazette.Issue, s string) { is.Colophon.Address = s })
	d.Postcode = text(func(is *gazette.Issue, s string) { is.Colophon.Postcode = s })
	d.Printer = text(func(is *gazette.Issue, s string) { is.Colophon.Printer = s })
	d.Website = text(func(is *gazette.Issue, s string) { is.Colophon.Website = s })
	d.Phone = text(func(is *gazette.Issue, s string) { is.Colophon.Phone = s })
	d.Email = text(func(is *gazette.Issue, s string) { is.Colophon.Email = s })

	pct := func(set func(c *gazette.CMYK, v float64)) *widget.Entry {
		e := number(func(is *gazette.Issue, n float64) { set(&is.Cover.Color, min(max(n, 0), 100)) })
		e.Validator = func(s string) error {
			n, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
			if err != nil || n < 0 || n > 100 {
				return fmt.Errorf("请填写 0–100 之间的数")
			}
			return nil
		}
		return e
	}
	d.C = pct(func(c *gazette.CMYK, v float64) { c.C = v })
	d.M = pct(func(c *gazette.CMYK, v float64) { c.M = v })
	d.Y = pct(func(c *gazette.CMYK, v float64) { c.Y = v })
	d.K = pct(func(c *gazette.CMYK, v float64) { c.K = v })
	d.swatch = canvas.NewRectangle(nil)
	d.swatch.SetMinSize(fyne.NewSize(40, 30))
	d.Mode = sel(modeChoices, func(is *gazette.Issue, s string) {
		if s == "图片" {
			is.Cover.Mode = gazette.CoverImage
		} else {
			is.Cover.Mode = gazette.CoverTOC
		}
	})
	d.ImageBtn = widget.NewButton("选择图片…", func() { d.chooseImage() })
	d.widgets = append(d.widgets, d.ImageBtn)
	d.ImageName = widget.NewLabel("")
	d.SloganOnCover = check("口号印在封面", func(is *gazette.Issue, on bool) { is.Cover.SloganOnCover = on })

	var presets []string
	for _, p := range gazette.Presets {
		presets = append(presets, string(p.Name))
	}
	d.Preset = newDropDown(presets, func(s string) { d.applyPreset(s) })
	// Choosing the preset shown again does nothing in a select, so the
	// preset's values come back with a button.
	d.ResetBtn = widget.NewButton("恢复预设值", func() { d.applyPreset(d.Preset.Selected) })
	d.widgets = append(d.widgets, d.Preset, d.ResetBtn)
	d.TrimW = ranged(minTrim, maxTrim, "mm", func(is *gazette.Issue, n float64) { is.Layout.TrimWidth = n })
	d.TrimH = ranged(minTrim, maxTrim, "mm", func(is *gazette.Issue, n float64) { is.Layout.TrimHeight = n })
	d.Bleed = ranged(0, maxBleed, "mm", func(is *gazette.Issue, n float64) { is.Layout.Bleed = n })
	d.BodySize = ranged(minBodySize, maxBodySize, "pt", func(is *gazette.Issue, n float64) { is.Layout.BodySize = n })
	d.Columns = sel([]string{"1", "2"}, func(is *gazette.Issue, s string) { is.Layout.Columns, _ = strconv.Atoi(s) })
	d.BodyFace = sel(faceChoices, func(is *gazette.Issue, s string) { is.Layout.BodyFace = faceStyle(s) })
	d.Folio = sel(folioChoices, func(is *gazette.Issue, s string) {
		if s == "居中" {
			is.Layout.FolioStyle = gazette.FolioCenter
		} else {
			is.Layout.FolioStyle = gazette.FolioOuter
		}
	})
	d.RunningHeads = check("书眉", func(is *gazette.Issue, on bool) { is.Layout.RunningHeads = on })
	d.ColophonOnBack = check("编委会和版权页印在封底", func(is *gazette.Issue, on bool) { is.Layout.ColophonOnBack = on })
	d.Faces = widget.NewMultiLineEntry()
	d.Faces.SetMinRowsVisible(2)
	d.Faces.SetPlaceHolder("用本单位的字体替换内置字体，每行一个，如：\nfang=/usr/share/fonts/仿宋_GB2312.ttf")
	d.facesMsg = widget.NewLabel("")
	d.facesMsg.Importance = widget.DangerImportance
	d.facesMsg.Wrapping = fyne.TextWrapWord
	d.Faces.OnChanged = func(s string) { d.setFaces(s) }
	d.widgets = append(d.widgets, d.Faces)
	var styleLabels []string
	for _, st := range fonts.Styles {
		styleLabels = append(styleLabels, st.Label())
	}
	d.FaceStyle = newDropDown(styleLabels, nil)
	d.FaceStyle.SetSelected(fonts.SongBold.Label())
	d.FaceBtn = widget.NewButton("选择字体文件…", func() { d.chooseFace() })
	d.widgets = append(d.widgets, d.FaceStyle, d.FaceBtn)

	row := func(objs ...fyne.CanvasObject) fyne.CanvasObject {
		return container.NewGridWithColumns(len(objs), objs...)
	}
	labeled := func(l string, o fyne.CanvasObject) fyne.CanvasObject {
		return container.NewBorder(nil, nil, widget.NewLabel(l), nil, o)
	}
	masthead := widget.NewForm(
		widget.NewFormItem("刊名", d.Title),
		widget.NewFormItem("主管主办", d.Sponsor),
		widget.NewFormItem("刊期", d.Frequency),
		widget.NewFormItem("年 / 期 / 总期号 / 单位", row(withMessage(d.Year), withMessage(d.Number), withMessage(d.Total), d.Unit)),
		widget.NewFormItem("出版日期", withMessage(d.Date)),
		widget.NewFormItem("声明", d.Statement),
		widget.NewFormItem("口号", d.Slogan),
		widget.NewFormItem("状态", d.Status),
	)
	colophon := widget.NewForm(
		widget.NewFormItem("主管主办", d.ColSponsor),
		widget.NewFormItem("编辑出版", d.Publisher),
		widget.NewFormItem("地址", d.Address),
		widget.NewFormItem("邮编", d.Postcode),
		widget.NewFormItem("印刷", d.Printer),
		widget.NewFormItem("网站", d.Website),
		widget.NewFormItem("联系电话", d.Phone),
		widget.NewFormItem("投稿邮箱", d.Email),
	)
	cover := widget.NewForm(
		widget.NewFormItem("刊名颜色 CMYK %", container.NewBorder(nil, nil, nil, d.swatch,
			// Two by two: four in a row leave no room for "100" in a
			// window 1024 wide.
			container.NewGridWithColumns(2, labeled("C", withMessage(d.C)), labeled("M", withMessage(d.M)), labeled("Y", withMessage(d.Y)), labeled("K", withMessage(d.K))))),
		widget.NewFormItem("封面下半部", d.Mode),
		widget.NewFormItem("封面图片", container.NewBorder(nil, nil, d.ImageBtn, nil, d.ImageName)),
		widget.NewFormItem("", d.SloganOnCover),
	)
	settings := widget.NewForm(
		widget.NewFormItem("预设", container.NewBorder(nil, nil, nil, d.ResetBtn, d.Preset)),
		widget.NewFormItem("", presetHint()),
		widget.NewFormItem("成品尺寸 宽×高 mm", row(withMessage(d.TrimW), withMessage(d.TrimH))),
		widget.NewFormItem("出血 mm", withMessage(d.Bleed)),
		widget.NewFormItem("栏数", d.Columns),
		widget.NewFormItem("正文字体 / 字号 pt", row(d.BodyFace, withMessage(d.BodySize))),
		widget.NewFormItem("页码", d.Folio),
		widget.NewFormItem("", row(d.RunningHeads, d.ColophonOnBack)),
		widget.NewFormItem("字体替换", container.NewVBox(container.NewBorder(nil, nil, d.FaceStyle, nil, d.FaceBtn), d.Faces, d.facesMsg)),
	)
	acc := widget.NewAccordion(
		widget.NewAccordionItem("刊头", masthead),
		widget.NewAccordionItem("封面", cover),
		widget.NewAccordionItem("编辑委员会", d.Board),
		widget.NewAccordionItem("版权页", colophon),
		widget.NewAccordionItem("版式", settings),
	)
	acc.MultiOpen = true
	acc.Open(0)
	acc.Open(1)
	acc.Open(4)

	d.Cover = canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
	d.Cover.FillMode = canvas.ImageFillContain
	d.Cover.SetMinSize(fyne.NewSize(300, 424))
	d.coverFrame = newPageFrame(d.Cover)
	split := container.NewHSplit(container.NewVScroll(acc), d.coverFrame)
	split.Offset = 0.55
	d.content = split
	return d
}

// Content is the screen's widget tree.
func (d *CoverDesigner) Content() fyne.CanvasObject { return d.content }

// edit changes the issue from a field and redraws the cover.
func (d *CoverDesigner) edit(fn func(is *gazette.Issue)) { d.editKey("", fn) }

// editKey is edit where the keys typed into one field (named by key) in a
// burst are one undo step.
func (d *CoverDesigner) editKey(key string, fn func(is *gazette.Issue)) {
	if d.loading {
		return
	}
	if d.w.editAs(undoCover, key, func(is *gazette.Issue) error { fn(is); return nil }) {
		d.showSwatch()
		d.scheduleDraw()
	}
}

func (d *CoverDesigner) changed(ch Change) {
	if ch == ChangedIssue || ch == ChangedStatus || ch == ChangedReverted {
		d.load()
		d.scheduleDraw()
	}
}

func (d *CoverDesigner) shown() { d.scheduleDraw() }

func fmtNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// load fills the form from the open issue.
func (d *CoverDesigner) load() {
	is := d.w.Ctl.Issue()
	d.loading = true
	defer func() { d.loading = false }()
	if is == nil {
		for _, w := range d.widgets {
			w.Disable()
		}
		return
	}
	for _, w := range d.widgets {
		if d.w.Ctl.Signed() {
			w.Disable()
		} else {
			w.Enable()
		}
	}
	d.Title.SetText(is.Title)
	d.Sponsor.SetText(is.Sponsor)
	d.Frequency.SetText(is.Frequency)
	d.Year.SetText(strconv.Itoa(is.Year))
	d.Number.SetText(strconv.Itoa(is.Number))
	d.Total.SetText(strconv.Itoa(is.TotalNumber))
	d.Unit.SetSelected(is.Unit.Word())
	d.Date.SetText(is.Date)
	d.Statement.SetText(is.Statement)
	d.Slogan.SetText(is.Slogan)
	if is.Status == gazette.StatusSigned {
		d.Status.Options = []string{gazette.StatusSigned.Label()}
	} else {
		d.Status.Options = statusChoices
	}
	d.Status.SetSelected(is.Status.Label())
	d.Board.SetText(gazette.BoardText(is.Board))
	c := is.Colophon
	for e, v := range map[*widget.Entry]string{d.ColSponsor: c.Sponsor, d.Publisher: c.Publisher, d.Address: c.Address,
		d.Postcode: c.Postcode, d.Printer: c.Printer, d.Website: c.Website, d.Phone: c.Phone, d.Email: c.Email} {
		e.SetText(v)
	}
	col := is.Cover.Color
	d.C.SetText(fmtNum(col.C))
	d.M.SetText(fmtNum(col.M))
	d.Y.SetText(fmtNum(col.Y))
	d.K.SetText(fmtNum(col.K))
	if is.Cover.Mode == gazette.CoverImage {
		d.Mode.SetSelected("图片")
	} else {
		d.Mode.SetSelected("目录")
	}
	if img := is.Cover.Image; img != nil {
		d.ImageName.SetText(fmt.Sprintf("%s（%d×%d）", img.Name, img.Width, img.Height))
	} else {
		d.ImageName.SetText("（无）")
	}
	d.SloganOnCover.SetChecked(is.Cover.SloganOnCover)
	s := is.Layout
	d.Preset.SetSelected(string(s.Preset))
	d.TrimW.SetText(fmtNum(s.TrimWidth))
	d.TrimH.SetText(fmtNum(s.TrimHeight))
	d.Bleed.SetText(fmtNum(s.Bleed))
	d.BodySize.SetText(fmtNum(s.BodySize))
	d.Columns.SetSelected(strconv.Itoa(max(s.Columns, 1)))
	d.BodyFace.SetSelected(fonts.Style(s.BodyFace).Label())
	if s.FolioStyle == gazette.FolioCenter {
		d.Folio.SetSelected("居中")
	} else {
		d.Folio.SetSelected("外侧")
	}
	d.RunningHeads.SetChecked(s.RunningHeads)
	d.ColophonOnBack.SetChecked(s.ColophonOnBack)
	d.Faces.SetText(facesText(s.Faces))
	d.facesMsg.SetText("")
	d.showSwatch()
}

// showSwatch paints the colour swatch in the cover colour.
func (d *CoverDesigner) showSwatch() {
	is := d.w.Ctl.Issue()
	if is == nil {
		return
	}
	c := is.Cover.Color
	r, g, b := layout.Color{C: c.C / 100, M: c.M / 100, Y: c.Y / 100, K: c.K / 100}.RGB()
	d.swatch.FillColor = colorRGB(r, g, b)
	d.swatch.Refresh()
}

func facesText(m map[string]string) string {
	var lines []string
	for k, v := range m {
		lines = append(lines, k+"="+v)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// setFaces takes the face replacements when they all load.
func (d *CoverDesigner) setFaces(s string) {
	if d.loading {
		return
	}
	m := map[string]string{}
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || !fonts.Style(k).Valid() {
			d.facesMsg.SetText(fmt.Sprintf("“%s”应写成 样式=字体文件，样式为 song、song-bold、song-black、hei、hei-bold、kai、fang 之一", line))
			return
		}
		m[k] = v
	}
	if _, err := fonts.NewSet(m); err != nil {
		d.facesMsg.SetText(err.Error())
		return
	}
	d.facesMsg.SetText("")
	if len(m) == 0 {
		m = nil
	}
	d.edit(func(is *gazette.Issue) { is.Layout.Faces = m })
}

// chooseFace picks a TrueType file for the style chosen in FaceStyle.
func (d *CoverDesigner) chooseFace() {
	askOpenPath(d.w.Win, []string{".ttf"}, func(path string) {
		if err := d.SetFace(styleOfLabel(d.FaceStyle.Selected), path); err != nil {
			showError(d.w.Win, err)
		}
	})
}

// SetFace makes the TrueType file at path the face of style for this issue:
// the file is checked (fonts.Set.Replace: plain TrueType, covering GB2312's
// common hanzi), copied beside the database (store.KeepFont) so the issue
// keeps printing when the original moves, and the copy is recorded in the
// issue's settings.
func (d *CoverDesigner) SetFace(style fonts.Style, path string) error {
	if !style.Valid() {
		return fmt.Errorf("请先选择要替换的字体样式")
	}
	if d.w.Ctl.Issue() == nil {
		return fmt.Errorf("请先在“期刊列表”中打开一期")
	}
	if err := fonts.Default().Replace(style, path); err != nil {
		return err
	}
	kept, err := d.w.Ctl.Store.KeepFont(path)
	if err != nil {
		return err
	}
	m := map[string]string{}
	for k, v := range d.w.Ctl.Issue().Layout.Faces {
		m[k] = v
	}
	m[string(style)] = kept
	d.Faces.SetText(facesText(m))
	return nil
}

// styleOfLabel returns the style whose Chinese label is label, or "".
func styleOfLabel(label string) fonts.Style {
	for _, st := range fonts.Styles {
		if st.Label() == label {
			return st
		}
	}
	return ""
}

// presetHint says what the presets are.
func presetHint() fyne.CanvasObject {
	l := widget.NewLabel("公报：A4，宋体 12pt，书眉，页码在外侧。公文：GB/T 9704 版心 156×225 mm，仿宋 15.75pt（三号）每页 22 行。" +
		"换预设或点“恢复预设值”会改回预设的尺寸、字体和页边距，字体替换保留。")
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.LowImportance
	return l
}

// applyPreset switches the layout settings to a preset (the face
// replacements stay).
func (d *CoverDesigner) applyPreset(name string) {
	if d.loading {
		return
	}
	s, ok := gazette.Preset(name)
	if !ok {
		return
	}
	d.edit(func(is *gazette.Issue) {
		s.Faces = is.Layout.Faces
		is.Layout = s
	})
	d.load()
}

// chooseImage picks the cover picture.
func (d *CoverDesigner) chooseImage() {
	askOpenPath(d.w.Win, []string{".png", ".jpg", ".jpeg"}, func(path string) {
		if err := d.SetImage(path); err != nil {
			showError(d.w.Win, err)
		}
	})
}

// SetImage makes the PNG or JPEG at path the cover picture and switches
// the cover to it.
func (d *CoverDesigner) SetImage(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("读取图片 %s：%w", path, err)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || (format != "png" && format != "jpeg") {
		return fmt.Errorf("%s 不是 PNG 或 JPEG 图片；请换一张", path)
	}
	img := &gazette.Image{Name: filepath.Base(path), Format: format, Data: data, Width: cfg.Width, Height: cfg.Height}
	d.edit(func(is *gazette.Issue) { is.Cover.Image, is.Cover.Mode = img, gazette.CoverImage })
	d.load()
	return nil
}

// scheduleDraw redraws the cover a moment after the last change, when
// the screen is in front.
func (d *CoverDesigner) scheduleDraw() {
	if d.w.Ctl.Issue() == nil || d.w.current() != TabCover {
		return
	}
	d.mu.Lock()
	if !d.pending {
		d.pending = true
		d.renders.Add(1)
	}
	if d.timer != nil {
		d.timer.Stop() // a drawing already under way goes on, but only the last one ends the wait
	}
	d.drawSeq++
	seq := d.drawSeq
	d.timer = time.AfterFunc(coverDelay, func() {
		var c *gazette.Issue
		fyne.DoAndWait(func() {
			if is := d.w.Ctl.Issue(); is != nil {
				c = coverCopy(is)
			}
		})
		var img image.Image
		if c != nil {
			img, _ = RenderCover(c)
		}
		fyne.DoAndWait(func() {
			if img != nil {
				d.Cover.Image = img
				d.Cover.Refresh()
				d.coverFrame.Refresh() // another trim has other proportions
			}
		})
		d.mu.Lock()
		if seq == d.drawSeq {
			d.pending = false
			d.renders.Done()
		}
		d.mu.Unlock()
	})
	d.mu.Unlock()
}

// WaitDraw waits until the cover is drawn after the last change.
func (d *CoverDesigner) WaitDraw() { d.renders.Wait() }

// coverCopy is a copy of the issue with what the cover shows: every
// article's head, no bodies (so that it lays out in milliseconds).
func coverCopy(is *gazette.Issue) *gazette.Issue {
	c := *is
	c.Sections = make([]gazette.Section, len(is.Sections))
	for i, s := range is.Sections {
		c.Sections[i] = gazette.Section{ID: s.ID, Name: s.Name, Articles: make([]gazette.Article, len(s.Articles))}
		for j, a := range s.Articles {
			a.Blocks = nil
			c.Sections[i].Articles[j] = a
		}
	}
	c.Layout = is.Layout.Clone()
	return &c
}

// RenderCover lays out the cover of is (a private copy) and draws it.
func RenderCover(is *gazette.Issue) (image.Image, error) {
	doc, err := layout.Lay(is, layout.Options{})
	if err != nil {
		return nil, err
	}
	if len(doc.Pages) == 0 {
		return nil, fmt.Errorf("排版结果没有页面")
	}
	return preview.Render(doc.Pages[0], preview.Options{DPI: coverDPI}), nil
}
