package preflight

import (
	"strings"
	"testing"

	"gazette/gazette"
	"gazette/internal/testseed"
	"gazette/layout"
)

// seedPath is the real issue (景德镇市人民政府公报 2020年第8期).
const seedPath = "../assets/demo/000_e9775c076d8c3296.txt" // the demo issue, a copy of the seed

// TestSeedMissingCharPage puts a character no font has into a paragraph in
// the middle of the seed issue, lays it out and checks that preflight
// names the page the character is printed on.
func TestSeedMissingCharPage(t *testing.T) {
	is := testseed.File(t, seedPath)
	// The longest paragraph of the middle article.
	var arts []*gazette.Article
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		arts = append(arts, a)
		return true
	})
	ai := len(arts) / 2
	art := arts[ai]
	bi, best := -1, 0
	for i := range art.Blocks {
		if b := &art.Blocks[i]; b.Type == gazette.BlockParagraph && len([]rune(b.Text())) > best {
			bi, best = i, len([]rune(b.Text()))
		}
	}
	if bi < 0 {
		t.Fatalf("article %q has no paragraph", art.Title)
	}
	pos := best * 3 / 4
	r := []rune(art.Blocks[bi].Text())
	art.Blocks[bi] = gazette.Paragraph(string(r[:pos]) + rare + string(r[pos:]))
	// The block's number in layout.SrcPos counts attachments' blocks.
	wi := 0
	gazette.WalkBlocks(art.Blocks[:bi], func(*gazette.Block) { wi++ })
	doc, err := layout.Lay(is, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}

	var got []Finding
	for _, f := range Check(is, doc, nil) {
		if strings.HasPrefix(f.Message, missingPrefix) {
			got = append(got, f)
		}
	}
	if len(got) != 1 {
		t.Fatalf("got %d findings of missing characters, want 1: %v", len(got), got)
	}
	f := got[0]
	if !f.Error || f.ArticleID != art.ID || f.Src != (layout.SrcPos{Article: ai, Block: wi, Rune: pos}) {
		t.Errorf("finding %+v, want an error at article %d block %d rune %d", f, ai, wi, pos)
	}
	// The page named must print the characters around the missing one.
	var onPage []int
	for _, p := range doc.Pages {
		if p.Number != f.Page {
			continue
		}
		for _, run := range p.Runs {
			for _, g := range run.Glyphs {
				if g.Src.Article == ai && g.Src.Block == wi {
					onPage = append(onPage, g.Src.Rune)
				}
			}
		}
	}
	near := 0
	for _, rn := range onPage {
		if rn >= pos-1 && rn <= pos+1 {
			near++
		}
	}
	if near == 0 {
		t.Errorf("%s: page %d does not print runes %d–%d of the paragraph", f, f.Page, pos-1, pos+1)
	}
}
