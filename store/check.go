package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"

	"gazette/gazette"
)

// maxFindings caps how many problems one check reports.
const maxFindings = 10

// checkTx runs bbolt's tx.Check and returns its findings joined, or nil.
func (s *Store) checkTx() error {
	var errs []error
	n := 0
	err := s.view(func(tx *bolt.Tx) error {
		for e := range tx.Check() { // drain the channel: Check's goroutine waits on it
			n++
			if len(errs) < maxFindings {
				errs = append(errs, chineseCheck(e))
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if n > len(errs) {
		errs = append(errs, fmt.Errorf("另有 %d 处问题", n-len(errs)))
	}
	return errors.Join(errs...)
}

// checkAllRecords checks every record's checksum and the record digest
// (record.go); it runs on every open. A database read at schema 1 has none.
func (s *Store) checkAllRecords() error {
	if s.legacy {
		return nil
	}
	var err error
	if verr := s.view(func(tx *bolt.Tx) error { err = checkRecords(tx); return nil }); verr != nil {
		return damaged(s.path, verr)
	}
	if err != nil {
		return damaged(s.path, err)
	}
	return nil
}

// Check checks the whole database: the file's pages (as on open), bbolt's
// tx.Check, and that every issue, revision and sign-off snapshot decodes.
// It returns a *DamagedError listing what is wrong, or nil. Validation of the
// issues' content (gazette.Issue.Validate) is left to the caller.
func (s *Store) Check() (err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	if ff, err := checkFile(s.path); err != nil {
		return damaged(s.path, err)
	} else if ff.lost != nil {
		return damaged(s.path, ff.lost)
	}
	if err := s.checkTx(); err != nil {
		return damaged(s.path, err)
	}
	if err := s.checkAllRecords(); err != nil {
		return err
	}
	var errs []error
	add := func(e error) {
		if len(errs) < maxFindings {
			errs = append(errs, e)
		}
	}
	err = s.view(func(tx *bolt.Tx) error {
		if _, err := schemaVersion(tx); err != nil {
			add(err)
		}
		for _, name := range [][]byte{bIssues, bRevisions, bSignoffs, bSettings} {
			if tx.Bucket(name) == nil {
				add(fmt.Errorf("缺少 %s 桶", name))
			}
		}
		if b := tx.Bucket(bIssues); b != nil {
			_ = b.ForEach(func(k, v []byte) error {
				var is gazette.Issue
				if v, err := s.unseal([][]byte{bIssues}, k, v); err != nil {
					add(fmt.Errorf("%s：%w", describeRecord(tx, [][]byte{bIssues}, k), err))
				} else if err := json.Unmarshal(v, &is); err != nil {
					add(fmt.Errorf("刊期 %s 的数据无法解读：%v", k, jsonText(err)))
				} else if is.ID != string(k) {
					add(fmt.Errorf("刊期 %s 的数据写着 ID %s", k, is.ID))
				}
				return nil
			})
		}
		s.checkRevisions(tx, add)
		s.checkIndex(tx, add)
		s.checkSignoffs(tx, add)
		s.checkImports(tx, add)
		return nil
	})
	if err != nil {
		return damaged(s.path, err)
	}
	if len(errs) > 0 {
		return damaged(s.path, errors.Join(errs...))
	}
	return nil
}

// checkRevisions decodes every stored revision.
func (s *Store) checkRevisions(tx *bolt.Tx, add func(error)) {
	rb := tx.Bucket(bRevisions)
	if rb == nil {
		return
	}
	_ = rb.ForEachBucket(func(issueID []byte) error {
		ib := rb.Bucket(issueID)
		return ib.ForEachBucket(func(artID []byte) error {
			return ib.Bucket(artID).ForEach(func(k, v []byte) error {
				if len(k) != 8 {
					return nil
				}
				p, err := s.unseal([][]byte{bRevisions, issueID, artID}, k, v)
				if err != nil {
					return nil // reported by checkAllRecords
				}
				if _, err := decodeRevision(p); err != nil {
					add(fmt.Errorf("刊期 %s 文章 %s 的历史版本 %d 无法解读：%v", issueID, artID, seqOf(k), jsonText(err)))
				}
				return nil
			})
		})
	})
}

// checkSignoffs decodes every sign-off snapshot.
func (s *Store) checkSignoffs(tx *bolt.Tx, add func(error)) {
	sb := tx.Bucket(bSignoffs)
	if sb == nil {
		return
	}
	_ = sb.ForEachBucket(func(issueID []byte) error {
		ib := sb.Bucket(issueID)
		return ib.ForEachBucket(func(seq []byte) error {
			var is gazette.Issue
			p, err := s.unseal([][]byte{bSignoffs, issueID, seq}, kSnapshot, ib.Bucket(seq).Get(kSnapshot))
			if err != nil {
				return nil // reported by checkAllRecords
			}
			if err := json.Unmarshal(p, &is); err != nil {
				add(fmt.Errorf("刊期 %s 第 %d 次签发的快照无法解读：%v", issueID, seqOf(seq), jsonText(err)))
			}
			return nil
		})
	})
}
