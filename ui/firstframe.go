package ui

import (
	"image"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// AfterFirstFrame calls fn on the UI goroutine once win's content has been
// painted for the first time. It lays a transparent raster over the content:
// the painter calls a raster's generator while it paints a frame, after the
// content beneath it, and the event loop runs queued functions only once
// that frame has been painted and swapped onto the screen.
func AfterFirstFrame(win fyne.Window, fn func()) {
	var once sync.Once
	probe := canvas.NewRaster(func(w, h int) image.Image {
		once.Do(func() { go fyne.Do(fn) })
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	})
	win.SetContent(container.NewStack(win.Content(), probe))
}
