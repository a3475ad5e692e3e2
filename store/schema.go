package store

import (
	"errors"
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"
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
		return was, nil // an older schema can be read; migrations only add
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
