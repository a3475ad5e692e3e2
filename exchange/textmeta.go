package exchange

import "gazette/gazette"

// IssueMeta is what the gazette:issue comment that opens the text form
// carries: everything of the issue but its sections (the masthead the text
// prints again for people, the board, the colophon, the cover without its
// image, the layout settings and the status).
type IssueMeta struct {
	Title       string `json:"title"`
	Sponsor     string `json:"sponsor"`
	Frequency   string `json:"frequency"`
	Year        int    `json:"year"`
	Number      int    `json:"number"`
	TotalNumber int    `json:"total_number"`
	// Unit is the numbering unit, 期 or 号; absent (a text written before
	// it existed, or a 期 issue) it is 期.
	Unit      gazette.NumberUnit   `json:"unit,omitempty"`
	Date      string               `json:"date"`
	Statement string               `json:"statement"`
	Slogan    string               `json:"slogan"`
	Board     []gazette.BoardEntry `json:"board"`
	Colophon  gazette.Colophon     `json:"colophon"`
	Cover     *gazette.Cover       `json:"cover,omitempty"`
	Layout    *gazette.Settings    `json:"layout,omitempty"`
	Status    gazette.Status       `json:"status,omitempty"`
}

// ArticleMeta is the head of an article as the gazette:article comment of
// the text form carries it; the head lines printed after it are for people.
type ArticleMeta struct {
	Section    string       `json:"section,omitempty"`
	Kind       gazette.Kind `json:"kind"`
	Title      string       `json:"title"`
	TitleLines []string     `json:"title_lines,omitempty"`
	Issuers    []string     `json:"issuers,omitempty"`
	DocNumber  string       `json:"doc_number,omitempty"`
	Date       string       `json:"date,omitempty"`
	Addressee  string       `json:"addressee,omitempty"`
	Disclosure string       `json:"disclosure,omitempty"`
	Subtitle   string       `json:"subtitle,omitempty"`
	Source     string       `json:"source,omitempty"`
}

// issueMeta is the IssueMeta of is.
func issueMeta(is *gazette.Issue) IssueMeta {
	cover := is.Cover
	cover.Image = nil
	layout := is.Layout
	return IssueMeta{Title: is.Title, Sponsor: is.Sponsor, Frequency: is.Frequency, Year: is.Year,
		Number: is.Number, TotalNumber: is.TotalNumber, Unit: is.Unit, Date: is.Date, Statement: is.Statement, Slogan: is.Slogan,
		Board: is.Board, Colophon: is.Colophon, Cover: &cover, Layout: &layout, Status: is.Status}
}

// apply sets is's fields from m, as issueMeta took them.
func (m *IssueMeta) apply(is *gazette.Issue) {
	is.Title, is.Sponsor, is.Frequency = m.Title, m.Sponsor, m.Frequency
	is.Year, is.Number, is.TotalNumber, is.Unit, is.Date = m.Year, m.Number, m.TotalNumber, m.Unit, m.Date
	is.Statement, is.Slogan, is.Board, is.Colophon = m.Statement, m.Slogan, m.Board, m.Colophon
	if m.Cover != nil {
		is.Cover = *m.Cover
	}
	if m.Layout != nil {
		is.Layout = *m.Layout
	}
	if m.Status != "" {
		is.Status = m.Status
	}
}

// articleMeta is the ArticleMeta of a, filed in section.
func articleMeta(section string, a *gazette.Article) ArticleMeta {
	return ArticleMeta{Section: section, Kind: a.Kind, Title: a.Title, TitleLines: a.TitleLines,
		Issuers: a.Issuers, DocNumber: a.DocNumber, Date: a.Date, Addressee: a.Addressee, Disclosure: a.Disclosure,
		Subtitle: a.Subtitle, Source: a.Source}
}

// article is a new article with m's head and no body yet.
func (m *ArticleMeta) article() gazette.Article {
	return gazette.Article{ID: gazette.NewID(), Kind: m.Kind, Title: m.Title, TitleLines: m.TitleLines,
		Issuers: append([]string{}, m.Issuers...), DocNumber: m.DocNumber, Date: m.Date, Addressee: m.Addressee,
		Disclosure: m.Disclosure, Subtitle: m.Subtitle, Source: m.Source, Blocks: []gazette.Block{}}
}

// headChunks is how many chunks the text form prints for a's head after
// its gazette:article comment: the title, the 文号 and date line, the
// issuer line (unless the title opens with the one issuer), the addressee
// and the subtitle — as WriteText writes them.
func headChunks(a *gazette.Article) int {
	n := 1
	if a.DocNumber != "" || a.Date != "" {
		n++
	}
	if showIssuers(a) {
		n++
	}
	if a.Addressee != "" {
		n++
	}
	if a.Subtitle != "" {
		n++
	}
	return n
}

// showIssuers reports whether the text form prints a's issuer line.
func showIssuers(a *gazette.Article) bool {
	return len(a.Issuers) > 1 || (len(a.Issuers) == 1 && !startsWith(a.Title, a.Issuers[0]))
}

func startsWith(s, prefix string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }
