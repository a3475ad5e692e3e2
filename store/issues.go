package store

import (
	"encoding/json"
	"fmt"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"gazette/gazette"
)

// Summary is one line of the issue list.
type Summary struct {
	ID          string
	Title       string
	Year        int
	Number      int
	TotalNumber int
	Unit        gazette.NumberUnit // 期 (also when empty) or 号
	Status      gazette.Status
	Modified    time.Time
	Articles    int
}

// Label returns the issue's place in its series, e.g. "2020年第8期".
func (s Summary) Label() string { return gazette.IssueLabel(s.Year, s.Number, s.Unit) }

// TotalLabel returns the issue's running number, e.g. "总第20期".
func (s Summary) TotalLabel() string { return gazette.TotalLabel(s.TotalNumber, s.Unit) }

// summaryJSON decodes only what a Summary needs from a stored issue.
type summaryJSON struct {
	ID          string             `json:"id"`
	Title       string             `json:"title"`
	Year        int                `json:"year"`
	Number      int                `json:"number"`
	TotalNumber int                `json:"total_number"`
	Unit        gazette.NumberUnit `json:"unit,omitempty"`
	Status      gazette.Status     `json:"status"`
	Modified    time.Time          `json:"modified"`
	Sections    []struct {
		Articles []struct{} `json:"articles"`
	} `json:"sections"`
}

// List returns every issue, sorted by year, number, total number and ID.
func (s *Store) List() (out []Summary, err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	if out, ok, err := s.listCatalog(); ok || err != nil {
		return out, err
	}
	err = s.view(func(tx *bolt.Tx) error {
		return bucket(tx, bIssues).ForEach(func(k, v []byte) error {
			p, err := s.unseal([][]byte{bIssues}, k, v)
			if err != nil {
				return fmt.Errorf("%s：%w", describeRecord(tx, [][]byte{bIssues}, k), err)
			}
			var j summaryJSON
			if err := json.Unmarshal(p, &j); err != nil {
				return fmt.Errorf("刊期 %s 的数据无法解读：%v", k, jsonText(err))
			}
			sum := Summary{ID: string(k), Title: j.Title, Year: j.Year, Number: j.Number,
				TotalNumber: j.TotalNumber, Unit: j.Unit, Status: j.Status, Modified: j.Modified}
			for _, sec := range j.Sections {
				sum.Articles += len(sec.Articles)
			}
			out = append(out, sum)
			return nil
		})
	})
	if err != nil {
		return nil, asDamaged(s.path, err)
	}
	sortSummaries(out)
	return out, nil
}

// Get returns the issue with the given ID, or an error wrapping ErrNotFound.
func (s *Store) Get(id string) (is *gazette.Issue, err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	err = s.view(func(tx *bolt.Tx) (err error) {
		is, err = s.loadTx(tx, id)
		return err
	})
	return is, err
}

// loadTx reads and decodes one issue; nil, ErrNotFound when absent.
func (s *Store) loadTx(tx *bolt.Tx, id string) (*gazette.Issue, error) {
	v, err := s.getRec(bucket(tx, bIssues), [][]byte{bIssues}, []byte(id))
	if err != nil {
		return nil, damaged(s.path, fmt.Errorf("%s：%w", describeRecord(tx, [][]byte{bIssues}, []byte(id)), err))
	}
	if v == nil {
		return nil, notFound("数据库 %s 中没有 ID 为 %s 的刊期", s.path, id)
	}
	var is gazette.Issue
	if err := json.Unmarshal(v, &is); err != nil {
		return nil, damaged(s.path, fmt.Errorf("刊期 %s 的数据无法解读：%v", id, jsonText(err)))
	}
	return &is, nil
}

// putTx encodes and stores one issue as a sealed record.
func (s *Store) putTx(tx *bolt.Tx, is *gazette.Issue) error {
	v, err := json.Marshal(is)
	if err != nil {
		return fmt.Errorf("编码刊期 %s：%w", is.ID, err)
	}
	if err := s.putRec(tx, bucket(tx, bIssues), [][]byte{bIssues}, []byte(is.ID), v); err != nil {
		return err
	}
	return indexTx(tx, is)
}

// bucket returns a top-level bucket; migrations guarantee it exists, so a
// missing one is damage (the panic is turned into a DamagedError).
func bucket(tx *bolt.Tx, name []byte) *bolt.Bucket {
	b := tx.Bucket(name)
	if b == nil {
		panic(fmt.Sprintf("缺少 %s 桶", name))
	}
	return b
}

// refPattern matches "2020-8", "2020/8", "2020年第8期", "2023年第3号" (a
// label in any of gazette.NumberUnits).
var refPattern = regexp.MustCompile(`^(\d{4})\s*(?:[-/.]|年\s*第?)\s*(\d{1,4})\s*(?:` + unitWords() + `)?$`)

// unitWords is the numbering units as a regexp alternation: 期|号.
func unitWords() string {
	words := make([]string, len(gazette.NumberUnits))
	for i, u := range gazette.NumberUnits {
		words[i] = regexp.QuoteMeta(u.Word())
	}
	return strings.Join(words, "|")
}

// Find resolves ref to one issue: an ID, a year and number ("2020-8",
// "2020年第8期") or a unique ID prefix of at least 4 characters. No match
// wraps ErrNotFound; several wrap ErrAmbiguous and list the candidates.
func (s *Store) Find(ref string) (*gazette.Issue, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil, notFound("没有指定刊期")
	}
	all, err := s.List()
	if err != nil {
		return nil, err
	}
	var hits []Summary
	for _, sum := range all {
		if sum.ID == ref {
			return s.Get(ref)
		}
	}
	if m := refPattern.FindStringSubmatch(ref); m != nil {
		y, _ := strconv.Atoi(m[1])
		n, _ := strconv.Atoi(m[2])
		for _, sum := range all {
			if sum.Year == y && sum.Number == n {
				hits = append(hits, sum)
			}
		}
	} else if len(ref) >= 4 {
		for _, sum := range all {
			if strings.HasPrefix(sum.ID, ref) {
				hits = append(hits, sum)
			}
		}
	}
	switch len(hits) {
	case 0:
		return nil, notFound("数据库 %s 中没有与“%s”相符的刊期", s.path, ref)
	case 1:
		return s.Get(hits[0].ID)
	}
	var b strings.Builder
	for _, h := range hits {
		fmt.Fprintf(&b, "\n  %s\t%s\t%s", h.ID, h.Title, h.Label())
	}
	return nil, &kindError{fmt.Sprintf("“%s”有 %d 期相符，请用 ID 指定：%s", ref, len(hits), b.String()), ErrAmbiguous}
}

// Save creates or updates one issue in one transaction (see SaveMany).
func (s *Store) Save(is *gazette.Issue) error { return s.SaveMany(is) }

// SaveMany saves issues all-or-nothing in one fsynced transaction. Missing
// IDs (issue, sections, articles) are assigned in place. Created, SignedAt,
// SignedPDFSHA256 and Unlocks are the store's: they are kept from the stored
// issue (or cleared for a new one) and written back, with Modified, into the
// caller's issues on success. A save that changes nothing writes nothing.
// Each article that changed or disappeared keeps
// its previous version as a revision. A signed issue is refused (ErrSigned)
// unless nothing changed; an issue is signed only through SignOff.
func (s *Store) SaveMany(issues ...*gazette.Issue) error { return s.saveMany(nil, issues...) }

// saveMany is SaveMany running also, when not nil, extra inside the
// transaction after the issues are saved.
func (s *Store) saveMany(extra func(tx *bolt.Tx) error, issues ...*gazette.Issue) (err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	seen := map[string]bool{}
	for _, is := range issues {
		if is == nil {
			return fmt.Errorf("保存：刊期为空")
		}
		assignIDs(is)
		if seen[is.ID] {
			return fmt.Errorf("保存：同一批中刊期 %s 出现了两次", is.ID)
		}
		seen[is.ID] = true
	}
	now, user := timeNow().UTC(), currentUser()
	saved := make([]*gazette.Issue, len(issues))
	err = s.update(func(tx *bolt.Tx) error {
		for i, is := range issues {
			c := is.Clone()
			if err := s.saveTx(tx, c, now, user); err != nil {
				return err
			}
			saved[i] = c
		}
		if extra != nil {
			return extra(tx)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i, is := range issues {
		c := saved[i]
		is.Created, is.Modified, is.SignedAt, is.SignedPDFSHA256 = c.Created, c.Modified, c.SignedAt, c.SignedPDFSHA256
		is.Unlocks = append([]gazette.Unlock(nil), c.Unlocks...)
	}
	return nil
}

// assignIDs gives the issue, its sections and articles IDs where missing.
func assignIDs(is *gazette.Issue) {
	if is.ID == "" {
		is.ID = gazette.NewID()
	}
	for si := range is.Sections {
		if is.Sections[si].ID == "" {
			is.Sections[si].ID = gazette.NewID()
		}
		for ai := range is.Sections[si].Articles {
			if is.Sections[si].Articles[ai].ID == "" {
				is.Sections[si].Articles[ai].ID = gazette.NewID()
			}
		}
	}
}

// checkIDs refuses an issue in which two sections or two articles share an
// ID (revisions are kept per article ID).
func checkIDs(is *gazette.Issue) error {
	secs, arts := map[string]bool{}, map[string]bool{}
	for si, sec := range is.Sections {
		if secs[sec.ID] {
			return fmt.Errorf("刊期 %s 第%d个栏目“%s”的 ID %s 重复", is.ID, si+1, sec.Name, sec.ID)
		}
		secs[sec.ID] = true
		for _, a := range sec.Articles {
			if arts[a.ID] {
				return fmt.Errorf("刊期 %s 栏目“%s”中%s的 ID %s 重复", is.ID, sec.Name, a.Name(), a.ID)
			}
			arts[a.ID] = true
		}
	}
	return nil
}

// saveTx saves is (already a private copy) inside tx.
func (s *Store) saveTx(tx *bolt.Tx, is *gazette.Issue, now time.Time, user string) error {
	if err := checkIDs(is); err != nil {
		return err
	}
	old, err := s.loadTx(tx, is.ID)
	if err != nil && !isNotFound(err) {
		return err
	}
	if old == nil {
		is.Created = orNow(is.Created, now)
		is.SignedAt, is.SignedPDFSHA256, is.Unlocks = time.Time{}, "", nil
	} else {
		is.Created, is.SignedAt, is.SignedPDFSHA256, is.Unlocks = old.Created, old.SignedAt, old.SignedPDFSHA256, old.Unlocks
	}
	if old != nil && sameContent(old, is) {
		*is = *old // nothing changed: no write, Modified kept
		return nil
	}
	if old != nil && old.Status == gazette.StatusSigned {
		return fmt.Errorf("《%s》%s：%w", old.Title, old.Label(), ErrSigned)
	}
	if is.Status == gazette.StatusSigned {
		return fmt.Errorf("《%s》%s：只能通过签发把刊期设为已签发", is.Title, is.Label())
	}
	is.Modified = now
	if err := s.keepRevisions(tx, old, is, now, user); err != nil {
		return err
	}
	return s.putTx(tx, is)
}

func orNow(t, now time.Time) time.Time {
	if t.IsZero() {
		return now
	}
	return t
}

// sameContent reports whether b equals a apart from Modified.
func sameContent(a, b *gazette.Issue) bool {
	x, y := *a, *b
	x.Modified, y.Modified = time.Time{}, time.Time{}
	jx, err1 := json.Marshal(&x)
	jy, err2 := json.Marshal(&y)
	return err1 == nil && err2 == nil && string(jx) == string(jy)
}

// Delete removes an issue with its revisions and sign-offs, after writing a
// backup (<name>-YYYYMMDD-HHMMSS-delete.db in backups/). A signed issue must
// be unlocked first (ErrSigned).
func (s *Store) Delete(id string) (err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	is, err := s.Get(id)
	if err != nil {
		return err
	}
	if is.Status == gazette.StatusSigned {
		return fmt.Errorf("删除《%s》%s：%w", is.Title, is.Label(), ErrSigned)
	}
	if s.readOnly {
		return s.update(nil)
	}
	if _, err := s.backupInto(timeNow(), kindDelete); err != nil {
		return fmt.Errorf("删除前备份失败，未删除：%w", err)
	}
	return s.update(func(tx *bolt.Tx) error {
		if err := s.delRec(tx, bucket(tx, bIssues), []byte(id)); err != nil {
			return err
		}
		if err := unindexTx(tx, id); err != nil {
			return err
		}
		for _, name := range [][]byte{bRevisions, bSignoffs} {
			if err := s.delBucketRec(tx, bucket(tx, name), []byte(id)); err != nil {
				return err
			}
		}
		return s.deleteImportTx(tx, id)
	})
}
