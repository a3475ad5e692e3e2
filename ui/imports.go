package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gazette/gazette"
	"gazette/importer"
)

// readIssues turns a file into whole issues: an archive gives its issues, a
// text the one issue it holds. IDs are made fresh so that an import never
// overwrites an issue in the database.
func readIssues(path string, data []byte) ([]*gazette.Issue, []string, error) {
	name := filepath.Base(path)
	text, err := importer.Decode(name, data)
	if err != nil {
		return nil, nil, err
	}
	is, warns, err := importer.ParseIssue(name, text)
	if err != nil {
		return nil, nil, err
	}
	return []*gazette.Issue{DuplicateIssue(is)}, warnLines(warns), nil
}

// readArticles reads article files (.txt, .docx) into articles with the
// importer's warnings, one a line.
func readArticles(paths []string) ([]gazette.Article, []string, error) {
	var arts []gazette.Article
	var warns []string
	for _, path := range paths {
		name := filepath.Base(path)
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, fmt.Errorf("读取 %s：%w", path, err)
		}
		var text string
		if strings.EqualFold(filepath.Ext(path), ".docx") {
			text, err = importer.DocxText(name, data)
		} else {
			text, err = importer.Decode(name, data)
		}
		if err != nil {
			return nil, nil, err
		}
		a, ws, err := importer.ParseDocument(name, text)
		if err != nil {
			return nil, nil, err
		}
		arts = append(arts, a)
		warns = append(warns, warnLines(ws)...)
	}
	return arts, warns, nil
}

// pasteArticles turns pasted text into an article.
func pasteArticles(text string) ([]gazette.Article, []string, error) {
	a, ws, err := importer.ParseDocument("粘贴的文本", text)
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
