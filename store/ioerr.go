package store

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
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
	if errors.As(err, &errno) {
		return fmt.Sprintf("系统错误（错误号 %d）", int(errno))
	}
	// bbolt wraps some system errors as text only ("file sync error: …:
	// no space left on device"): know them by their ending.
	for e, m := range errnoText {
		if strings.HasSuffix(err.Error(), e.Error()) {
			return m
		}
	}
	for e, m := range boltText {
		if errors.Is(err, e) {
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
	syscall.ENFILE:       "系统打开的文件过多",
	syscall.ELOOP:        "符号链接层数过多（可能是循环链接）",
	syscall.EINVAL:       "参数无效（所在的文件系统可能不支持这一操作）",
	syscall.EBUSY:        "文件或设备正忙",
	syscall.EFBIG:        "文件过大",
	syscall.EDQUOT:       "超出磁盘配额",
	syscall.ENXIO:        "设备不存在",
	syscall.ENODEV:       "设备不存在",
	syscall.ETXTBSY:      "文件正被执行，不能写",
	syscall.EAGAIN:       "资源暂时不可用，请稍后再试",
	syscall.ENOMEM:       "内存不足",
	syscall.ENOTEMPTY:    "文件夹不是空的",
	syscall.EMLINK:       "链接数过多",
	syscall.EOPNOTSUPP:   "所在的文件系统不支持这一操作",
	syscall.EPERM:        "不允许这一操作",
	syscall.EACCES:       "没有权限",
	syscall.EEXIST:       "已存在",
	syscall.ENOENT:       "不存在",
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
