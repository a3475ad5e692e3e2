package gazette

import (
	"strings"
)

// RunSep stands between runs in a block's search text: a match never
// spans two runs, as ReplaceAll replaces run by run.
const RunSep = "\x00"

// BlockSearchText is the text of a block that find looks in: the same
// strings ReplaceAll changes (runs, list items, table title and cells,
// attachment title, image caption).
func BlockSearchText(b *Block) string {
	var parts []string
	runs := func(rs []Run) {
		for _, r := range rs {
			parts = append(parts, r.Text)
		}
	}
	runs(b.Runs)
	for _, it := range b.Items {
		runs(it)
	}
	if b.Table != nil {
		parts = append(parts, b.Table.Title)
		for _, row := range b.Table.Rows {
			for _, c := range row.Cells {
				runs(c.Runs)
			}
		}
	}
	if b.Attachment != nil {
		parts = append(parts, b.Attachment.Title)
	}
	if b.Image != nil {
		parts = append(parts, b.Image.Caption)
	}
	return strings.Join(parts, RunSep)
}

// FindHit is a body block that holds the find text.
type FindHit struct {
	Article string // the article's ID
	Block   int    // the block's index in WalkBlocks order: its row in 正文编辑
	Count   int    // how often the text occurs in it
}

// FindInIssue returns the blocks of the issue's article bodies that hold
// q, in reading order, and how often q occurs in all.
func FindInIssue(is *Issue, q string) (hits []FindHit, total int) {
	if q == "" || strings.Contains(q, RunSep) {
		return nil, 0
	}
	is.Articles(func(_, _ int, a *Article) bool {
		i := 0
		WalkBlocks(a.Blocks, func(b *Block) {
			if n := strings.Count(BlockSearchText(b), q); n > 0 {
				hits = append(hits, FindHit{Article: a.ID, Block: i, Count: n})
				total += n
			}
			i++
		})
		return true
	})
	return hits, total
}

// ReplaceInIssue replaces old with new in the bodies of all the issue's
// articles and returns how many it replaced, in how many articles, and
// copies of those articles as they were (to undo it).
func ReplaceInIssue(is *Issue, old, new string) (n int, before []Article) {
	if old == "" {
		return 0, nil
	}
	is.Articles(func(_, _ int, a *Article) bool {
		c := a.Clone()
		if k := ReplaceInArticle(a, old, new); k > 0 {
			n += k
			before = append(before, c)
		}
		return true
	})
	return n, before
}
