package store

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"gazette/gazette"
)

// bVersions holds the named versions of issues (一校, 二校, 三校, 付印稿…):
// one sub-bucket per issue ID, one record per version under an 8-byte
// sequence key. The bucket is made with the first named version.
var bVersions = []byte("named_versions")

// NamedVersion is a copy of a whole issue kept under a name the editor
// gave it, with who named it and when.
type NamedVersion struct {
	Seq    int
	Name   string
	Time   time.Time
	User   string // the OS user
	Issue  *gazette.Issue
	Signer string // who the editor says the version is from (may be "")
}

// namedJSON is how a NamedVersion is stored.
type namedJSON struct {
	Name   string         `json:"name"`
	Time   time.Time      `json:"time"`
	User   string         `json:"user"`
	Signer string         `json:"signer,omitempty"`
	Issue  *gazette.Issue `json:"issue"`
}

// NameVersion keeps a copy of is as it is now under name (一校, 付印稿…),
// typed by signer (the OS user is recorded too). A name already given to
// a version of the issue is refused.
func (s *Store) NameVersion(is *gazette.Issue, name, signer string) (err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	name = strings.TrimSpace(name)
	if name == "" {
		return fmt.Errorf("版本名称不能为空（如 一校、二校、付印稿）")
	}
	old, err := s.NamedVersions(is.ID)
	if err != nil {
		return err
	}
	for _, v := range old {
		if v.Name == name {
			return fmt.Errorf("《%s》%s已有名为“%s”的版本（%s）；请换一个名称", is.Title, is.Label(), name, v.Time.Local().Format("2006-01-02 15:04"))
		}
	}
	rec, err := json.Marshal(namedJSON{Name: name, Time: time.Now().UTC(), User: currentUser(), Signer: strings.TrimSpace(signer), Issue: is})
	if err != nil {
		return fmt.Errorf("编码版本“%s”：%w", name, err)
	}
	return s.update(func(tx *bolt.Tx) error {
		vb, err := tx.CreateBucketIfNotExists(bVersions)
		if err != nil {
			return err
		}
		ib, err := vb.CreateBucketIfNotExists([]byte(is.ID))
		if err != nil {
			return err
		}
		n, err := ib.NextSequence()
		if err != nil {
			return err
		}
		return ib.Put(seqKey(n), rec)
	})
}

// NamedVersions returns the named versions of the issue id, oldest first.
func (s *Store) NamedVersions(id string) (out []NamedVersion, err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	err = s.view(func(tx *bolt.Tx) error {
		vb := tx.Bucket(bVersions)
		if vb == nil {
			return nil
		}
		ib := vb.Bucket([]byte(id))
		if ib == nil {
			return nil
		}
		return ib.ForEach(func(k, v []byte) error {
			var j namedJSON
			if err := json.Unmarshal(v, &j); err != nil {
				return fmt.Errorf("刊期 %s 的版本 %d 无法解读：%v", id, seqOf(k), err)
			}
			out = append(out, NamedVersion{Seq: int(seqOf(k)), Name: j.Name, Time: j.Time, User: j.User, Signer: j.Signer, Issue: j.Issue})
			return nil
		})
	})
	return out, err
}
