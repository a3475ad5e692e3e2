package layout

// FindArticle returns the page and the y of the first glyph of the article
// with the given reading-order index (0 and 0 when it is on no page): for
// jumping from an article being edited to its place in the pages.
func (d *Document) FindArticle(index int) (page int, y float64) {
	for _, p := range d.Pages {
		if p.Kind != PageBody {
			continue
		}
		for _, r := range p.Runs {
			for _, g := range r.Glyphs {
				if g.Src.Article == index {
					return p.Number, r.Y
				}
			}
		}
	}
	return 0, 0
}

// Errors returns the findings that make the issue unfit to print.
func (d *Document) Errors() []Finding {
	var out []Finding
	for _, f := range d.Findings {
		if f.Error {
			out = append(out, f)
		}
	}
	return out
}
