package cli

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"gazette/app"
)

func init() {
	register(&command{
		name:    "export",
		summary: "把一期导出为 JSON、文本或归档文件",
		usage:   "gazette export [--db PATH] --issue REF [--format json|text|archive] -o FILE",
		more:    "例：gazette export --issue 2020-8 --format archive -o 2020-8.zip（交给封面设计的电脑，gazette import 2020-8.zip 导入）",
		run:     runExport,
	})
}

// exportKinds maps each --format (app's export formats) to the kind of file
// it makes.
var exportKinds = map[string]outputKind{app.FormatJSON: outJSON, app.FormatText: outText, app.FormatArchive: outArchive}

// runExport writes one issue (app.Export) to -o FILE in the chosen format ("-" for
// standard output). The file is written whole or not at all, and never over
// the database or a file that is not an earlier export of the same format.
func runExport(args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	db := dbFlag(fs)
	ref := issueFlag(fs)
	format := fs.String("format", "json", "格式：json、text 或 archive")
	out := fs.String("o", "", "输出文件（- 为标准输出）")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	kind, ok := exportKinds[*format]
	switch {
	case !ok || !app.IsFormat(*format):
		return valueError(fs, fmt.Sprintf("--format %q 无效：应为 json、text 或 archive", *format))
	case strings.TrimSpace(*out) == "":
		return usageError(fs, "请用 -o 指定输出文件（- 为标准输出）")
	case len(pos) > 0:
		return extraArgs(fs, pos)
	case strings.TrimSpace(*ref) == "":
		return usageError(fs, "请用 --issue 指定刊期（ID，或如 2020-8 的年份-期号；gazette issues 列出各期）")
	}
	dbFile, err := dbPath(*db)
	if err != nil {
		return err
	}
	if *out != "-" {
		if err := checkOutput("-o", *out, kind, dbFile); err != nil {
			return err
		}
	}
	st, err := openDBReadOnly(dbFile)
	if err != nil {
		return err
	}
	defer st.Close()
	is, err := findIssue(st, *ref)
	if err != nil {
		return err
	}
	if *out == "-" {
		data, err := app.Encode(is, *format)
		if err != nil {
			return err
		}
		_, err = os.Stdout.Write(data)
		return err
	}
	data, err := app.Export(is, *format, *out)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "已把《%s》%s 导出到 %s（%s，%d 字节）\n", is.Title, is.Label(), *out, *format, len(data))
	return nil
}
