package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"gazette/gazette"
	"gazette/store"
)

// dbSeed, when set (by the importer's command file in its init), supplies the
// demo issue saved into a newly created database.
var dbSeed func() (*gazette.Issue, error)

// dbFlag defines --db on fs.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "数据库文件（默认：用户配置目录下的 gazette/gazette.db）")
}

// issueFlag defines --issue on fs.
func issueFlag(fs *flag.FlagSet) *string {
	return fs.String("issue", "", "刊期：ID、ID 前缀或“年份-期号”（如 2020-8）")
}

// dbPath returns path, or the default database path when path is empty.
func dbPath(path string) (string, error) {
	if path != "" {
		return path, nil
	}
	return store.DefaultPath()
}

// openDB opens the database at path (the default one when empty) read-write,
// creating it (seeded with dbSeed) when missing. A failed daily backup is
// reported on stderr but does not stop the command.
func openDB(path string) (*store.Store, error) {
	p, err := dbPath(path)
	if err != nil {
		return nil, err
	}
	st, err := store.OpenWith(p, store.Options{Seed: dbSeed})
	if err != nil {
		return nil, err
	}
	if err := st.AutoBackupError(); err != nil {
		fmt.Fprintf(os.Stderr, "警告：今日自动备份失败：%v\n", err)
	}
	return st, nil
}

// openDBReadOnly opens an existing database without writing to it.
func openDBReadOnly(path string) (*store.Store, error) {
	p, err := dbPath(path)
	if err != nil {
		return nil, err
	}
	return store.OpenReadOnly(p)
}

// findIssue resolves ref (ID, ID prefix, "2020-8", "2020年第8期") to one
// issue of st; an empty ref is an error that says how to name one.
func findIssue(st *store.Store, ref string) (*gazette.Issue, error) {
	if strings.TrimSpace(ref) == "" {
		return nil, fmt.Errorf("请用 --issue 指定刊期（ID，或如 2020-8 的年份-期号；gazette issues 列出各期）")
	}
	return st.Find(ref)
}
