package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"

	bolt "go.etcd.io/bbolt"
)

// Every value the store keeps in the issues, revisions, signoffs, settings
// and imports buckets (schema version 2 on) is a sealed record:
//
//	recTag (1 byte) | CRC-32C (4 bytes, big endian) | payload
//
// The CRC covers the bucket path, the key and the payload, each prefixed
// with its length, so a bit flipped in the value, in the key or in the
// element that locates them in the page is found on the next read. bbolt
// keeps no checksum of its own data pages.
//
// A record dropped as a whole (a flipped element count in a page header)
// leaves no value to check, so meta/digest holds the number of sealed
// records and the sum of their CRCs; the open-time check recounts them.
const (
	recTag    = 0xC5
	recHeader = 5
)

// castagnoli is the CRC-32C table (hardware-accelerated on amd64 and arm64).
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// The buckets whose values are sealed records and counted in the digest.
var sealedBuckets = [][]byte{bIssues, bRevisions, bSignoffs, bSettings, bImports}

// kDigest is the key of the record digest in the meta bucket.
var kDigest = []byte("digest")

// recCRC is the CRC-32C of a record at path/key with payload.
func recCRC(path [][]byte, key, payload []byte) uint32 {
	var n [binary.MaxVarintLen64]byte
	c := uint32(0)
	add := func(b []byte) {
		c = crc32.Update(c, castagnoli, n[:binary.PutUvarint(n[:], uint64(len(b)))])
		c = crc32.Update(c, castagnoli, b)
	}
	for _, p := range path {
		add(p)
	}
	add(key)
	add(payload)
	return c
}

// seal builds the stored value of payload at path/key.
func seal(path [][]byte, key, payload []byte) []byte {
	v := make([]byte, recHeader, recHeader+len(payload))
	v[0] = recTag
	binary.BigEndian.PutUint32(v[1:], recCRC(path, key, payload))
	return append(v, payload...)
}

// errRecord is the reason of a record whose checksum does not match.
var errRecord = errors.New("记录校验和不符")

// unseal checks a stored value and returns its payload (a slice of v). A
// value with no seal or the wrong checksum gives an error wrapping
// errRecord.
func unseal(path [][]byte, key, v []byte) ([]byte, error) {
	if len(v) < recHeader || v[0] != recTag {
		return nil, fmt.Errorf("%w（记录头缺失）", errRecord)
	}
	p := v[recHeader:]
	if binary.BigEndian.Uint32(v[1:]) != recCRC(path, key, p) {
		return nil, errRecord
	}
	return p, nil
}

// crcOf is the checksum stored in a sealed value (0 for a short one).
func crcOf(v []byte) uint32 {
	if len(v) < recHeader {
		return 0
	}
	return binary.BigEndian.Uint32(v[1:])
}

// digest counts the sealed records and sums their CRCs.
type digest struct {
	count, sum uint64
}

func (d *digest) add(v []byte)    { d.count++; d.sum += uint64(crcOf(v)) }
func (d *digest) remove(v []byte) { d.count--; d.sum -= uint64(crcOf(v)) }

func (d digest) encode() []byte {
	p := binary.BigEndian.AppendUint64(nil, d.count)
	p = binary.BigEndian.AppendUint64(p, d.sum)
	return seal([][]byte{bMeta}, kDigest, p)
}

// readDigest reads meta/digest; a database of schema 2 without one is
// damaged.
func readDigest(tx *bolt.Tx) (digest, error) {
	mb := tx.Bucket(bMeta)
	if mb == nil {
		return digest{}, errors.New("缺少 meta 桶")
	}
	v := mb.Get(kDigest)
	if v == nil {
		return digest{}, errors.New("缺少记录总数（meta/digest）")
	}
	p, err := unseal([][]byte{bMeta}, kDigest, v)
	if err != nil || len(p) != 16 {
		return digest{}, fmt.Errorf("记录总数（meta/digest）已损坏")
	}
	return digest{binary.BigEndian.Uint64(p), binary.BigEndian.Uint64(p[8:])}, nil
}

// writeState is the digest of the write transaction under way. bbolt runs
// one write transaction at a time, so one per Store is enough.
type writeState struct {
	d      digest
	loaded bool
	dirty  bool
}

// txDigest returns the digest of the running write transaction, loading it
// on first use.
func (s *Store) txDigest(tx *bolt.Tx) (*digest, error) {
	w := &s.ws
	if !w.loaded {
		d, err := readDigest(tx)
		if err != nil {
			return nil, err
		}
		w.d, w.loaded = d, true
	}
	w.dirty = true
	return &w.d, nil
}

// putRec stores payload under key in b (whose path from the root is path)
// as a sealed record and keeps the digest.
func (s *Store) putRec(tx *bolt.Tx, b *bolt.Bucket, path [][]byte, key, payload []byte) error {
	d, err := s.txDigest(tx)
	if err != nil {
		return err
	}
	if old := b.Get(key); old != nil {
		d.remove(old)
	}
	v := seal(path, key, payload)
	if err := b.Put(key, v); err != nil {
		return err
	}
	d.add(v)
	return nil
}

// delRec deletes the record under key in b and keeps the digest.
func (s *Store) delRec(tx *bolt.Tx, b *bolt.Bucket, key []byte) error {
	old := b.Get(key)
	if old == nil {
		return nil
	}
	d, err := s.txDigest(tx)
	if err != nil {
		return err
	}
	if err := b.Delete(key); err != nil {
		return err
	}
	d.remove(old)
	return nil
}

// delBucketRec deletes the bucket name inside parent with every record in
// it and keeps the digest.
func (s *Store) delBucketRec(tx *bolt.Tx, parent *bolt.Bucket, name []byte) error {
	b := parent.Bucket(name)
	if b == nil {
		return nil
	}
	d, err := s.txDigest(tx)
	if err != nil {
		return err
	}
	var walk func(b *bolt.Bucket) error
	walk = func(b *bolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			if v == nil {
				return walk(b.Bucket(k))
			}
			d.remove(v)
			return nil
		})
	}
	if err := walk(b); err != nil {
		return err
	}
	return parent.DeleteBucket(name)
}

// finishWrite stores the digest of a write transaction that changed it.
func (s *Store) finishWrite(tx *bolt.Tx) error {
	if !s.ws.dirty {
		return nil
	}
	return tx.Bucket(bMeta).Put(kDigest, s.ws.d.encode())
}

// getRec reads and checks the record under key in b; nil, nil when there is
// none.
func (s *Store) getRec(b *bolt.Bucket, path [][]byte, key []byte) ([]byte, error) {
	v := b.Get(key)
	if v == nil {
		return nil, nil
	}
	return s.unseal(path, key, v)
}

// unseal is the package's unseal, except that a database opened read-only
// at schema version 1 (no checksums yet) gives its values as they are.
func (s *Store) unseal(path [][]byte, key, v []byte) ([]byte, error) {
	if s.legacy {
		return v, nil
	}
	return unseal(path, key, v)
}

// recordVisit is called for each record walkRecords finds: its bucket path,
// key and payload, or the error unsealing it gave.
type recordVisit func(path [][]byte, key, payload []byte, err error)

// walkRecords visits every record of the sealed buckets, checking each, and
// returns their digest; a nested bucket where a record belongs or a record
// where a bucket belongs is reported through visit with an error.
func walkRecords(tx *bolt.Tx, visit recordVisit) digest {
	var d digest
	var walk func(b *bolt.Bucket, path [][]byte)
	walk = func(b *bolt.Bucket, path [][]byte) {
		_ = b.ForEach(func(k, v []byte) error {
			k = append([]byte(nil), k...)
			if v == nil {
				sub := b.Bucket(k)
				if sub == nil {
					visit(path, k, nil, errors.New("桶无法打开"))
					return nil
				}
				walk(sub, append(append([][]byte(nil), path...), k))
				return nil
			}
			d.add(v)
			p, err := unseal(path, k, v)
			visit(path, k, p, err)
			return nil
		})
	}
	for _, name := range sealedBuckets {
		if b := tx.Bucket(name); b != nil {
			walk(b, [][]byte{name})
		}
	}
	return d
}

// checkRecords checks every record's checksum and the digest; it returns a
// description of the first problems found (naming issue and article), or
// nil.
func checkRecords(tx *bolt.Tx) error {
	var errs []error
	n := 0
	got := walkRecords(tx, func(path [][]byte, key, _ []byte, err error) {
		if err == nil {
			return
		}
		n++
		if len(errs) < maxFindings {
			errs = append(errs, fmt.Errorf("%s：%v", describeRecord(tx, path, key), err))
		}
	})
	want, err := readDigest(tx)
	switch {
	case err != nil:
		errs = append(errs, err)
	case got.count != want.count:
		errs = append(errs, fmt.Errorf("记录总数不符：应有 %d 条，找到 %d 条（有记录丢失或多出）", want.count, got.count))
	case got.sum != want.sum && n == 0:
		errs = append(errs, errors.New("记录校验总和不符（有记录被换成了别的内容）"))
	}
	if n > maxFindings {
		errs = append(errs, fmt.Errorf("另有 %d 条记录校验不符", n-maxFindings))
	}
	return errors.Join(errs...)
}
