package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"

	"gazette/gazette"
)

// The top-level buckets.
var (
	bMeta      = []byte("meta")
	bIssues    = []byte("issues")
	bRevisions = []byte("revisions")
	bSignoffs  = []byte("signoffs")
	bSettings  = []byte("settings")
	kSchema    = []byte("schema")
)

// migrations[i] brings a database from schema version i to i+1; the schema
// version of this build is len(migrations). Append, never edit.
var migrations = []func(tx *bolt.Tx) error{
	migrateTo1,
	migrateTo2,
}

// SchemaVersion is the schema version this build writes.
var SchemaVersion = len(migrations)

// migrateTo1 creates the buckets of the first schema.
func migrateTo1(tx *bolt.Tx) error {
	for _, b := range [][]byte{bIssues, bRevisions, bSignoffs, bSettings} {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	return nil
}

// migrateTo2 seals every value of the issues, revisions, signoffs and
// settings buckets (record.go), stamps each current article with its
// checksum and writes the record digest.
func migrateTo2(tx *bolt.Tx) error {
	var walk func(b *bolt.Bucket, path [][]byte) error
	walk = func(b *bolt.Bucket, path [][]byte) error {
		type kv struct{ k, v []byte }
		var vals []kv
		var subs [][]byte
		err := b.ForEach(func(k, v []byte) error {
			k = append([]byte(nil), k...)
			if v == nil {
				subs = append(subs, k)
			} else {
				vals = append(vals, kv{k, seal(path, k, v)})
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, e := range vals {
			if err := b.Put(e.k, e.v); err != nil {
				return err
			}
		}
		for _, k := range subs {
			if err := walk(b.Bucket(k), append(append([][]byte(nil), path...), k)); err != nil {
				return err
			}
		}
		return nil
	}
	for _, name := range sealedBuckets {
		b, err := tx.CreateBucketIfNotExists(name)
		if err != nil {
			return err
		}
		if err := walk(b, [][]byte{name}); err != nil {
			return err
		}
	}
	// Each current article's stamp gets the checksum of its content.
	var ids [][]byte
	_ = tx.Bucket(bIssues).ForEach(func(k, _ []byte) error { ids = append(ids, append([]byte(nil), k...)); return nil })
	for _, id := range ids {
		v, err := unseal([][]byte{bIssues}, id, tx.Bucket(bIssues).Get(id))
		if err != nil {
			return err
		}
		var is gazette.Issue
		if err := json.Unmarshal(v, &is); err != nil {
			return fmt.Errorf("刊期 %s 的数据无法解读：%v", id, jsonText(err))
		}
		var ferr error
		is.Articles(func(_, _ int, a *gazette.Article) bool {
			ab, err := articleBucket(tx, is.ID, a.ID)
			if err != nil {
				ferr = err
				return false
			}
			path := revPath(is.ID, a.ID)
			st := stamp{Time: is.Modified}
			if p, err := unseal(path, kStamp, ab.Get(kStamp)); err == nil {
				_ = json.Unmarshal(p, &st)
			}
			st.CRC = articleCRC(a)
			j, _ := json.Marshal(st)
			ferr = ab.Put(kStamp, seal(path, kStamp, j))
			return ferr == nil
		})
		if ferr != nil {
			return ferr
		}
	}
	d := walkRecords(tx, func([][]byte, []byte, []byte, error) {})
	mb, err := tx.CreateBucketIfNotExists(bMeta)
	if err != nil {
		return err
	}
	return mb.Put(kDigest, d.encode())
}

// schemaVersion reads the stored schema version; 0 for a database without
// the meta bucket (new, or never migrated).
func schemaVersion(tx *bolt.Tx) (int, error) {
	mb := tx.Bucket(bMeta)
	if mb == nil {
		foreign := false
		_ = tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			foreign = true
			return nil
		})
		if foreign {
			return 0, errors.New("这是 bbolt 文件，但不是 gazette 数据库（没有 meta 桶）")
		}
		return 0, nil
	}
	v, err := strconv.Atoi(string(mb.Get(kSchema)))
	if err != nil || v < 1 {
		return 0, fmt.Errorf("meta 桶中的结构版本“%s”无效", mb.Get(kSchema))
	}
	return v, nil
}

// migrate applies pending migrations in one transaction and returns the
// schema version the file had (0: a new file). It writes nothing when the
// schema is current. A read-only store only checks the version.
func (s *Store) migrate() (was int, err error) {
	var v int
	if err := s.view(func(tx *bolt.Tx) (err error) { v, err = schemaVersion(tx); return err }); err != nil {
		return 0, damaged(s.path, err)
	}
	was = v
	if v > SchemaVersion {
		return was, fmt.Errorf("数据库 %s 的结构版本是 %d，本程序只认识到 %d，请升级 gazette：%w", s.path, v, SchemaVersion, ErrNewerSchema)
	}
	if v == SchemaVersion {
		return was, nil
	}
	if s.readOnly {
		if v == 0 {
			return was, damaged(s.path, errors.New("不是 gazette 数据库（没有结构版本）"))
		}
		s.legacy = v < 2 // read as it is: values without checksums
		return was, nil
	}
	if v > 0 {
		// An existing database is backed up before its first migration.
		if _, err := s.backupInto(timeNow(), kindMigrate); err != nil {
			return was, fmt.Errorf("升级数据库 %s 前备份失败，未作改动：%w", s.path, err)
		}
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		mb, err := tx.CreateBucketIfNotExists(bMeta)
		if err != nil {
			return err
		}
		for ; v < SchemaVersion; v++ {
			if err := migrations[v](tx); err != nil {
				return fmt.Errorf("结构版本 %d→%d：%w", v, v+1, err)
			}
		}
		return mb.Put(kSchema, []byte(strconv.Itoa(v)))
	})
	if err != nil {
		return was, fmt.Errorf("升级数据库 %s：%w", s.path, err)
	}
	return was, nil
}
