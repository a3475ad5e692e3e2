package ui

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"gazette/app"
	"gazette/gazette"
	"gazette/store"
)

// saveDelay is how long the controller waits after the last edit before it
// saves (edits typed in quick succession make one save and one revision).
const saveDelay = 800 * time.Millisecond

// Controller holds the store and the open issue. Every change to the open
// issue goes through Edit, which refuses edits to a signed issue, schedules
// a save and tells the screens. All its methods run on the UI goroutine;
// long work goes through Run.
type Controller struct {
	Store *store.Store

	issue *gazette.Issue // the open issue, nil when none
	dirty bool
	timer *time.Timer
	gen   int // bumped on every edit and on open, so stale timers do nothing

	listeners []func(Change)
	errs      func(error)
	progress  func(title string, frac float64, done bool)

	work sync.WaitGroup

	stacks map[string]*gazette.UndoStack // the undo history of each issue, by ID
}

// Change says what changed, for the screens that listen.
type Change int

// The kinds of change.
const (
	ChangedIssue  Change = iota // another issue was opened (or none)
	ChangedEdit                 // the open issue was edited
	ChangedSaved                // the open issue was saved
	ChangedList                 // the list of issues changed
	ChangedStatus               // signed off or unlocked
)

// NewController returns a controller over an open store.
func NewController(s *store.Store) *Controller { return &Controller{Store: s} }

// OnChange registers fn to be called (on the UI goroutine) after each change.
func (c *Controller) OnChange(fn func(Change)) { c.listeners = append(c.listeners, fn) }

// OnError sets how errors are shown (a dialog in the workstation).
func (c *Controller) OnError(fn func(error)) { c.errs = fn }

// OnProgress sets how the progress of long work is shown.
func (c *Controller) OnProgress(fn func(title string, frac float64, done bool)) { c.progress = fn }

func (c *Controller) notify(ch Change) {
	for _, fn := range c.listeners {
		fn(ch)
	}
}

// ShowError hands err to the error display (or drops it when there is none).
func (c *Controller) ShowError(err error) {
	if err != nil && c.errs != nil {
		c.errs(err)
	}
}

// Issue returns the open issue (nil when none). Screens read it; they change
// it only inside Edit.
func (c *Controller) Issue() *gazette.Issue { return c.issue }

// Signed reports whether the open issue is signed off (and so read-only).
func (c *Controller) Signed() bool {
	return c.issue != nil && c.issue.Status == gazette.StatusSigned
}

// Open saves the issue open now, loads the issue id from the store and
// makes it the open issue.
func (c *Controller) Open(id string) error {
	if err := c.Flush(); err != nil {
		return err
	}
	is, err := c.Store.Get(id)
	if err != nil {
		return fmt.Errorf("打开刊期：%w", err)
	}
	c.issue = is
	c.gen++
	c.notify(ChangedIssue)
	return nil
}

// Reload reads the open issue again from the store (after a restore or a
// sign-off) without saving the copy in memory.
func (c *Controller) Reload() error {
	if c.issue == nil {
		return nil
	}
	is, err := c.Store.Get(c.issue.ID)
	if err != nil {
		return fmt.Errorf("重新读取刊期：%w", err)
	}
	c.issue, c.dirty = is, false
	c.gen++
	c.notify(ChangedIssue)
	return nil
}

// Close saves pending edits and forgets the open issue.
func (c *Controller) Close() error {
	err := c.Flush()
	c.issue = nil
	c.gen++
	c.notify(ChangedIssue)
	return err
}

// errNoIssue is the error for an edit with no issue open.
var errNoIssue = errors.New("没有打开的刊期：请先在“期刊列表”中选择一期")

// signedError refuses an edit to a signed issue: it says what to do in one
// sentence and is store.ErrSigned underneath.
type signedError struct{ title, label string }

func (e signedError) Error() string {
	return fmt.Sprintf("《%s》%s已签发，不能修改。如确需修改，请到“导出印刷文件”页点“解锁…”，写明原因。", e.title, e.label)
}

func (e signedError) Unwrap() error { return store.ErrSigned }

// Edit applies fn to the open issue as one undo step named 修改 (see
// EditAs).
func (c *Controller) Edit(fn func(is *gazette.Issue) error) error {
	return c.EditAs(undoEdit, "", fn)
}

// EditAs applies fn to the open issue and schedules a save; Undo takes it
// back as a step named label. Edits with the same non-empty key in quick
// succession (the keys typed into one field) make one step. A signed issue
// is refused with store.ErrSigned (unlock it first); an error from fn
// leaves nothing scheduled (fn must then not have changed the issue).
func (c *Controller) EditAs(label, key string, fn func(is *gazette.Issue) error) error {
	if c.issue == nil {
		return errNoIssue
	}
	if c.Signed() {
		return signedError{title: c.issue.Title, label: c.issue.Label()}
	}
	if fn == nil {
		return nil
	}
	added := c.record(label, key)
	if err := fn(c.issue); err != nil {
		if added {
			c.undoStack().Drop()
		}
		return err
	}
	c.dirty = true
	c.gen++
	c.schedule()
	c.notify(ChangedEdit)
	c.undoStack().Touch(time.Now())
	return nil
}

// schedule (re)starts the save timer; the save itself runs on the UI
// goroutine through fyne.Do.
func (c *Controller) schedule() {
	gen := c.gen
	if c.timer != nil {
		c.timer.Stop()
	}
	c.timer = time.AfterFunc(saveDelay, func() {
		fyne.Do(func() {
			if c.gen == gen && c.dirty {
				c.ShowError(c.Flush())
			}
		})
	})
}

// Dirty reports whether the open issue has edits not yet saved.
func (c *Controller) Dirty() bool { return c.dirty }

// Flush saves pending edits of the open issue now.
func (c *Controller) Flush() error {
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	if c.issue == nil || !c.dirty {
		return nil
	}
	if err := c.Store.Save(c.issue); err != nil {
		return fmt.Errorf("保存《%s》%s失败（修改仍在窗口中，请处理后再试）：%w", c.issue.Title, c.issue.Label(), err)
	}
	c.dirty = false
	c.notify(ChangedSaved)
	return nil
}

// Create saves a new issue (app.CreateIssue: its 刊名, year and number must
// be new) and opens it.
func (c *Controller) Create(is *gazette.Issue) error {
	if err := c.Flush(); err != nil {
		return err
	}
	if err := app.CreateIssue(c.Store, is); err != nil {
		return err
	}
	c.notify(ChangedList)
	return c.Open(is.ID)
}

// Delete deletes the issue id (the store keeps a backup first); when it is
// the open issue it is closed.
func (c *Controller) Delete(id string) error {
	delete(c.stacks, id)
	if c.issue != nil && c.issue.ID == id {
		c.dirty = false
		c.issue = nil
		c.gen++
		c.notify(ChangedIssue)
	}
	if err := c.Store.Delete(id); err != nil {
		return fmt.Errorf("删除刊期：%w", err)
	}
	c.notify(ChangedList)
	return nil
}

// Run does work off the UI goroutine with a progress display titled title.
// work reports progress (0–1) through its argument; when it ends, done runs
// on the UI goroutine with work's error (errors are also shown when done is
// nil). Wait blocks until all work started by Run has finished.
func (c *Controller) Run(title string, work func(progress func(float64)) error, done func(error)) {
	c.work.Add(1)
	if c.progress != nil {
		c.progress(title, 0, false)
	}
	go func() {
		defer c.work.Done()
		err := work(func(f float64) {
			if c.progress != nil {
				fyne.Do(func() { c.progress(title, f, false) })
			}
		})
		fyne.DoAndWait(func() {
			if c.progress != nil {
				c.progress(title, 1, true)
			}
			if done != nil {
				done(err)
			} else {
				c.ShowError(err)
			}
		})
	}()
}

// Wait blocks until the work started by Run has finished (for tests and for
// quitting).
func (c *Controller) Wait() { c.work.Wait() }

// RestoreFrom puts the backup at path in place of the database: pending
// edits are saved, the store is closed, the backup restored and the store
// opened again. On failure the old database is opened again.
func (c *Controller) RestoreFrom(path string) error {
	if err := c.Flush(); err != nil {
		return err
	}
	db := c.Store.Path()
	c.issue = nil
	c.stacks = nil
	c.gen++
	if err := c.Store.Close(); err != nil {
		return fmt.Errorf("恢复前关闭数据库：%w", err)
	}
	_, rerr := app.Restore(path, db)
	s, err := store.Open(db)
	if err != nil {
		return fmt.Errorf("恢复后打开数据库 %s：%w", db, err)
	}
	c.Store = s
	c.notify(ChangedIssue)
	if rerr != nil {
		return fmt.Errorf("从 %s 恢复：%w", path, rerr)
	}
	return nil
}

// Gen counts the edits and opens of the controller: a layout made at one
// Gen is current while Gen has not moved.
func (c *Controller) Gen() int { return c.gen }
