// Command archivedb writes a many-issue database for the archive's
// benchmarks (tools/bench.sh): years × 12 issues made from the demo issue
// and the corpus's whole issues (archive/archivetest).
//
//	go run ./tools/archivedb -o /tmp/archive.db -years 20
package main

import (
	"flag"
	"fmt"
	"os"

	"gazette/archive/archivetest"
)

func main() {
	out := flag.String("o", "", "the database to write (must not exist)")
	years := flag.Int("years", 20, "years of issues, from 2001")
	per := flag.Int("per-year", 12, "issues a year")
	root := flag.String("root", ".", "the module root (the corpus is in ROOT/../shared)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: archivedb -o FILE [-years N] [-per-year N]")
		os.Exit(2)
	}
	bases, err := archivetest.Bases(*root)
	if err == nil {
		var n int
		n, err = archivetest.Build(*out, bases, *years, *per)
		if err == nil {
			fmt.Printf("%s: %d issues, %d articles\n", *out, *years**per, n)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
