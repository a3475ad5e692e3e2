package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	berrors "go.etcd.io/bbolt/errors"
)

// latin finds a run of English words in a message.
var latin = regexp.MustCompile(`[A-Za-z]{4,}( [A-Za-z]{2,})+`)

// TestMessagesInChinese: system errors, bbolt's errors (also those it
// wraps as text only) and tx.Check's findings are said in Chinese.
func TestMessagesInChinese(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{&os.PathError{Op: "open", Path: "/x", Err: syscall.ENOSPC}, "磁盘空间不足"},
		{&os.PathError{Op: "open", Path: "/x", Err: syscall.ELOOP}, "符号链接"},
		{&os.PathError{Op: "open", Path: "/x", Err: syscall.EINVAL}, "参数无效"},
		{fmt.Errorf("file sync error: %s", &os.PathError{Op: "sync", Path: "/x", Err: syscall.ENOSPC}), "磁盘空间不足"},
		{syscall.Errno(200), "系统错误"},
		{berrors.ErrValueTooLarge, "内容过大"},
	}
	for _, c := range cases {
		got := DescribeIO(c.err)
		if !strings.Contains(got, c.want) || latin.MatchString(got) {
			t.Errorf("DescribeIO(%v) = %q, want %q", c.err, got, c.want)
		}
	}
	w := chineseWriteError("/db", fmt.Errorf("file resize error: %s", &os.PathError{Op: "truncate", Path: "/x", Err: syscall.ENOSPC}))
	if !strings.Contains(w.Error(), "磁盘空间不足") || latin.MatchString(w.Error()) {
		t.Errorf("write error %q", w)
	}
	if !errors.Is(chineseWriteError("/db", berrors.ErrKeyTooLarge), berrors.ErrKeyTooLarge) {
		t.Error("the Chinese write error hides bbolt's")
	}
	findings := []string{
		"page 7: already freed",
		"page 9: unreachable unfreed",
		"page ID (99) out of range [2, 40)",
		"unexpected page type (flags: 4) for pgId:12",
		"page 5: multiple references (stack: [3 5])",
		"page 5: reachable freed",
		"key[3]=(hex)6162 on leaf page(17) needs to be > (found <) than previous element (hex)6163. Stack: [3 17]",
		"the first key[0]=(hex)61 on branch page(4) needs to be >= the key in the ancestor (62). Stack: [3 4]",
		"something new",
	}
	for _, f := range findings {
		got := chineseCheck(errors.New(f)).Error()
		if latin.MatchString(got) || !strings.ContainsAny(got, "页问题") {
			t.Errorf("finding %q said as %q", f, got)
		}
	}
}

// TestSymlinkLoopDatabase: a --db that is a symbolic link loop is refused in
// Chinese at once.
func TestSymlinkLoopDatabase(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	os.Symlink(b, a)
	os.Symlink(a, b)
	_, err := Open(a)
	if err == nil || !strings.Contains(err.Error(), "符号链接") || latin.MatchString(err.Error()) {
		t.Errorf("Open of a symlink loop = %v", err)
	}
}
