package ui

import (
	"errors"
	"time"

	"gazette/gazette"
)

// ChangedReverted is the Change of an undo or a redo: the open issue was
// put back to an earlier (or later) state, so the screens show it again
// while keeping what is selected where it still exists.
const ChangedReverted Change = 100

// The undo labels of the edits, as the 编辑 menu and the status line name
// them.
const (
	undoTyping  = "输入文字"
	undoEdit    = "修改"
	undoSplit   = "拆分段落"
	undoPaste   = "粘贴"
	undoMerge   = "合并段落"
	undoDelete  = "删除段落"
	undoInsert  = "插入段落"
	undoStyle   = "段落样式"
	undoReplace = "全部替换"
	undoImport  = "导入文章"
	undoMeta    = "文章信息"
	undoCover   = "封面与版式"
)

var (
	errNothingToUndo = errors.New("没有可以撤销的修改")
	errNothingToRedo = errors.New("没有可以重做的修改")
)

// undoStack returns the command stack of the open issue (one per issue,
// kept while the workstation runs, so it survives switching screens and
// issues).
func (c *Controller) undoStack() *gazette.UndoStack {
	if c.stacks == nil {
		c.stacks = map[string]*gazette.UndoStack{}
	}
	u := c.stacks[c.issue.ID]
	if u == nil {
		u = &gazette.UndoStack{}
		c.stacks[c.issue.ID] = u
	}
	return u
}

// CanUndo returns the label of the edit Undo would take back ("" none).
func (c *Controller) CanUndo() string {
	if c.issue == nil || c.Signed() {
		return ""
	}
	return c.undoStack().CanUndo()
}

// CanRedo returns the label of the edit Redo would do again ("" none).
func (c *Controller) CanRedo() string {
	if c.issue == nil || c.Signed() {
		return ""
	}
	return c.undoStack().CanRedo()
}

// Undo takes back the last edit of the open issue (any kind: typing, a
// split, a move, an import, a replace-all, metadata, cover) and returns
// its label. The undone state is saved like any edit.
func (c *Controller) Undo() (string, error) {
	return c.revert(func(u *gazette.UndoStack) (*gazette.Issue, string, bool) { return u.Undo(c.issue) }, errNothingToUndo)
}

// Redo does again the last edit Undo took back and returns its label.
func (c *Controller) Redo() (string, error) {
	return c.revert(func(u *gazette.UndoStack) (*gazette.Issue, string, bool) { return u.Redo(c.issue) }, errNothingToRedo)
}

func (c *Controller) revert(step func(u *gazette.UndoStack) (*gazette.Issue, string, bool), none error) (string, error) {
	if c.issue == nil {
		return "", errNoIssue
	}
	if c.Signed() {
		return "", signedError{title: c.issue.Title, label: c.issue.Label()}
	}
	is, label, ok := step(c.undoStack())
	if !ok {
		return "", none
	}
	c.issue = is
	c.dirty = true
	c.gen++
	c.schedule()
	c.notify(ChangedReverted)
	return label, nil
}

// record notes an edit about to be made, for Undo; it reports whether a
// new step was added (to drop it again if the edit fails).
func (c *Controller) record(label, key string) bool {
	return c.undoStack().Record(label, key, c.issue, time.Now())
}

// reverted shows the issue again after an undo or a redo, keeping the
// section and article selected while they still exist.
func (c *Composer) reverted() {
	is := c.issue()
	if is == nil {
		return
	}
	if _, ok := gazette.FindArticle(is, c.selArticle); !ok {
		c.selArticle = ""
	}
	if c.sectionByID(c.selSection) == nil {
		c.selSection = ""
	}
	c.tree.Refresh()
	switch {
	case c.selArticle != "":
		c.tree.Select(nodeArticle + c.selArticle)
	case c.selSection != "":
		c.tree.Select(nodeSection + c.selSection)
	default:
		c.tree.UnselectAll()
	}
	c.Form.Load(c.selArticle)
	c.updateButtons()
}

// undo and redo are the 编辑 menu's 撤销 and 重做: they take back (or do
// again) the last edit of the open issue, whatever screen made it, and
// say what in the status line.
func (w *Workstation) undo() {
	label, err := w.Ctl.Undo()
	if err != nil {
		w.status.SetText(err.Error())
		if !errors.Is(err, errNothingToUndo) {
			showError(w.Win, err)
		}
		return
	}
	w.status.SetText("已撤销：" + label)
}

func (w *Workstation) redo() {
	label, err := w.Ctl.Redo()
	if err != nil {
		w.status.SetText(err.Error())
		if !errors.Is(err, errNothingToRedo) {
			showError(w.Win, err)
		}
		return
	}
	w.status.SetText("已重做：" + label)
}
