// Package testseed gives the tests of every package the demo issue
// (景德镇市人民政府公报 2020年第8期, a copy of the shared seed) and other
// whole-issue texts, read and parsed the way the program reads them. It is
// for tests only.
package testseed

import (
	"os"
	"testing"

	"gazette/assets"
	"gazette/gazette"
	"gazette/importer"
)

// Name is the file name the demo issue's warnings carry.
const Name = "seed.txt"

// Text returns the demo issue's text.
func Text() string { return string(assets.DemoText) }

// Issue returns the demo issue freshly parsed (new IDs each call); a parse
// error fails tb.
func Issue(tb testing.TB) *gazette.Issue {
	tb.Helper()
	is, _, err := importer.ParseIssue(Name, Text())
	if err != nil {
		tb.Fatalf("testseed: %s: %v", Name, err)
	}
	return is
}

// File reads the whole-issue text file at path (any encoding Decode reads)
// and parses it; a missing file or a parse error fails tb.
func File(tb testing.TB, path string) *gazette.Issue {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	text, err := importer.Decode(path, data)
	if err != nil {
		tb.Fatal(err)
	}
	is, _, err := importer.ParseIssue(path, text)
	if err != nil {
		tb.Fatal(err)
	}
	return is
}
