package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"gazette/app"
	"gazette/gazette"
	"gazette/proof"
)

func init() {
	register(&command{
		name:    "proof",
		summary: "校对一期公报（文号、日期、标点、序号、附件、数字用法、导入残留），有错误时退出码为 1",
		usage:   "gazette proof [--db PATH] (--issue REF | --demo | FILE) [--format text|json] ｜ gazette proof [--db PATH] --issue REF --suppress KEY [--by 姓名] [--note 理由]",
		more: "每条发现给出规则、级别、文章、段落、标出位置的上下文、可自动修改时的建议和依据（GB/T 15834、GB/T 9704、GB/T 15835）。\n" +
			"--issue 时与数据库中的往期比对文号，并略去编辑已标为无误的发现；--suppress KEY 把一条发现标为无误（记下编辑姓名），以后的校对不再列出。\n" +
			"例：gazette proof --issue 2020-8 --format json；gazette proof --issue 2020-8 --suppress 3f2a… --by 张三 --note 原文如此",
		run: runProof,
	})
}

// runProof prints the proofreading findings of an issue, or records one as
// intended.
func runProof(args []string) error {
	fs := flag.NewFlagSet("proof", flag.ContinueOnError)
	in := issueFlags(fs)
	format := fs.String("format", "text", "输出格式：text 或 json（发现的列表）")
	suppress := fs.String("suppress", "", "把这条发现（其 key）标为无误")
	by := fs.String("by", "", "标为无误的编辑姓名（默认为当前用户）")
	note := fs.String("note", "", "标为无误的理由")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return valueError(fs, fmt.Sprintf("--format %q 无效：应为 text 或 json", *format))
	}
	if err := in.check(pos, fs); err != nil {
		return err
	}
	if *suppress == "" && (*by != "" || *note != "") {
		return usageError(fs, "--by 和 --note 只与 --suppress 一起用（记下把哪条发现标为无误的人和理由）")
	}
	if *suppress != "" {
		if *in.issue == "" {
			return usageError(fs, "--suppress 只用于数据库中的刊期，请用 --issue 指定")
		}
		return suppressFinding(*in.db, *in.issue, *suppress, *by, *note)
	}
	src, err := in.load(pos)
	if err != nil {
		return err
	}
	rep, err := in.proofReport(src)
	if err != nil {
		return err
	}
	if *format == "json" {
		out := rep.Open
		if out == nil {
			out = []proof.Finding{}
		}
		data, err := json.MarshalIndent(out, "", "  ")
		if err != nil {
			return err
		}
		if _, err := os.Stdout.Write(append(data, '\n')); err != nil {
			return err
		}
	} else {
		for _, f := range rep.Open {
			fmt.Printf("%s　key=%s\n", f, f.Key)
		}
		nerr := rep.Errors()
		fmt.Printf("%s %s：校对 %d 个错误，%d 个警告", src.Issue.Title, src.Issue.Label(), nerr, len(rep.Open)-nerr)
		if len(rep.Intended) > 0 {
			fmt.Printf("，另有 %d 条已标为无误", len(rep.Intended))
		}
		fmt.Println()
	}
	if rep.Errors() > 0 {
		return exitError{1, ""}
	}
	return nil
}

// proofReport proofreads the loaded issue: against the database's other
// issues and suppressions for --issue, on its own for --demo or a file.
func (in *issueInput) proofReport(src app.Source) (proof.Report, error) {
	if *in.issue == "" {
		return proof.Review(src.Issue, nil, nil), nil
	}
	st, err := openDBReadOnly(*in.db)
	if err != nil {
		return proof.Report{}, err
	}
	defer st.Close()
	return app.Proofread(st, src.Issue)
}

// suppressFinding records the finding with key (or a unique prefix of at
// least 6 characters) of the issue as intended.
func suppressFinding(db, ref, key, user, note string) error {
	st, err := openExistingDB(db)
	if err != nil {
		return err
	}
	defer st.Close()
	is, err := findIssue(st, ref)
	if err != nil {
		return err
	}
	rep, err := app.Proofread(st, is)
	if err != nil {
		return err
	}
	var match []proof.Finding
	for _, f := range append(rep.Open, rep.Intended...) {
		if f.Key == key || (len(key) >= 6 && strings.HasPrefix(f.Key, key)) {
			match = append(match, f)
		}
	}
	switch len(match) {
	case 0:
		return exitError{2, fmt.Sprintf("--suppress %s：《%s》%s 的校对发现中没有这个 key（gazette proof --issue %s 列出各条的 key）", key, is.Title, is.Label(), ref)}
	case 1:
	default:
		return exitError{2, fmt.Sprintf("--suppress %s：有 %d 条发现相符，请给出完整的 key", key, len(match))}
	}
	if err := proof.Suppress(st, is.ID, match[0], user, note); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "已把“%s”标为无误：%s\n", match[0].Message, match[0].Excerpt)
	return nil
}

// printProofErrors prints the proofreading errors of the issue for check
// and the warnings of its import record (the 目录 entries and articles
// that do not match, the import's guesses; the other warnings are gazette
// proof's) and returns how many errors there are.
func printProofErrors(in *issueInput, src app.Source) (int, error) {
	rep, err := in.proofReport(src)
	if err != nil {
		return 0, err
	}
	for _, f := range rep.Open {
		if f.Severity == gazette.Error || app.ImportFinding(f) {
			fmt.Println("校对 " + f.String())
		}
	}
	nerr := rep.Errors()
	fmt.Printf("校对：%d 个错误，%d 个警告（gazette proof 列出全部）\n", nerr, len(rep.Open)-nerr)
	return nerr, nil
}
