// Package exchange writes an issue out of the workstation and reads it back:
// JSON (the schema in SCHEMA.md), the whole-issue text form that the
// importer reads, and a single-file zip archive with the issue, its images
// and its settings.
package exchange

import (
	"encoding/json"
	"fmt"
	"io"

	"gazette/gazette"
)

// WriteJSON writes the issue as indented JSON: the gazette structs' own
// encoding, described in SCHEMA.md.
func WriteJSON(w io.Writer, is *gazette.Issue) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(is); err != nil {
		return fmt.Errorf("exchange: 写出 JSON：%w", err)
	}
	return nil
}
