// Command scoreboard imports the corpus of real documents (default
// ../shared/corpus) and prints how many fields the importer got right,
// wrong or missed, and how many characters it lost: make corpus.
package main

import (
	"fmt"
	"os"

	"gazette/importer/corpus"
)

func main() {
	dir := "../shared/corpus"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	sb, err := corpus.Score(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print(sb.String())
}
