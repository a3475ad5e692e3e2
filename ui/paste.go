package ui

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
)

// A large paste into a paragraph does not go through the entry: an entry
// given 20,000 characters wraps them all on the UI goroutine (the window
// froze for about 40 s). The text goes into the article as one edit (one
// undo step, 粘贴), and the rows of the article are then built a chunk at
// a time on the UI goroutine, the window taking its events between the
// chunks, under a progress bar (正在粘贴… 40%).

// largePaste is the length from which a paste is done in chunks.
const largePaste = 1000

// A chunk builds up to chunkRows rows of about chunkChars characters in
// all (a chunk takes a few tens of milliseconds).
const (
	chunkRows  = 16
	chunkChars = 1500
)

// blockEntry is the entry of a block; a large paste into it goes to
// onPaste.
type blockEntry struct {
	widget.Entry
	onPaste func(text string)
	d       *drawn  // a multi-line entry is drawn as text until edited (nil: not)
	fitW    float32 // the width its rows were counted at (fitRows)
}

// CreateRenderer draws a multi-line entry as its text until it is edited.
func (b *blockEntry) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	if b.d == nil {
		return b.Entry.CreateRenderer()
	}
	return newDrawnRenderer(&b.Entry, b.d)
}

// FocusGained makes a drawn entry the entry.
func (b *blockEntry) FocusGained() {
	if b.d != nil {
		makeLive(&b.Entry, b.d)
	}
	b.Entry.FocusGained()
}

// TypedShortcut hands a paste of largePaste characters or more to
// onPaste; everything else is the entry's.
// Line ends pasted as CR LF or CR are line breaks (the entry would keep
// the CR in the text); those the text ends with go (trailingBreaksTrimmed).
func (b *blockEntry) TypedShortcut(s fyne.Shortcut) {
	if p, ok := s.(*fyne.ShortcutPaste); ok && p.Clipboard != nil && !b.Disabled() {
		text := p.Clipboard.Content()
		if b.onPaste != nil && utf8.RuneCountInString(text) >= largePaste {
			b.onPaste(text)
			return
		}
		if clean := trailingBreaksTrimmed(lineBreaks(text)); clean != text {
			s = &fyne.ShortcutPaste{Clipboard: &textClipboard{clean}}
		}
	}
	b.Entry.TypedShortcut(s)
}

// trailingBreaksTrimmed is a pasted text without the line breaks it ends
// with (and the blank lines among them): text copied with its last line
// end would otherwise leave an empty paragraph after it. Only white space
// goes; a text of nothing else is kept (it is a paragraph break).
func trailingBreaksTrimmed(text string) string {
	s := text
	for {
		t := strings.TrimRight(s, " \t\u3000")
		if !strings.HasSuffix(t, "\n") {
			break
		}
		s = t[:len(t)-1]
	}
	if strings.TrimSpace(s) == "" {
		return text
	}
	return s
}

// lineBreaks is text with its CR LF and CR line ends as LF.
func lineBreaks(text string) string {
	return strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text)
}

// textClipboard is a clipboard holding one text.
type textClipboard struct{ text string }

// Content is the text.
func (c *textClipboard) Content() string { return c.text }

// SetContent sets the text.
func (c *textClipboard) SetContent(s string) { c.text = s }

// pasteState is the progress display of a paste and the work behind it.
type pasteState struct {
	bar    *widget.ProgressBar
	label  *widget.Label
	box    *fyne.Container
	work   sync.WaitGroup
	onStep func(percent int) // told each step of the progress (tests)
}

func newPasteState() *pasteState {
	p := &pasteState{bar: widget.NewProgressBar(), label: widget.NewLabel("")}
	p.bar.TextFormatter = func() string { return "" }
	p.box = container.NewBorder(nil, nil, p.label, nil, p.bar)
	p.box.Hide()
	return p
}

// show shows the progress at done of total.
func (p *pasteState) show(done, total int) {
	pct := 100
	if total > 0 {
		pct = done * 100 / total
	}
	p.label.SetText(fmt.Sprintf("正在粘贴… %d%%", pct))
	p.bar.SetValue(float64(pct) / 100)
	p.box.Show()
	if p.onStep != nil {
		p.onStep(pct)
	}
}

// WaitPaste waits until the paste under way, if any, is shown whole.
func (e *BodyEditor) WaitPaste() { e.paste.work.Wait() }

// pasteLarge puts text at the cursor of piece i of row r (in place of
// the selection): one edit of the article, then its rows built in chunks.
func (e *BodyEditor) pasteLarge(r *blockRow, i int, text string) {
	en := r.pieces[i].entry
	if en.SelectedText() != "" {
		en.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete}) // the selection goes, as in the entry's own paste
		if e.rowIndex(r.path) < 0 || e.rows[e.rowIndex(r.path)] != r {
			return // the row was built again: the paste is lost with it, as any key would be
		}
	}
	at := r.modelOffset(i, en.CursorTextOffset())
	text = trailingBreaksTrimmed(lineBreaks(text))
	model := []rune(r.text())
	at = min(at, len(model))
	before, after := string(model[:at]), string(model[at:])
	id, p := e.id, r.path
	n := 0
	if !e.w.editAs(undoPaste, "", func(is *gazette.Issue) error {
		a, _ := is.Article(id)
		if a == nil {
			return fmt.Errorf("找不到文章")
		}
		n = gazette.SplitBlock(a, p, before+text+after)
		return nil
	}) {
		return
	}
	// The cursor goes after the text pasted: into the row of its last
	// line, as many characters in as that line is long.
	last := append(gazette.BlockPath(nil), p...)
	last[len(last)-1] += n - 1
	col := utf8.RuneCountInString(text[strings.LastIndexByte(text, '\n')+1:])
	if n == 1 {
		col += utf8.RuneCountInString(before)
	}
	e.rebuildInChunks(func() {
		if k := e.rowIndex(last); k >= 0 {
			e.focusRow(k)
			e.placeCursor(e.rows[k], col)
		}
	})
}

// rebuildInChunks builds the rows of the article shown as rebuild does,
// but a chunk at a time, the window taking its events between chunks,
// with the progress shown; then it calls done. A build of the rows begun
// meanwhile (another article, an undo) stops it.
func (e *BodyEditor) rebuildInChunks(done func()) {
	a, ro := e.clearRows()
	if a == nil {
		return
	}
	gen := e.gen
	items := flattenBlocks(a.Blocks, nil, 0, nil)
	e.blocks.Objects = nil
	e.blocks.Refresh()
	e.paste.show(0, len(items))
	e.placeTop() // the progress display takes its place above the rows
	e.paste.work.Add(1)
	go func() {
		defer e.paste.work.Done()
		for start := 0; start < len(items); {
			end, chars := start, 0
			for end < len(items) && (end == start || chars < chunkChars && end-start < chunkRows) {
				chars += utf8.RuneCountInString(items[end].b.Text())
				end++
			}
			stop := false
			fyne.DoAndWait(func() {
				if stop = e.gen != gen; stop {
					return
				}
				objs := e.addRows(items[start:end], ro)
				e.blocks.Objects = append(e.blocks.Objects, objs...)
				e.relayout()
				for _, o := range objs {
					o.Refresh()
				}
				wrapNow()
				e.scroll.Base.Refresh() // the bars (a Refresh of the scroll would refresh every row again)
				e.paste.show(end, len(items))
			})
			if stop {
				break
			}
			start = end
		}
		fyne.DoAndWait(func() {
			e.paste.box.Hide()
			e.placeTop()
			if e.gen != gen {
				return
			}
			e.countHits()
			done()
		})
	}()
}

// modelOffset is the offset in the block's text of offset k of piece i's
// entry (which shows soft breaks).
func (r *blockRow) modelOffset(i, k int) int {
	if !r.soft {
		return k
	}
	n := 0
	for _, pc := range r.pieces[:i] {
		n += utf8.RuneCountInString(withoutSoftBreaks(pc.entry.Text))
	}
	shown := []rune(r.pieces[i].entry.Text)
	return n + utf8.RuneCountInString(withoutSoftBreaks(string(shown[:min(k, len(shown))])))
}

// placeCursor puts the cursor at offset k of the block's text of row r.
func (e *BodyEditor) placeCursor(r *blockRow, k int) { e.selectSpan(r, k, k) }

// selectSpan selects offsets [from, to) of the block's text of row r in
// the piece that holds from (cut at its end), the cursor at to; offsets
// in the text are not the entry's rows and columns: selectRunes maps them.
func (e *BodyEditor) selectSpan(r *blockRow, from, to int) {
	for _, pc := range r.pieces {
		shown := []rune(pc.entry.Text)
		n := utf8.RuneCountInString(withoutSoftBreaks(pc.entry.Text))
		if from <= n || pc == r.pieces[len(r.pieces)-1] {
			if !pc.entry.Disabled() {
				e.w.Win.Canvas().Focus(pc.entry)
			}
			selectRunes(&pc.entry.Entry, shownOffset(shown, min(from, n)), shownOffset(shown, min(to, n)))
			return
		}
		from, to = from-n, to-n
	}
}
