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

// lockWait is how long Open waits, in all, for a file another process
// holds (the pre-check's shared lock and bbolt's own lock share it), so a
// held file is refused well within a second.
const lockWait = 500 * time.Millisecond

// Store is an open gazette database. Its methods are safe for concurrent use.
type Store struct {
	db        *bolt.DB
	path      string
	readOnly  bool
	legacy    bool // read-only at schema 1: values carry no checksum
	backupErr error
	ws        writeState // the digest of the write transaction under way
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
	// AcceptLostCommit opens a file one of whose meta pages is damaged
	// (ErrLostCommit) on the other, older one; only Compact sets it.
	AcceptLostCommit bool
}

// Open opens the database at path read-write, creating it when missing.
func Open(path string) (*Store, error) { return OpenWith(path, Options{}) }

// OpenReadOnly opens an existing database without ever writing to it.
func OpenReadOnly(path string) (*Store, error) { return OpenWith(path, Options{ReadOnly: true}) }

// OpenWith opens the database at path. Only a regular file is accepted.
// The file is first checked with plain reads (meta pages and page tree)
// under a shared lock, then opened by bbolt with a timeout; then tx.Check
// runs, pending migrations are applied (after a backup) and every record's
// checksum and the record count are checked. A missing database is created
// whole in a temporary file (schema and seed issue) and renamed into place.
// A read-write open removes what an interrupted write left beside the file
// (.tmp-*, .restore-*) and writes the day's backup.
// Errors: ErrLocked when another process holds the file, *DamagedError
// (ErrDamaged) when it is damaged (ErrLostCommit among them), ErrNewerSchema,
// or an I/O error.
func OpenWith(path string, opt Options) (s *Store, err error) {
	defer recoverDamage(path, &err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))

	if err := regularFile(path, "数据库"); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(lockWait)
	release, err := holdLock(path, false, lockWait)
	if errors.Is(err, ErrLocked) {
		return nil, err
	}
	if err != nil {
		return nil, ioErr(err, "打开数据库 %s", path)
	}
	facts, err := checkFile(path)
	release()
	create, replaceEmpty := false, false
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if opt.ReadOnly || opt.NoCreate {
			return nil, notFound("数据库 %s 不存在", path)
		}
		create = true
	case err != nil && isDamage(err):
		return nil, damaged(path, err)
	case err != nil:
		return nil, ioErr(err, "读数据库 %s", path)
	case facts.empty:
		// A zero-length file is what a crash while creating a database
		// left before creation was atomic. With a backup beside it, the
		// file once held data: say so, touch nothing.
		if b, _ := NewestBackup(path); b != "" || opt.ReadOnly || opt.NoCreate {
			return nil, damaged(path, errors.New("文件长度为零"))
		}
		create, replaceEmpty = true, true
	case facts.lost != nil && !opt.AcceptLostCommit:
		return nil, damaged(path, facts.lost)
	}
	if create {
		if err := checkParent(path); err != nil {
			return nil, err
		}
		if err := createAtomic(path, replaceEmpty, opt.Seed); err != nil {
			return nil, err
		}
	}
	wait := max(time.Until(deadline), 100*time.Millisecond)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: wait, ReadOnly: opt.ReadOnly})
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, lockedError(path)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrVersionMismatch):
		return nil, damaged(path, &kindError{DescribeIO(err), err})
	case err != nil:
		return nil, ioErr(err, "打开数据库 %s", path)
	}
	s = &Store{db: db, path: path, readOnly: opt.ReadOnly}
	defer func() {
		if err != nil {
			_ = db.Close()
			s = nil
		}
	}()
	if err := s.checkTx(); err != nil {
		return nil, damaged(path, err)
	}
	was, err := s.migrate()
	if err != nil {
		return nil, err
	}
	if was == 0 && !opt.ReadOnly {
		// Created by an older gazette, or by hand: not a file this build
		// made whole. It holds no data (a foreign bbolt file was refused).
		if err := s.seedTx(opt.Seed); err != nil {
			return nil, err
		}
	}
	if err := s.checkAllRecords(); err != nil {
		return nil, err
	}
	if err := s.ensureIndex(); err != nil {
		return nil, err
	}
	if !opt.ReadOnly {
		cleanLeftovers(path)
	}
	if !create && !opt.ReadOnly && !opt.NoAutoBackup {
		s.backupErr = s.dailyBackup(timeNow())
	}
	return s, nil
}

// seedTx saves the seed issue into a store that has none yet.
func (s *Store) seedTx(seed func() (*gazette.Issue, error)) error {
	if seed == nil {
		return nil
	}
	is, err := seed()
	if err != nil {
		return fmt.Errorf("为新数据库 %s 准备示例刊期：%w", s.path, err)
	}
	if is == nil {
		return nil
	}
	if err := s.Save(is); err != nil {
		return fmt.Errorf("为新数据库 %s 存入示例刊期：%w", s.path, err)
	}
	return nil
}

// createAtomic makes a new database at path: a temporary file beside it
// gets the schema and the seed issue, and only then takes the name path (a
// hard link, so a database another gazette created meanwhile is kept; or a
// rename over the zero-length file replaceEmpty says is there). A crash
// leaves no database or a whole one, never one without schema or seed.
func createAtomic(path string, replaceEmpty bool, seed func() (*gazette.Issue, error)) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return ioErr(err, "新建数据库 %s（在文件夹 %s 中建临时文件）", path, dir)
	}
	tmp := f.Name()
	_ = f.Close()
	defer os.Remove(tmp) // once linked or renamed, only the temporary name goes
	db, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: lockWait})
	if err != nil {
		return ioErr(err, "新建数据库 %s", path)
	}
	s := &Store{db: db, path: path}
	if _, err := s.migrate(); err != nil {
		_ = db.Close()
		return err
	}
	if err := s.startIndex(); err != nil {
		_ = db.Close()
		return err
	}
	if err := s.seedTx(seed); err != nil {
		_ = db.Close()
		return err
	}
	if err := db.Close(); err != nil {
		return ioErr(err, "新建数据库 %s", path)
	}
	createStep(tmp)
	if replaceEmpty {
		err = os.Rename(tmp, path)
	} else if err = os.Link(tmp, path); errors.Is(err, fs.ErrExist) {
		return nil // another gazette made it first: open that one
	} else if err != nil {
		err = os.Rename(tmp, path) // a file system without hard links
	}
	if err != nil {
		return ioErr(err, "新建数据库 %s", path)
	}
	return syncDir(dir)
}

// createStep is called by createAtomic when the new database is complete in
// its temporary file, just before it takes its name (tests stop there).
var createStep = func(tmp string) {}

// regularFile refuses a path that exists and is not a regular file (a
// folder, a named pipe, a device, a socket) before anything opens it: a
// named pipe would block the open for ever. what is "数据库" or "备份".
func regularFile(path, what string) error {
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().IsRegular() {
		return nil // a missing file is the caller's business
	}
	kind := "不是普通文件"
	switch m := fi.Mode(); {
	case m.IsDir():
		if what == "数据库" {
			return fmt.Errorf("打开数据库 %s：这是一个目录，不是数据库文件（--db 应指向一个文件，如 %s）", path, filepath.Join(path, "gazette.db"))
		}
		kind = "是一个文件夹"
	case m&fs.ModeNamedPipe != 0:
		kind = "是一个命名管道（FIFO）"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		kind = "是一个设备"
	case m&fs.ModeSocket != 0:
		kind = "是一个套接字"
	}
	return &kindError{fmt.Sprintf("%s %s %s，不是%s文件，未打开", what, path, kind, what), ErrNotRegular}
}

// cleanLeftovers removes what an interrupted write left: temporary files
// of this database (.NAME.tmp-*, .NAME.restore-*) beside it and temporary
// backup files in backups/. It runs while the caller holds the file's
// exclusive lock, so no other gazette is writing them.
func cleanLeftovers(path string) {
	base := "." + filepath.Base(path)
	for _, pat := range []string{
		filepath.Join(filepath.Dir(path), base+".tmp-*"),
		filepath.Join(filepath.Dir(path), base+".restore-*"),
		filepath.Join(BackupDir(path), "."+backupBase(path)+"-*.tmp-*"),
	} {
		names, _ := filepath.Glob(pat)
		for _, n := range names {
			if fi, err := os.Lstat(n); err == nil && fi.Mode().IsRegular() {
				_ = os.Remove(n)
			}
		}
	}
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
		*errp = damaged(path, panicText(r))
	}
}

// guard is recoverDamage for a method of an open store.
func (s *Store) guard(errp *error) {
	if r := recover(); r != nil {
		*errp = damaged(s.path, panicText(r))
	}
}

// view and update run fn in a read or a read-write transaction.
func (s *Store) view(fn func(tx *bolt.Tx) error) error { return s.db.View(fn) }

// A write transaction keeps the record digest (record.go) up to date.
func (s *Store) update(fn func(tx *bolt.Tx) error) error {
	if s.readOnly {
		return fmt.Errorf("数据库 %s 以只读方式打开，不能修改", s.path)
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		s.ws = writeState{}
		if err := fn(tx); err != nil {
			return err
		}
		return s.finishWrite(tx)
	})
	return chineseWriteError(s.path, err)
}
