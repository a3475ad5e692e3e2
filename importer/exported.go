package importer

import (
	"gazette/exchange"
	"gazette/gazette"
)

// Stage 0 of the importer: which reader. A text that opens with the
// exchange form's gazette:issue comment (what `gazette export --format
// text` writes) is read exactly by exchange.ReadText — no heuristics, no
// normalisation; any other text goes through the stages that follow
// (lines, page furniture, segmentation, document head, body blocks).

// readExported reads the exchange text form and reports the documents it
// holds; it removes nothing and guesses nothing.
func readExported(name, text string) (*gazette.Issue, *Report, error) {
	rep := &Report{File: name, Documents: []ReportDoc{}, Removed: []Removal{}, Unmatched: []string{}, Warnings: []Warning{}}
	is, err := exchange.ReadText(name, text)
	if err != nil {
		return nil, rep, err
	}
	is.Articles(func(si, _ int, a *gazette.Article) bool {
		rep.Documents = append(rep.Documents, ReportDoc{Section: is.Sections[si].Name, Title: a.Title,
			DocNumber: a.DocNumber, Date: a.Date, Issuers: a.Issuers, Kind: a.Kind})
		return true
	})
	return is, rep, nil
}

// IssueMeta is the exchange form's gazette:issue comment (kept here by
// name; the exchange package owns it).
type IssueMeta = exchange.IssueMeta

// ArticleMeta is the exchange form's gazette:article comment (kept here by
// name; the exchange package owns it).
type ArticleMeta = exchange.ArticleMeta
