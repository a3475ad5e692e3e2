package store

import (
	"errors"
	"fmt"
)

// The kinds of error the store returns; test them with errors.Is.
var (
	// ErrNotFound: no issue, article, revision or sign-off with that key.
	ErrNotFound = errors.New("找不到")
	// ErrLocked: another gazette process holds the database file.
	ErrLocked = errors.New("数据库正被另一个 gazette 进程使用")
	// ErrDamaged: the file is not a sound gazette database (see DamagedError).
	ErrDamaged = errors.New("数据库已损坏")
	// ErrSigned: the issue is signed off and must be unlocked before edits.
	ErrSigned = errors.New("本期已签发，须先解锁才能修改")
	// ErrAmbiguous: a reference matches more than one issue.
	ErrAmbiguous = errors.New("有多期符合")
	// ErrNewerSchema: the file was written by a newer gazette.
	ErrNewerSchema = errors.New("数据库由更新版本的 gazette 创建")
	// ErrNotRegular: the path names a folder, named pipe, device or socket.
	ErrNotRegular = errors.New("不是普通文件")
)

// DamagedError says a database file is damaged, why, and where its newest
// backup is (Backup is "" when there is none). errors.Is(err, ErrDamaged).
type DamagedError struct {
	Path   string // the damaged file
	Backup string // the newest backup beside it, or ""
	Reason error  // what is wrong
}

func (e *DamagedError) Error() string {
	msg := fmt.Sprintf("数据库 %s 已损坏（%v）；文件未作改动", e.Path, e.Reason)
	if errors.Is(e.Reason, errNotBolt) {
		msg = fmt.Sprintf("文件 %s 不是 gazette 数据库（开头没有数据库标记：可能是别的文件，也可能开头已被改写）；文件未作改动", e.Path)
		if e.Backup == "" {
			return msg + "。--db 应指向 gazette 的数据库文件（如 gazette.db）"
		}
	}
	if errors.Is(e.Reason, ErrLostCommit) {
		msg += fmt.Sprintf("。要保留退回后的内容（丢失最后一次保存），可用“gazette compact --db %s”重写文件（先自动备份）", e.Path)
	}
	if e.Backup != "" {
		return msg + fmt.Sprintf("。最近的完好备份是 %s，可用“gazette restore %s --db %s”恢复", e.Backup, e.Backup, e.Path)
	}
	return msg + "。旁边的 backups 目录里没有完好的备份"
}

// Unwrap lets errors.Is see ErrDamaged and the reason.
func (e *DamagedError) Unwrap() []error { return []error{ErrDamaged, e.Reason} }

// damaged builds a DamagedError for path, looking up its newest backup.
func damaged(path string, reason error) error {
	b, _ := NewestBackup(path)
	return &DamagedError{Path: path, Backup: b, Reason: reason}
}

// kindError is a complete message that errors.Is matches to its kind
// without repeating the kind's own text.
type kindError struct {
	msg  string
	kind error
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Unwrap() error { return e.kind }

// lockedError is the error for a file another process holds.
func lockedError(path string) error {
	return &kindError{fmt.Sprintf("数据库 %s 正被另一个 gazette 进程使用（请先关闭那个 gazette 再试）", path), ErrLocked}
}

// notFound is an ErrNotFound saying what was looked for.
func notFound(format string, args ...any) error {
	return &kindError{fmt.Sprintf(format, args...), ErrNotFound}
}

// asDamaged returns err when it is already a DamagedError, else a
// DamagedError for path with err as the reason.
func asDamaged(path string, err error) error {
	var de *DamagedError
	if errors.As(err, &de) {
		return err
	}
	return damaged(path, err)
}
