package ui

import (
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
)

// errNoOpener: none of the programs that show a folder is installed.
var errNoOpener = errors.New("本机没有能打开文件夹的程序（xdg-open 或 gio）")

// folderOpeners returns the commands that show a folder on the system goos,
// in order of preference: open on macOS, explorer on Windows, xdg-open and
// then GLib's gio (present on a desktop without xdg-utils) elsewhere.
func folderOpeners(goos string) [][]string {
	switch goos {
	case "darwin":
		return [][]string{{"open"}}
	case "windows":
		return [][]string{{"explorer"}}
	}
	return [][]string{{"xdg-open"}, {"gio", "open"}}
}

// openFolder shows the folder dir in the system's file manager with the
// first of folderOpeners found on PATH. Tests replace it.
var openFolder = func(dir string) error {
	for _, c := range folderOpeners(runtime.GOOS) {
		prog, err := exec.LookPath(c[0])
		if err != nil {
			continue
		}
		cmd := exec.Command(prog, append(c[1:], dir)...)
		if err := cmd.Start(); err != nil {
			return fmt.Errorf("%s 未能启动", c[0])
		}
		go cmd.Wait() // reap it; explorer exits 1 even when it opened the folder
		return nil
	}
	return errNoOpener
}

// OpenFolder opens the folder of the last exported file; a failure is
// shown in Chinese.
func (e *ExportScreen) OpenFolder() {
	if e.last == nil || len(e.last.Files) == 0 {
		return
	}
	dir := filepath.Dir(e.last.Files[0].Path)
	if err := openFolder(dir); err != nil {
		showError(e.w.Win, fmt.Errorf("无法打开文件夹 %s：%v。请在文件管理器中打开它。", dir, err))
	}
}
