package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
)

// BodyEditor is the 正文编辑 screen: the body of one article as a column of
// blocks, each edited on its own (a paragraph in its own entry — Enter
// splits it — a heading with its level, a table as a grid of cells), with
// find and replace (Ctrl+F) and the article's history (历史版本). Edits are
// saved as you go, a moment after typing stops.
type BodyEditor struct {
	w  *Workstation
	id string // the article shown

	title    *widget.Label
	blocks   *fyne.Container
	scroll   *container.Scroll
	rows     []*blockRow
	findBar  *fyne.Container
	content  fyne.CanvasObject
	building bool
	stale    bool // rows not built for the article shown
	gen      int  // counts the builds of the rows; a build in chunks stops when it moves

	Find, Replace       *escEntry
	FindCount           *widget.Label
	HistoryBtn, FindBtn *widget.Button
	VersionsBtn         *widget.Button // 版本与比较
	InsertBtn, UndoBtn  *widget.Button
	// ReplaceBtn and ReplaceAllBtn are off while the issue is signed.
	ReplaceBtn, ReplaceAllBtn *widget.Button
	findAt                    int          // index in rows of the current hit, -1 none
	findOcc                   int          // the current hit's occurrence in its row, from 0
	undo                      *replaceUndo // how to take back the last 全部替换, nil when it cannot be

	paste    *pasteState       // a large paste's progress
	pending  int               // row to put the cursor in when the screen is next shown, -1 none
	tableCur map[string][2]int // each table's current cell (grid row, column), by block path
}

// blockRow is the widgets of one block.
type blockRow struct {
	path   gazette.BlockPath
	box    fyne.CanvasObject
	entry  *blockEntry // the text entry of a runs block, list or caption (nil otherwise)
	style  *dropDown
	cells  [][]*cellEntry // table cells, by row and index in the row
	header *dropDown      // a table's 表头 rows

	// soft: the text is shown in chunks, and a very long paragraph in
	// pieces, one entry each (see withSoftBreaks and pieces).
	soft   bool
	pieces []*piece // the entries of a runs block, entry being the first
}

// piece is one entry of a runs block and what it showed before its last
// change.
type piece struct {
	entry *blockEntry
	shown string
}

// text is the block text the row's entries hold now (soft breaks dropped).
func (r *blockRow) text() string {
	if !r.soft {
		return r.entry.Text
	}
	var b strings.Builder
	for _, pc := range r.pieces {
		b.WriteString(withoutSoftBreaks(pc.entry.Text))
	}
	return b.String()
}

// typed is the block text after piece i changed to s: its own line breaks
// kept (they split the paragraph), the soft ones dropped.
func (r *blockRow) typed(i int, s string) string {
	var b strings.Builder
	for j, pc := range r.pieces {
		if j == i {
			b.WriteString(typedText(pc.shown, s))
		} else {
			b.WriteString(withoutSoftBreaks(pc.entry.Text))
		}
	}
	return b.String()
}

func newBodyEditor(w *Workstation) *BodyEditor {
	e := &BodyEditor{w: w, findAt: -1, pending: -1, tableCur: map[string][2]int{}}
	e.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	e.title.Truncation = fyne.TextTruncateEllipsis
	e.blocks = container.New(newFitLayout(e))
	e.scroll = container.NewVScroll(e.blocks)
	e.HistoryBtn = widget.NewButtonWithIcon("历史版本…", theme.HistoryIcon(), func() { e.showHistory() })
	e.VersionsBtn = widget.NewButton("版本与比较…", func() { e.ShowVersions() })
	e.FindBtn = widget.NewButtonWithIcon("查找替换 (Ctrl+F)", theme.SearchIcon(), func() { e.ShowFind() })
	e.InsertBtn = widget.NewButtonWithIcon("开头插入段落", theme.ContentAddIcon(), func() { e.insertAfter(gazette.BlockPath{-1}) })

	e.findBar = e.makeFindBar()
	e.paste = newPasteState()

	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(e.InsertBtn, e.FindBtn, e.HistoryBtn, e.VersionsBtn), e.title),
		e.findBar, e.paste.box)
	e.content = container.NewBorder(top, nil, nil, nil, e.scroll)
	e.Load("")
	return e
}

// Content is the screen's widget tree.
func (e *BodyEditor) Content() fyne.CanvasObject { return e.content }

func (e *BodyEditor) article() *gazette.Article {
	is := e.w.Ctl.Issue()
	if is == nil || e.id == "" {
		return nil
	}
	a, _ := is.Article(e.id)
	return a
}

func (e *BodyEditor) changed(ch Change) {
	switch ch {
	case ChangedIssue, ChangedStatus:
		if ch == ChangedIssue {
			e.undo = nil
			e.UndoBtn.Hide()
		}
		e.Load(e.id)
	case ChangedReverted:
		e.undo = nil
		e.UndoBtn.Hide()
		at := e.focusedRow()
		before := e.rowTexts()
		e.Load(e.id)
		if e.w.current() != TabBody || e.stale {
			return
		}
		// The rows are fewer after taking back a paste or a split: the
		// column and the scroll's extent shrink to them now, not at the
		// next layout.
		e.relayout()
		e.scroll.Base.Refresh()
		if k := firstChanged(before, e.rowTexts()); k >= 0 {
			at = k // the cursor goes where the undo or redo changed the text
		}
		if at >= 0 {
			e.focusRow(min(at, len(e.rows)-1))
		}
	}
}

// rowTexts is the text each row shows now.
func (e *BodyEditor) rowTexts() []string {
	out := make([]string, len(e.rows))
	for i := range e.rows {
		out[i] = e.rowText(i)
	}
	return out
}

// firstChanged is the first row whose text differs between before and
// after (rows added or taken away at the end count), -1 for none.
func firstChanged(before, after []string) int {
	for i := range min(len(before), len(after)) {
		if before[i] != after[i] {
			return i
		}
	}
	if len(before) != len(after) {
		return min(len(before), len(after))
	}
	return -1
}

// Load shows the body of article id ("" for none); the rows are built when
// the screen is in front (building them is the slow part).
func (e *BodyEditor) Load(id string) {
	if id != e.id {
		e.tableCur = map[string][2]int{}
	}
	e.id = id
	e.stale = true
	if e.w.Tabs == nil || e.w.current() == TabBody {
		e.rebuild()
	}
}

// shown builds the rows when the article changed while hidden, and puts
// the cursor in the block ShowBlock asked for.
func (e *BodyEditor) shown() {
	if e.stale {
		e.rebuild()
	}
	if e.pending >= 0 {
		e.focusRow(e.pending)
		e.pending = -1
	}
}

// ShowBlock makes article id (selected in 编排 too) the one shown, and row
// block (gazette.WalkBlocks order) the one the cursor goes to — now when
// the screen is in front, else when it comes to the front.
func (e *BodyEditor) ShowBlock(id string, block int) {
	if _, sel := e.w.Composer.Selected(); sel != id || e.id != id {
		e.w.Composer.SelectArticle(id)
	}
	e.pending = block
	if e.w.current() == TabBody {
		e.shown()
	}
}

// Rows returns how many block rows are shown.
func (e *BodyEditor) Rows() int { return len(e.rows) }

// Entry returns the text entry of row i (nil when the block has none).
func (e *BodyEditor) Entry(i int) *blockEntry {
	if i < 0 || i >= len(e.rows) {
		return nil
	}
	return e.rows[i].entry
}

// rebuild makes the rows again from the article.
func (e *BodyEditor) rebuild() {
	a, ro := e.clearRows()
	if a == nil {
		return
	}
	e.blocks.Objects = e.addRows(flattenBlocks(a.Blocks, nil, 0, nil), ro)
	if len(e.blocks.Objects) == 0 {
		e.blocks.Objects = append(e.blocks.Objects, widget.NewLabel("正文是空的：点“开头插入段落”开始输入。"))
	}
	e.blocks.Refresh()
	wrapNow()
	e.countHits()
}

// clearRows drops the rows shown (and stops a build in chunks), sets the
// title and the buttons for the article shown and returns it (nil for
// none), and whether it is read-only.
func (e *BodyEditor) clearRows() (*gazette.Article, bool) {
	e.stale = false
	e.gen++
	e.dropFocus()
	e.rows = nil
	e.findAt = -1
	a := e.article()
	if a == nil {
		e.id = ""
		e.title.SetText("在“编排”中选择一篇文章，在这里编辑它的正文。")
		e.blocks.Objects = nil
		e.blocks.Refresh()
		e.HistoryBtn.Disable()
		e.InsertBtn.Disable()
		return nil, false
	}
	e.title.SetText(a.Name())
	e.HistoryBtn.Enable()
	ro := e.w.Ctl.Signed()
	for _, b := range []*widget.Button{e.InsertBtn, e.ReplaceBtn, e.ReplaceAllBtn} {
		if ro {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	return a, ro
}

// rowItem is one block to show: where it is, and how deep in attachments.
type rowItem struct {
	b     *gazette.Block
	path  gazette.BlockPath
	depth int
}

// flattenBlocks appends to out the blocks under parent, each followed by
// the blocks of its attachment, in reading order.
func flattenBlocks(blocks []gazette.Block, parent gazette.BlockPath, depth int, out []rowItem) []rowItem {
	for i := range blocks {
		p := append(append(gazette.BlockPath(nil), parent...), i)
		out = append(out, rowItem{&blocks[i], p, depth})
		if blocks[i].Type == gazette.BlockAttachment && blocks[i].Attachment != nil {
			out = flattenBlocks(blocks[i].Attachment.Blocks, p, depth+1, out)
		}
	}
	return out
}

// addRows makes the rows of items, adds them to rows and returns their
// widgets.
func (e *BodyEditor) addRows(items []rowItem, readOnly bool) []fyne.CanvasObject {
	e.building = true
	defer func() { e.building = false }()
	var objs []fyne.CanvasObject
	for _, it := range items {
		r := e.makeRow(it.b, it.path, readOnly)
		e.rows = append(e.rows, r)
		o := r.box
		if it.depth > 0 {
			o = container.NewPadded(container.NewBorder(nil, nil, widget.NewLabel("　"), nil, o))
		}
		objs = append(objs, o)
	}
	return objs
}

// dropFocus takes the cursor out of the rows about to be replaced: an
// entry no longer shown must not keep taking keys (typing into it would
// edit its block again, e.g. split the paragraph once per key).
func (e *BodyEditor) dropFocus() {
	c := e.w.Win.Canvas()
	if f, ok := c.Focused().(fyne.CanvasObject); ok && holds(e.blocks, f) {
		c.Unfocus()
	}
}

// holds reports whether o is target or holds it in its containers.
func holds(o, target fyne.CanvasObject) bool {
	if o == target {
		return true
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, k := range c.Objects {
			if holds(k, target) {
				return true
			}
		}
	}
	return false
}

// makeRow builds the widgets of one block.
func (e *BodyEditor) makeRow(b *gazette.Block, p gazette.BlockPath, readOnly bool) *blockRow {
	r := &blockRow{path: p}
	tools := e.rowTools(r, b, readOnly)
	switch {
	case gazette.HasRuns(b.Type):
		r.style = newDropDown(gazette.BlockStyles, func(s string) {
			e.editBlockAs(undoStyle, "", p, func(b *gazette.Block) { gazette.SetStyle(b, s) })
		})
		r.style.SetSelected(gazette.StyleOf(b))
		text := gazette.RunsText(b.Runs)
		r.soft = b.Type != gazette.BlockSignature
		parts := []string{text}
		if r.soft {
			parts = pieces(text)
		}
		var entries []fyne.CanvasObject
		for i, part := range parts {
			pc := &piece{shown: part}
			pc.entry = newBlockEntry(part)
			pc.entry.TextStyle.Bold = b.Type == gazette.BlockHeading
			if r.soft && !readOnly {
				pc.entry.onPaste = func(text string) { e.pasteLarge(r, i, text) }
			}
			pc.entry.OnChanged = func(s string) {
				if fitRows(pc.entry) {
					e.relayout()
				}
				model := s
				if r.soft {
					model = r.typed(i, s)
				}
				// A paste of more than a chunk is cut into chunks again, so
				// the keys after it stay fast.
				pasted := r.soft && utf8.RuneCountInString(s)-utf8.RuneCountInString(pc.shown) > softMax
				pc.shown = s
				if e.textChanged(r, model) == 1 && pasted {
					at := e.rowIndex(r.path)
					e.rebuild()
					e.focusRow(at)
				}
			}
			r.pieces = append(r.pieces, pc)
			entries = append(entries, pc.entry)
		}
		r.entry = r.pieces[0].entry
		var body fyne.CanvasObject = r.entry
		if len(entries) > 1 {
			body = container.NewVBox(entries...)
		}
		left := container.NewVBox(r.style)
		r.box = container.NewBorder(nil, nil, left, tools, body)
	case b.Type == gazette.BlockTable && b.Table != nil:
		r.box = e.tableRow(r, b, tools, readOnly)
	case b.Type == gazette.BlockList:
		var items []string
		for _, it := range b.Items {
			items = append(items, gazette.RunsText(it))
		}
		r.entry = newBlockEntry(strings.Join(items, "\n"))
		r.entry.OnChanged = func(s string) {
			e.editBlock(p, func(b *gazette.Block) {
				b.Items = nil
				for _, l := range strings.Split(s, "\n") {
					b.Items = append(b.Items, []gazette.Run{{Text: l}})
				}
			})
		}
		r.box = container.NewBorder(widget.NewLabel("列表（每行一项）"), nil, nil, tools, r.entry)
	case b.Type == gazette.BlockAttachment && b.Attachment != nil:
		label := newLineEntry()
		label.SetText(b.Attachment.Label)
		label.OnChanged = func(s string) { e.editBlock(p, func(b *gazette.Block) { b.Attachment.Label = s }) }
		r.entry = newLineEntry()
		r.entry.SetText(b.Attachment.Title)
		r.entry.OnChanged = func(s string) { e.editBlock(p, func(b *gazette.Block) { b.Attachment.Title = s }) }
		grid := container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(110, label.MinSize().Height), label), nil, r.entry)
		r.box = container.NewBorder(widget.NewLabelWithStyle("附件", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, tools, grid)
		if readOnly {
			label.Disable()
		}
	case b.Type == gazette.BlockImage && b.Image != nil:
		r.entry = newLineEntry()
		r.entry.SetText(b.Image.Caption)
		r.entry.SetPlaceHolder("图片说明")
		r.entry.OnChanged = func(s string) { e.editBlock(p, func(b *gazette.Block) { b.Image.Caption = s }) }
		info := widget.NewLabel(fmt.Sprintf("图片 %s（%d×%d 像素）", b.Image.Name, b.Image.Width, b.Image.Height))
		r.box = container.NewBorder(info, nil, nil, tools, r.entry)
	case b.Type == gazette.BlockPageBreak:
		r.box = container.NewBorder(nil, nil, nil, tools, widget.NewLabel("—— 分页 ——"))
	default:
		r.box = container.NewBorder(nil, nil, nil, tools, widget.NewLabel(string(b.Type)))
	}
	if readOnly {
		if r.entry != nil {
			r.entry.Disable()
		}
		for _, pc := range r.pieces {
			pc.entry.Disable()
		}
		if r.style != nil {
			r.style.Disable()
		}
		for _, row := range r.cells {
			for _, c := range row {
				c.Disable()
			}
		}
	}
	return r
}

// newBlockEntry is a wrapping multi-line entry holding text, tall enough
// to show it.
//
// The entry is made without wrapping and wraps once the editor has laid
// it out (see wrapLater): an entry wraps its text when its renderer is
// made, before it has its width, and at that width every character is a
// row — measuring the rest of the text for each (seconds for a long
// paragraph, and most of the time it took to open an article with tables).
func newBlockEntry(text string) *blockEntry {
	en := &blockEntry{d: &drawn{}}
	en.MultiLine = true
	en.Wrapping = fyne.TextWrapOff
	en.ExtendBaseWidget(en)
	en.Text = text
	fitRows(en)
	wrapLater(&en.Entry, fyne.TextWrapWord)
	return en
}

// newLineEntry is a one-line entry of the editor (a caption, a label).
func newLineEntry() *blockEntry {
	en := &blockEntry{}
	en.Wrapping = fyne.TextWrapOff
	en.ExtendBaseWidget(en)
	return en
}

// pendingWrap are the entries made since the rows were last laid out,
// with the wrapping each is to have.
var pendingWrap []struct {
	en   *widget.Entry
	mode fyne.TextWrap
}

// wrapLater gives en its wrapping when wrapNow is next called.
func wrapLater(en *widget.Entry, mode fyne.TextWrap) {
	pendingWrap = append(pendingWrap, struct {
		en   *widget.Entry
		mode fyne.TextWrap
	}{en, mode})
}

// wrapNow gives the entries made since the last call their wrapping, now
// that they have their widths.
func wrapNow() {
	for _, p := range pendingWrap {
		p.en.Wrapping = p.mode
		p.en.Refresh()
	}
	pendingWrap = nil
}

// charsPerRow estimates how many Chinese characters a block entry shows in
// one row before its size is known.
const charsPerRow = 58

// fitRows makes a block entry as tall as its text and reports whether its
// height changed. Once the entry has its width, its rows are counted by
// wrapping the text as the drawn entry does (wrapRunes); before, they are
// estimated. There is no cap: a row too short hid the last lines of the
// text, which a drawn entry does not scroll to (a piece of a long
// paragraph is at most pieceMin + softMax characters).
func fitRows(en *blockEntry) bool {
	n := 0
	en.fitW = en.Size().Width
	if w := en.fitW; w > 100 {
		size, pad := theme.TextSize(), theme.InnerPadding()
		adv := func(c rune) float32 { return advance(c, size, en.TextStyle) }
		n = len(wrapRunes(en.Text, w-2*pad, adv, true))
	} else {
		for _, line := range strings.Split(en.Text, "\n") {
			n += 1 + utf8.RuneCountInString(line)/charsPerRow
		}
	}
	n = max(n, 1)
	before := en.MinSize().Height
	if en.d != nil {
		en.d.rows = n
	}
	en.SetMinRowsVisible(n)
	return en.MinSize().Height != before
}

// rowTools are a block's buttons: merge into the one above, insert a
// paragraph after, delete.
func (e *BodyEditor) rowTools(r *blockRow, b *gazette.Block, readOnly bool) fyne.CanvasObject {
	merge := widget.NewButton("并入上段", func() { e.mergeUp(r.path) })
	ins := widget.NewButton("插入", func() { e.insertAfter(r.path) })
	del := widget.NewButton("删除", func() { e.deleteBlock(r.path) })
	if !gazette.HasRuns(b.Type) || r.path[len(r.path)-1] == 0 {
		merge.Disable()
	}
	if readOnly {
		merge.Disable()
		ins.Disable()
		del.Disable()
	}
	return container.NewVBox(container.NewHBox(merge, ins, del))
}

// editBlock changes the block at path and saves as you go; the keys typed
// into one block in a burst are one undo step.
func (e *BodyEditor) editBlock(p gazette.BlockPath, fn func(b *gazette.Block)) {
	e.editBlockAs(undoTyping, "text:"+e.id+p.String(), p, fn)
}

// editBlockAs is editBlock as an undo step named label, joined with the
// previous one when key is the same.
func (e *BodyEditor) editBlockAs(label, key string, p gazette.BlockPath, fn func(b *gazette.Block)) {
	if e.building {
		return
	}
	id := e.id
	e.w.editAs(label, key, func(is *gazette.Issue) error {
		a, _ := is.Article(id)
		if a == nil {
			return fmt.Errorf("找不到文章")
		}
		if b := gazette.BlockAt(a, p); b != nil {
			fn(b)
		}
		return nil
	})
}

// textChanged takes a runs block's new text; a line break splits it into
// paragraphs. It returns how many blocks the text became (0 when the edit
// was refused).
func (e *BodyEditor) textChanged(r *blockRow, s string) int {
	if e.building {
		return 0
	}
	id := e.id
	n := 0
	label, key := undoTyping, "text:"+id+r.path.String()
	if strings.Contains(s, "\n") {
		label, key = undoSplit, ""
	}
	if !e.w.editAs(label, key, func(is *gazette.Issue) error {
		a, _ := is.Article(id)
		if a == nil {
			return fmt.Errorf("找不到文章")
		}
		n = gazette.SplitBlock(a, r.path, s)
		return nil
	}) {
		return 0
	}
	if n > 1 {
		at := e.rowIndex(r.path) + n - 1
		e.rebuild()
		e.focusRow(at)
	}
	return n
}

// focusedRow returns the index of the row whose entry has the cursor, or -1.
func (e *BodyEditor) focusedRow() int {
	f := e.w.Win.Canvas().Focused()
	if f == nil {
		return -1
	}
	for i, r := range e.rows {
		if r.entry != nil && fyne.Focusable(r.entry) == f {
			return i
		}
		for _, pc := range r.pieces {
			if fyne.Focusable(pc.entry) == f {
				return i
			}
		}
	}
	return -1
}

// rowIndex returns the index in rows of the block at path, or -1.
func (e *BodyEditor) rowIndex(p gazette.BlockPath) int {
	for i, r := range e.rows {
		if fmt.Sprint(r.path) == fmt.Sprint(p) {
			return i
		}
	}
	return -1
}

// focusRow puts the cursor in row i and scrolls it into view. The window's
// canvas is asked directly: a row just built has not been drawn yet, so
// the driver does not know its canvas.
func (e *BodyEditor) focusRow(i int) {
	if i < 0 || i >= len(e.rows) {
		return
	}
	if en := e.rows[i].entry; en != nil && !en.Disabled() {
		e.w.Win.Canvas().Focus(en)
	}
	if i < len(e.blocks.Objects) {
		// Not e.scroll.Refresh: that refreshes every row again. Never past
		// the end of the rows: the last screenful shows them to the end.
		end := max(e.blocks.MinSize().Height-e.scroll.Size().Height, 0)
		e.scroll.ScrollToOffset(fyne.NewPos(0, min(e.blocks.Objects[i].Position().Y, end)))
	}
}

func (e *BodyEditor) structural(label string, fn func(a *gazette.Article) bool) {
	id := e.id
	ok := false
	if e.w.editAs(label, "", func(is *gazette.Issue) error {
		if a, _ := is.Article(id); a != nil {
			ok = fn(a)
		}
		return nil
	}) && ok {
		e.rebuild()
	}
}

func (e *BodyEditor) mergeUp(p gazette.BlockPath) {
	e.structural(undoMerge, func(a *gazette.Article) bool { return gazette.MergeBlockUp(a, p) })
}

func (e *BodyEditor) insertAfter(p gazette.BlockPath) {
	e.structural(undoInsert, func(a *gazette.Article) bool { gazette.InsertParagraph(a, p); return true })
	q := append(gazette.BlockPath(nil), p...)
	q[len(q)-1]++
	e.focusRow(e.rowIndex(q))
}

func (e *BodyEditor) deleteBlock(p gazette.BlockPath) {
	e.structural(undoDelete, func(a *gazette.Article) bool { return gazette.DeleteBlock(a, p) })
}

// relayout places the rows again after one changed height. A Refresh of
// the column would refresh every row, re-wrapping the text of each entry
// on every key that adds a line; the rows' own content has not changed.
func (e *BodyEditor) relayout() {
	min := e.blocks.MinSize()
	view := e.scroll.Size()
	size := fyne.NewSize(max(min.Width, view.Width), max(min.Height, view.Height))
	e.blocks.Resize(size)
	e.blocks.Layout.Layout(e.blocks.Objects, size)
}
