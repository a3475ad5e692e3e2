package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"gazette/app"
	"gazette/assets"
	"gazette/exchange"
	"gazette/gazette"
	"gazette/importer"
	"gazette/internal/atomicfile"
)

const importUsage = "gazette import [--db PATH] --issue REF FILE...｜gazette import [--db PATH] --new [--replace] [--report FILE.json] FILE"

func init() {
	// A new database starts with the demo issue, so the workstation opens
	// on something to look at.
	dbSeed = assets.DemoIssue
	register(&command{
		name:    "import",
		summary: "导入文件：把 .docx/.txt/.md 文件加入一期，或从整期文本、交换包新建一期",
		usage:   importUsage,
		run:     runImport,
	})
}

// runImport is "gazette import". Every file is read and parsed before the
// database is opened, so bad input never touches it; the issue is then
// saved once, so several files go in all together or not at all.
func runImport(args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	db := dbFlag(fs)
	ref := issueFlag(fs)
	isNew := fs.Bool("new", false, "从整期文本或交换包新建一期")
	replace := fs.Bool("replace", false, "与 --new 同用：替换刊名、年份、期号相同的已有刊期（先备份）")
	reportFile := fs.String("report", "", "与 --new 同用：把导入报告（找到的文件、略去的页眉页码、目录中未找到的条目、推测）写成 JSON 文件")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(files) == 0:
		return exitError{2, "请指定要导入的文件（用法：" + importUsage + "）"}
	case *isNew && *ref != "":
		return exitError{2, "--new 与 --issue 不能同时使用：--issue 把文件加入已有的一期，--new 新建一期"}
	case *replace && *ref != "":
		return exitError{2, "--replace 只能与 --new 同用"}
	case *reportFile != "" && *ref != "":
		return exitError{2, "--report 只能与 --new 同用"}
	}
	if *reportFile != "" {
		dbp, _ := dbPath(*db)
		if err := checkOutput("--report", *reportFile, outJSON, append([]string{dbp}, files...)...); err != nil {
			return err
		}
	}
	if *ref != "" {
		return importDocuments(*db, *ref, files)
	}
	if fi, err := os.Stat(files[0]); err == nil && fi.IsDir() && *isNew && len(files) == 1 {
		if *replace {
			return exitError{2, "导入整个文件夹时不能用 --replace：已有的刊期会跳过并列出，请逐个文件替换"}
		}
		return importFolder(*db, files[0]) // cmd_archive.go
	}
	if len(files) != 1 {
		return exitError{2, "新建刊期一次只能导入一个文件（整期文本或交换包）；要把多份文件加入一期，请用 --issue 指定刊期"}
	}
	data, err := importer.LoadFile(files[0])
	if err != nil {
		return err
	}
	if !*isNew && !exchange.IsArchive(data) {
		return exitError{2, fmt.Sprintf("“%s”不是交换包：要把文件加入一期请用 --issue 指定刊期，要从整期文本新建一期请加 --new", files[0])}
	}
	return importIssue(*db, files[0], data, *replace, *reportFile)
}

// importDocuments appends the documents in files to the issue ref, each to
// the section importer.SectionIn names, in one save (app.ImportDocuments).
func importDocuments(dbFile, ref string, files []string) error {
	arts, warns, err := importer.ReadFiles(files)
	if err != nil {
		return err
	}
	st, err := openExistingDB(dbFile)
	if err != nil {
		return err
	}
	defer st.Close()
	is, err := findIssue(st, ref)
	if err != nil {
		return err
	}
	placed, err := app.ImportDocuments(st, is, arts)
	if err != nil {
		return err
	}
	fmt.Printf("已把 %d 篇文章加入《%s》%s：\n", len(placed), is.Title, is.Label())
	for _, m := range placed {
		fmt.Printf("  %s　%s%s%s\n", m.Section, titleOrNone(m.Title), numberNote(m.DocNumber), newSectionNote(m.NewSection))
	}
	printWarnings(warns)
	return nil
}

// importIssue creates an issue from a whole-issue text or an exchange
// archive (app.ReadIssueReport, app.ImportIssue). An issue with the same
// 刊名, year and number is an error unless replace is set; then the
// database is first backed up into backups/ and the new issue takes the old
// one's place (and ID) in one save. The import report is printed, and
// written as JSON to reportFile when it is not empty.
func importIssue(dbFile, name string, data []byte, replace bool, reportFile string) error {
	is, rep, err := app.ReadIssueReport(name, data)
	if err != nil {
		return err
	}
	var warns []importer.Warning
	if rep != nil {
		warns = rep.Warnings
	}
	if err := writeImportReport(reportFile, name, rep); err != nil {
		return err
	}
	st, err := OpenDB(dbFile)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := app.ImportIssueWith(st, is, app.ImportRecordOf(is, rep), replace)
	var exists *app.ExistsError
	if errors.As(err, &exists) {
		return fmt.Errorf("%s；要用“%s”替换它，请加 --replace（旧的一期会先备份）", exists, name)
	}
	if err != nil {
		return err
	}
	verb := "已新建"
	if res.Replaced {
		verb = "已替换"
	}
	fmt.Printf("%s《%s》%s（ID %s），%d 个栏目、%d 篇文章：\n", verb, is.Title, is.Label(), is.ID, len(is.Sections), is.ArticleCount())
	printIssue(os.Stdout, is)
	if rep != nil {
		fmt.Print("导入报告：\n" + rep.Text())
	}
	if res.Backup != "" {
		fmt.Printf("原来的一期已备份到 %s\n", res.Backup)
	}
	printWarnings(warns)
	return nil
}

// printIssue lists the sections and documents of an issue.
func printIssue(w io.Writer, is *gazette.Issue) {
	for _, s := range is.Sections {
		fmt.Fprintf(w, "  %s（%d 篇）\n", s.Name, len(s.Articles))
		for _, a := range s.Articles {
			fmt.Fprintf(w, "    %s%s\n", titleOrNone(a.Title), numberNote(a.DocNumber))
		}
	}
}

// printWarnings prints every warning on stderr, one a line.
func printWarnings(ws []importer.Warning) {
	if len(ws) == 0 {
		return
	}
	fmt.Fprintf(os.Stderr, "%d 条警告：\n", len(ws))
	for _, w := range ws {
		fmt.Fprintln(os.Stderr, "警告："+w.String())
	}
}

func titleOrNone(t string) string {
	if strings.TrimSpace(t) == "" {
		return "（无标题）"
	}
	return t
}

func numberNote(n string) string {
	if n == "" {
		return ""
	}
	return "（" + n + "）"
}

// writeImportReport writes the import's report as JSON to path ("" for
// none; an archive has no report: it is written as an empty one). It is
// written before the database is touched, whole or not at all.
func writeImportReport(path, name string, rep *importer.Report) error {
	if path == "" {
		return nil
	}
	if rep == nil {
		rep = &importer.Report{File: name}
	}
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("写导入报告“%s”：%w", path, err)
	}
	return nil
}

// newSectionNote marks a document filed in a section made for it (the
// issue had none for its issuer or kind): a guess for the editor to check.
func newSectionNote(made bool) string {
	if made {
		return "　（新建栏目，请核对）"
	}
	return ""
}
