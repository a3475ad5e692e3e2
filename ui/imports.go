package ui

import (
	"bytes"
	"path/filepath"

	"gazette/exchange"
	"gazette/gazette"
	"gazette/importer"
)

// readIssues turns a file into a whole issue: an archive (exchange) or the
// text of an issue (.txt, .md or .docx). The issue gets fresh IDs so that
// an import never overwrites an issue in the database.
func readIssues(path string, data []byte) ([]*gazette.Issue, []string, error) {
	if exchange.IsArchive(data) {
		is, err := exchange.ReadArchive(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return nil, nil, errorf(err, "读取归档 %s", path)
		}
		return []*gazette.Issue{gazette.DuplicateIssue(is)}, nil, nil
	}
	is, warns, err := importer.ReadIssue(filepath.Base(path), data)
	if err != nil {
		return nil, nil, err
	}
	return []*gazette.Issue{gazette.DuplicateIssue(is)}, warnLines(warns), nil
}

// readArticles reads article files (.txt, .md, .docx) all-or-nothing into
// articles with the importer's warnings, one a line.
func readArticles(paths []string) ([]gazette.Article, []string, error) {
	arts, warns, err := importer.ReadFiles(paths)
	if err != nil {
		return nil, nil, err
	}
	return arts, warnLines(warns), nil
}

// pasteArticles turns pasted text into an article.
func pasteArticles(text string) ([]gazette.Article, []string, error) {
	a, ws, err := importer.Paste(text)
	if err != nil {
		return nil, nil, err
	}
	return []gazette.Article{a}, warnLines(ws), nil
}

// warnLines formats importer warnings one a line.
func warnLines(ws []importer.Warning) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.String()
	}
	return out
}

// sectionFor names the section an imported article goes to.
func sectionFor(a *gazette.Article) string { return importer.SectionFor(a) }
