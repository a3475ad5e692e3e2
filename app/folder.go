package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gazette/gazette"
	"gazette/importer"
	"gazette/store"
)

// FolderFile is what became of one file of a folder brought in as issues.
type FolderFile struct {
	File     string         // the file's name in the folder
	Issue    *gazette.Issue // the issue saved, or nil
	Exists   *store.Summary // the issue already in the database (skipped), or nil
	Err      error          // why the file was not imported, or nil
	Warnings []importer.Warning
}

// ImportFolder brings in the back catalogue: every file of dir (not its
// subfolders, nor hidden files), in name order, is read and saved as one
// whole issue exactly as a single import is (ReadIssue, ImportIssue), each
// in a transaction of its own, so each issue goes in whole or not at all.
// A file that cannot be read, or that holds no article, is reported and the
// others go on; an issue whose 刊名, year and number the database (or an
// earlier file of the folder) already holds is skipped and named.
func ImportFolder(st *store.Store, dir string) ([]FolderFile, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("读文件夹 %s：%w", dir, err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var out []FolderFile
	for _, name := range names {
		r := FolderFile{File: name}
		var rec *store.ImportRecord
		r.Issue, rec, r.Warnings, r.Err = readFolderFile(filepath.Join(dir, name))
		if r.Err == nil {
			var exists *ExistsError
			_, err := ImportIssueWith(st, r.Issue, rec, false)
			switch {
			case errors.As(err, &exists):
				r.Exists, r.Issue = &exists.Existing, nil
			case err != nil:
				r.Err, r.Issue = err, nil
			}
		} else {
			r.Issue = nil
		}
		out = append(out, r)
	}
	return out, nil
}

// readFolderFile reads one file of a back catalogue as a whole issue
// (ReadIssueReport), with the import's record (ImportRecordOf); an issue
// without any article has no place in the archive.
func readFolderFile(path string) (*gazette.Issue, *store.ImportRecord, []importer.Warning, error) {
	data, err := importer.LoadFile(path)
	if err != nil {
		return nil, nil, nil, err
	}
	is, rep, err := ReadIssueReport(filepath.Base(path), data)
	var ws []importer.Warning
	if rep != nil {
		ws = rep.Warnings
	}
	if err != nil {
		return nil, nil, ws, err
	}
	if is.ArticleCount() == 0 {
		return nil, nil, ws, fmt.Errorf("“%s”不是整期文本：找不到文章", filepath.Base(path))
	}
	return is, ImportRecordOf(is, rep), ws, nil
}
