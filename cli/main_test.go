package cli

import (
	"io"
	"os"
	"strings"
	"testing"
)

// The test binary is started again by some tests as a second process; the
// environment says which, and TestMain plays that part instead of running
// the tests.
const (
	// envHold: hold the database at this path open, as the workstation
	// does, print "ready" and wait until stdin closes (TestLockedDatabase).
	envHold = "GAZETTE_HOLD"
	// envRunAs: run the gazette command line given (tab-separated) and exit
	// with its code (TestIssuesOnReadOnlyFile).
	envRunAs = "GAZETTE_CHILD_ARGS"
)

func TestMain(m *testing.M) {
	if path := os.Getenv(envHold); path != "" {
		st, err := OpenDB(path)
		if err != nil {
			os.Exit(3)
		}
		os.Stdout.WriteString("ready\n")
		io.Copy(io.Discard, os.Stdin)
		st.Close()
		os.Exit(0)
	}
	if args := os.Getenv(envRunAs); args != "" {
		os.Exit(run(strings.Split(args, "\t")))
	}
	os.Exit(m.Run())
}
