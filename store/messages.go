package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"syscall"

	berrors "go.etcd.io/bbolt/errors"
)

// boltText says bbolt's own errors in Chinese.
var boltText = map[error]string{
	berrors.ErrDatabaseNotOpen:    "数据库没有打开",
	berrors.ErrInvalid:            "不是有效的数据库文件",
	berrors.ErrInvalidMapping:     "数据库文件映射不正确",
	berrors.ErrVersionMismatch:    "数据库文件格式版本不符",
	berrors.ErrChecksum:           "元数据页校验和不符",
	berrors.ErrTimeout:            "等待文件锁超时",
	berrors.ErrTxNotWritable:      "事务不可写",
	berrors.ErrTxClosed:           "事务已结束",
	berrors.ErrDatabaseReadOnly:   "数据库以只读方式打开",
	berrors.ErrFreePagesNotLoaded: "空闲页表没有载入",
	berrors.ErrBucketNotFound:     "找不到桶",
	berrors.ErrBucketExists:       "桶已存在",
	berrors.ErrBucketNameRequired: "缺少桶名",
	berrors.ErrKeyRequired:        "缺少键",
	berrors.ErrKeyTooLarge:        "键过长",
	berrors.ErrValueTooLarge:      "内容过大，超过单条记录的上限",
	berrors.ErrMaxSizeReached:     "数据库已达到最大容量",
	berrors.ErrIncompatibleValue:  "键已用作别的类型",
}

// chineseWriteError says why a write transaction failed, in Chinese, when
// bbolt or the system gave the reason (errors.Is still sees it); other
// errors — already the store's own — are returned as they are.
func chineseWriteError(path string, err error) error {
	if err == nil {
		return nil
	}
	for e, m := range boltText {
		if errors.Is(err, e) {
			return &kindError{fmt.Sprintf("保存到数据库 %s：%s", path, m), err}
		}
	}
	var errno syscall.Errno
	var pe *fs.PathError
	var ie *ioError
	switch {
	case errors.As(err, &ie):
		return err // already said in Chinese
	case errors.As(err, &errno), errors.As(err, &pe), DescribeIO(err) != err.Error():
		return ioErr(err, "保存到数据库 %s", path)
	}
	return err
}

// checkText turns the findings of bbolt's tx.Check (English) into Chinese.
var checkText = []struct {
	re  *regexp.Regexp
	msg string
}{
	{regexp.MustCompile(`^page (\d+): already freed`), "第 %s 页被重复登记为空闲"},
	{regexp.MustCompile(`^page (\d+): unreachable unfreed`), "第 %s 页既不在页树中也没有登记为空闲"},
	{regexp.MustCompile(`^page ID \((\d+)\) out of range`), "页号 %s 越界"},
	{regexp.MustCompile(`^unexpected page type .*pgId:(\d+)`), "第 %s 页的类型不对"},
	{regexp.MustCompile(`^page (\d+): out of bounds`), "第 %s 页越出文件的已用部分"},
	{regexp.MustCompile(`^page (\d+): multiple references`), "第 %s 页被引用了不止一次"},
	{regexp.MustCompile(`^page (\d+): reachable freed`), "第 %s 页在使用中却登记为空闲"},
	{regexp.MustCompile(`^page (\d+): invalid type`), "第 %s 页的类型无效"},
	{regexp.MustCompile(`^(?:the first )?key\[\d+\]=\(hex\)\S* on \S+ page\((\d+)\)`), "第 %s 页中键的顺序不对（页面内容已损坏）"},
}

// chineseCheck says one tx.Check finding in Chinese.
func chineseCheck(err error) error {
	s := err.Error()
	for _, c := range checkText {
		if m := c.re.FindStringSubmatch(s); m != nil {
			return fmt.Errorf(c.msg, m[1])
		}
	}
	return errors.New("页面结构检查发现问题")
}

// jsonText says why a record's JSON did not decode, in Chinese (the
// decoder's own message is English).
func jsonText(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("JSON 第 %d 字节处格式错误", se.Offset)
	case errors.As(err, &te):
		return fmt.Sprintf("JSON 字段 %s 的类型不对", te.Field)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "JSON 不完整"
	}
	return "JSON 无法解读"
}

// panicText is the reason given for a panic or memory fault inside bbolt
// while it read a damaged file (its own message is English).
func panicText(r any) error {
	if s, ok := r.(string); ok && !latinOnly(s) {
		return fmt.Errorf("读取时出错：%s", s) // the store's own panics are Chinese
	}
	return errors.New("读取时出错：文件内容不合数据库格式，程序无法读下去")
}

// latinOnly reports whether s has no Chinese character.
func latinOnly(s string) bool {
	for _, r := range s {
		if r >= 0x3000 {
			return false
		}
	}
	return true
}
