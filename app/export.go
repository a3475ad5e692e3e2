package app

import (
	"bytes"
	"fmt"
	"io"

	"gazette/exchange"
	"gazette/gazette"
	"gazette/internal/atomicfile"
)

// Export formats (gazette export --format).
const (
	FormatJSON    = "json"    // the issue as JSON (exchange/SCHEMA.md)
	FormatText    = "text"    // the whole-issue text, which ImportIssue reads back
	FormatArchive = "archive" // one zip with the issue, its images and settings
)

// exporters write an issue in each format.
var exporters = map[string]func(io.Writer, *gazette.Issue) error{
	FormatJSON:    exchange.WriteJSON,
	FormatText:    exchange.WriteText,
	FormatArchive: exchange.WriteArchive,
}

// IsFormat reports whether format names an export format.
func IsFormat(format string) bool { _, ok := exporters[format]; return ok }

// Encode returns the issue in the export format.
func Encode(is *gazette.Issue, format string) ([]byte, error) {
	write, ok := exporters[format]
	if !ok {
		return nil, fmt.Errorf("导出格式 %q 无效：应为 json、text 或 archive", format)
	}
	var b bytes.Buffer
	if err := write(&b, is); err != nil {
		return nil, fmt.Errorf("导出《%s》%s：%w", is.Title, is.Label(), err)
	}
	return b.Bytes(), nil
}

// Export writes the issue in the export format to path, whole or not at all
// (internal/atomicfile), and returns the bytes written.
func Export(is *gazette.Issue, format, path string) ([]byte, error) {
	data, err := Encode(is, format)
	if err != nil {
		return nil, err
	}
	if err := atomicfile.WriteFile(path, data, 0o644); err != nil {
		return nil, &WriteError{path, err}
	}
	return data, nil
}
