package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Revision thinning. Every save of a changed article keeps the version it
// replaces, and an editor saves often (the workstation saves on every
// pause), so keeping all of them made the file grow without bound (2,000
// saves: 0.26 → 33.7 MB). After each new revision the article's revisions
// are thinned to:
//
//   - the newest KeepNewestRevisions, whatever their age: the undo history
//     of the session under way;
//   - within the last 24 hours, the newest of each hour: a day's work an
//     hour apart at most;
//   - within the last 30 days, the newest of each calendar day: an issue is
//     edited and proofread within about a month, so every day's end state
//     of the issue under way stays;
//   - older, the newest of each week, forever.
//
// What the issue was when signed off is kept whole and forever as the
// sign-off snapshot (with the PDF), so no revision needs to stand for it;
// a deleted article's last version is a revision of its own bucket and is
// never thinned away. An article therefore keeps at most 10 + 24 + 30
// revisions plus one per older week in which it was edited, however often
// it is saved.
const (
	// KeepNewestRevisions revisions of each article are always kept.
	KeepNewestRevisions = 10
	hourlyFor           = 24 * time.Hour
	dailyFor            = 30 * 24 * time.Hour
)

// timeNow is the store's clock (tests move it to simulate weeks of work).
var timeNow = time.Now

// thinRevisions applies the policy above to the revisions in ab.
func (s *Store) thinRevisions(tx *bolt.Tx, ab *bolt.Bucket, now time.Time) error {
	slots := map[string]bool{}
	var drop [][]byte
	n := 0
	c := ab.Cursor()
	for k, v := c.Last(); k != nil; k, v = c.Prev() {
		if len(k) != 8 || len(v) < recHeader {
			continue
		}
		n++
		t, ok := revTime(v[recHeader:])
		if !ok {
			continue // unreadable: left for the check to report
		}
		var slot string
		switch age := now.Sub(t); {
		case age < hourlyFor:
			slot = t.UTC().Format("2006-01-02T15")
		case age < dailyFor:
			slot = t.Local().Format("2006-01-02")
		default:
			y, w := t.Local().ISOWeek()
			slot = fmt.Sprintf("%d-W%02d", y, w)
		}
		if n > KeepNewestRevisions && slots[slot] {
			drop = append(drop, append([]byte(nil), k...))
		}
		slots[slot] = true
	}
	for _, k := range drop {
		if err := s.delRec(tx, ab, k); err != nil {
			return err
		}
	}
	return nil
}

// revTime reads the time of a stored revision: from its head, or, in a
// plain JSON one, without decoding the article that follows it
// (revisionJSON puts the time first but for the IDs).
func revTime(payload []byte) (time.Time, bool) {
	if len(payload) >= revHead && payload[0] == revDeflate {
		return time.Unix(0, int64(binary.BigEndian.Uint64(payload[1:]))), true
	}
	dec := json.NewDecoder(revisionReader(payload))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return time.Time{}, false
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return time.Time{}, false
		}
		if k == "time" {
			var t time.Time
			if dec.Decode(&t) != nil {
				return time.Time{}, false
			}
			return t, true
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return time.Time{}, false
		}
	}
	return time.Time{}, false
}
