package ui

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
)

// openFolder shows the folder dir in the system's file manager: xdg-open on
// Linux and the BSDs, open on macOS, explorer on Windows. Tests replace it.
var openFolder = func(dir string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", dir)
	case "windows":
		cmd = exec.Command("explorer", dir)
	default:
		cmd = exec.Command("xdg-open", dir)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait() // reap it; explorer exits 1 even when it opened the folder
	return nil
}

// OpenFolder opens the folder of the last exported file; a failure is
// shown in Chinese.
func (e *ExportScreen) OpenFolder() {
	if e.last == nil || len(e.last.Files) == 0 {
		return
	}
	dir := filepath.Dir(e.last.Files[0].Path)
	if err := openFolder(dir); err != nil {
		showError(e.w.Win, fmt.Errorf("无法打开文件夹 %s（%v）。请在文件管理器中打开它", dir, err))
	}
}
