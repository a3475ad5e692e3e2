package store

import (
	"runtime/debug"

	bolt "go.etcd.io/bbolt"
)

// Setting returns the value stored under key, or "" when there is none.
func (s *Store) Setting(key string) (v string, err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	err = s.view(func(tx *bolt.Tx) error {
		v = string(bucket(tx, bSettings).Get([]byte(key)))
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
			return b.Delete([]byte(key))
		}
		return b.Put([]byte(key), []byte(value))
	})
}
