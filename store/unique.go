package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"gazette/gazette"
)

// ErrExists: another issue has the same 刊名, year and number. The database
// holds at most one issue for each 刊名 + 年 + 期 (the rule `gazette check
// --issue 2020-8` relies on to name one issue).
var ErrExists = errors.New("已有刊名、年份、期号都相同的刊期")

// existsError names the issue already there; errors.Is(err, ErrExists).
type existsError struct{ Same Summary }

func (e *existsError) Error() string {
	return fmt.Sprintf("数据库中已有《%s》%s（%s）", e.Same.Title, e.Same.Label(), e.Same.TotalLabel())
}

func (e *existsError) Unwrap() error { return ErrExists }

// sameNumber reports whether two issues take the same place in one series.
func sameNumber(title string, year, number int, s Summary) bool {
	return strings.TrimSpace(s.Title) == strings.TrimSpace(title) && s.Year == year && s.Number == number
}

// SameNumber returns the issue other than exceptID with the same 刊名,
// year and number as given, or nil when there is none.
func (s *Store) SameNumber(title string, year, number int, exceptID string) (*Summary, error) {
	all, err := s.List()
	if err != nil {
		return nil, err
	}
	for i, sum := range all {
		if sum.ID != exceptID && sameNumber(title, year, number, sum) {
			return &all[i], nil
		}
	}
	return nil, nil
}

// Create saves a new issue (its ID must not be in the database) unless
// another issue has the same 刊名, year and number: then nothing is saved
// and the error wraps ErrExists and names that issue. The check and the
// save are one transaction.
func (s *Store) Create(is *gazette.Issue) error { return s.create(is, nil) }

// create is Create running also, when not nil, extra inside the saving
// transaction after the issue is saved (an import's record).
func (s *Store) create(is *gazette.Issue, extra func(tx *bolt.Tx) error) (err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	if is == nil {
		return fmt.Errorf("新建：刊期为空")
	}
	assignIDs(is)
	now, user := time.Now().UTC(), currentUser()
	c := is.Clone()
	err = s.update(func(tx *bolt.Tx) error {
		b := bucket(tx, bIssues)
		if b.Get([]byte(is.ID)) != nil {
			return fmt.Errorf("新建《%s》%s：ID %s 已被另一期使用", is.Title, is.Label(), is.ID)
		}
		if same, err := s.sameInTx(tx, is.Title, is.Year, is.Number, is.ID); err != nil {
			return err
		} else if same != nil {
			return &existsError{*same}
		}
		if err := s.saveTx(tx, c, now, user); err != nil || extra == nil {
			return err
		}
		return extra(tx)
	})
	if err != nil {
		return err
	}
	is.Created, is.Modified = c.Created, c.Modified
	return nil
}

// sameInTx is SameNumber inside a transaction.
func (s *Store) sameInTx(tx *bolt.Tx, title string, year, number int, exceptID string) (*Summary, error) {
	var hit *Summary
	err := bucket(tx, bIssues).ForEach(func(k, v []byte) error {
		p, err := s.unseal([][]byte{bIssues}, k, v)
		if err != nil {
			return fmt.Errorf("%s：%w", describeRecord(tx, [][]byte{bIssues}, k), err)
		}
		var j summaryJSON
		if err := json.Unmarshal(p, &j); err != nil {
			return fmt.Errorf("刊期 %s 的数据无法解读：%v", k, err)
		}
		sum := Summary{ID: string(k), Title: j.Title, Year: j.Year, Number: j.Number, TotalNumber: j.TotalNumber, Unit: j.Unit, Status: j.Status}
		if hit == nil && sum.ID != exceptID && sameNumber(title, year, number, sum) {
			hit = &sum
		}
		return nil
	})
	return hit, err
}

// Replace puts is in place of the issue oldID (is takes its ID): the
// database is first backed up into backups/ (BackupBefore("replace"), the
// pool pruned with the other backups), as `gazette import --new --replace`
// does. A signed issue is refused (ErrSigned). The import record of the
// issue replaced (ImportRecord) goes with it. It returns the backup's path.
func (s *Store) Replace(is *gazette.Issue, oldID string) (backup string, err error) {
	return s.ReplaceImported(is, oldID, nil)
}

// replace is Replace running also, when not nil, extra inside the saving
// transaction after the issue is saved.
func (s *Store) replace(is *gazette.Issue, oldID string, extra func(tx *bolt.Tx) error) (backup string, err error) {
	old, err := s.Get(oldID)
	if err != nil {
		return "", err
	}
	if old.Status == gazette.StatusSigned {
		return "", fmt.Errorf("替换《%s》%s：%w", old.Title, old.Label(), ErrSigned)
	}
	if backup, err = s.BackupBefore("replace"); err != nil {
		return "", fmt.Errorf("替换前备份失败，未作改动：%w", err)
	}
	is.ID = old.ID
	is.Status = gazette.StatusDraft
	if err := s.saveMany(extra, is); err != nil {
		return backup, fmt.Errorf("保存《%s》%s：%w", is.Title, is.Label(), err)
	}
	return backup, nil
}

// NextFree returns the next place in the series of 刊名 title that no
// issue takes: after the latest issue of that title (by its frequency,
// 第1期 of the next year after the last of a year) and one more than the
// highest 总期号. With no issue of that title it returns the place after
// from (nil: 第1期 of this year, 总第1期).
func (s *Store) NextFree(title, freq string, from *gazette.Numbering) (gazette.Numbering, error) {
	all, err := s.List()
	if err != nil {
		return gazette.Numbering{}, err
	}
	var taken []gazette.Numbering
	for _, sum := range all {
		if strings.TrimSpace(sum.Title) == strings.TrimSpace(title) {
			taken = append(taken, gazette.Numbering{Year: sum.Year, Number: sum.Number, Total: sum.TotalNumber, Unit: sum.Unit})
		}
	}
	if len(taken) == 0 && from != nil {
		taken = []gazette.Numbering{*from}
	}
	return gazette.NextNumbering(freq, taken, time.Now().Year()), nil
}

// DocHit is an article of the database that matches an imported one by
// 文号 or by title.
type DocHit struct {
	IssueID, IssueTitle string
	Year, Number        int
	Unit                gazette.NumberUnit
	ArticleID, Title    string
	DocNumber           string
	ByDocNumber         bool // matched by 文号 (else by title)
}

// Where names the issue of a hit, e.g. "2020年第8期".
func (h DocHit) Where() string { return gazette.IssueLabel(h.Year, h.Number, h.Unit) }

// docsJSON decodes only the titles and 文号 of a stored issue.
type docsJSON struct {
	Title    string             `json:"title"`
	Year     int                `json:"year"`
	Number   int                `json:"number"`
	Unit     gazette.NumberUnit `json:"unit,omitempty"`
	Sections []struct {
		Articles []struct {
			ID        string `json:"id"`
			Title     string `json:"title"`
			DocNumber string `json:"doc_number"`
		} `json:"articles"`
	} `json:"sections"`
}

// FindDocs returns the articles of the stored issues whose 文号 (when not
// empty) or title equals those of a: the rule for "this document is
// already in the database" that import asks about. Spaces are ignored.
func (s *Store) FindDocs(a *gazette.Article) (hits []DocHit, err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	doc, title := gazette.NormalizeKey(a.DocNumber), gazette.NormalizeKey(a.Title)
	if doc == "" && title == "" {
		return nil, nil
	}
	err = s.view(func(tx *bolt.Tx) error {
		return bucket(tx, bIssues).ForEach(func(k, v []byte) error {
			p, err := s.unseal([][]byte{bIssues}, k, v)
			if err != nil {
				return fmt.Errorf("%s：%w", describeRecord(tx, [][]byte{bIssues}, k), err)
			}
			var j docsJSON
			if err := json.Unmarshal(p, &j); err != nil {
				return fmt.Errorf("刊期 %s 的数据无法解读：%v", k, err)
			}
			for _, sec := range j.Sections {
				for _, art := range sec.Articles {
					byDoc := doc != "" && gazette.NormalizeKey(art.DocNumber) == doc
					if byDoc || title != "" && gazette.NormalizeKey(art.Title) == title {
						hits = append(hits, DocHit{IssueID: string(k), IssueTitle: j.Title, Year: j.Year, Number: j.Number, Unit: j.Unit,
							ArticleID: art.ID, Title: art.Title, DocNumber: art.DocNumber, ByDocNumber: byDoc})
					}
				}
			}
			return nil
		})
	})
	return hits, err
}
