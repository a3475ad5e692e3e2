package cli

import (
	"flag"
	"fmt"

	"gazette/app"
	"gazette/preflight"
)

func init() {
	register(&command{
		name:    "check",
		summary: "预检一期公报（缺字、溢排、紧急断行、文号日期等），有错误时退出码为 1",
		usage:   "gazette check [--db PATH] (--demo | --issue REF | FILE | FILE.pdf)",
		more: "列出 gazette render 会拒绝的错误和提请注意的警告；数据库只读打开。\n" +
			"给一个 PDF 文件时，检查它是否符合 PDF/X-4、PDF/X-1a（印刷）或 PDF/A-2u（电子版），并列出页数、成品尺寸、出血、颜色、字体。",
		run: runCheck,
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
// (checked by check), dated as app.Source says. The database is opened
// read-only: reading an issue never creates or changes one.
func (in *issueInput) load(pos []string) (app.Source, error) {
	switch {
	case *in.demo:
		return app.Demo()
	case *in.issue != "":
		st, err := openDBReadOnly(*in.db)
		if err != nil {
			return app.Source{}, err
		}
		defer st.Close()
		is, err := findIssue(st, *in.issue)
		if err != nil {
			return app.Source{}, err
		}
		return app.Stored(is), nil
	}
	return app.IssueFile(pos[0])
}

// runCheck prints the preflight report of an issue (app.Check).
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
	if isPDFArg(pos) {
		return checkPDF(pos[0])
	}
	src, err := in.load(pos)
	if err != nil {
		return err
	}
	doc, findings, err := app.Check(src)
	if err != nil {
		return err
	}
	weak := 0 // the import's guesses and unmatched 目录 entries are warnings
	for _, w := range src.Warnings {
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
	fmt.Printf("%s %s：%d 页，%d 个错误，%d 个警告\n", src.Issue.Title, src.Issue.Label(), len(doc.Pages), nerr, len(findings)-nerr+weak)
	nproof, err := printProofErrors(in, src)
	if err != nil {
		return err
	}
	if nerr+nproof > 0 {
		return exitError{1, ""}
	}
	return nil
}
