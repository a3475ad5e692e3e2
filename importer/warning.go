package importer

import (
	"fmt"
	"strings"
)

// Warning is a note about something the importer changed or could not be
// sure of: an editorial normalisation (a half-width mark made full-width, a
// 文号 year put in 〔〕), a repaired line break, a head field it could not
// find. Message is Chinese; File and Line say where, Line 0 meaning the
// file as a whole.
type Warning struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
	// Weak marks a guess the editor should check (a section the 目录 does
	// not give, a 目录 entry matched to no document, text without a title).
	Weak bool `json:"weak,omitempty"`
}

// String returns the warning as "FILE:LINE: message" (or "FILE: message"
// when it has no line), the form compilers use, so editors can jump to it.
func (w Warning) String() string {
	if w.Line <= 0 {
		return fmt.Sprintf("%s: %s", w.File, w.Message)
	}
	return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Message)
}

// Warnings joins warnings one a line, for printing.
func Warnings(ws []Warning) string {
	var b strings.Builder
	for _, w := range ws {
		b.WriteString(w.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// warnList collects the warnings of one parse.
type warnList struct {
	file string
	list []Warning
}

func (w *warnList) add(line int, format string, args ...any) {
	w.list = append(w.list, Warning{File: w.file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// guess adds a warning that reports a weak guess.
func (w *warnList) guess(line int, format string, args ...any) {
	w.add(line, format, args...)
	w.list[len(w.list)-1].Weak = true
}
