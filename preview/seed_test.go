package preview

import (
	"encoding/json"
	goldenfile "gazette/internal/golden"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"gazette/fonts"
	"gazette/importer"
	"gazette/layout"
)

// seedPath is the real issue the tests lay out (景德镇市人民政府公报 2020年第8期).
const seedPath = "../assets/demo/000_e9775c076d8c3296.txt" // the demo issue, a copy of the seed

var seed struct {
	once sync.Once
	doc  *layout.Document
	err  error
}

// seedDoc returns the seed issue imported and laid out with the default
// settings (once per test binary); a missing seed file fails the test.
func seedDoc(t testing.TB) *layout.Document {
	t.Helper()
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	seed.once.Do(func() {
		text, err := importer.Decode(seedPath, data)
		if err != nil {
			seed.err = err
			return
		}
		is, _, err := importer.ParseIssue(seedPath, text)
		if err != nil {
			seed.err = err
			return
		}
		seed.doc, seed.err = layout.Lay(is, layout.Options{})
	})
	if seed.err != nil {
		t.Fatalf("seed issue: %v", seed.err)
	}
	return seed.doc
}

// seedPages returns the pages the golden tests draw: the cover, the first
// TOC page and the first body page with a table (many rules).
func seedPages(t testing.TB) map[string]*layout.Page {
	t.Helper()
	doc := seedDoc(t)
	out := map[string]*layout.Page{}
	for _, p := range doc.Pages {
		name := ""
		switch {
		case p.Kind == layout.PageCover:
			name = "seed-cover"
		case p.Kind == layout.PageTOC:
			name = "seed-toc"
		case p.Kind == layout.PageBody && len(p.Rules) > 20:
			name = "seed-table"
		}
		if _, ok := out[name]; name != "" && !ok {
			out[name] = p
		}
	}
	for _, name := range []string{"seed-cover", "seed-toc", "seed-table"} {
		if out[name] == nil {
			t.Fatalf("the seed issue has no page for %s", name)
		}
	}
	return out
}

// TestRenderSeedGolden draws three pages of the seed issue and compares
// them with golden PNGs. The pages themselves are kept as JSON snapshots
// next to the PNGs (both rewritten with -update from the live import and
// layout), so that this test follows changes of the preview only; whether
// the preview matches the current layout's PDF is TestMatchesPDFSeed's job.
func TestRenderSeedGolden(t *testing.T) {
	var pages map[string]*layout.Page
	if goldenfile.Update() {
		pages = seedPages(t)
	}
	for _, name := range []string{"seed-cover", "seed-toc", "seed-table"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name+".page.json")
			var p *layout.Page
			if goldenfile.Update() {
				p = pages[name]
				writeSnapshot(t, path, p)
			} else {
				p = readSnapshot(t, path)
			}
			assertGolden(t, name, Render(p, Options{DPI: 72}))
		})
	}
}

// writeSnapshot stores a page as JSON; its fonts are stored by style.
func writeSnapshot(t *testing.T, path string, p *layout.Page) {
	t.Helper()
	for _, r := range p.Runs {
		if r.Font != nil && !r.Font.Style.Valid() {
			t.Fatalf("%s: font %s is not a bundled style", path, r.Font.Name)
		}
	}
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// readSnapshot loads a page stored by writeSnapshot, with the bundled
// faces of its runs' styles.
func readSnapshot(t *testing.T, path string) *layout.Page {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./preview -run Golden -update to make it)", err)
	}
	var p layout.Page
	if err := json.Unmarshal(data, &p); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	for i := range p.Runs {
		if f := p.Runs[i].Font; f != nil {
			face, err := fonts.Bundled(f.Style)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			p.Runs[i].Font = face
		}
	}
	return &p
}

// TestMatchesPDFSeed compares the preview of the golden pages of the seed
// issue with poppler's rendering of their PDF.
func TestMatchesPDFSeed(t *testing.T) {
	pages := seedPages(t)
	doc := &layout.Document{Title: "seed"}
	for _, name := range []string{"seed-cover", "seed-toc", "seed-table"} {
		doc.Pages = append(doc.Pages, pages[name])
	}
	comparePDF(t, doc, 50)
}

func BenchmarkRenderPage100dpi(b *testing.B) {
	p := seedPages(b)["seed-table"]
	Render(p, Options{DPI: 100}) // fill the glyph cache, as in the editor
	b.ResetTimer()
	for b.Loop() {
		Render(p, Options{DPI: 100})
	}
}

// BenchmarkThumbnailsSeed draws every page of the seed issue at 24 dpi with
// an empty thumbnail cache (glyph masks already made).
func BenchmarkThumbnailsSeed(b *testing.B) {
	doc := seedDoc(b)
	NewCache().Thumbnails(doc, 24)
	b.ResetTimer()
	for b.Loop() {
		NewCache().Thumbnails(doc, 24)
	}
}

// BenchmarkThumbnailsSeedCold is BenchmarkThumbnailsSeed with the glyph
// masks made anew, as on the program's first draw.
func BenchmarkThumbnailsSeedCold(b *testing.B) {
	doc := seedDoc(b)
	for b.Loop() {
		glyphs.mu.Lock()
		glyphs.masks, glyphs.bytes = map[maskKey]mask{}, 0
		glyphs.mu.Unlock()
		NewCache().Thumbnails(doc, 24)
	}
}

// BenchmarkThumbnailsSeedUnchanged redraws the seed issue's thumbnails when
// no page changed: the cost of the cache's content keys alone.
func BenchmarkThumbnailsSeedUnchanged(b *testing.B) {
	doc := seedDoc(b)
	c := NewCache()
	c.Thumbnails(doc, 24)
	for b.Loop() {
		c.Thumbnails(doc, 24)
	}
}
