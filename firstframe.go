package main

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"

	"gazette/ui"
)

// startupEnv, when set, makes the workstation print startupFirstFrame on
// stdout once its window has been painted for the first time, then
// startupFullFaces once it draws with the whole faces, and exit: the
// start-up benchmark (e2e.BenchmarkFirstWindow) times the whole process
// from exec to each line. It exits without closing the window: Fyne 2.7.1
// can deliver a pointer event to a window it has just destroyed on quit
// (nil view in processMouseMoved), which the benchmark's repeated starts
// under one Xvfb meet; the database is committed already.
const startupEnv = "GAZETTE_STARTUP_MARKERS"

// The lines printed in startupEnv's mode.
const (
	startupFirstFrame = "gazette: first frame"
	startupFullFaces  = "gazette: full faces"
)

// afterFirstFrame switches the window to the whole faces once its first
// frame is on screen (ui.StartTheme), printing the start-up markers when
// startupEnv asks for them.
func afterFirstFrame(a fyne.App, win fyne.Window) {
	markers := os.Getenv(startupEnv) != ""
	ui.AfterFirstFrame(win, func() {
		if markers {
			fmt.Println(startupFirstFrame)
		}
		ui.FullFaces(a)
		if markers {
			fmt.Println(startupFullFaces)
			os.Exit(0)
		}
	})
}
