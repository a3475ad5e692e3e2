package main

// openWorkstation opens the desktop workstation. Until the UI is built it
// prints the help.
func openWorkstation() int {
	printHelp()
	return 0
}
