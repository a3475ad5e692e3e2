package pdf

import (
	"bytes"
	"strings"
	"testing"

	"gazette/fonts"
	"gazette/layout"
)

// seedDoc sets the seed issue's text in plain A4 pages of 34 lines of 37
// characters (Song 12 on a 20 pt pitch), titles in Song Bold: the load of a
// real issue without depending on the layout engine.
func seedDoc(t testing.TB) *layout.Document {
	set := fonts.Default()
	doc := &layout.Document{Title: "公报"}
	var page *layout.Page
	line := 0
	for _, para := range strings.Split(seedText(t), "\n") {
		rs := []rune(strings.TrimSpace(para))
		style := fonts.Song
		if strings.HasPrefix(para, "#") {
			style = fonts.SongBold
		}
		for len(rs) > 0 {
			n := min(len(rs), 37)
			if page == nil || line == 34 {
				page = &layout.Page{Number: len(doc.Pages) + 1, Kind: layout.PageBody, Width: a4W, Height: a4H, Bleed: bleed3}
				doc.Pages = append(doc.Pages, page)
				line = 0
			}
			page.Runs = append(page.Runs, runOf(set, style, 12, layout.Black, layout.MM(28), layout.MM(30)+float64(line)*20+12, string(rs[:n]))...)
			rs = rs[n:]
			line++
		}
	}
	return doc
}

// BenchmarkWrite writes the seed's text as laid out by seedDoc.
func BenchmarkWrite(b *testing.B) {
	doc := seedDoc(b)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf, doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1024, "KB")
	b.ReportMetric(float64(len(doc.Pages)), "pages")
}
