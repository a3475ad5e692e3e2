package proof

import (
	"fmt"

	"gazette/gazette"
	"gazette/store"
)

// Report is a proofreading pass over an issue: the findings still open
// and those the editor marked as intended.
type Report struct {
	Open     []Finding
	Intended []Finding
}

// Errors counts the open findings of severity Error.
func (r Report) Errors() int { return Errors(r.Open) }

// Review proofreads is against the earlier issues and sets apart the
// findings whose keys are suppressed.
func Review(is *gazette.Issue, earlier []*gazette.Issue, suppressed map[string]bool) Report {
	open, intended := Filter(Check(is, earlier), suppressed)
	return Report{Open: open, Intended: intended}
}

// ReviewStored proofreads is (as it stands, saved or not) against the
// other issues of the database and the suppressions stored for it. The
// command line and the workstation both check through here.
func ReviewStored(st *store.Store, is *gazette.Issue) (Report, error) {
	earlier, err := Others(st, is.ID)
	if err != nil {
		return Report{}, err
	}
	keys, err := st.SuppressedKeys(is.ID)
	if err != nil {
		return Report{}, fmt.Errorf("读取校对标记：%w", err)
	}
	return Review(is, earlier, keys), nil
}

// Others loads every issue of the database but the one with id: Check
// takes from them the 代字 each issuer writes and, from those of the same
// gazette before it, the 文号 already printed.
func Others(st *store.Store, id string) ([]*gazette.Issue, error) {
	sums, err := st.List()
	if err != nil {
		return nil, err
	}
	var out []*gazette.Issue
	for _, s := range sums {
		if s.ID == id {
			continue
		}
		is, err := st.Get(s.ID)
		if err != nil {
			return nil, fmt.Errorf("读取往期 %s：%w", s.Label(), err)
		}
		out = append(out, is)
	}
	return out, nil
}

// Suppress records that the editor user judged f intended, with a note.
func Suppress(st *store.Store, issueID string, f Finding, user, note string) error {
	return st.Suppress(issueID, store.Suppression{Key: f.Key, Rule: f.Rule, Article: f.Article,
		Excerpt: f.Excerpt, Note: note, User: user})
}
