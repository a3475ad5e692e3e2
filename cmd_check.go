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
		usage:   "gazette check [--db PATH] (--demo | --issue REF | FILE)",
		more:    "列出 gazette render 会拒绝的错误和提请注意的警告；数据库只读打开。",
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
		demo: fs.Bool("demo", false, "使用内置的示例刊期（不读数据库）")}
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

// check makes sure exactly one source is named: --demo, --issue or one
// file.
func (in *issueInput) check(pos []string, fs *flag.FlagSet) error {
	n := len(pos)
	if *in.demo {
		n++
	}
	if *in.issue != "" {
		n++
	}
	switch {
	case n == 0:
		return usageError(fs, "请指定一个来源：--issue 刊期、--demo 或一个整期文本文件")
	case n > 1 && len(pos) > 1:
		return usageError(fs, fmt.Sprintf("只能指定一个来源，却给了 %d 个文件 %q", len(pos), pos))
	case n > 1:
		return usageError(fs, "--demo、--issue 和文件只能选一个")
	}
	return nil
}

// files returns the files the command reads: the database (for --issue)
// and the input file, which the output must never overwrite.
func (in *issueInput) files(pos []string) []string {
	out := append([]string(nil), pos...)
	if *in.issue != "" {
		if p, err := dbPath(*in.db); err == nil {
			out = append(out, p)
		}
	}
	return out
}

// load returns the issue named by the flags and the positional arguments
// (checked by check). The database is opened read-only: reading an issue
// never creates or changes one.
func (in *issueInput) load(pos []string) (*loadedIssue, error) {
	switch {
	case *in.demo:
		is, err := assets.DemoIssue()
		if err != nil {
			return nil, err
		}
		return imported(is, nil), nil
	case *in.issue != "":
		st, err := openDBReadOnly(*in.db)
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
		return err
	}
	if err := in.check(pos, fs); err != nil {
		return err
	}
	li, err := in.load(pos)
	if err != nil {
		return err
	}
	doc, findings, err := li.lay()
	if err != nil {
		return err
	}
	weak := 0 // the import's guesses and unmatched 目录 entries are warnings
	for _, w := range li.warnings {
		if w.Weak {
			weak++
			fmt.Println("警告：导入推测 " + w.String())
			continue
		}
		fmt.Println("导入提示 " + w.String())
	}
	for _, f := range findings {
		fmt.Println(f.String())
	}
	nerr := preflight.Errors(findings)
	fmt.Printf("%s %s：%d 页，%d 个错误，%d 个警告\n", li.is.Title, li.is.Label(), len(doc.Pages), nerr, len(findings)-nerr+weak)
	if nerr > 0 {
		return exitError{1, ""}
	}
	return nil
}
