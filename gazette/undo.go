package gazette

import "time"

// UndoCoalesce is how long after the last edit with the same key an edit
// still joins the same undo step: the keys typed into one field in a burst
// are taken back together, as in a word processor.
const UndoCoalesce = 2 * time.Second

// UndoLimit is how many steps an UndoStack keeps; the oldest go first.
const UndoLimit = 200

// UndoStep is one edit that can be taken back: what it was called (输入文字,
// 拆分段落, 全部替换…) and the issue as it was before it (a deep copy).
type UndoStep struct {
	Label  string
	Before *Issue
}

// UndoStack is the undo and redo history of one issue: each step keeps a
// copy of the whole issue, which is cheap next to a save and makes every
// kind of edit undoable the same way.
type UndoStack struct {
	undo, redo []UndoStep
	key        string    // the coalescing key of the last step, "" none
	at         time.Time // when an edit last joined that step
}

// Record notes that an edit labelled label is about to change cur. A new
// step keeps a copy of cur and clears the redo history; an edit with the
// same non-empty key as the last one, within UndoCoalesce of it, joins
// that step instead (no copy is made). It reports whether a step was added.
func (u *UndoStack) Record(label, key string, cur *Issue, now time.Time) bool {
	if key != "" && key == u.key && now.Sub(u.at) < UndoCoalesce && len(u.undo) > 0 {
		u.at = now
		u.redo = nil
		return false
	}
	u.undo = append(u.undo, UndoStep{Label: label, Before: snapshot(cur)})
	if len(u.undo) > UndoLimit {
		u.undo = append([]UndoStep(nil), u.undo[len(u.undo)-UndoLimit:]...)
	}
	u.redo = nil
	u.key, u.at = key, now
	return true
}

// Touch marks now as the time of the last edit of the current step: an
// edit that took long to show (a long paragraph re-wrapped) does not end
// the burst it belongs to.
func (u *UndoStack) Touch(now time.Time) {
	if u.key != "" {
		u.at = now
	}
}

// Drop takes back the last Record that added a step, for an edit that
// failed before it changed anything.
func (u *UndoStack) Drop() {
	if len(u.undo) > 0 {
		u.undo = u.undo[:len(u.undo)-1]
	}
	u.key = ""
}

// Undo returns the issue as it was before the last step and its label, and
// keeps cur for Redo; ok is false when there is nothing to undo.
func (u *UndoStack) Undo(cur *Issue) (prev *Issue, label string, ok bool) {
	if len(u.undo) == 0 {
		return nil, "", false
	}
	s := u.undo[len(u.undo)-1]
	u.undo = u.undo[:len(u.undo)-1]
	u.redo = append(u.redo, UndoStep{Label: s.Label, Before: snapshot(cur)})
	u.key = ""
	return restoreContent(s.Before, cur), s.Label, true
}

// Redo returns the issue as it was before the last Undo and its label;
// ok is false when there is nothing to redo.
func (u *UndoStack) Redo(cur *Issue) (next *Issue, label string, ok bool) {
	if len(u.redo) == 0 {
		return nil, "", false
	}
	s := u.redo[len(u.redo)-1]
	u.redo = u.redo[:len(u.redo)-1]
	u.undo = append(u.undo, UndoStep{Label: s.Label, Before: snapshot(cur)})
	u.key = ""
	return restoreContent(s.Before, cur), s.Label, true
}

// CanUndo returns the label of the step Undo would take back ("" none).
func (u *UndoStack) CanUndo() string {
	if len(u.undo) == 0 {
		return ""
	}
	return u.undo[len(u.undo)-1].Label
}

// CanRedo returns the label of the step Redo would do again ("" none).
func (u *UndoStack) CanRedo() string {
	if len(u.redo) == 0 {
		return ""
	}
	return u.redo[len(u.redo)-1].Label
}

// snapshot is a deep copy of is that shares the cover image: an image is
// replaced whole, never changed in place, and may be megabytes.
func snapshot(is *Issue) *Issue {
	shallow := *is
	shallow.Cover.Image = nil
	c := shallow.Clone()
	c.Cover.Image = is.Cover.Image
	return c
}

// restoreContent returns a copy of the snapshot with what belongs to the
// store and the sign-off — sign-off, unlocks, created and modified times —
// taken from cur: undo changes content, never the record of it. A signed
// status is never undone nor redone.
func restoreContent(snap, cur *Issue) *Issue {
	c := snapshot(snap)
	c.ID = cur.ID
	if c.Status == StatusSigned || cur.Status == StatusSigned {
		c.Status = cur.Status
	}
	c.SignedAt, c.SignedPDFSHA256 = cur.SignedAt, cur.SignedPDFSHA256
	c.Unlocks = append([]Unlock(nil), cur.Unlocks...)
	c.Created, c.Modified = cur.Created, cur.Modified
	return c
}
