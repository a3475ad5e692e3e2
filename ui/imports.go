package ui

import (
	"gazette/gazette"
	"gazette/importer"
)

// readArticles reads article files (.txt, .md, .docx) all-or-nothing into
// articles — one per document a file holds — with the importer's
// warnings, one a line.
func readArticles(paths []string) ([]gazette.Article, []string, error) {
	arts, warns, err := importer.ReadFiles(paths)
	if err != nil {
		return nil, nil, err
	}
	return arts, warnLines(warns), nil
}

// pasteArticles turns pasted text into articles, one per document it
// holds (importer.PasteDocuments).
func pasteArticles(text string) ([]gazette.Article, []string, error) {
	arts, ws, err := importer.PasteDocuments(text)
	if err != nil {
		return nil, nil, err
	}
	return arts, warnLines(ws), nil
}

// warnLines formats importer warnings one a line.
func warnLines(ws []importer.Warning) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.String()
	}
	return out
}
