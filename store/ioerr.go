package store

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

// DescribeIO says in Chinese why a file operation failed — 不存在, 没有权限,
// 磁盘空间不足 … — without the English text of the system's message; an
// error it does not recognise is given as it is.
func DescribeIO(err error) string {
	var errno syscall.Errno
	switch {
	case err == nil:
		return ""
	case errors.Is(err, fs.ErrNotExist):
		return "不存在"
	case errors.Is(err, fs.ErrPermission):
		return "没有权限"
	case errors.Is(err, fs.ErrExist):
		return "已存在"
	case errors.As(err, &errno):
		if m, ok := errnoText[errno]; ok {
			return m
		}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// errnoText are the system errors a person can act on.
var errnoText = map[syscall.Errno]string{
	syscall.ENOSPC:       "磁盘空间不足",
	syscall.EROFS:        "所在的文件系统是只读的",
	syscall.ENOTDIR:      "路径中有一段不是文件夹",
	syscall.EISDIR:       "是一个文件夹，不是文件",
	syscall.EIO:          "读写出错（磁盘或介质故障）",
	syscall.ENAMETOOLONG: "文件名过长",
	syscall.EXDEV:        "不能跨磁盘移动",
	syscall.EMFILE:       "打开的文件过多",
}

// ioError is an I/O failure said in Chinese: what was being done, to which
// file, and why (DescribeIO); errors.Is still sees the system error.
type ioError struct {
	what string // e.g. "写 /x/backup.db"
	err  error
}

func (e *ioError) Error() string { return e.what + "：" + DescribeIO(e.err) }
func (e *ioError) Unwrap() error { return e.err }

// ioErr builds an ioError; what is a format for the action and the file.
func ioErr(err error, format string, args ...any) error {
	return &ioError{what: fmt.Sprintf(format, args...), err: err}
}
