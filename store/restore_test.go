package store

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestRestoreNeverLeavesNoDatabase: at the moment before the restored copy
// takes its place — where a crash would stop — the database path still
// names the whole old file, and afterwards the old file is kept aside byte
// for byte and the database is the backup byte for byte.
func TestRestoreNeverLeavesNoDatabase(t *testing.T) {
	s, path, bak := backedUp(t)
	s.Save(sampleIssue("甲市人民政府公报", 2020, 9))
	s.Close()
	old, _ := os.ReadFile(path)
	want, _ := os.ReadFile(bak)

	steps := 0
	restoreStep = func(db string) {
		steps++
		if b, err := os.ReadFile(db); err != nil || !bytes.Equal(b, old) {
			t.Errorf("just before the swap %s is not the old database (%v)", db, err)
		}
	}
	defer func() { restoreStep = func(string) {} }()
	aside, err := RestoreFile(bak, path)
	if err != nil {
		t.Fatal(err)
	}
	if steps != 1 {
		t.Fatalf("restoreStep ran %d times", steps)
	}
	if b, _ := os.ReadFile(aside); !bytes.Equal(b, old) {
		t.Error("the file kept aside is not the old database")
	}
	if b, _ := os.ReadFile(path); !bytes.Equal(b, want) {
		t.Error("the restored database is not the backup")
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".gazette.db.*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestRestoreRefusals: a missing folder, a text file and a folder given as
// the backup are named in Chinese and nothing is created.
func TestRestoreRefusals(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, "src.db"))
	if err != nil {
		t.Fatal(err)
	}
	bak := filepath.Join(dir, "bak.db")
	s.BackupFile(bak)
	s.Close()
	txt := filepath.Join(dir, "notes.txt")
	os.WriteFile(txt, []byte("不是备份\n"), 0o600)
	tests := []struct {
		backup, db, want string
		kind             error
	}{
		{bak, filepath.Join(dir, "无此文件夹", "gazette.db"), "数据库 " + filepath.Join(dir, "无此文件夹", "gazette.db") + " 所在的文件夹 " + filepath.Join(dir, "无此文件夹") + " 不存在", fs.ErrNotExist},
		{txt, filepath.Join(dir, "new.db"), txt + " 不是 gazette 的备份文件", ErrDamaged},
		{dir, filepath.Join(dir, "new.db"), "是一个文件夹", nil},
		{filepath.Join(dir, "nothere.db"), filepath.Join(dir, "new.db"), "备份文件 " + filepath.Join(dir, "nothere.db") + "：不存在", fs.ErrNotExist},
	}
	for _, tt := range tests {
		_, err := RestoreFile(tt.backup, tt.db)
		if err == nil || !strings.Contains(err.Error(), tt.want) || (tt.kind != nil && !errors.Is(err, tt.kind)) {
			t.Errorf("RestoreFile(%s, %s) = %v; want %q", tt.backup, tt.db, err, tt.want)
		}
		if _, err := os.Lstat(tt.db); err == nil {
			t.Errorf("a refused restore created %s", tt.db)
		}
	}
}

// TestRestoreOntoFolder: a folder given as the database is named as such
// (not blamed on the copy kept aside), and nothing is created beside it.
func TestRestoreOntoFolder(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, "src.db"))
	if err != nil {
		t.Fatal(err)
	}
	bak := filepath.Join(dir, "bak.db")
	if err := s.BackupFile(bak); err != nil {
		t.Fatal(err)
	}
	s.Close()
	folder := filepath.Join(dir, "folder")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	_, err = RestoreFile(bak, folder)
	if err == nil || !strings.Contains(err.Error(), folder+"：这是一个目录") {
		t.Errorf("RestoreFile onto a folder = %v", err)
	}
	if m, _ := filepath.Glob(folder + ".*"); len(m) > 0 {
		t.Errorf("a refused restore left %v", m)
	}
}

// TestNotADatabaseFile: a file without the bbolt mark is "not a gazette
// database", not "damaged"; a database with broken meta pages is still
// damaged. Both wrap ErrDamaged and are left untouched.
func TestNotADatabaseFile(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "notes.db")
	os.WriteFile(txt, []byte(strings.Repeat("这是一个文本文件。\n", 500)), 0o600)
	_, err := Open(txt)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "文件 "+txt+" 不是 gazette 数据库") || strings.Contains(err.Error(), "已损坏") {
		t.Errorf("Open(text file) = %v", err)
	}

	path := filepath.Join(dir, "gazette.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	b, _ := os.ReadFile(path)
	ps := os.Getpagesize()
	for _, off := range []int{16 + 20, ps + 16 + 20} { // inside both meta pages, past the mark
		b[off] ^= 0xff
	}
	os.WriteFile(path, b, 0o600)
	_, err = Open(path)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "已损坏") {
		t.Errorf("Open(broken meta pages) = %v", err)
	}
}

// TestDescribeIO says the system's errors in Chinese.
func TestDescribeIO(t *testing.T) {
	_, notExist := os.Open(filepath.Join(t.TempDir(), "x"))
	tests := []struct {
		err  error
		want string
	}{
		{notExist, "不存在"},
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, "没有权限"},
		{&fs.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}, "磁盘空间不足"},
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.EROFS}, "只读"},
		{&fs.PathError{Op: "open", Path: "x/y", Err: syscall.ENOTDIR}, "不是文件夹"},
		{errors.New("其他"), "其他"},
	}
	for _, tt := range tests {
		if got := DescribeIO(tt.err); got != tt.want && !strings.Contains(got, tt.want) {
			t.Errorf("DescribeIO(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
	e := ioErr(&fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, "写 %s", "x")
	if e.Error() != "写 x：没有权限" || !errors.Is(e, fs.ErrPermission) {
		t.Errorf("ioErr = %q", e)
	}
}
