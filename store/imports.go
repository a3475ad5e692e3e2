package store

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"

	"gazette/gazette"
)

// bImports holds what the import of an issue learned, one sealed record
// per issue keyed by the issue's ID: the issue's own printed 目录, the weak
// guesses and the lines removed as page furniture. `gazette check` matches
// the 目录 again against the issue as it stands. The bucket is made with
// the first imported issue, so older databases need no migration.
var bImports = []byte("imports")

// ImportRecord is what the import of an issue learned, kept with the issue.
type ImportRecord struct {
	File string    `json:"file"` // the file it was read from
	Time time.Time `json:"time"`
	User string    `json:"user"`
	// TOC is the issue's own printed 目录, in its order, each entry with
	// the article it named when the issue was imported.
	TOC []ImportTOCEntry `json:"toc"`
	// Weak are the guesses the editor should check (other than the 目录
	// entries left unmatched, which TOC gives).
	Weak []ImportNote `json:"weak"`
	// Removed are the lines the import left out as not being text of the
	// issue (folios, running heads, the printed 目录…), with the reasons.
	Removed []ImportRemoval `json:"removed"`
}

// ImportTOCEntry is one entry of the printed 目录.
type ImportTOCEntry struct {
	Section   string `json:"section"`
	Title     string `json:"title"` // without spaces
	DocNumber string `json:"doc_number,omitempty"`
	Text      string `json:"text"` // as printed
	// ArticleID and ArticleTitle name the article the entry matched on
	// import; empty when it matched none.
	ArticleID    string `json:"article_id,omitempty"`
	ArticleTitle string `json:"article_title,omitempty"`
}

// ImportNote is one weak guess of the import: where in the file, what,
// and the article it was made in (ArticleID empty for the issue).
type ImportNote struct {
	Line         int    `json:"line,omitempty"`
	Message      string `json:"message"`
	ArticleID    string `json:"article_id,omitempty"`
	ArticleTitle string `json:"article_title,omitempty"`
}

// ImportRemoval is one line the import left out, with its number and why.
type ImportRemoval struct {
	Line   int    `json:"line"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// CreateImported is Create writing rec, the import's record of is, in the
// same transaction: both are saved or neither.
func (s *Store) CreateImported(is *gazette.Issue, rec *ImportRecord) error {
	return s.create(is, s.importWriter(is, rec))
}

// ReplaceImported is Replace writing rec (nil: none) as the import's
// record of the issue in the same transaction as the issue; the record of
// the issue replaced goes with it.
func (s *Store) ReplaceImported(is *gazette.Issue, oldID string, rec *ImportRecord) (string, error) {
	return s.replace(is, oldID, s.importWriter(is, rec))
}

// importWriter returns the step of a save transaction that writes rec as
// the import record of is (after its ID is known), or deletes the issue's
// record when rec is nil.
func (s *Store) importWriter(is *gazette.Issue, rec *ImportRecord) func(tx *bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		if rec == nil {
			return s.deleteImportTx(tx, is.ID)
		}
		r := *rec
		if r.User == "" {
			r.User = currentUser()
		}
		if r.Time.IsZero() {
			r.Time = timeNow().UTC().Truncate(time.Second)
		}
		data, err := json.Marshal(&r)
		if err != nil {
			return fmt.Errorf("编码刊期 %s 的导入记录：%w", is.ID, err)
		}
		b, err := tx.CreateBucketIfNotExists(bImports)
		if err != nil {
			return err
		}
		return s.putRec(tx, b, [][]byte{bImports}, []byte(is.ID), data)
	}
}

// deleteImportTx deletes the import record of the issue id, if any.
func (s *Store) deleteImportTx(tx *bolt.Tx, id string) error {
	b := tx.Bucket(bImports)
	if b == nil {
		return nil
	}
	return s.delRec(tx, b, []byte(id))
}

// ImportRecord returns what the import of the issue id learned; nil, nil
// for an issue that was not imported from a text (made in the workstation,
// read from an archive, or imported before records were kept).
func (s *Store) ImportRecord(id string) (rec *ImportRecord, err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	err = s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bImports)
		if b == nil {
			return nil
		}
		p, err := s.getRec(b, [][]byte{bImports}, []byte(id))
		if err != nil {
			return damaged(s.path, fmt.Errorf("%s：%w", describeRecord(tx, [][]byte{bImports}, []byte(id)), err))
		}
		if p == nil {
			return nil
		}
		rec = &ImportRecord{}
		if err := json.Unmarshal(p, rec); err != nil {
			return damaged(s.path, fmt.Errorf("刊期 %s 的导入记录无法解读：%v", id, jsonText(err)))
		}
		return nil
	})
	return rec, err
}

// checkImports decodes every import record and makes sure its issue is
// there (a record is deleted with its issue).
func (s *Store) checkImports(tx *bolt.Tx, add func(error)) {
	b := tx.Bucket(bImports)
	if b == nil {
		return
	}
	_ = b.ForEach(func(k, v []byte) error {
		p, err := s.unseal([][]byte{bImports}, k, v)
		if err != nil {
			return nil // reported by checkAllRecords
		}
		var rec ImportRecord
		if err := json.Unmarshal(p, &rec); err != nil {
			add(fmt.Errorf("刊期 %s 的导入记录无法解读：%v", k, jsonText(err)))
		} else if tx.Bucket(bIssues) != nil && tx.Bucket(bIssues).Get(k) == nil {
			add(fmt.Errorf("导入记录 %s 所属的刊期已不在数据库中", k))
		}
		return nil
	})
}
