package store

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"

	"gazette/gazette"
)

// Revision is an earlier version of an article: the article as it was, who
// saved that version and when. Section names the section it stood in.
type Revision struct {
	Seq       int
	ArticleID string
	Time      time.Time
	User      string
	Article   gazette.Article
	Section   string
}

// revisionJSON is how a Revision is stored.
type revisionJSON struct {
	ArticleID string          `json:"article_id"`
	Section   string          `json:"section"`
	Time      time.Time       `json:"time"`
	User      string          `json:"user"`
	Article   gazette.Article `json:"article"`
}

// stamp is who wrote the current version of an article, and when, with the
// checksum of that version (articleCRC) so that a damaged issue record can
// name the article that changed.
type stamp struct {
	Time time.Time `json:"time"`
	User string    `json:"user"`
	CRC  uint32    `json:"crc,omitempty"`
}

// kStamp is the key, beside the 8-byte revision keys, holding the stamp of
// the article's current version.
var kStamp = []byte("current")

func decodeRevision(v []byte) (revisionJSON, error) {
	var r revisionJSON
	err := json.NewDecoder(revisionReader(v)).Decode(&r)
	return r, err
}

// A revision's payload (schema 2) is revDeflate, the revision's time (Unix
// nanoseconds, 8 bytes big endian, read by thinning without decoding) and
// the DEFLATE stream of its JSON: revisions are read rarely and an
// article's text shrinks to about a third. A payload that starts otherwise
// is plain JSON (written by schema 1, migrated as it was).
const (
	revDeflate = 0x01
	revHead    = 9
)

// encodeRevision compresses the JSON of a revision.
func encodeRevision(r revisionJSON) ([]byte, error) {
	j, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteByte(revDeflate)
	b.Write(binary.BigEndian.AppendUint64(nil, uint64(r.Time.UnixNano())))
	w, err := flate.NewWriter(&b, flate.DefaultCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(j); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// revisionReader reads the JSON of a revision payload.
func revisionReader(v []byte) io.Reader {
	if len(v) >= revHead && v[0] == revDeflate {
		return flate.NewReader(bytes.NewReader(v[revHead:]))
	}
	return bytes.NewReader(v)
}

func isNotFound(err error) bool { return errors.Is(err, ErrNotFound) }

// keepRevisions stores, for every article of old that is changed or gone in
// is, its old version as a revision, and stamps every new or changed article
// of is with now and user.
func (s *Store) keepRevisions(tx *bolt.Tx, old, is *gazette.Issue, now time.Time, user string) error {
	type placed struct {
		a       *gazette.Article
		section string
	}
	before := map[string]placed{}
	if old != nil {
		old.Articles(func(si, _ int, a *gazette.Article) bool {
			before[a.ID] = placed{a, old.Sections[si].Name}
			return true
		})
	}
	after := map[string]bool{}
	var err error
	is.Articles(func(si, _ int, a *gazette.Article) bool {
		after[a.ID] = true
		p, ok := before[a.ID]
		if ok && sameArticle(p.a, a) {
			return true
		}
		var ab *bolt.Bucket
		if ab, err = articleBucket(tx, is.ID, a.ID); err != nil {
			return false
		}
		path := revPath(is.ID, a.ID)
		if ok {
			if err = s.addRevision(tx, ab, path, p.a, p.section, now, user); err != nil {
				return false
			}
		}
		err = s.putStamp(tx, ab, path, stamp{Time: now, User: user, CRC: articleCRC(a)})
		return err == nil
	})
	if err != nil {
		return fmt.Errorf("保存历史版本：%w", err)
	}
	for id, p := range before {
		if after[id] {
			continue
		}
		ab, err := articleBucket(tx, is.ID, id)
		if err != nil {
			return err
		}
		if err := s.addRevision(tx, ab, revPath(is.ID, id), p.a, p.section, now, user); err != nil {
			return fmt.Errorf("保存已删文章的历史版本：%w", err)
		}
		if err := s.delRec(tx, ab, kStamp); err != nil {
			return err
		}
	}
	return nil
}

func sameArticle(a, b *gazette.Article) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}

// articleBucket returns (creating) revisions/<issue>/<article>.
func articleBucket(tx *bolt.Tx, issueID, articleID string) (*bolt.Bucket, error) {
	ib, err := bucket(tx, bRevisions).CreateBucketIfNotExists([]byte(issueID))
	if err != nil {
		return nil, err
	}
	return ib.CreateBucketIfNotExists([]byte(articleID))
}

// revPath is the bucket path of an article's revisions.
func revPath(issueID, articleID string) [][]byte {
	return [][]byte{bRevisions, []byte(issueID), []byte(articleID)}
}

// addRevision appends a as the next revision in ab (numbered one past the
// last one kept) and thins the article's revisions. The revision carries
// the stamp of when a was written; failing that, the replacing save's.
func (s *Store) addRevision(tx *bolt.Tx, ab *bolt.Bucket, path [][]byte, a *gazette.Article, section string, now time.Time, user string) error {
	st := stamp{Time: now, User: user}
	if v, err := s.getRec(ab, path, kStamp); err != nil {
		return damaged(s.path, fmt.Errorf("%s：%w", describeRecord(tx, path, kStamp), err))
	} else if v != nil {
		var old stamp
		if json.Unmarshal(v, &old) == nil && !old.Time.IsZero() {
			st = old
		}
	}
	v, err := encodeRevision(revisionJSON{ArticleID: a.ID, Section: section, Time: st.Time, User: st.User, Article: *a})
	if err != nil {
		return err
	}
	if err := s.putRec(tx, ab, path, seqKey(nextSeq(ab)), v); err != nil {
		return err
	}
	return s.thinRevisions(tx, ab, now)
}

// nextSeq is one past the highest 8-byte key of b (1 for none). Numbers are
// derived from the keys, not from the bucket's sequence counter, so a
// damaged counter can never make a new revision overwrite an old one.
func nextSeq(b *bolt.Bucket) uint64 {
	c := b.Cursor()
	for k, _ := c.Last(); k != nil; k, _ = c.Prev() {
		if len(k) == 8 {
			return seqOf(k) + 1
		}
	}
	return 1
}

func (s *Store) putStamp(tx *bolt.Tx, ab *bolt.Bucket, path [][]byte, st stamp) error {
	v, err := json.Marshal(st)
	if err != nil {
		return err
	}
	return s.putRec(tx, ab, path, kStamp, v)
}

// Revisions returns the earlier versions of an article, newest first. An
// article without any gives an empty list; an unknown issue ErrNotFound.
func (s *Store) Revisions(issueID, articleID string) (out []Revision, err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	err = s.view(func(tx *bolt.Tx) error {
		if bucket(tx, bIssues).Get([]byte(issueID)) == nil {
			return notFound("数据库 %s 中没有 ID 为 %s 的刊期", s.path, issueID)
		}
		ab := revBucket(tx, issueID, articleID)
		if ab == nil {
			return nil
		}
		c := ab.Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			if len(k) != 8 {
				continue
			}
			p, err := s.unseal(revPath(issueID, articleID), k, v)
			if err != nil {
				return damaged(s.path, fmt.Errorf("%s：%w", describeRecord(tx, revPath(issueID, articleID), k), err))
			}
			r, err := decodeRevision(p)
			if err != nil {
				return damaged(s.path, fmt.Errorf("刊期 %s 文章 %s 的历史版本 %d 无法解读：%v", issueID, articleID, seqOf(k), jsonText(err)))
			}
			out = append(out, Revision{Seq: int(seqOf(k)), ArticleID: articleID, Time: r.Time, User: r.User, Article: r.Article, Section: r.Section})
		}
		return nil
	})
	return out, err
}

func revBucket(tx *bolt.Tx, issueID, articleID string) *bolt.Bucket {
	ib := bucket(tx, bRevisions).Bucket([]byte(issueID))
	if ib == nil {
		return nil
	}
	return ib.Bucket([]byte(articleID))
}

// RestoreRevision makes revision seq the article's current version; the
// version it replaces becomes a revision in turn. An article deleted since
// comes back at the end of its former section (created when gone).
func (s *Store) RestoreRevision(issueID, articleID string, seq int) (err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return s.update(func(tx *bolt.Tx) error {
		is, err := s.loadTx(tx, issueID)
		if err != nil {
			return err
		}
		var v []byte
		if ab := revBucket(tx, issueID, articleID); ab != nil && seq > 0 {
			if v, err = s.getRec(ab, revPath(issueID, articleID), seqKey(uint64(seq))); err != nil {
				return damaged(s.path, fmt.Errorf("%s：%w", describeRecord(tx, revPath(issueID, articleID), seqKey(uint64(seq))), err))
			}
		}
		if v == nil {
			return notFound("刊期 %s 文章 %s 没有第 %d 个历史版本", issueID, articleID, seq)
		}
		r, err := decodeRevision(v)
		if err != nil {
			return damaged(s.path, fmt.Errorf("刊期 %s 文章 %s 的历史版本 %d 无法解读：%v", issueID, articleID, seq, jsonText(err)))
		}
		r.Article.ID = articleID
		if a, _ := is.Article(articleID); a != nil {
			*a = r.Article
		} else {
			is.AddArticle(r.Section, r.Article)
			assignIDs(is)
		}
		return s.saveTx(tx, is, timeNow().UTC(), currentUser())
	})
}
