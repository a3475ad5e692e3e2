package layout

import (
	"testing"

	"gazette/gazette"
	"gazette/internal/testseed"
)

func TestSeed(t *testing.T) {
	is := testseed.Issue(t)
	if n := is.ArticleCount(); n != 16 {
		t.Fatalf("the seed imports as %d articles, want 16", n)
	}
	for name, s := range presets() {
		t.Run(name, func(t *testing.T) {
			s := s
			d, err := Lay(testseed.Issue(t), Options{Settings: &s})
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, is, d)
			again, err := Lay(testseed.Issue(t), Options{Settings: &s})
			if err != nil {
				t.Fatal(err)
			}
			if dumpDoc(d) != dumpDoc(again) {
				t.Error("the same input gives different pages")
			}
			for _, f := range d.Findings {
				if f.Error {
					t.Logf("finding: page %d %s", f.Page, f.Message)
				}
			}
			golden(t, "seed_"+name+".txt", dumpDoc(d))
		})
	}
}

func BenchmarkLaySeed(b *testing.B) {
	is := testseed.Issue(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Lay(is, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRelayArticle re-lays the seed after an edit of one paragraph,
// through a Layouter that holds the other articles' lines.
func BenchmarkRelayArticle(b *testing.B) {
	is := testseed.Issue(b)
	l := NewLayouter(Options{})
	if _, err := l.Lay(is); err != nil {
		b.Fatal(err)
	}
	a := &is.Sections[0].Articles[0]
	orig := a.Blocks[0]
	i := 0
	b.ResetTimer()
	for b.Loop() {
		i++
		a.Blocks[0] = orig
		if i%2 == 1 {
			a.Blocks[0] = gazette.Paragraph(gazette.RunsText(orig.Runs) + "补充一句。")
		}
		if _, err := l.Lay(is); err != nil {
			b.Fatal(err)
		}
	}
}
