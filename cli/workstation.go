package cli

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
)

// Workstation opens the desktop workstation on the database at db (the
// default one when empty) and returns the exit code when its window closes.
// Package main sets it: the command line builds without Fyne.
var Workstation func(db string) int

// openWorkstation opens the workstation when a window can be shown, and
// otherwise says in one line why not and names the headless subcommands.
func openWorkstation(db string) int {
	if !haveDisplay() || Workstation == nil {
		fmt.Fprintf(os.Stderr, "gazette: 没有图形显示（DISPLAY 和 WAYLAND_DISPLAY 均未设置），无法打开工作站；无界面子命令：%s（gazette help 查看用法）\n", headlessCommands())
		return 1
	}
	return Workstation(db)
}

// haveDisplay reports whether a window can be opened: on Linux and the BSDs
// an X11 or Wayland display must be named.
func haveDisplay() bool {
	switch runtime.GOOS {
	case "windows", "darwin", "android", "ios":
		return true
	}
	return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
}

// headlessCommands lists the subcommands that need no display.
func headlessCommands() string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, "、")
}
