package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"time"

	"gazette/assets"
	"gazette/fonts"
	"gazette/gazette"
	"gazette/importer"
	"gazette/layout"
	"gazette/preflight"
)

func init() {
	register(&command{
		name:    "check",
		summary: "预检一期公报（缺字、溢排、紧急断行、文号日期等），有错误时退出码为 1",
		usage:   "gazette check [--db PATH] (--demo | --issue ID | FILE)",
		run:     runCheck,
	})
}

// issueInput is where a command takes its issue from: the database
// (--issue), the embedded demo (--demo) or a whole-issue text file, the last
// two imported in memory without touching any database.
type issueInput struct {
	db, issue *string
	demo      *bool
}

// issueFlags defines --db, --issue and --demo on fs.
func issueFlags(fs *flag.FlagSet) *issueInput {
	return &issueInput{db: dbFlag(fs), issue: issueFlag(fs),
		demo: fs.Bool("demo", false, "使用内置的示例刊期")}
}

// loadedIssue is an issue ready for layout, with what the import said and
// the dates its PDF carries.
type loadedIssue struct {
	is       *gazette.Issue
	warnings []importer.Warning
	// created and modified date the PDF: the issue's own dates from the
	// database, the publication date for an imported text, so that the same
	// input always gives the same file.
	created, modified time.Time
}

// load returns the issue named by the flags and the positional arguments.
func (in *issueInput) load(pos []string, usage string) (*loadedIssue, error) {
	n := 0
	if *in.demo {
		n++
	}
	if *in.issue != "" {
		n++
	}
	n += len(pos)
	if n != 1 {
		return nil, exitError{2, "请且只请指定一个来源：--demo、--issue ID 或一个刊期文本文件（用法：" + usage + "）"}
	}
	switch {
	case *in.demo:
		is, err := assets.DemoIssue()
		if err != nil {
			return nil, err
		}
		return imported(is, nil), nil
	case *in.issue != "":
		st, err := openDB(*in.db)
		if err != nil {
			return nil, err
		}
		defer st.Close()
		is, err := findIssue(st, *in.issue)
		if err != nil {
			return nil, err
		}
		li := &loadedIssue{is: is, created: is.Created, modified: is.Modified}
		if !is.SignedAt.IsZero() {
			li.modified = is.SignedAt
		}
		return li, nil
	}
	path := pos[0]
	data, err := importer.LoadFile(path)
	if err != nil {
		return nil, err
	}
	is, ws, err := importer.ReadIssue(filepath.Base(path), data)
	if err != nil {
		return nil, err
	}
	return imported(is, ws), nil
}

// imported dates an issue imported in memory by its publication date.
func imported(is *gazette.Issue, ws []importer.Warning) *loadedIssue {
	li := &loadedIssue{is: is, warnings: ws}
	if t, err := time.ParseInLocation("2006-01-02", is.Date, time.FixedZone("CST", 8*3600)); err == nil {
		li.created, li.modified = t, t
	}
	return li
}

// lay sets the issue in pages with its own fonts and returns the pages, the
// face set and the preflight findings.
func (li *loadedIssue) lay() (*layout.Document, []preflight.Finding, error) {
	set, err := fonts.NewSet(li.is.Layout.Faces)
	if err != nil {
		return nil, nil, err
	}
	doc, err := layout.Lay(li.is, layout.Options{Fonts: set})
	if err != nil {
		return nil, nil, err
	}
	return doc, preflight.Check(li.is, doc, set), nil
}

// runCheck prints the preflight report of an issue.
func runCheck(args []string) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	in := issueFlags(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return exitError{2, err.Error()}
	}
	li, err := in.load(pos, "gazette check [--db PATH] (--demo | --issue ID | FILE)")
	if err != nil {
		return err
	}
	doc, findings, err := li.lay()
	if err != nil {
		return err
	}
	for _, w := range li.warnings {
		fmt.Println("导入提示 " + w.String())
	}
	for _, f := range findings {
		fmt.Println(f.String())
	}
	nerr := preflight.Errors(findings)
	fmt.Printf("%s %s：%d 页，%d 个错误，%d 个警告\n", li.is.Title, li.is.Label(), len(doc.Pages), nerr, len(findings)-nerr)
	if nerr > 0 {
		return exitError{1, ""}
	}
	return nil
}
