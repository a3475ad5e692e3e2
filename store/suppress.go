package store

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// bSuppressions holds, per issue, the proofreading findings an editor
// marked as intended: suppressions/<issue>/<finding key> → Suppression
// (JSON). The bucket is made on the first suppression, so older databases
// need no migration.
var bSuppressions = []byte("suppressions")

// Suppression records that an editor judged a proofreading finding to be
// intended ("此处无误"): which finding, who, when and why.
type Suppression struct {
	Key     string    `json:"key"`     // the finding's key (proof.Finding.Key)
	Rule    string    `json:"rule"`    // the rule it broke
	Article string    `json:"article"` // the article's title
	Excerpt string    `json:"excerpt"` // the text around the spot, as seen
	Note    string    `json:"note"`    // the editor's reason, may be empty
	User    string    `json:"user"`    // the editor's name
	Time    time.Time `json:"time"`
}

// Suppress records sp for the issue (replacing an earlier record of the same
// key). An empty User is filled with the current user, Time with now.
func (s *Store) Suppress(issueID string, sp Suppression) (err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	if strings.TrimSpace(sp.Key) == "" {
		return fmt.Errorf("标记为无误：缺少校对发现的标识")
	}
	if strings.TrimSpace(sp.User) == "" {
		sp.User = currentUser()
	}
	if sp.Time.IsZero() {
		sp.Time = time.Now().UTC().Truncate(time.Second)
	}
	data, err := json.Marshal(sp)
	if err != nil {
		return err
	}
	return s.update(func(tx *bolt.Tx) error {
		if bucket(tx, bIssues).Get([]byte(issueID)) == nil {
			return fmt.Errorf("标记为无误：没有刊期 %s", issueID)
		}
		root, err := tx.CreateBucketIfNotExists(bSuppressions)
		if err != nil {
			return err
		}
		ib, err := root.CreateBucketIfNotExists([]byte(issueID))
		if err != nil {
			return err
		}
		return ib.Put([]byte(sp.Key), data)
	})
}

// Unsuppress removes the record of key for the issue; a key not recorded
// is no error.
func (s *Store) Unsuppress(issueID, key string) (err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return s.update(func(tx *bolt.Tx) error {
		root := tx.Bucket(bSuppressions)
		if root == nil || root.Bucket([]byte(issueID)) == nil {
			return nil
		}
		return root.Bucket([]byte(issueID)).Delete([]byte(key))
	})
}

// Suppressions returns the issue's suppressed findings, oldest first.
func (s *Store) Suppressions(issueID string) (out []Suppression, err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	err = s.view(func(tx *bolt.Tx) error {
		root := tx.Bucket(bSuppressions)
		if root == nil || root.Bucket([]byte(issueID)) == nil {
			return nil
		}
		return root.Bucket([]byte(issueID)).ForEach(func(k, v []byte) error {
			var sp Suppression
			if err := json.Unmarshal(v, &sp); err != nil {
				return fmt.Errorf("刊期 %s 的校对标记 %s 无法解读：%v", issueID, k, err)
			}
			out = append(out, sp)
			return nil
		})
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Time.Before(out[j].Time) })
	return out, err
}

// SuppressedKeys returns the keys of the issue's suppressed findings.
func (s *Store) SuppressedKeys(issueID string) (map[string]bool, error) {
	sps, err := s.Suppressions(issueID)
	keys := make(map[string]bool, len(sps))
	for _, sp := range sps {
		keys[sp.Key] = true
	}
	return keys, err
}
