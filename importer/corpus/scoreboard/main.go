// Command scoreboard imports the corpus of real documents (default
// ../shared/corpus) and prints how many fields the importer got right,
// wrong or missed, and how many characters it lost: make corpus (-v lists
// the source lines an issue did not keep whole).
package main

import (
	"fmt"
	"os"

	"gazette/importer/corpus"
)

func main() {
	dir := "../shared/corpus"
	for _, a := range os.Args[1:] {
		if a == "-v" {
			corpus.Verbose = true
		} else {
			dir = a
		}
	}
	sb, err := corpus.Score(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print(sb.String())
}
