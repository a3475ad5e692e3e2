package archive

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gazette/exchange"
	"gazette/gazette"
	"gazette/importer"
	"gazette/store"
)

// Imported is what became of one file of a folder brought in as issues.
type Imported struct {
	File     string         // the file's name in the folder
	Issue    *gazette.Issue // the issue saved, or nil
	Exists   *store.Summary // the issue already in the database (skipped), or nil
	Err      error          // why the file was not imported, or nil
	Warnings []importer.Warning
}

// ImportFolder brings in the back catalogue: every file of dir (not its
// subfolders, nor hidden files) is read as one whole issue — a
// whole-issue text (.txt, .md, .docx) that names its 刊名, year and number
// and holds articles, or an exchange archive — and saved as
// a new issue in a transaction of its own, so each issue goes in whole or
// not at all. A file that cannot be read is reported and the others go on;
// an issue whose 刊名, year and number the database (or an earlier file of
// the folder) already holds is skipped and named. Files are taken in name
// order.
func ImportFolder(st *store.Store, dir string) ([]Imported, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("读文件夹 %s：%w", dir, err)
	}
	list, err := st.List()
	if err != nil {
		return nil, err
	}
	type key struct {
		title        string
		year, number int
	}
	held := map[key]*store.Summary{}
	ids := map[string]bool{}
	for i, s := range list {
		held[key{s.Title, s.Year, s.Number}] = &list[i]
		ids[s.ID] = true
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var out []Imported
	for _, name := range names {
		r := Imported{File: name}
		is, ws, err := readIssueFile(filepath.Join(dir, name))
		r.Warnings = ws
		switch {
		case err != nil:
			r.Err = err
		case held[key{is.Title, is.Year, is.Number}] != nil:
			r.Exists = held[key{is.Title, is.Year, is.Number}]
		default:
			if is.ID == "" || ids[is.ID] {
				is.ID = gazette.NewID() // an archive of an issue held under another number
			}
			if err := st.Save(is); err != nil {
				r.Err = fmt.Errorf("保存《%s》%s：%w", is.Title, is.Label(), err)
				break
			}
			r.Issue = is
			s := store.Summary{ID: is.ID, Title: is.Title, Year: is.Year, Number: is.Number}
			held[key{is.Title, is.Year, is.Number}] = &s
			ids[is.ID] = true
		}
		out = append(out, r)
	}
	return out, nil
}

// readIssueFile reads one file as a whole issue: an exchange archive, or a
// whole-issue text as gazette import --new reads it.
func readIssueFile(path string) (*gazette.Issue, []importer.Warning, error) {
	data, err := importer.LoadFile(path)
	if err != nil {
		return nil, nil, err
	}
	name := filepath.Base(path)
	if exchange.IsArchive(data) {
		is, err := exchange.ReadArchive(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return nil, nil, fmt.Errorf("“%s”：%w", name, err)
		}
		return is, nil, nil
	}
	is, ws, err := importer.ReadIssue(name, data)
	if err == nil {
		err = wholeIssue(name, is)
	}
	return is, ws, err
}

// wholeIssue refuses what is not a whole issue: without a 刊名, a year, a
// number or any article, it cannot take its place in the archive.
func wholeIssue(name string, is *gazette.Issue) error {
	var missing []string
	if strings.TrimSpace(is.Title) == "" {
		missing = append(missing, "刊名")
	}
	if is.Year <= 0 {
		missing = append(missing, "年份")
	}
	if is.Number <= 0 {
		missing = append(missing, "期号")
	}
	if is.ArticleCount() == 0 {
		missing = append(missing, "文章")
	}
	if len(missing) > 0 {
		return fmt.Errorf("“%s”不是整期文本：找不到%s", name, strings.Join(missing, "、"))
	}
	return nil
}
