package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"gazette/store"
)

// outputKind is the kind of file a command writes: what it is called, and
// how to tell an existing file of that kind (which may be replaced) from
// any other file (which is never overwritten).
type outputKind struct {
	name string
	is   func(head []byte) bool
}

// The kinds of output file.
var (
	outPDF  = outputKind{"PDF 文件", func(h []byte) bool { return bytes.HasPrefix(h, []byte("%PDF-")) }}
	outJSON = outputKind{"JSON 文件", func(h []byte) bool {
		return bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(h, []byte("\uFEFF")), " \t\r\n"), []byte("{"))
	}}
	outText = outputKind{"整期文本文件", func(h []byte) bool {
		return bytes.HasPrefix(bytes.TrimPrefix(h, []byte("\uFEFF")), []byte("<!-- gazette:"))
	}}
	outArchive = outputKind{"交换包", func(h []byte) bool { return bytes.HasPrefix(h, []byte("PK\x03\x04")) }}
)

// checkOutput makes sure the file out (given as option opt) can be written
// without harm, before any work is done: its folder exists and takes new
// files, it is not one of keep (the database, the input files) under any
// name, and, if it exists, it is a file of kind (an earlier output) rather
// than something else that would be lost. Errors are usage errors (exit 2)
// when the name is the mistake, failures (exit 1) when the folder is.
func checkOutput(opt, out string, kind outputKind, keep ...string) error {
	if err := refuseStdout(opt, out, kind.name); err != nil {
		return err
	}
	for _, k := range keep {
		if k != "" && sameFile(out, k) {
			return exitError{2, fmt.Sprintf("%s %s 就是 %s 本身，不能写在它上面（请换一个输出文件名）", opt, out, k)}
		}
	}
	fi, err := os.Stat(out)
	switch {
	case err == nil && fi.IsDir():
		return exitError{2, fmt.Sprintf("%s %s 是一个文件夹，请给出文件名（如 %s）", opt, out, filepath.Join(out, "公报."+extOf(kind)))}
	case err == nil && !fi.Mode().IsRegular():
		return exitError{2, fmt.Sprintf("%s %s 不是普通文件，不能写在它上面", opt, out)}
	case err == nil && !kind.is(head(out)):
		return exitError{2, fmt.Sprintf("%s %s 已存在，而且不是%s，不覆盖（请换一个文件名，或先把它移走）", opt, out, kind.name)}
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s %s：%s", opt, out, store.DescribeIO(err))
	}
	return checkFolder(opt, out)
}

// refuseStdout refuses "-" as the output of a command that writes a file
// (only export writes to standard output): it would make a file named "-".
func refuseStdout(opt, out, what string) error {
	if out == "-" {
		return exitError{2, fmt.Sprintf("%s -：这个命令不写到标准输出（只有 gazette export 可以），请给出%s的文件名", opt, what)}
	}
	return nil
}

// checkFolder makes sure the folder of out exists and takes new files (by
// creating and removing a probe file in it).
func checkFolder(opt, out string) error {
	dir := filepath.Dir(out)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s %s：文件夹 %s 不存在（请先建好它）", opt, out, dir)
	case err != nil:
		return fmt.Errorf("%s %s：文件夹 %s %s", opt, out, dir, store.DescribeIO(err))
	case !fi.IsDir():
		return fmt.Errorf("%s %s：%s 不是文件夹", opt, out, dir)
	}
	probe, err := os.CreateTemp(dir, ".gazette-probe-*")
	if err != nil {
		return fmt.Errorf("%s %s：不能在文件夹 %s 中写文件（%s）", opt, out, dir, store.DescribeIO(err))
	}
	probe.Close()
	os.Remove(probe.Name())
	return nil
}

// head returns the first bytes of the file at path.
func head(path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	b := make([]byte, 64)
	n, _ := io.ReadFull(f, b)
	return b[:n]
}

// extOf is the usual file extension of kind.
func extOf(k outputKind) string {
	switch k.name {
	case "PDF 文件":
		return "pdf"
	case "JSON 文件":
		return "json"
	case "交换包":
		return "zip"
	}
	return "txt"
}

// sameFile reports whether a and b name the same file: the same path, or,
// when both exist, the same file through links.
func sameFile(a, b string) bool {
	if x, err := filepath.Abs(a); err == nil {
		if y, err := filepath.Abs(b); err == nil && x == y {
			return true
		}
	}
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}
