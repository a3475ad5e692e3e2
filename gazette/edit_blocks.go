package gazette

import (
	"fmt"
	"strings"
)

// A block path addresses a body block: the indices from the article's
// blocks down through attachments (len 1 for a top-level block).
type BlockPath []int

// String writes the path as its indices, e.g. "[3 0]" (a map key).
func (p BlockPath) String() string { return fmt.Sprint([]int(p)) }

// ListAt returns the slice that holds the block at path (the article's
// blocks, or an attachment's), or nil for a bad path.
func ListAt(a *Article, p BlockPath) *[]Block {
	list := &a.Blocks
	for _, i := range p[:len(p)-1] {
		if i < 0 || i >= len(*list) || (*list)[i].Attachment == nil {
			return nil
		}
		list = &(*list)[i].Attachment.Blocks
	}
	if last := p[len(p)-1]; last < 0 || last > len(*list) {
		return nil
	}
	return list
}

// BlockAt returns the block at path, or nil.
func BlockAt(a *Article, p BlockPath) *Block {
	list := ListAt(a, p)
	if list == nil || p[len(p)-1] >= len(*list) {
		return nil
	}
	return &(*list)[p[len(p)-1]]
}

// SetRunsText replaces the text of runs, keeping what can be kept: a run-in
// lead-in (（一）加快组织落实。) stays a run of its own while the text still
// starts with it, and a text that is unchanged keeps all its runs.
func SetRunsText(runs []Run, text string) []Run {
	if RunsText(runs) == text {
		return runs
	}
	if len(runs) > 1 && runs[0].LeadIn != LeadInNone && strings.HasPrefix(text, runs[0].Text) {
		return []Run{runs[0], {Text: text[len(runs[0].Text):]}}
	}
	if len(runs) > 0 {
		r := runs[0]
		r.Text, r.LeadIn = text, LeadInNone
		if len(runs) > 1 {
			r.Bold, r.Sup, r.Sub = false, false, false
		}
		return []Run{r}
	}
	return []Run{{Text: text}}
}

// HasRuns reports whether a block's text lives in its Runs.
func HasRuns(t BlockType) bool {
	return t == BlockParagraph || t == BlockHeading || t == BlockSignature
}

// SplitBlock splits the runs block at path at every line break of text
// (pressing Enter in a paragraph makes a new paragraph): the first line
// stays in the block, the others become paragraphs after it. Signatures
// keep their line breaks. It returns how many blocks the text became.
func SplitBlock(a *Article, p BlockPath, text string) int {
	b := BlockAt(a, p)
	if b == nil {
		return 0
	}
	if b.Type == BlockSignature || !strings.Contains(text, "\n") {
		b.Runs = SetRunsText(b.Runs, text)
		return 1
	}
	lines := strings.Split(text, "\n")
	b.Runs = SetRunsText(b.Runs, lines[0])
	list := ListAt(a, p)
	at := p[len(p)-1] + 1
	var add []Block
	for _, l := range lines[1:] {
		add = append(add, Paragraph(l))
	}
	*list = append((*list)[:at], append(add, (*list)[at:]...)...)
	return len(lines)
}

// MergeBlockUp joins the runs block at path onto the end of the runs block
// before it and removes it; it reports whether it could.
func MergeBlockUp(a *Article, p BlockPath) bool {
	i := p[len(p)-1]
	list := ListAt(a, p)
	if list == nil || i < 1 || i >= len(*list) {
		return false
	}
	prev, cur := &(*list)[i-1], (*list)[i]
	if !HasRuns(prev.Type) || !HasRuns(cur.Type) {
		return false
	}
	prev.Runs = append(prev.Runs, cur.Runs...)
	*list = append((*list)[:i], (*list)[i+1:]...)
	return true
}

// DeleteBlock removes the block at path.
func DeleteBlock(a *Article, p BlockPath) bool {
	i := p[len(p)-1]
	list := ListAt(a, p)
	if list == nil || i >= len(*list) {
		return false
	}
	*list = append((*list)[:i], (*list)[i+1:]...)
	return true
}

// InsertParagraph inserts an empty paragraph after the block at path (at the
// start when path's last index is −1).
func InsertParagraph(a *Article, p BlockPath) {
	q := append(BlockPath(nil), p...)
	q[len(q)-1]++
	list := ListAt(a, q)
	if list == nil {
		return
	}
	at := q[len(q)-1]
	*list = append((*list)[:at], append([]Block{Paragraph("")}, (*list)[at:]...)...)
}

// BlockStyles are the choices of a runs block's style, in menu order.
var BlockStyles = []string{"正文段落", "标题 一、", "标题 （一）", "标题 1.", "标题 （1）", "章标题", "节标题", "小标题（居中）", "落款"}

// StyleOf returns the menu label of a runs block's style.
func StyleOf(b *Block) string {
	switch b.Type {
	case BlockSignature:
		return "落款"
	case BlockHeading:
		switch b.HeadingKind {
		case HeadingChapter:
			return "章标题"
		case HeadingSection:
			return "节标题"
		case HeadingPlain:
			return "小标题（居中）"
		}
		if b.Level >= 1 && b.Level <= 4 {
			return BlockStyles[b.Level]
		}
		return BlockStyles[1]
	}
	return BlockStyles[0]
}

// SetStyle gives a runs block the style of a menu label.
func SetStyle(b *Block, style string) {
	b.HeadingKind, b.Level = "", 0
	switch style {
	case "落款":
		b.Type = BlockSignature
	case "章标题":
		b.Type, b.HeadingKind = BlockHeading, HeadingChapter
	case "节标题":
		b.Type, b.HeadingKind = BlockHeading, HeadingSection
	case "小标题（居中）":
		b.Type, b.HeadingKind = BlockHeading, HeadingPlain
	default:
		b.Type = BlockParagraph
		for lvl := 1; lvl <= 4; lvl++ {
			if style == BlockStyles[lvl] {
				b.Type, b.HeadingKind, b.Level = BlockHeading, HeadingNumbered, lvl
			}
		}
	}
}

// ReplaceInArticle replaces every old in the text runs of the article's body
// (headings, paragraphs, signatures, list items, table cells, attachment
// titles) and returns how many it replaced. A match that spans two runs of
// different style is not replaced.
func ReplaceInArticle(a *Article, old, new string) int {
	if old == "" {
		return 0
	}
	n := 0
	rep := func(s *string) {
		if c := strings.Count(*s, old); c > 0 {
			n += c
			*s = strings.ReplaceAll(*s, old, new)
		}
	}
	runs := func(rs []Run) {
		for i := range rs {
			rep(&rs[i].Text)
		}
	}
	WalkBlocks(a.Blocks, func(b *Block) {
		runs(b.Runs)
		for _, it := range b.Items {
			runs(it)
		}
		if b.Table != nil {
			rep(&b.Table.Title)
			for ri := range b.Table.Rows {
				for ci := range b.Table.Rows[ri].Cells {
					runs(b.Table.Rows[ri].Cells[ci].Runs)
				}
			}
		}
		if b.Attachment != nil {
			rep(&b.Attachment.Title)
		}
		if b.Image != nil {
			rep(&b.Image.Caption)
		}
	})
	return n
}
