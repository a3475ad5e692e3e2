package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"gazette/preflight/pdfcheck"
)

// isPDFArg reports whether check's file argument is a PDF to check as the
// print center receives it, rather than an issue's text.
func isPDFArg(pos []string) bool {
	return len(pos) == 1 && strings.EqualFold(filepath.Ext(pos[0]), ".pdf")
}

// checkPDF reports which standards (PDF/X-4, PDF/X-1a, PDF/A-2u) a PDF file meets,
// its boxes, fonts, colours and page count; exit code 1 when it fails what
// it claims to be (or, claiming nothing, meets neither).
func checkPDF(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		reason := fmt.Sprintf("读不了（%v）", err)
		if fi, serr := os.Stat(path); errors.Is(serr, fs.ErrNotExist) {
			reason = "文件不存在"
		} else if serr == nil && fi.IsDir() {
			reason = "是文件夹，不是文件"
		} else if errors.Is(err, fs.ErrPermission) {
			reason = "没有读取这个文件的权限"
		}
		return exitError{1, fmt.Sprintf("“%s”：%s", path, reason)}
	}
	r, err := pdfcheck.Check(data)
	if err != nil {
		return exitError{1, fmt.Sprintf("%s：%v", path, err)}
	}
	fmt.Print(path + "：" + r.String())
	if !r.Passes() {
		return exitError{1, ""}
	}
	return nil
}
