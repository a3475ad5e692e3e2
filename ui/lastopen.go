package ui

import "fyne.io/fyne/v2"

// The workstation reopens the issue and the article last worked on (not
// the highest-numbered issue): their IDs are kept in the app's
// preferences.
const (
	prefLastIssue   = "last.issue"
	prefLastArticle = "last.article"
)

// prefs returns the app's preferences (nil without an app).
func prefs() fyne.Preferences {
	if a := fyne.CurrentApp(); a != nil {
		return a.Preferences()
	}
	return nil
}

// remember notes the open issue and the selected article.
func (w *Workstation) remember() {
	p := prefs()
	is := w.Ctl.Issue()
	if p == nil || is == nil {
		return
	}
	p.SetString(prefLastIssue, is.ID)
	if _, art := w.Composer.Selected(); art != "" {
		p.SetString(prefLastArticle, art)
	}
}

// reopen opens the issue last worked on when it is still there, else the
// newest, and selects the article last worked on when it is in it.
func (w *Workstation) reopen() {
	id := w.List.LatestID()
	last, art := "", ""
	if p := prefs(); p != nil {
		last, art = p.String(prefLastIssue), p.String(prefLastArticle)
	}
	for _, r := range w.List.Rows() {
		if r.ID == last && last != "" {
			id = last
		}
	}
	if id == "" {
		w.changed(ChangedIssue)
		return
	}
	w.Ctl.ShowError(w.Ctl.Open(id))
	if is := w.Ctl.Issue(); is != nil && art != "" {
		if a, _ := is.Article(art); a != nil {
			w.Composer.SelectArticle(art)
		}
	}
}
