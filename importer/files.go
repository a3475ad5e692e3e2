package importer

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"gazette/gazette"
)

// PasteName is the name pasted text goes by in errors and warnings.
const PasteName = "粘贴的文本"

// ReadFile imports one file of documents, chosen by its content and
// extension: .docx through DocxText, .txt and .md through Decode, both then
// parsed by ParseDocuments — one article per document the file holds, in
// its order. .doc, .wps, .pdf, .ofd and .rtf — by extension or by their
// leading bytes, whatever the name says — are refused with a message that
// says to save the file as .docx or .txt. Every error names the file and
// says why, in Chinese; the file is only read.
func ReadFile(path string) ([]gazette.Article, []Warning, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, nil, err
	}
	return readData(path, data)
}

// ReadFiles imports several document files all-or-nothing: when any of
// them fails, it returns no articles and an error listing every failure
// (errors.Join of the files' errors), so nothing half-imported is saved.
// The articles come back in the order of paths (a file's several
// documents in its order), with all their warnings.
func ReadFiles(paths []string) ([]gazette.Article, []Warning, error) {
	if len(paths) == 0 {
		return nil, nil, errors.New("没有指定要导入的文件")
	}
	var (
		arts  []gazette.Article
		warns []Warning
		errs  []error
		seen  = map[string]bool{}
	)
	for _, p := range paths {
		key := p
		if abs, err := filepath.Abs(p); err == nil {
			key = abs
		}
		if seen[key] {
			errs = append(errs, fileErr(p, nil, "同一个文件指定了两次"))
			continue
		}
		seen[key] = true
		as, ws, err := ReadFile(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, as...)
		warns = append(warns, ws...)
	}
	if len(errs) > 0 {
		return nil, nil, errors.Join(errs...)
	}
	return arts, warns, nil
}

// PasteDocuments imports text pasted from the clipboard — one document or
// several, one article each (ParseDocuments) — exactly as a .txt file
// holding it would be.
func PasteDocuments(text string) ([]gazette.Article, []Warning, error) {
	if len(text) > MaxTextBytes {
		return nil, nil, fileErr(PasteName, nil, "内容过大（%s），超过 %s 的上限", sizeLabel(int64(len(text))), sizeLabel(MaxTextBytes))
	}
	var warns []Warning
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "")
		warns = append(warns, Warning{File: PasteName, Message: "粘贴的内容中有无效的字符，已删去"})
	}
	text = normalizeNewlines(strings.ReplaceAll(text, "\x00", ""))
	if strings.TrimSpace(text) == "" {
		return nil, nil, fileErr(PasteName, nil, "内容是空的，没有可导入的文字")
	}
	arts, ws, err := parseDocuments(PasteName, text)
	return arts, append(warns, ws...), err
}

// readLimited reads a whole file after checking that it is a regular,
// non-empty file no larger than a .docx may be.
func readLimited(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fileErr(path, err, "文件不存在")
	case errors.Is(err, fs.ErrPermission):
		return nil, fileErr(path, err, "没有读取这个文件的权限")
	case err != nil:
		return nil, fileErr(path, err, "无法读取（%v）", err)
	case fi.IsDir():
		return nil, fileErr(path, nil, "是文件夹，不是文件")
	case !fi.Mode().IsRegular():
		return nil, fileErr(path, nil, "不是普通文件")
	case fi.Size() == 0:
		return nil, fileErr(path, nil, "是空文件，没有可导入的内容")
	case fi.Size() > MaxDocxBytes:
		return nil, fileErr(path, nil, "文件过大（%s），超过 %s 的上限", sizeLabel(fi.Size()), sizeLabel(MaxDocxBytes))
	}
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, fileErr(path, err, "没有读取这个文件的权限")
		}
		return nil, fileErr(path, err, "无法打开（%v）", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxDocxBytes+1))
	if err != nil {
		return nil, fileErr(path, err, "读取时出错（%v）", err)
	}
	if len(data) > MaxDocxBytes {
		return nil, fileErr(path, nil, "文件过大，超过 %s 的上限", sizeLabel(MaxDocxBytes))
	}
	return data, nil
}

// readData imports a file's bytes; name is how the file is named in
// errors and warnings.
func readData(name string, data []byte) ([]gazette.Article, []Warning, error) {
	k, label := classify(name, data)
	switch k {
	case kindRefused:
		return nil, nil, refuse(name, label)
	case kindBadDocx:
		return nil, nil, fileErr(name, nil, "不是有效的 Word 文档（.docx）：内容不是 Word 文档的压缩包，可能只是改了扩展名，或文件已损坏。请在 Word 或 WPS 中打开，另存为 .docx 或 .txt 后再导入")
	case kindDocx:
		text, notes, err := docxConvert(name, data)
		if err != nil {
			return nil, nil, err
		}
		var warns []Warning
		for _, n := range notes {
			warns = append(warns, Warning{File: name, Message: n})
		}
		arts, ws, err := parseDocuments(name, text)
		// Line numbers count lines of the converted text, which the user
		// never sees; a .docx warning is about the file as a whole.
		for i := range ws {
			ws[i].Line = 0
		}
		return arts, append(warns, ws...), err
	case kindText:
		text, err := Decode(name, data)
		if err != nil {
			return nil, nil, err
		}
		return parseDocuments(name, text)
	}
	return nil, nil, unknownType(name, label)
}

// parseDocuments runs ParseDocuments and makes sure its error names the
// file.
func parseDocuments(name, text string) ([]gazette.Article, []Warning, error) {
	arts, rep, err := ParseDocuments(name, text)
	if err != nil {
		if !strings.Contains(err.Error(), name) {
			err = fileErr(name, err, "%v", err)
		}
		return nil, rep.Warnings, err
	}
	return arts, rep.Warnings, nil
}

// LoadFile reads a file for import, with the checks and Chinese errors of
// ReadFile (missing, a folder, empty, larger than a .docx may be), without
// parsing it.
func LoadFile(path string) ([]byte, error) { return readLimited(path) }

// ReadIssue parses a whole issue's text — a .txt/.md file in any encoding
// Decode reads, or a .docx — with ParseIssue. Formats ReadFile refuses are
// refused here too; name is how the file is named in errors and warnings.
func ReadIssue(name string, data []byte) (*gazette.Issue, []Warning, error) {
	is, rep, err := ReadIssueReport(name, data)
	if rep == nil {
		return is, nil, err
	}
	return is, rep.Warnings, err
}

// ReadIssueReport is ReadIssue returning the import's whole report (see
// Report); the report is nil when the file could not be read as text.
func ReadIssueReport(name string, data []byte) (*gazette.Issue, *Report, error) {
	var text string
	k, label := classify(name, data)
	switch k {
	case kindRefused:
		return nil, nil, refuse(name, label)
	case kindBadDocx:
		return nil, nil, fileErr(name, nil, "不是有效的 Word 文档（.docx）：内容不是 Word 文档的压缩包，可能只是改了扩展名，或文件已损坏")
	case kindDocx:
		t, _, err := docxConvert(name, data)
		if err != nil {
			return nil, nil, err
		}
		text = t
	case kindText:
		t, err := Decode(name, data)
		if err != nil {
			return nil, nil, err
		}
		text = t
	default:
		return nil, nil, unknownType(name, label)
	}
	is, rep, err := ParseIssueReport(name, text)
	if err != nil && !strings.Contains(err.Error(), name) {
		err = fileErr(name, err, "%v", err)
	}
	return is, rep, err
}

// unknownType is the error for a file whose extension we do not read.
func unknownType(name, ext string) error {
	what := "没有扩展名"
	if ext != "" {
		what = "扩展名是“" + ext + "”"
	}
	return fileErr(name, nil, "%s，不是能导入的文件类型。能导入的是 .docx（Word 文档）、.txt 和 .md（纯文本）；其他格式请另存为 .docx 或 .txt 后再导入", what)
}
