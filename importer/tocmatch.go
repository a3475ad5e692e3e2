package importer

import (
	"strings"

	"gazette/gazette"
)

// TOCEntry is one entry of an issue's printed 目录 as the import read it:
// the section it stands under, its title (spaces taken out) and 文号, and
// its text as printed. The entries are kept with a saved issue so that
// `gazette check` can match them again against the articles as they are
// after the editor's changes.
type TOCEntry struct {
	Section   string `json:"section"`
	Title     string `json:"title"`
	DocNumber string `json:"doc_number,omitempty"`
	Text      string `json:"text"`
}

// TOC returns the entries of the printed 目录 the import read, in the
// order they were printed. They are read again, by the importer's own
// reading of a 目录 line, from the lines the report lists as removed for
// being the 目录: those are the lines the import read them from.
func (r *Report) TOC() []TOCEntry {
	t := &toc{}
	for _, m := range r.Removed {
		if m.Reason == ReasonTOC {
			t.line(m.Text)
		}
	}
	out := make([]TOCEntry, 0, len(t.entries))
	for _, e := range t.entries {
		out = append(out, TOCEntry{Section: e.section, Title: e.title, DocNumber: e.docNumber, Text: e.raw})
	}
	return out
}

// ArticleRef names an article of an issue: where it is and what it is
// called.
type ArticleRef struct {
	Section int    `json:"section"` // index of its section
	Index   int    `json:"index"`   // index in the section
	ID      string `json:"id"`
	Title   string `json:"title"`
}

// TOCMatch is a 目录 matched against an issue's articles.
type TOCMatch struct {
	// Matched gives, for each entry (by its index), the article it names,
	// nil when none does.
	Matched []*ArticleRef
	// Unmatched are the entries no article matches, in the 目录's order.
	Unmatched []TOCEntry
	// Unlisted are the articles no entry names, in the issue's order.
	Unlisted []ArticleRef
}

// MatchTOC matches the printed 目录's entries to the articles of is as the
// import does: an entry names an article by its 文号, by its title (spaces
// aside) or by an unnumbered heading inside it (the rules an order
// publishes, the text a notice carries); an order's entry names the order
// and its regulation as one. An issue read without a 目录 (no entries) has
// no unlisted articles.
func MatchTOC(entries []TOCEntry, is *gazette.Issue) TOCMatch {
	m := TOCMatch{Matched: make([]*ArticleRef, len(entries))}
	if len(entries) == 0 {
		return m
	}
	all := &toc{}
	for _, e := range entries {
		all.entries = append(all.entries, tocEntry{section: e.Section, title: e.Title, docNumber: e.DocNumber, raw: e.Text})
	}
	used := map[[2]int]bool{}
	for k, e := range all.entries {
		ref := firstMatch(e, is, used, all.repeats(k))
		if ref == nil {
			m.Unmatched = append(m.Unmatched, entries[k])
			continue
		}
		m.Matched[k] = ref
	}
	is.Articles(func(si, ai int, a *gazette.Article) bool {
		named := all.find(a) != nil
		for k := 0; k < len(all.entries) && !named; k++ {
			named = all.entries[k].title != "" && enclosesTitle(a, all.entries[k].title)
		}
		if !named {
			m.Unlisted = append(m.Unlisted, ArticleRef{Section: si, Index: ai, ID: a.ID, Title: a.Title})
		}
		return true
	})
	return m
}

// firstMatch returns the first article of is that entry e names, by the
// test the import's own check of the 目录 makes (toc.check), or nil; it
// prefers an article no entry took yet (used, which it marks), and takes
// only such an article when e repeats an earlier entry (one to one, see
// tocdup.go).
func firstMatch(e tocEntry, is *gazette.Issue, used map[[2]int]bool, repeat bool) *ArticleRef {
	var ref, taken *ArticleRef
	is.Articles(func(si, ai int, a *gazette.Article) bool {
		t := &toc{entries: []tocEntry{e}}
		q := &parser{}
		t.check(q, &gazette.Issue{Sections: []gazette.Section{{Articles: []gazette.Article{*a}}}})
		if len(q.unmatched) > 0 {
			return true
		}
		r := &ArticleRef{Section: si, Index: ai, ID: a.ID, Title: a.Title}
		if used[[2]int{si, ai}] {
			if taken == nil {
				taken = r
			}
			return true
		}
		used[[2]int{si, ai}], ref = true, r
		return false
	})
	if ref == nil && !repeat {
		return taken
	}
	return ref
}

// EntryText is an entry as a message names it: its printed text, or its
// title and 文号 when the text is missing.
func (e TOCEntry) EntryText() string {
	if t := strings.TrimSpace(e.Text); t != "" {
		return t
	}
	if e.DocNumber != "" {
		return e.Title + "（" + e.DocNumber + "）"
	}
	return e.Title
}

// Guesses returns the weak guesses of the import other than its warnings
// about the 目录 entries left unmatched (which Unmatched lists, and which
// MatchTOC finds again).
func (r *Report) Guesses() []Warning {
	var out []Warning
	for _, w := range r.Weak() {
		if !r.aboutUnmatched(w) {
			out = append(out, w)
		}
	}
	return out
}

// aboutUnmatched reports whether w is the import's warning about one of
// the 目录 entries it left unmatched.
func (r *Report) aboutUnmatched(w Warning) bool {
	for _, u := range r.Unmatched {
		if w.Line <= 0 && strings.Contains(w.Message, "“"+u+"”") {
			return true
		}
	}
	return false
}
