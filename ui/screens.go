package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// screen is what the workstation needs of each of its tabs: the widget
// tree, the controller's changes, and a call when the tab comes to the
// front. The tabs are dispatched through it, not by their titles.
type screen interface {
	Content() fyne.CanvasObject
	changed(Change)
	shown()
}

// The screens without work of their own when shown or changed: the issue
// list follows the controller through the workstation (it refreshes from
// the store), the composer updates as it is edited.
func (l *IssueList) changed(Change) {}
func (l *IssueList) shown()         {}
func (c *Composer) shown()          {}

// screens returns the screens in tab order, with their titles.
func (w *Workstation) screens() []struct {
	title string
	s     screen
} {
	return []struct {
		title string
		s     screen
	}{
		{TabList, w.List}, {TabCompose, w.Composer}, {TabBody, w.Body},
		{TabCover, w.Cover}, {TabPreview, w.Preview}, {TabProof, w.Proof}, {TabExport, w.Export},
	}
}

// makeTabs builds the tabs of the screens; each tab item knows its screen.
func (w *Workstation) makeTabs() *container.AppTabs {
	w.tabScreen = map[*container.TabItem]screen{}
	var items []*container.TabItem
	for _, sc := range w.screens() {
		it := container.NewTabItem(sc.title, sc.s.Content())
		w.tabScreen[it] = sc.s
		items = append(items, it)
	}
	tabs := container.NewAppTabs(items...)
	tabs.OnSelected = func(t *container.TabItem) {
		if s := w.tabScreen[t]; s != nil {
			s.shown()
		}
	}
	return tabs
}
