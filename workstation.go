package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"gazette/assets"
	"gazette/cli"
	"gazette/store"
	"gazette/ui"
)

// appID is the application's unique ID (also in FyneApp.toml).
const appID = "cn.gov.gazette.workstation"

// screenshotEnv, when set to a directory, makes the workstation write a PNG
// of each screen there and quit (make screenshots).
const screenshotEnv = "GAZETTE_SCREENSHOTS"

// openWorkstation opens the desktop workstation on the database at db (the
// default one when empty, see cli.OpenDB) and returns the exit code when
// its window closes. cli calls it once it knows a window can be shown.
func openWorkstation(db string) int {
	chineseLocale()
	a := app.NewWithID(appID)
	a.Settings().SetTheme(ui.StartTheme())
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))

	st, err := cli.OpenDB(db)
	if err != nil {
		return refuse(a, err)
	}
	defer st.Close()
	win := a.NewWindow("公报编辑工作站")
	win.Resize(fyne.NewSize(1280, 720)) // fits a 1366×768 screen with its panel and title bar
	ws := ui.New(win, st)
	afterFirstFrame(a, win)
	if dir := os.Getenv(screenshotEnv); dir != "" {
		go func() {
			if err := ws.Screenshots(dir); err != nil {
				fmt.Fprintln(os.Stderr, "gazette: 截图失败："+err.Error())
			}
			fyne.Do(a.Quit)
		}()
	}
	win.ShowAndRun()
	return 0
}

// chineseLocale makes Fyne's own words (file dialogs, date picker) Chinese
// unless the user chose a Chinese variant already.
func chineseLocale() {
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(k); v != "" {
			if strings.HasPrefix(v, "zh") {
				return
			}
			break
		}
	}
	os.Setenv("LANGUAGE", "zh_CN")
	// Fyne chose its language at start-up; adding an (empty) table makes it
	// choose again.
	_ = lang.AddTranslationsForLocale([]byte("{}"), fyne.Locale("zh-Hans"))
}

// refuse shows why the database cannot be opened (in use by another
// gazette, damaged) in a dialog, and exits when it is closed.
func refuse(a fyne.App, err error) int {
	fmt.Fprintln(os.Stderr, "gazette: "+err.Error())
	win := a.NewWindow("公报编辑工作站")
	win.Resize(fyne.NewSize(560, 260))
	msg := err.Error()
	switch {
	case errors.Is(err, store.ErrLocked):
		msg += "\n\n公报编辑工作站已经在运行。请切换到那个窗口，或先关闭它再打开。"
	case errors.Is(err, store.ErrDamaged):
		msg += "\n\n可在终端运行 gazette restore 从备份恢复。"
	}
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("无法打开数据库", "退出", label, win)
	d.SetOnClosed(a.Quit)
	win.SetOnClosed(a.Quit)
	win.Show()
	d.Resize(fyne.NewSize(520, 220))
	d.Show()
	a.Run()
	return 1
}
