// Package archivetest builds many-issue databases for the archive's tests
// and benchmarks: years of monthly issues made from the demo issue and the
// corpus's whole-issue texts, each with its own year, number, 总期号 and
// 文号. It is for tests and benchmarks only.
package archivetest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"testing"
	"time"

	"gazette/assets"
	"gazette/gazette"
	"gazette/importer"
	"gazette/store"
)

// Bases returns the issues the archive is made of: the demo issue and the
// whole issues of the shared corpus (corpus/issues/corpus_issue_*.txt),
// parsed as gazette import --new parses them. root is the module root.
func Bases(root string) ([]*gazette.Issue, error) {
	demo, _, err := importer.ParseIssue("seed.txt", string(assets.DemoText))
	if err != nil {
		return nil, fmt.Errorf("archivetest: the demo issue: %w", err)
	}
	bases := []*gazette.Issue{demo}
	dir := filepath.Join(root, "..", "shared", "corpus", "issues")
	paths, err := filepath.Glob(filepath.Join(dir, "corpus_issue_*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("archivetest: no corpus issues in %s (%v)", dir, err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		is, _, err := importer.ReadIssue(filepath.Base(p), data)
		if err != nil {
			return nil, fmt.Errorf("archivetest: %w", err)
		}
		bases = append(bases, is)
	}
	return bases, nil
}

// MustBases is Bases for a test: an error fails tb.
func MustBases(tb testing.TB, root string) []*gazette.Issue {
	tb.Helper()
	b, err := Bases(root)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// docNumberYear matches a 文号's year, 〔2020〕, and docNumberSerial its
// serial, the last run of digits (30号, 第707号).
var (
	docNumberYear   = regexp.MustCompile(`〔\d{4}〕`)
	docNumberSerial = regexp.MustCompile(`\d+(\D*)$`)
)

// docNumber makes a 文号 of another issue distinct: the year its issue's,
// and the serial n made number×1000+n, with the year in front when the
// 文号 has none of its own (第707号 → 第2002011707号).
func docNumber(dn string, year, number int) string {
	hasYear := docNumberYear.MatchString(dn)
	dn = docNumberYear.ReplaceAllString(dn, fmt.Sprintf("〔%d〕", year))
	m := docNumberSerial.FindStringSubmatchIndex(dn)
	if m == nil {
		return dn
	}
	n, _ := strconv.Atoi(dn[m[0]:m[2]])
	serial := number*1000 + n
	if !hasYear {
		serial += year * 1000000
	}
	return dn[:m[0]] + strconv.Itoa(serial) + dn[m[2]:]
}

// Issue returns a copy of base as issue number of year (总期号 total): new
// IDs, the year in every 文号 and date made the issue's, each serial made
// distinct (docNumber), and the first
// paragraph of every article marked with its issue, so that no two issues
// have the same text.
func Issue(base *gazette.Issue, year, number, total int) *gazette.Issue {
	is := base.Clone()
	is.ID, is.Year, is.Number, is.TotalNumber = "", year, number, total
	is.Date = fmt.Sprintf("%d-%02d-28", year, number)
	is.Status = gazette.StatusDraft
	is.SignedAt, is.SignedPDFSHA256, is.Unlocks = time.Time{}, "", nil
	for si := range is.Sections {
		is.Sections[si].ID = ""
		for ai := range is.Sections[si].Articles {
			a := &is.Sections[si].Articles[ai]
			a.ID = ""
			a.DocNumber = docNumber(a.DocNumber, year, number)
			if gazette.ValidDate(a.Date) {
				a.Date = fmt.Sprintf("%d%s", year, a.Date[4:])
				if !gazette.ValidDate(a.Date) { // 02-29
					a.Date = fmt.Sprintf("%d%s", year, "-02-28")
				}
			}
			for bi := range a.Blocks {
				b := &a.Blocks[bi]
				if b.Type == gazette.BlockParagraph && len(b.Runs) > 0 {
					b.Runs[0].Text = "（" + is.Label() + "）" + b.Runs[0].Text
					break
				}
			}
		}
	}
	return is
}

// Build writes a database at path holding years × perYear issues of one
// gazette (the first base's 刊名) from 2001 on, cycling through the bases,
// one transaction a year; it returns the issues' count of articles. The
// file must not exist.
func Build(path string, bases []*gazette.Issue, years, perYear int) (int, error) {
	if _, err := os.Stat(path); err == nil {
		return 0, fmt.Errorf("archivetest: %s exists", path)
	}
	st, err := store.OpenWith(path, store.Options{NoAutoBackup: true})
	if err != nil {
		return 0, err
	}
	defer st.Close()
	articles, k := 0, 0
	for y := range years {
		var batch []*gazette.Issue
		for n := 1; n <= perYear; n++ {
			is := Issue(bases[k%len(bases)], 2001+y, n, k+1)
			is.Title = bases[0].Title
			articles += is.ArticleCount()
			batch = append(batch, is)
			k++
		}
		if err := st.SaveMany(batch...); err != nil {
			return 0, err
		}
		runtime.GC()
	}
	return articles, nil
}

// MustBuild is Build for a test: an error fails tb.
func MustBuild(tb testing.TB, path string, bases []*gazette.Issue, years, perYear int) int {
	tb.Helper()
	n, err := Build(path, bases, years, perYear)
	if err != nil {
		tb.Fatal(err)
	}
	return n
}
