package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"gazette/gazette"
)

// lockWait is how long Open waits for a file another process holds; bbolt's
// own Options.Timeout is lockWait too, so a held file fails well within 2 s.
const lockWait = 800 * time.Millisecond

// Store is an open gazette database. Its methods are safe for concurrent use.
type Store struct {
	db        *bolt.DB
	path      string
	readOnly  bool
	backupErr error
}

// Options tune OpenWith.
type Options struct {
	// Seed, when set, supplies an issue saved into a newly created database.
	Seed func() (*gazette.Issue, error)
	// ReadOnly opens the file with a shared lock and never writes to it (no
	// migration, no automatic backup). The file must exist.
	ReadOnly bool
	// NoAutoBackup skips the first-open-of-the-day backup.
	NoAutoBackup bool
	// NoCreate refuses (ErrNotFound) to make a database where there is
	// none, for work that needs what an existing one holds.
	NoCreate bool
}

// Open opens the database at path read-write, creating it when missing.
func Open(path string) (*Store, error) { return OpenWith(path, Options{}) }

// OpenReadOnly opens an existing database without ever writing to it.
func OpenReadOnly(path string) (*Store, error) { return OpenWith(path, Options{ReadOnly: true}) }

// OpenWith opens the database at path. The file is first checked with plain
// reads (meta pages and page tree) under a shared lock, then opened by bbolt
// with a timeout, then tx.Check runs and pending migrations are applied.
// Errors: ErrLocked when another process holds the file, *DamagedError
// (ErrDamaged) when it is damaged, ErrNewerSchema, or an I/O error.
func OpenWith(path string, opt Options) (s *Store, err error) {
	defer recoverDamage(path, &err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))

	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("打开数据库 %s：这是一个目录，不是数据库文件（--db 应指向一个文件，如 %s）", path, filepath.Join(path, "gazette.db"))
	}
	created := false // no database there yet: one is made (and seeded)
	fresh := false   // … and not even a file: remove it again on failure
	release, err := holdLock(path, false, lockWait)
	if errors.Is(err, ErrLocked) {
		return nil, err
	}
	if err != nil {
		return nil, ioErr(err, "打开数据库 %s", path)
	}
	facts, err := checkFile(path)
	release()
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if opt.ReadOnly || opt.NoCreate {
			return nil, notFound("数据库 %s 不存在", path)
		}
		created, fresh = true, true
	case err != nil && isDamage(err):
		return nil, damaged(path, err)
	case err != nil:
		return nil, ioErr(err, "读数据库 %s", path)
	case facts.empty:
		// An interrupted first creation leaves a zero-length file. With a
		// backup beside it, the file once held data: say so, touch nothing.
		if b, _ := NewestBackup(path); b != "" || opt.ReadOnly {
			return nil, damaged(path, errors.New("文件长度为零"))
		}
		created = true
	}

	if created {
		if err := checkParent(path); err != nil {
			return nil, err
		}
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: lockWait + 200*time.Millisecond, ReadOnly: opt.ReadOnly})
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, lockedError(path)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrVersionMismatch):
		return nil, damaged(path, err)
	case err != nil:
		return nil, ioErr(err, "打开数据库 %s", path)
	}
	s = &Store{db: db, path: path, readOnly: opt.ReadOnly}
	was := -1 // the schema version the file had, once known
	defer func() {
		if err != nil {
			_ = db.Close()
			s = nil
			if fresh && was == 0 {
				// A database this call made and could not finish (seed or
				// migration failed) would not be seeded next time: leave
				// no file, so the next open starts over.
				_ = os.Remove(path)
			}
		}
	}()
	if err := s.checkTx(); err != nil {
		return nil, damaged(path, err)
	}
	if was, err = s.migrate(); err != nil {
		return nil, err
	}
	if err := s.ensureIndex(); err != nil {
		return nil, err
	}
	// Seed only a file that had no schema yet: another gazette may have
	// created and seeded it while this one waited for the lock.
	if created && was > 0 {
		created, fresh = false, false
	}
	if created && opt.Seed != nil && !opt.ReadOnly {
		is, err := opt.Seed()
		if err != nil {
			return nil, fmt.Errorf("为新数据库 %s 准备示例刊期：%w", path, err)
		}
		if is != nil {
			if err := s.Save(is); err != nil {
				return nil, fmt.Errorf("为新数据库 %s 存入示例刊期：%w", path, err)
			}
		}
	}
	if !created && !opt.ReadOnly && !opt.NoAutoBackup {
		s.backupErr = s.dailyBackup(time.Now())
	}
	return s, nil
}

// checkParent makes sure the folder a new database goes into is there: a
// --db in a missing folder is a mistake to name, not a folder to create.
func checkParent(path string) error {
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &kindError{fmt.Sprintf("数据库 %s 所在的文件夹 %s 不存在（请先建好文件夹，或改正 --db）", path, dir), fs.ErrNotExist}
	case err != nil:
		return ioErr(err, "数据库 %s 所在的文件夹 %s", path, dir)
	case !fi.IsDir():
		return fmt.Errorf("数据库 %s 所在的 %s 不是文件夹", path, dir)
	}
	return nil
}

// isDamage tells a finding of checkFile from an I/O error.
func isDamage(err error) bool {
	var pe *fs.PathError
	return !errors.As(err, &pe)
}

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("关闭数据库 %s：%w", s.path, err)
	}
	return nil
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// AutoBackupError returns why the first-open-of-the-day backup failed, or
// nil (also when none was due).
func (s *Store) AutoBackupError() error { return s.backupErr }

// recoverDamage turns a panic inside bbolt (or a fault in its memory map)
// into a DamagedError for path. Defer it directly, together with
// debug.SetPanicOnFault(true), at every store boundary.
func recoverDamage(path string, errp *error) {
	if r := recover(); r != nil {
		*errp = damaged(path, fmt.Errorf("读取时出错：%v", r))
	}
}

// guard is recoverDamage for a method of an open store.
func (s *Store) guard(errp *error) {
	if r := recover(); r != nil {
		*errp = damaged(s.path, fmt.Errorf("读取时出错：%v", r))
	}
}

// view and update run fn in a read or a read-write transaction.
func (s *Store) view(fn func(tx *bolt.Tx) error) error { return s.db.View(fn) }

func (s *Store) update(fn func(tx *bolt.Tx) error) error {
	if s.readOnly {
		return fmt.Errorf("数据库 %s 以只读方式打开，不能修改", s.path)
	}
	return s.db.Update(fn)
}
