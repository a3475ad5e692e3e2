package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime/debug"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"gazette/gazette"
)

// The catalog and the search index are derived from the issue records and
// kept beside them in the same file: every write of an issue (putTx) and
// every Delete updates them in the same transaction, so after a crash they
// agree with the records whatever the moment of the crash. They can be
// rebuilt from the records at any time (RebuildIndex), a read-write open
// builds them when the file has none (a database from an earlier build), and
// Check compares them with what the records give.
//
//	meta/      index → indexVersion, once the catalog and index are complete
//	catalog/   issue ID → JSON catalogEntry (what the issue list shows)
//	search/    see search.go
var (
	bCatalog = []byte("catalog")
	kIndex   = []byte("index")
)

// indexVersion is the format of the catalog and the search index; a file
// whose meta/index differs has them rebuilt on its next read-write open.
//
// Format 3 added the numbering unit to the catalog entries and the search
// docs (an entry without one is 期).
const indexVersion = "3"

// catalogEntry is what the issue list needs of an issue, without its
// sections and articles.
type catalogEntry struct {
	Title       string             `json:"title"`
	Year        int                `json:"year"`
	Number      int                `json:"number"`
	TotalNumber int                `json:"total_number"`
	Unit        gazette.NumberUnit `json:"unit,omitempty"`
	Status      gazette.Status     `json:"status"`
	Modified    time.Time          `json:"modified"`
	Articles    int                `json:"articles"`
}

// catalogOf returns the catalog entry of an issue, encoded.
//
// The entry is sealed like a record (seal: a CRC-32C over its bucket, key
// and value), so that a changed byte makes List read the issue records
// instead of showing a wrong title; it is not counted in the record digest,
// since the catalog is rebuilt from the records.
func catalogOf(is *gazette.Issue) []byte {
	v, _ := json.Marshal(catalogEntry{Title: is.Title, Year: is.Year, Number: is.Number, TotalNumber: is.TotalNumber,
		Unit: is.Unit, Status: is.Status, Modified: is.Modified, Articles: is.ArticleCount()})
	return seal([][]byte{bCatalog}, []byte(is.ID), v)
}

// indexCurrent reports whether the file holds a complete catalog and search
// index of this build's format.
func indexCurrent(tx *bolt.Tx) bool {
	mb := tx.Bucket(bMeta)
	return mb != nil && string(mb.Get(kIndex)) == indexVersion && tx.Bucket(bCatalog) != nil && tx.Bucket(bSearch) != nil
}

// indexTx brings the catalog and the search index up to date with is, just
// written: the hook of putTx.
func indexTx(tx *bolt.Tx, is *gazette.Issue) error {
	cb, err := tx.CreateBucketIfNotExists(bCatalog)
	if err != nil {
		return err
	}
	if err := cb.Put([]byte(is.ID), catalogOf(is)); err != nil {
		return fmt.Errorf("编目刊期 %s：%w", is.ID, err)
	}
	if err := searchIndexTx(tx, is); err != nil {
		return fmt.Errorf("为刊期 %s 建检索索引：%w", is.ID, err)
	}
	return nil
}

// unindexTx removes a deleted issue from the catalog and the search index:
// the hook of Delete.
func unindexTx(tx *bolt.Tx, id string) error {
	if cb := tx.Bucket(bCatalog); cb != nil {
		if err := cb.Delete([]byte(id)); err != nil {
			return err
		}
	}
	return searchUnindexTx(tx, id)
}

// ensureIndex builds the catalog and the search index when the file has
// none of this build's format (see RebuildIndex).
func (s *Store) ensureIndex() error {
	current := false
	if err := s.view(func(tx *bolt.Tx) error { current = indexCurrent(tx); return nil }); err != nil {
		return err
	}
	if current || s.readOnly {
		return nil
	}
	return s.RebuildIndex()
}

// startIndex marks the catalog and the search index of a new, empty
// database complete: every save then keeps them so (indexTx), and the open
// that follows the creation need not build them again from the seed.
func (s *Store) startIndex() error {
	err := s.update(func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucketIfNotExists(bCatalog); err != nil {
			return err
		}
		if err := createSearchBuckets(tx); err != nil {
			return err
		}
		mb, err := tx.CreateBucketIfNotExists(bMeta)
		if err != nil {
			return err
		}
		return mb.Put(kIndex, []byte(indexVersion))
	})
	if err != nil {
		return fmt.Errorf("为新数据库 %s 建目录与检索索引：%w", s.path, err)
	}
	return nil
}

// RebuildIndex throws the catalog and the search index away and builds
// them again from the issue records, in one transaction.
func (s *Store) RebuildIndex() (err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	err = s.update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bCatalog, bSearch} {
			if tx.Bucket(name) != nil {
				if err := tx.DeleteBucket(name); err != nil {
					return err
				}
			}
		}
		if _, err := tx.CreateBucket(bCatalog); err != nil {
			return err
		}
		if err := createSearchBuckets(tx); err != nil {
			return err
		}
		var ids [][]byte
		if err := bucket(tx, bIssues).ForEach(func(k, _ []byte) error {
			ids = append(ids, append([]byte(nil), k...))
			return nil
		}); err != nil {
			return err
		}
		cb, d := tx.Bucket(bCatalog), postingDeltas{}
		for _, id := range ids {
			is, err := s.loadTx(tx, string(id))
			if err != nil {
				return err
			}
			if err := cb.Put(id, catalogOf(is)); err != nil {
				return err
			}
			if err := searchIndexInto(tx, is, d); err != nil {
				return fmt.Errorf("为刊期 %s 建检索索引：%w", is.ID, err)
			}
		}
		_, _, _, grams, _ := searchBuckets(tx)
		if err := d.apply(grams); err != nil {
			return err
		}
		mb, err := tx.CreateBucketIfNotExists(bMeta)
		if err != nil {
			return err
		}
		return mb.Put(kIndex, []byte(indexVersion))
	})
	if err != nil {
		return fmt.Errorf("重建数据库 %s 的目录与检索索引：%w", s.path, err)
	}
	return nil
}

// listCatalog returns the issue list from the catalog, decoding no issue
// record (only their keys are read, to make sure that the catalog names
// every issue and no other); ok is false when the file has no current
// catalog (a database of an earlier build opened read-only) or one that does
// not match the records, and List reads the records instead.
func (s *Store) listCatalog() (out []Summary, ok bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		if !indexCurrent(tx) {
			return nil
		}
		ok = true
		cb := tx.Bucket(bCatalog)
		n := 0
		if err := bucket(tx, bIssues).ForEach(func(k, _ []byte) error {
			if cb.Get(k) == nil {
				return fmt.Errorf("刊期 %s 不在目录中（可用 reindex 命令重建目录）", k)
			}
			n++
			return nil
		}); err != nil {
			return err
		}
		if st := cb.Stats(); st.KeyN != n {
			return fmt.Errorf("目录有 %d 期，记录有 %d 期（可用 reindex 命令重建目录）", st.KeyN, n)
		}
		return cb.ForEach(func(k, v []byte) error {
			p, err := unseal([][]byte{bCatalog}, k, v)
			if err != nil {
				return err
			}
			var e catalogEntry
			if err := json.Unmarshal(p, &e); err != nil {
				return fmt.Errorf("目录中刊期 %s 的条目无法解读：%v", k, err)
			}
			out = append(out, Summary{ID: string(k), Title: e.Title, Year: e.Year, Number: e.Number,
				TotalNumber: e.TotalNumber, Unit: e.Unit, Status: e.Status, Modified: e.Modified, Articles: e.Articles})
			return nil
		})
	})
	if err != nil {
		// The catalog is derived data: one that does not match the records
		// is not trusted, and List reads the records instead (verify reports
		// it; reindex mends it).
		return nil, false, nil
	}
	sortSummaries(out)
	return out, ok, nil
}

// sortSummaries orders the issue list by year, number, total number and ID.
func sortSummaries(out []Summary) {
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		if a.Number != b.Number {
			return a.Number < b.Number
		}
		if a.TotalNumber != b.TotalNumber {
			return a.TotalNumber < b.TotalNumber
		}
		return a.ID < b.ID
	})
}

// checkIndex compares the catalog and the search index with what the issue
// records give (a file without a current index is not checked: its next
// read-write open builds one).
func (s *Store) checkIndex(tx *bolt.Tx, add func(error)) {
	if !indexCurrent(tx) {
		return
	}
	cb := tx.Bucket(bCatalog)
	seen := map[string]bool{}
	sc := newSearchChecker(tx, add)
	_ = bucket(tx, bIssues).ForEach(func(k, _ []byte) error {
		is, err := s.loadTx(tx, string(k))
		if err != nil {
			return nil // reported by the record check
		}
		seen[string(k)] = true
		if got := cb.Get(k); !bytes.Equal(got, catalogOf(is)) {
			add(fmt.Errorf("目录中刊期 %s（%s）的条目与刊期记录不符（可用 reindex 命令重建）", k, is.Label()))
		}
		sc.issue(is)
		return nil
	})
	_ = cb.ForEach(func(k, _ []byte) error {
		if !seen[string(k)] {
			add(fmt.Errorf("目录中有刊期 %s，但没有这一期的记录（可用 reindex 命令重建）", k))
		}
		return nil
	})
	sc.finish()
}
