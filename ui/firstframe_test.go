package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestAfterFirstFrame paints a window through the test driver: the function
// runs once the first frame is painted, not before, and once only however
// many frames follow; the window's content keeps working beneath the probe.
func TestAfterFirstFrame(t *testing.T) {
	test.NewTempApp(t)
	tapped := false
	btn := widget.NewButton("确定", func() { tapped = true })
	win := test.NewTempWindow(t, btn)
	calls := make(chan struct{}, 4)
	AfterFirstFrame(win, func() { calls <- struct{}{} })
	select {
	case <-calls:
		t.Fatal("called before any frame was painted")
	case <-time.After(100 * time.Millisecond):
	}
	win.Canvas().Capture()
	select {
	case <-calls:
	case <-time.After(5 * time.Second):
		t.Fatal("not called after the first frame")
	}
	win.Canvas().Capture()
	win.Canvas().Capture()
	select {
	case <-calls:
		t.Fatal("called again on a later frame")
	case <-time.After(100 * time.Millisecond):
	}
	test.TapCanvas(win.Canvas(), btn.Position().AddXY(5, 5))
	if !tapped {
		t.Error("a tap on the content did not reach the button beneath the probe")
	}
}
