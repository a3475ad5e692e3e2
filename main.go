// Command gazette is the workstation on which a Chinese government gazette
// (政府公报) is edited, laid out and sent to print. With no arguments it opens
// the workstation (workstation.go); its subcommands (package cli) do the
// same work headless, through the same use cases (package app).
package main

import (
	"os"

	"gazette/cli"
	_ "gazette/internal/locale" // before Fyne reads the locale
)

func main() {
	cli.Workstation = openWorkstation
	os.Exit(cli.Main(os.Args[1:]))
}
