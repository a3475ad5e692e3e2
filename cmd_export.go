package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"gazette/exchange"
	"gazette/gazette"
)

func init() {
	register(&command{
		name:    "export",
		summary: "把一期导出为 JSON、文本或归档文件",
		usage:   "gazette export [--db PATH] --issue ID --format json|text|archive -o FILE",
		run:     runExport,
	})
}

// exportFormats maps --format to its writer.
var exportFormats = map[string]func(*bytes.Buffer, *gazette.Issue) error{
	"json":    func(b *bytes.Buffer, is *gazette.Issue) error { return exchange.WriteJSON(b, is) },
	"text":    func(b *bytes.Buffer, is *gazette.Issue) error { return exchange.WriteText(b, is) },
	"archive": func(b *bytes.Buffer, is *gazette.Issue) error { return exchange.WriteArchive(b, is) },
}

// runExport writes one issue to -o FILE in the chosen format ("-" for
// standard output). The file is written whole or not at all.
func runExport(args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	db := dbFlag(fs)
	ref := issueFlag(fs)
	format := fs.String("format", "json", "格式：json、text 或 archive")
	out := fs.String("o", "", "输出文件（- 为标准输出）")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return exitError{2, err.Error()}
	}
	write, ok := exportFormats[*format]
	if !ok {
		return exitError{2, fmt.Sprintf("未知格式 %q（可用 json、text、archive）", *format)}
	}
	if *out == "" || len(pos) > 0 {
		return exitError{2, "用法：gazette export [--db PATH] --issue ID --format json|text|archive -o FILE"}
	}
	st, err := openDBReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	is, err := findIssue(st, *ref)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := write(&buf, is); err != nil {
		return err
	}
	if *out == "-" {
		_, err := os.Stdout.Write(buf.Bytes())
		return err
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return fmt.Errorf("写出 %s：%w", *out, err)
	}
	fmt.Fprintf(os.Stderr, "已把 %s %s 导出到 %s（%s，%d 字节）\n", is.Title, is.Label(), *out, *format, buf.Len())
	return nil
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place, so that a failed export never leaves half a file.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".export-*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(name)
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return err
	}
	return nil
}
