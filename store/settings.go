package store

import (
	"fmt"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"
)

// Setting returns the value stored under key, or "" when there is none.
func (s *Store) Setting(key string) (v string, err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	err = s.view(func(tx *bolt.Tx) error {
		p, err := s.getRec(bucket(tx, bSettings), [][]byte{bSettings}, []byte(key))
		if err != nil {
			return damaged(s.path, fmt.Errorf("%s：%w", describeRecord(tx, [][]byte{bSettings}, []byte(key)), err))
		}
		v = string(p)
		return nil
	})
	return v, err
}

// SetSetting stores value under key (an empty value deletes the key).
func (s *Store) SetSetting(key, value string) (err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return s.update(func(tx *bolt.Tx) error {
		b := bucket(tx, bSettings)
		if value == "" {
			return s.delRec(tx, b, []byte(key))
		}
		return s.putRec(tx, b, [][]byte{bSettings}, []byte(key), []byte(value))
	})
}
