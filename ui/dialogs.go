package ui

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"gazette/store"
)

// showError shows err in a Chinese dialog that says what to do.
func showError(win fyne.Window, err error) {
	if err == nil || win == nil {
		return
	}
	msg := err.Error()
	switch {
	case errors.Is(err, store.ErrSigned) && !strings.Contains(msg, "解锁"):
		msg += "\n\n本期已签发。要修改，请到“导出印刷文件”页点“解锁…”，写明原因。"
	case errors.Is(err, store.ErrLocked):
		msg += "\n\n请关闭另一个正在运行的公报编辑工作站后再打开。"
	case errors.Is(err, store.ErrDamaged):
		msg += "\n\n请在“期刊列表”中点“恢复”，选择最近的备份。"
	}
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(label)
	scroll.SetMinSize(fyne.NewSize(480, 150))
	d := dialog.NewCustom("出错了", "知道了", scroll, win)
	d.Show()
}

// confirm asks a yes/no question; ok runs only on the confirm button.
func confirm(win fyne.Window, title, message, yes string, ok func()) dialog.Dialog {
	label := widget.NewLabel(message)
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(title, yes, "取消", label, func(b bool) {
		if b {
			ok()
		}
	}, win)
	d.Resize(fyne.NewSize(420, 180))
	d.Show()
	return d
}

// askText asks for one line of text (a section name, a reason).
func askText(win fyne.Window, title, label, initial, yes string, ok func(string)) dialog.Dialog {
	e := widget.NewEntry()
	e.SetText(initial)
	items := []*widget.FormItem{widget.NewFormItem(label, e)}
	d := dialog.NewForm(title, yes, "取消", items, func(b bool) {
		if b {
			ok(e.Text)
		}
	}, win)
	e.OnSubmitted = func(string) { d.Submit() } // Enter confirms
	d.Resize(fyne.NewSize(420, 160))
	d.Show()
	win.Canvas().Focus(e)
	return d
}

// showInfo shows a plain message.
func showInfo(win fyne.Window, title, message string) {
	label := widget.NewLabel(message)
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, "好", label, win)
	d.Resize(fyne.NewSize(460, 200))
	d.Show()
}

// errorf builds a Chinese error that wraps err.
func errorf(err error, format string, args ...any) error {
	return fmt.Errorf(format+"：%w", append(args, err)...)
}
