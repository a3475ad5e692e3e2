package store

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"gazette/internal/atomicfile"
)

// KeepBackups is how many daily backups, and how many backups written
// before a change (delete, replace, migration, compaction), are kept in
// backups/.
const KeepBackups = 14

// The kinds of automatic backup; the kind is the file-name suffix.
const (
	kindDaily   = ""
	kindDelete  = "-delete"
	kindReplace = "-replace"
	kindMigrate = "-migrate"
	kindCompact = "-compact"
)

// Backup writes a compacted, checked copy of the database to w (the bytes
// BackupFile writes).
func (s *Store) Backup(w io.Writer) (err error) {
	dir, err := os.MkdirTemp("", "gazette-backup-")
	if err != nil {
		return ioErr(err, "备份数据库 %s（建临时文件夹）", s.path)
	}
	defer os.RemoveAll(dir)
	tmp := filepath.Join(dir, "copy.db")
	if err := s.compactInto(tmp, backupPageSize); err != nil {
		return fmt.Errorf("备份数据库 %s：%w", s.path, err)
	}
	f, err := os.Open(tmp)
	if err != nil {
		return ioErr(err, "备份数据库 %s", s.path)
	}
	defer f.Close()
	if _, err := io.Copy(w, f); err != nil {
		return ioErr(err, "备份数据库 %s", s.path)
	}
	return nil
}

// BackupFile writes a backup to path atomically: a compacted copy (no free
// pages, see compactInto) is written to a temporary file beside it, fsynced
// and checked (VerifyBackup); only a sound copy is renamed over path, and
// the directory fsynced. A copy that fails its check is removed.
func (s *Store) BackupFile(path string) error {
	return s.compactInto(path, backupPageSize)
}

// writeAtomic creates path (mode 0600: a copy of the database is private)
// through internal/atomicfile; fill's error comes back as it is, the file
// system's said in Chinese.
func writeAtomic(path string, fill func(w io.Writer) error) error {
	var fillErr error
	err := atomicfile.Write(path, 0o600, func(w io.Writer) error {
		fillErr = fill(w)
		return fillErr
	})
	if err != nil && err != fillErr {
		return ioErr(err, "写 %s", path)
	}
	return err
}

// syncDir fsyncs a directory so a rename in it survives a crash
// (atomicfile.SyncDir).
func syncDir(dir string) error {
	if err := atomicfile.SyncDir(dir); err != nil {
		return ioErr(err, "同步文件夹 %s", dir)
	}
	return nil
}

// BackupDir returns the backups directory beside the database at dbPath.
func BackupDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "backups") }

// backupBase is the database file name without extension ("gazette").
func backupBase(dbPath string) string {
	b := filepath.Base(dbPath)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// backupPattern matches the automatic backups of the database named base.
func backupPattern(base string) *regexp.Regexp {
	return regexp.MustCompile(`^` + regexp.QuoteMeta(base) + `-(\d{8}-\d{6})(-delete|-replace|-migrate|-compact)?(?:-(\d+))?\.db$`)
}

// backupEntry is one automatic backup file.
type backupEntry struct {
	path, stamp, kind string
	n                 int
	mod               time.Time
}

// listBackups returns the automatic backups of dbPath, newest first.
func listBackups(dbPath string) ([]backupEntry, error) {
	dir := BackupDir(dbPath)
	ents, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	re := backupPattern(backupBase(dbPath))
	var out []backupEntry
	for _, e := range ents {
		m := re.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		var n int
		fmt.Sscan(m[3], &n)
		var mod time.Time
		if fi, err := e.Info(); err == nil {
			mod = fi.ModTime()
		}
		out = append(out, backupEntry{path: filepath.Join(dir, e.Name()), stamp: m[1], kind: m[2], n: n, mod: mod})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].stamp != out[j].stamp {
			return out[i].stamp > out[j].stamp
		}
		if !out[i].mod.Equal(out[j].mod) {
			return out[i].mod.After(out[j].mod)
		}
		return out[i].n > out[j].n
	})
	return out, nil
}

// Backups returns the paths of the automatic backups of the database at
// dbPath (daily, before-delete, -replace, -migrate and -compact), newest
// first, sound or not.
func Backups(dbPath string) ([]string, error) {
	es, err := listBackups(dbPath)
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.path
	}
	return out, err
}

// NewestBackup returns the newest automatic backup of dbPath that passes
// VerifyBackup, or "" when none does (damaged ones are skipped, not
// removed: a reader must not delete anything).
func NewestBackup(dbPath string) (string, error) {
	es, err := listBackups(dbPath)
	for _, e := range es {
		if VerifyBackup(e.path) == nil {
			return e.path, err
		}
	}
	return "", err
}

// BackupBefore writes an automatic backup into backups/ before a change of
// the given kind ("replace": gazette import --replace) and returns its
// path; the newest KeepBackups of that kind are kept.
func (s *Store) BackupBefore(kind string) (string, error) {
	k := "-" + kind
	switch k {
	case kindDelete, kindReplace, kindMigrate, kindCompact:
	default:
		return "", fmt.Errorf("没有“%s”这种备份", kind)
	}
	return s.backupInto(timeNow(), k)
}

// backupInto writes an automatic backup of the given kind into backups/ (a
// compacted copy, checked before it takes its name; one that fails its
// check is removed) and prunes: the newest KeepBackups daily backups are
// kept, and the newest KeepBackups of those written before a change
// (delete, replace, migration, compaction) together; an older one whose
// pages fail the check is removed. It returns the new file's path.
func (s *Store) backupInto(now time.Time, kind string) (string, error) {
	dir := BackupDir(s.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", ioErr(err, "创建备份文件夹 %s", dir)
	}
	name := fmt.Sprintf("%s-%s%s", backupBase(s.path), now.Format("20060102-150405"), kind)
	path := filepath.Join(dir, name+".db")
	for n := 2; ; n++ {
		if _, err := os.Lstat(path); errors.Is(err, os.ErrNotExist) {
			break
		}
		path = filepath.Join(dir, fmt.Sprintf("%s-%d.db", name, n))
	}
	if err := s.BackupFile(path); err != nil {
		return "", err
	}
	es, err := listBackups(s.path)
	if err != nil {
		return path, err
	}
	kept := 0
	for _, e := range es {
		if (e.kind == kindDaily) != (kind == kindDaily) {
			continue // the daily ones and those before a change are kept apart
		}
		// One whose pages fail the check (spoiled on disk since it was
		// written and checked whole) is no backup: removed, not counted.
		if kept >= KeepBackups || !soundPages(e.path) {
			if err := os.Remove(e.path); err != nil {
				return path, ioErr(err, "清理旧备份 %s", e.path)
			}
			continue
		}
		kept++
	}
	return path, nil
}

// soundPages reports whether the file at path passes the page-level check
// (meta pages and page tree; no JSON decoded): cheap enough for every open.
func soundPages(path string) bool {
	ff, err := checkFile(path)
	return err == nil && !ff.empty && ff.lost == nil
}

// dailyBackup writes the day's backup unless one from today is there whose
// pages are sound (it was checked whole when written).
func (s *Store) dailyBackup(now time.Time) error {
	es, err := listBackups(s.path)
	if err != nil {
		return err
	}
	today := now.Format("20060102")
	for _, e := range es {
		if e.kind == kindDaily && strings.HasPrefix(e.stamp, today) && soundPages(e.path) {
			return nil
		}
	}
	_, err = s.backupInto(now, kindDaily)
	return err
}

// VerifyBackup checks that the file at path is a sound gazette database:
// meta pages and page tree, bbolt open, tx.Check, schema and every issue,
// revision and snapshot decodes. It never writes to path. A damaged file (or
// one that is no database at all) wraps ErrDamaged.
func VerifyBackup(path string) error {
	if _, err := os.Stat(path); err != nil {
		return ioErr(err, "备份文件 %s", path)
	}
	if err := regularFile(path, "备份"); err != nil {
		return err
	}
	st, err := OpenReadOnly(path)
	if err == nil {
		defer st.Close()
		err = st.Check()
	}
	var de *DamagedError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &de) && errors.Is(de.Reason, errNotBolt):
		return &kindError{fmt.Sprintf("%s 不是 gazette 的备份文件（开头没有数据库标记）", path), ErrDamaged}
	case errors.As(err, &de):
		return &kindError{fmt.Sprintf("备份 %s 已损坏（%v）", path, de.Reason), ErrDamaged}
	}
	return fmt.Errorf("备份 %s 不可用：%w", path, err)
}

// Restore puts the backup at backupPath in place of the database at dbPath
// (see RestoreFile).
func Restore(backupPath, dbPath string) error {
	_, err := RestoreFile(backupPath, dbPath)
	return err
}

// RestoreFile checks the backup (VerifyBackup), then, holding the database's
// lock (ErrLocked when another gazette has it open), copies the backup beside
// the database, fsyncs and checks the copy, keeps the current file as
// <db>.before-restore-YYYYMMDD-HHMMSS (a hard link, or a fsynced copy where
// links are not possible) and renames the copy over the database. The
// database path names a whole file at every moment, so a crash leaves the old
// database or the restored one, never none. It returns the path the old
// file was kept at ("" when there was none). The backup itself is left as it
// was.
func RestoreFile(backupPath, dbPath string) (aside string, err error) {
	defer recoverDamage(backupPath, &err)
	if sameFile(backupPath, dbPath) {
		return "", fmt.Errorf("备份 %s 就是数据库 %s 本身", backupPath, dbPath)
	}
	if err := VerifyBackup(backupPath); err != nil {
		return "", err
	}
	if fi, err := os.Stat(dbPath); err == nil && fi.IsDir() {
		return "", fmt.Errorf("恢复到 %s：这是一个目录，不是数据库文件（--db 应指向一个文件，如 %s）", dbPath, filepath.Join(dbPath, "gazette.db"))
	}
	if err := regularFile(dbPath, "数据库"); err != nil {
		return "", err
	}
	if err := checkParent(dbPath); err != nil {
		return "", err
	}
	release, err := holdLock(dbPath, true, lockWait)
	if errors.Is(err, ErrLocked) {
		return "", fmt.Errorf("恢复到 %s：%w", dbPath, err)
	}
	if err != nil {
		return "", ioErr(err, "恢复到 %s", dbPath)
	}
	defer release()
	dir := filepath.Dir(dbPath)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(dbPath)+".restore-*")
	if err != nil {
		return "", ioErr(err, "恢复到 %s（在文件夹 %s 中建临时文件）", dbPath, dir)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if err := copyInto(tmp, backupPath); err != nil {
		return "", err
	}
	if err := VerifyBackup(tmp.Name()); err != nil {
		return "", fmt.Errorf("复制到 %s 旁的备份检查不通过，未作改动：%w", dbPath, err)
	}
	if _, err := os.Lstat(dbPath); err == nil {
		stamp := time.Now().Format("20060102-150405")
		aside = dbPath + ".before-restore-" + stamp
		for n := 2; ; n++ {
			if _, err := os.Lstat(aside); errors.Is(err, os.ErrNotExist) {
				break
			}
			aside = fmt.Sprintf("%s.before-restore-%s-%d", dbPath, stamp, n)
		}
		if err := keepAside(dbPath, aside); err != nil {
			return "", err
		}
	}
	restoreStep(dbPath)
	if err := os.Rename(tmp.Name(), dbPath); err != nil {
		if aside != "" {
			_ = os.Remove(aside) // the database is still in place
		}
		return "", ioErr(err, "恢复到 %s", dbPath)
	}
	return aside, syncDir(dir)
}

// restoreStep is called by RestoreFile just before the restored copy is
// renamed over the database: the moment a crash would find the file system
// in (tests look at it there).
var restoreStep = func(dbPath string) {}

// copyInto copies the file at src into tmp, fsyncs and closes tmp.
func copyInto(tmp *os.File, src string) error {
	in, err := os.Open(src)
	if err != nil {
		_ = tmp.Close()
		return ioErr(err, "读备份 %s", src)
	}
	defer in.Close()
	_, err = io.Copy(tmp, in)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return ioErr(err, "复制备份 %s 到 %s", src, tmp.Name())
	}
	return nil
}

// keepAside makes aside a second name of the file at path (a hard link),
// or, where the file system has none, a fsynced copy; path stays in place.
func keepAside(path, aside string) error {
	if err := os.Link(path, aside); err == nil {
		return syncDir(filepath.Dir(path))
	}
	return writeAtomic(aside, func(f io.Writer) error {
		in, err := os.Open(path)
		if err != nil {
			return ioErr(err, "读原数据库 %s", path)
		}
		defer in.Close()
		if _, err := io.Copy(f, in); err != nil {
			return ioErr(err, "把原数据库另存为 %s", aside)
		}
		return nil
	})
}

// sameFile reports whether a and b name the same file (by path, or, when
// both exist, by identity through links).
func sameFile(a, b string) bool {
	if absPath(a) == absPath(b) {
		return true
	}
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return filepath.Clean(a)
	}
	return filepath.Clean(p)
}
