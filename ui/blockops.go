package ui

import (
	"fmt"
	"strings"

	"gazette/gazette"
)

// A block path addresses a body block: the indices from the article's
// blocks down through attachments (len 1 for a top-level block).
type blockPath []int

// String writes the path as its indices, e.g. "[3 0]" (a map key).
func (p blockPath) String() string { return fmt.Sprint([]int(p)) }

// blockList returns the slice that holds the block at path (the article's
// blocks, or an attachment's), or nil for a bad path.
func blockList(a *gazette.Article, p blockPath) *[]gazette.Block {
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

// blockAt returns the block at path, or nil.
func blockAt(a *gazette.Article, p blockPath) *gazette.Block {
	list := blockList(a, p)
	if list == nil || p[len(p)-1] >= len(*list) {
		return nil
	}
	return &(*list)[p[len(p)-1]]
}

// setRunsText replaces the text of runs, keeping what can be kept: a run-in
// lead-in (（一）加快组织落实。) stays a run of its own while the text still
// starts with it, and a text that is unchanged keeps all its runs.
func setRunsText(runs []gazette.Run, text string) []gazette.Run {
	if gazette.RunsText(runs) == text {
		return runs
	}
	if len(runs) > 1 && runs[0].LeadIn != gazette.LeadInNone && strings.HasPrefix(text, runs[0].Text) {
		return []gazette.Run{runs[0], {Text: text[len(runs[0].Text):]}}
	}
	if len(runs) > 0 {
		r := runs[0]
		r.Text, r.LeadIn = text, gazette.LeadInNone
		if len(runs) > 1 {
			r.Bold, r.Sup, r.Sub = false, false, false
		}
		return []gazette.Run{r}
	}
	return []gazette.Run{{Text: text}}
}

// hasRuns reports whether a block's text lives in its Runs.
func hasRuns(t gazette.BlockType) bool {
	return t == gazette.BlockParagraph || t == gazette.BlockHeading || t == gazette.BlockSignature
}

// SplitBlock splits the runs block at path at every line break of text
// (pressing Enter in a paragraph makes a new paragraph): the first line
// stays in the block, the others become paragraphs after it. Signatures
// keep their line breaks. It returns how many blocks the text became.
func SplitBlock(a *gazette.Article, p blockPath, text string) int {
	b := blockAt(a, p)
	if b == nil {
		return 0
	}
	if b.Type == gazette.BlockSignature || !strings.Contains(text, "\n") {
		b.Runs = setRunsText(b.Runs, text)
		return 1
	}
	lines := strings.Split(text, "\n")
	b.Runs = setRunsText(b.Runs, lines[0])
	list := blockList(a, p)
	at := p[len(p)-1] + 1
	var add []gazette.Block
	for _, l := range lines[1:] {
		add = append(add, gazette.Paragraph(l))
	}
	*list = append((*list)[:at], append(add, (*list)[at:]...)...)
	return len(lines)
}

// MergeBlockUp joins the runs block at path onto the end of the runs block
// before it and removes it; it reports whether it could.
func MergeBlockUp(a *gazette.Article, p blockPath) bool {
	i := p[len(p)-1]
	list := blockList(a, p)
	if list == nil || i < 1 || i >= len(*list) {
		return false
	}
	prev, cur := &(*list)[i-1], (*list)[i]
	if !hasRuns(prev.Type) || !hasRuns(cur.Type) {
		return false
	}
	prev.Runs = append(prev.Runs, cur.Runs...)
	*list = append((*list)[:i], (*list)[i+1:]...)
	return true
}

// DeleteBlock removes the block at path.
func DeleteBlock(a *gazette.Article, p blockPath) bool {
	i := p[len(p)-1]
	list := blockList(a, p)
	if list == nil || i >= len(*list) {
		return false
	}
	*list = append((*list)[:i], (*list)[i+1:]...)
	return true
}

// InsertParagraph inserts an empty paragraph after the block at path (at the
// start when path's last index is −1).
func InsertParagraph(a *gazette.Article, p blockPath) {
	q := append(blockPath(nil), p...)
	q[len(q)-1]++
	list := blockList(a, q)
	if list == nil {
		return
	}
	at := q[len(q)-1]
	*list = append((*list)[:at], append([]gazette.Block{gazette.Paragraph("")}, (*list)[at:]...)...)
}

// blockStyles are the choices of a runs block's style, in menu order.
var blockStyles = []string{"正文段落", "标题 一、", "标题 （一）", "标题 1.", "标题 （1）", "章标题", "节标题", "小标题（居中）", "落款"}

// styleOf returns the menu label of a runs block's style.
func styleOf(b *gazette.Block) string {
	switch b.Type {
	case gazette.BlockSignature:
		return "落款"
	case gazette.BlockHeading:
		switch b.HeadingKind {
		case gazette.HeadingChapter:
			return "章标题"
		case gazette.HeadingSection:
			return "节标题"
		case gazette.HeadingPlain:
			return "小标题（居中）"
		}
		if b.Level >= 1 && b.Level <= 4 {
			return blockStyles[b.Level]
		}
		return blockStyles[1]
	}
	return blockStyles[0]
}

// setStyle gives a runs block the style of a menu label.
func setStyle(b *gazette.Block, style string) {
	b.HeadingKind, b.Level = "", 0
	switch style {
	case "落款":
		b.Type = gazette.BlockSignature
	case "章标题":
		b.Type, b.HeadingKind = gazette.BlockHeading, gazette.HeadingChapter
	case "节标题":
		b.Type, b.HeadingKind = gazette.BlockHeading, gazette.HeadingSection
	case "小标题（居中）":
		b.Type, b.HeadingKind = gazette.BlockHeading, gazette.HeadingPlain
	default:
		b.Type = gazette.BlockParagraph
		for lvl := 1; lvl <= 4; lvl++ {
			if style == blockStyles[lvl] {
				b.Type, b.HeadingKind, b.Level = gazette.BlockHeading, gazette.HeadingNumbered, lvl
			}
		}
	}
}

// ReplaceAll replaces every old in the text runs of the article's body
// (headings, paragraphs, signatures, list items, table cells, attachment
// titles) and returns how many it replaced. A match that spans two runs of
// different style is not replaced.
func ReplaceAll(a *gazette.Article, old, new string) int {
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
	runs := func(rs []gazette.Run) {
		for i := range rs {
			rep(&rs[i].Text)
		}
	}
	gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) {
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
