package proof

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"gazette/gazette"
)

// keyOf identifies a finding across re-checks: its rule, its article and
// the text around the spot. Edits elsewhere in the article (which move
// block numbers) keep the key; an edit at the spot makes a new finding.
func keyOf(f Finding) string {
	h := sha256.Sum256([]byte(f.Rule + "\x00" + f.ArticleID + "\x00" + f.Field + "\x00" + f.Excerpt + "\x00" + f.Message))
	return hex.EncodeToString(h[:8])
}

// Filter splits findings into those still open and those the editor
// marked as intended (their keys in suppressed).
func Filter(fs []Finding, suppressed map[string]bool) (open, intended []Finding) {
	for _, f := range fs {
		if suppressed[f.Key] {
			intended = append(intended, f)
		} else {
			open = append(open, f)
		}
	}
	return open, intended
}

// ErrStale is returned by Apply when the text at the finding's spot is no
// longer what the finding saw: the issue changed since the check.
var ErrStale = errors.New("文字已改动，请重新校对")

// Apply makes a finding's mechanical fix in the issue: the spot's text is
// replaced (a paragraph left empty is removed), or the next paragraph is
// joined on. It refuses, changing nothing, when the finding has no fix or
// the text changed since the check.
func Apply(is *gazette.Issue, f Finding) error {
	if f.Fix == nil {
		return fmt.Errorf("“%s”没有可自动修改的建议", f.Message)
	}
	if f.Section < 0 || f.Section >= len(is.Sections) || f.Index < 0 || f.Index >= len(is.Sections[f.Section].Articles) {
		return ErrStale
	}
	a := &is.Sections[f.Section].Articles[f.Index]
	if a.ID != f.ArticleID {
		return ErrStale
	}
	switch f.Field {
	case "doc_number":
		return replaceString(&a.DocNumber, f)
	case "title":
		if err := replaceString(&a.Title, f); err != nil {
			return err
		}
		a.TitleLines = nil
		return nil
	case "addressee":
		return replaceString(&a.Addressee, f)
	case "":
	default:
		return fmt.Errorf("字段“%s”不能自动修改", f.Field)
	}
	blocks := &a.Blocks
	bi := f.Block
	if bi < 0 || bi >= len(*blocks) {
		return ErrStale
	}
	if f.Sub >= 0 {
		at := (*blocks)[bi].Attachment
		if at == nil || f.Sub >= len(at.Blocks) {
			return ErrStale
		}
		blocks, bi = &at.Blocks, f.Sub
	}
	b := &(*blocks)[bi]
	if f.Fix.Join {
		return join(blocks, bi)
	}
	switch {
	case b.Type == gazette.BlockAttachment && f.Sub < 0:
		return replaceString(&b.Attachment.Title, f)
	case b.Type == gazette.BlockTable:
		if b.Table == nil || f.Row < 0 || f.Row >= len(b.Table.Rows) || f.Cell < 0 || f.Cell >= len(b.Table.Rows[f.Row].Cells) {
			return ErrStale
		}
		c := &b.Table.Rows[f.Row].Cells[f.Cell]
		return replaceRunsAt(&c.Runs, f)
	case b.Type == gazette.BlockList:
		if f.Row < 0 || f.Row >= len(b.Items) {
			return ErrStale
		}
		return replaceRunsAt(&b.Items[f.Row], f)
	}
	if err := replaceRunsAt(&b.Runs, f); err != nil {
		return err
	}
	if b.Type == gazette.BlockParagraph && gazette.RunsText(b.Runs) == "" {
		*blocks = append((*blocks)[:bi], (*blocks)[bi+1:]...)
	}
	return nil
}

// replaceString makes the fix in a plain string field.
func replaceString(s *string, f Finding) error {
	runs := []gazette.Run{{Text: *s}}
	if err := replaceRunsAt(&runs, f); err != nil {
		return err
	}
	*s = gazette.RunsText(runs)
	return nil
}

// replaceRunsAt replaces the finding's spot in runs by the fix's new text,
// which takes the style of the run the spot starts in.
func replaceRunsAt(runs *[]gazette.Run, f Finding) error {
	text := gazette.RunsText(*runs)
	start := byteAt(text, f.Offset)
	end := byteAt(text, f.Offset+f.Length)
	if start < 0 || end < 0 || text[start:end] != f.Fix.Old {
		return ErrStale
	}
	*runs = ReplaceInRuns(*runs, start, end, f.Fix.New)
	return nil
}

// byteAt returns the byte offset of the n-th rune of s, or -1.
func byteAt(s string, n int) int {
	if n < 0 {
		return -1
	}
	i := 0
	for b := range s {
		if i == n {
			return b
		}
		i++
	}
	if i == n {
		return len(s)
	}
	return -1
}

// ReplaceInRuns returns runs with the text in the byte span [start, end)
// of their joined text replaced by s, which takes the style of the run
// the span starts in; runs left empty are dropped.
func ReplaceInRuns(runs []gazette.Run, start, end int, s string) []gazette.Run {
	if len(runs) == 0 {
		return []gazette.Run{{Text: s}}
	}
	idx, pos := len(runs)-1, 0
	for i, r := range runs {
		if start >= pos && start < pos+len(r.Text) {
			idx = i
			break
		}
		pos += len(r.Text)
	}
	var out []gazette.Run
	pos = 0
	for i, r := range runs {
		rs, re := pos, pos+len(r.Text)
		pos = re
		var t string
		switch {
		case re <= start && i != idx, rs >= end && i != idx:
			t = r.Text
		default:
			if start > rs {
				t = r.Text[:min(start, re)-rs]
			}
			if i == idx {
				t += s
			}
			if end < re {
				t += r.Text[max(end, rs)-rs:]
			}
		}
		if t != "" {
			r.Text = t
			out = append(out, r)
		}
	}
	return out
}

// join appends the paragraph after blocks[i] to it and removes it.
func join(blocks *[]gazette.Block, i int) error {
	if i+1 >= len(*blocks) || (*blocks)[i+1].Type != gazette.BlockParagraph || (*blocks)[i].Type != gazette.BlockParagraph {
		return ErrStale
	}
	next := (*blocks)[i+1].Runs
	if len(next) > 0 && next[0].LeadIn != gazette.LeadInNone {
		next = append([]gazette.Run(nil), next...)
		next[0].LeadIn = gazette.LeadInNone
	}
	(*blocks)[i].Runs = append((*blocks)[i].Runs, next...)
	*blocks = append((*blocks)[:i+1], (*blocks)[i+2:]...)
	return nil
}

// Fixable reports whether Apply can make the finding's fix.
func (f Finding) Fixable() bool { return f.Fix != nil }

// WalkIndex returns the finding's block in gazette.WalkBlocks order (an
// attachment's blocks counted after it), the index the body editor and
// the layout use; -1 for a head field or the issue.
func (f Finding) WalkIndex(a *gazette.Article) int {
	if f.Field != "" || f.Block < 0 || f.Block >= len(a.Blocks) {
		return -1
	}
	n := 0
	for i := 0; i < f.Block; i++ {
		n++
		if at := a.Blocks[i].Attachment; a.Blocks[i].Type == gazette.BlockAttachment && at != nil {
			n += countBlocks(at.Blocks)
		}
	}
	if f.Sub >= 0 {
		at := a.Blocks[f.Block].Attachment
		if at == nil || f.Sub >= len(at.Blocks) {
			return -1 // the issue changed since the check
		}
		n += 1 + countBlocks(at.Blocks[:f.Sub])
	}
	return n
}

// countBlocks counts blocks as gazette.WalkBlocks visits them.
func countBlocks(bs []gazette.Block) int {
	n := 0
	gazette.WalkBlocks(bs, func(*gazette.Block) { n++ })
	return n
}

// UnitText returns the whole text the finding's spot is in (its paragraph,
// cell, list item or head field) as the issue has it now; Offset and
// Length of the finding count in it. ok is false when the finding has no
// text (an empty section) or the issue no longer has its place.
func UnitText(is *gazette.Issue, f Finding) (text string, ok bool) {
	if f.Section < 0 || f.Section >= len(is.Sections) || f.Index < 0 || f.Index >= len(is.Sections[f.Section].Articles) {
		return "", false
	}
	a := &is.Sections[f.Section].Articles[f.Index]
	if a.ID != f.ArticleID {
		return "", false
	}
	if f.Field == "date" {
		return a.Date, true
	}
	for _, u := range unitsOf(a, f.Section, f.Index) {
		l := u.loc
		if l.Field == f.Field && l.Block == f.Block && l.Sub == f.Sub && l.Row == f.Row && l.Cell == f.Cell {
			return u.text, true
		}
	}
	return "", false
}
