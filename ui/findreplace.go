package ui

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
)

// Find and replace (Ctrl+F) work over the bodies of all the issue's
// articles: 下一个 and 上一个 go to the next and previous occurrence of the
// text, opening its article; 全部替换 changes every article in one edit, saved at once, that
// 撤销替换 takes back while nothing else was edited since.

// replaceUndo takes back one 全部替换: the articles it changed as they
// were, valid while the controller's Gen has not moved since.
type replaceUndo struct {
	gen    int
	before []gazette.Article
}

// makeFindBar builds the find bar (hidden until Ctrl+F).
func (e *BodyEditor) makeFindBar() *fyne.Container {
	e.Find = newEscEntry(func() { e.HideFind() })
	e.Find.SetPlaceHolder("查找（本期全部文章的正文）")
	e.Find.OnChanged = func(string) { e.findAt = -1; e.countHits() }
	e.Find.OnSubmitted = func(string) { e.FindNext() }
	e.Replace = newEscEntry(func() { e.HideFind() })
	e.Replace.SetPlaceHolder("替换为")
	e.Replace.OnSubmitted = func(string) { e.ReplaceCurrent() }
	e.FindCount = widget.NewLabel("")
	prev := widget.NewButton("上一个", func() { e.FindPrev() })
	next := widget.NewButton("下一个", func() { e.FindNext() })
	one := widget.NewButton("替换", func() { e.ReplaceCurrent() })
	all := widget.NewButton("全部替换", func() { e.ReplaceAll() })
	e.ReplaceBtn, e.ReplaceAllBtn = one, all
	e.UndoBtn = widget.NewButtonWithIcon("撤销替换", theme.ContentUndoIcon(), func() { e.ShowError(e.UndoReplace()) })
	e.UndoBtn.Hide()
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), func() { e.HideFind() })
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(prev, next, one, all, e.UndoBtn, closeBtn),
		container.NewGridWithColumns(2, e.Find, e.Replace))
	bar = container.NewVBox(bar, e.FindCount)
	bar.Hide()
	return bar
}

// ShowFind opens the find bar and puts the cursor in it.
func (e *BodyEditor) ShowFind() {
	if !e.findBar.Visible() {
		e.findBar.Show()
		e.placeTop()
	}
	e.w.Win.Canvas().Focus(e.Find)
}

// placeTop lays the screen out again after the find bar was shown or
// hidden: Show and Hide leave what is around it where it was — a bar
// shown had no size, so Ctrl+F put the cursor in a field nobody could
// see. A Refresh of the screen would refresh every row.
func (e *BodyEditor) placeTop() {
	c, ok := e.content.(*fyne.Container)
	if !ok {
		return
	}
	c.Layout.Layout(c.Objects, c.Size())
	canvas.Refresh(c)
}

// HideFind closes the find bar (Esc in it, or its ✕) and takes the cursor
// out of it.
func (e *BodyEditor) HideFind() {
	c := e.w.Win.Canvas()
	if f := c.Focused(); f == e.Find.focusable() || f == e.Replace.focusable() {
		c.Unfocus()
	}
	if e.findBar.Visible() {
		e.findBar.Hide()
		e.placeTop()
	}
}

// escEntry is a one-line entry that Esc leaves (the find bar's fields).
type escEntry struct {
	widget.Entry
	onEsc func()
}

func newEscEntry(onEsc func()) *escEntry {
	e := &escEntry{onEsc: onEsc}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey runs onEsc for Esc and types the other keys.
func (e *escEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEsc != nil {
		e.onEsc()
		return
	}
	e.Entry.TypedKey(ev)
}

func (e *escEntry) focusable() fyne.Focusable { return e }

// rowText is the searchable text of row i, as the editor shows it now.
func (e *BodyEditor) rowText(i int) string {
	r := e.rows[i]
	var parts []string
	if r.entry != nil {
		parts = append(parts, r.text())
	}
	for _, line := range r.cells {
		for _, c := range line {
			parts = append(parts, c.Text)
		}
	}
	return strings.Join(parts, "\n")
}

// countHits shows how often the find text occurs in the issue.
func (e *BodyEditor) countHits() int {
	is := e.w.Ctl.Issue()
	if e.Find.Text == "" || is == nil {
		e.FindCount.SetText("")
		return 0
	}
	hits, total := gazette.FindInIssue(is, e.Find.Text)
	if total == 0 {
		e.FindCount.SetText("没有找到")
	} else {
		e.FindCount.SetText(fmt.Sprintf("共 %d 处，在 %d 篇文章的 %d 段中", total, articlesOf(hits), len(hits)))
	}
	return total
}

// articlesOf counts the articles of hits.
func articlesOf(hits []gazette.FindHit) int {
	n := 0
	for i, h := range hits {
		if i == 0 || hits[i-1].Article != h.Article {
			n++
		}
	}
	return n
}

// findPos is one occurrence of the find text: the article's place in
// reading order, the block's row and the occurrence's index in the block.
type findPos struct{ article, block, occ int }

// before reports whether p comes before q in reading order.
func (p findPos) before(q findPos) bool {
	if p.article != q.article {
		return p.article < q.article
	}
	if p.block != q.block {
		return p.block < q.block
	}
	return p.occ < q.occ
}

// FindNext moves to the next occurrence of the find text in the issue
// (after the current one, or from the top of the article shown) — the
// next in the same block, else the first of the next block that holds
// it, opening its article when it is another — and selects it. It
// returns the block's row (-1 when the text is nowhere). After the last
// occurrence it starts again from the first.
func (e *BodyEditor) FindNext() int { return e.findStep(true) }

// FindPrev moves to the occurrence before the current one (上一个), as
// FindNext does the other way; before the first it goes to the last.
func (e *BodyEditor) FindPrev() int { return e.findStep(false) }

// findStep moves to the next (forward) or previous occurrence.
func (e *BodyEditor) findStep(forward bool) int {
	is := e.w.Ctl.Issue()
	if is == nil || e.Find.Text == "" {
		return -1
	}
	hits, total := gazette.FindInIssue(is, e.Find.Text)
	if len(hits) == 0 {
		e.FindCount.SetText("没有找到")
		return -1
	}
	order := map[string]int{}
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		order[a.ID] = len(order)
		return true
	})
	cur, ok := order[e.id]
	if !ok {
		cur = -1
	}
	here := findPos{cur, e.findAt, e.findOcc}
	var all []findPos // every occurrence, in reading order
	var hitOf []int   // the hit each occurrence is in
	for i, h := range hits {
		for o := 0; o < h.Count; o++ {
			all = append(all, findPos{order[h.Article], h.Block, o})
			hitOf = append(hitOf, i)
		}
	}
	k := 0
	if forward {
		for j, p := range all {
			if here.before(p) {
				k = j
				break
			}
		}
	} else {
		k = len(all) - 1
		for j := len(all) - 1; j >= 0; j-- {
			if all[j].before(here) {
				k = j
				break
			}
		}
	}
	h := hits[hitOf[k]]
	if h.Article != e.id {
		e.w.Composer.SelectArticle(h.Article)
	}
	if e.stale {
		e.rebuild()
	}
	e.findAt, e.findOcc = h.Block, all[k].occ
	e.selectHit(h.Block, e.Find.Text, e.findOcc)
	name := ""
	if a, _ := is.Article(h.Article); a != nil {
		name = a.Name()
	}
	where := fmt.Sprintf("第 %d/%d 处：%s第 %d 段", k+1, total, name, h.Block+1)
	if h.Count > 1 {
		where += fmt.Sprintf("（本段第 %d/%d 处）", e.findOcc+1, h.Count)
	}
	e.FindCount.SetText(where)
	return h.Block
}

// Hit returns the article and row of the current hit (row -1 for none).
func (e *BodyEditor) Hit() (article string, row int) { return e.id, e.findAt }

// ReplaceCurrent replaces the occurrence 下一个 or 上一个 selected in the
// current hit's block (in its text or a cell) and moves on when the block
// holds no more.
func (e *BodyEditor) ReplaceCurrent() {
	q := e.Find.Text
	if q == "" || e.findAt < 0 || e.findAt >= len(e.rows) || !strings.Contains(e.rowText(e.findAt), q) {
		e.FindNext()
		return
	}
	r := e.rows[e.findAt]
	at := e.findAt
	n := max(e.findOcc, 0) // the occurrence 下一个 selected
	k := n                 // counted down through the row's texts as locate counts
	var target *widget.Entry
	if r.entry != nil {
		if i := nthIndex(r.text(), q, &k); i >= 0 {
			if r.soft { // the text may run across its chunks and pieces
				if r.entry.Disabled() {
					e.FindNext()
					return
				}
				e.textChanged(r, replaceAt(r.text(), i, q, e.Replace.Text))
				e.rebuild()
				e.findAt, e.findOcc = at, n-1 // 下一个 goes on to the one after it
				if strings.Contains(e.rowText(at), q) {
					e.countHits()
				} else {
					e.FindNext()
				}
				return
			}
			target = &r.entry.Entry
			k = i
		}
	}
	for _, line := range r.cells {
		for _, c := range line {
			if target != nil {
				break
			}
			if i := nthIndex(c.Text, q, &k); i >= 0 {
				target, k = &c.Entry, i
			}
		}
	}
	if target == nil || target.Disabled() {
		e.FindNext()
		return
	}
	target.SetText(replaceAt(target.Text, k, q, e.Replace.Text))
	if e.findAt == at && at < len(e.rows) && strings.Contains(e.rowText(at), q) {
		e.findOcc = n - 1 // 下一个 goes on to the one after it
		e.countHits()
		return
	}
	e.findAt = at
	e.FindNext()
}

// replaceAt replaces the q at byte offset i of s with new.
func replaceAt(s string, i int, q, new string) string {
	return s[:i] + new + s[i+len(q):]
}

// errNothingReplaced is ReplaceAll's edit giving up: nothing changed.
var errNothingReplaced = errors.New("没有找到要替换的文字")

// ReplaceAll replaces every occurrence in the bodies of all the issue's
// articles in one edit, saves it at once, and returns how many it
// replaced; 撤销替换 can take it back.
func (e *BodyEditor) ReplaceAll() int {
	old, new := e.Find.Text, e.Replace.Text
	if old == "" {
		return 0
	}
	var n int
	var before []gazette.Article
	err := e.w.Ctl.EditAs(undoReplace, "", func(is *gazette.Issue) error {
		if n, before = gazette.ReplaceInIssue(is, old, new); n == 0 {
			return errNothingReplaced
		}
		return nil
	})
	if errors.Is(err, errNothingReplaced) {
		e.FindCount.SetText(fmt.Sprintf("没有找到“%s”", old))
		return 0
	}
	if err != nil {
		e.ShowError(err)
		return 0
	}
	if err := e.w.Ctl.Flush(); err != nil {
		e.ShowError(err)
	}
	e.undo = &replaceUndo{gen: e.w.Ctl.Gen(), before: before}
	e.UndoBtn.Show()
	e.rebuild()
	e.FindCount.SetText(fmt.Sprintf("已替换 %d 处（%d 篇文章），已保存", n, len(before)))
	return n
}

// UndoReplace takes back the last 全部替换: the articles it changed are
// put back as they were, in one edit, saved at once. It is refused once
// anything else was edited since (the history still has the old text).
func (e *BodyEditor) UndoReplace() error {
	u := e.undo
	e.undo = nil
	e.UndoBtn.Hide()
	if u == nil {
		return errors.New("没有可以撤销的全部替换")
	}
	if u.gen != e.w.Ctl.Gen() {
		return errors.New("全部替换之后又有修改，不能再撤销；替换前的文章可在“历史版本”中找回")
	}
	err := e.w.Ctl.EditAs("撤销替换", "", func(is *gazette.Issue) error {
		for _, old := range u.before {
			if a, _ := is.Article(old.ID); a != nil {
				*a = old.Clone()
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := e.w.Ctl.Flush(); err != nil {
		return err
	}
	e.rebuild()
	e.FindCount.SetText(fmt.Sprintf("已撤销替换（%d 篇文章）", len(u.before)))
	return nil
}
