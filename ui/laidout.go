package ui

import (
	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout"
	"gazette/preflight"
)

// laidOut is a layout of the open issue as it was at one controller Gen,
// with the preflight findings on it.
type laidOut struct {
	gen      int
	issue    *gazette.Issue // the copy that was laid out
	doc      *layout.Document
	findings []preflight.Finding
}

// layIssue lays out a private copy of is and runs preflight on it: it
// touches no widget, so it runs off the UI goroutine.
func layIssue(l *layout.Layouter, is *gazette.Issue, progress func(float64)) (*laidOut, error) {
	doc, err := l.Lay(is)
	if err != nil {
		return nil, err
	}
	progress(0.7)
	set, err := fonts.NewSet(is.Layout.Faces)
	if err != nil {
		set = nil
	}
	return &laidOut{issue: is, doc: doc, findings: preflight.Check(is, doc, set)}, nil
}

// Layout hands done (on the UI goroutine) the layout of the open issue as
// it is now: the one made before when nothing changed since, else a new one
// made off the UI goroutine with a progress bar. done gets nil and the
// error when layout fails.
func (w *Workstation) Layout(done func(*laidOut, error)) {
	is := w.Ctl.Issue()
	if is == nil {
		done(nil, errNoIssue)
		return
	}
	gen := w.Ctl.Gen()
	if w.laid != nil && w.laid.gen == gen {
		done(w.laid, nil)
		return
	}
	c := is.Clone()
	var got *laidOut
	w.Ctl.Run("正在排版 "+is.Label(), func(progress func(float64)) error {
		var err error
		got, err = layIssue(w.layouter, c, progress)
		return err
	}, func(err error) {
		if err != nil {
			done(nil, errorf(err, "排版《%s》%s", c.Title, c.Label()))
			return
		}
		got.gen = gen
		if w.Ctl.Gen() == gen {
			w.laid = got
		}
		done(got, nil)
	})
}
