package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"
)

// compactTxSize is how many bytes bolt.Compact copies per transaction.
const compactTxSize = 4 << 20

// backupPageSize is the page size of backup copies. A value larger than a
// page takes whole pages of its own, and revisions are a few KiB each, so
// 1 KiB pages waste a fifth less than the system's 4 KiB (measured: 1.44 →
// 1.17 MB for the same content). A backup is only read (restore puts it in
// place as it is; bbolt reads the page size from the file).
const backupPageSize = 1024

// compactInto writes a compacted copy of the database to path: bolt.Compact
// into a temporary file beside path (bbolt fsyncs each of its commits) with
// the given page size (0: the system's), the copy checked with
// VerifyBackup, then renamed over path and the directory fsynced. A copy
// that fails its check is removed and path is left alone.
func (s *Store) compactInto(path string, pageSize int) (err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	if fi, err := os.Lstat(path); err == nil && !fi.Mode().IsRegular() {
		return fmt.Errorf("%s 不是普通文件，不能写入", path)
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return ioErr(err, "写 %s（在文件夹 %s 中建临时文件）", path, dir)
	}
	tmp := f.Name()
	_ = f.Close()
	defer func() {
		if err != nil {
			_ = os.Remove(tmp)
		}
	}()
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: lockWait, PageSize: pageSize})
	if err != nil {
		return ioErr(err, "写 %s", path)
	}
	if err := bolt.Compact(dst, s.db, compactTxSize); err != nil {
		_ = dst.Close()
		return ioErr(err, "写 %s", path)
	}
	if err := dst.Close(); err != nil {
		return ioErr(err, "写 %s", path)
	}
	if err := trimToPages(tmp); err != nil {
		return ioErr(err, "写 %s", path)
	}
	if err := VerifyBackup(tmp); err != nil {
		return fmt.Errorf("写成的副本检查不通过，已删除，未写 %s：%w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return ioErr(err, "写 %s", path)
	}
	return syncDir(dir)
}

// CompactResult says what Compact did.
type CompactResult struct {
	Backup        string // the backup written first
	Before, After int64  // the file's size before and after, in bytes
}

// Compact rewrites the database at path without free pages: it opens the
// file read-write (refusing a damaged or held one; a lost last commit —
// see ErrLostCommit — is accepted, since rewriting is how it is put right),
// writes a -compact backup into backups/, writes a compacted copy beside the
// file, checks it, and renames it over the file while holding the lock.
func Compact(path string) (res CompactResult, err error) {
	fi, err := os.Stat(path)
	if err != nil {
		return res, ioErr(err, "数据库 %s", path)
	}
	res.Before = fi.Size()
	s, err := OpenWith(path, Options{NoCreate: true, NoAutoBackup: true, AcceptLostCommit: true})
	if err != nil {
		return res, err
	}
	defer s.Close()
	if res.Backup, err = s.backupInto(timeNow(), kindCompact); err != nil {
		return res, fmt.Errorf("压缩前备份失败，未作改动：%w", err)
	}
	if err := s.compactInto(path, 0); err != nil {
		return res, fmt.Errorf("压缩数据库 %s：%w", path, err)
	}
	fi, err = os.Stat(path)
	if err != nil {
		return res, ioErr(err, "数据库 %s", path)
	}
	res.After = fi.Size()
	return res, nil
}

// ErrLostCommit: one of the file's two meta pages is damaged, so bbolt
// would silently use the other, older one and the last save is lost.
var ErrLostCommit = errors.New("最后一次保存已丢失")

// trimToPages cuts the file at path to the pages its meta page says are in
// use: bbolt grows a file in steps of up to its allocation size (the file
// of a fresh compaction is mostly zeros at its end), and reading it does
// not need them; bbolt grows it again when it writes. The file is fsynced.
func trimToPages(path string) error {
	ff, err := checkFile(path)
	if err != nil {
		return err
	}
	if end := int64(ff.meta.pgid) * int64(ff.pageSize); end < ff.size {
		if err := os.Truncate(path, end); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
