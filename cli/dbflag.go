package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"gazette/gazette"
	"gazette/store"
)

// dbSeed, when set (by the importer's command file in its init), supplies the
// demo issue saved into a newly created database.
var dbSeed func() (*gazette.Issue, error)

// dbEnv names the environment variable that chooses the database when
// --db is not given (the workstation reads it too).
const dbEnv = "GAZETTE_DB"

// dbFlag defines --db on fs.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "数据库文件（默认：环境变量 GAZETTE_DB，否则用户配置目录下的 gazette/gazette.db）")
}

// issueFlag defines --issue on fs.
func issueFlag(fs *flag.FlagSet) *string {
	return fs.String("issue", "", "刊期：ID、至少 4 位的 ID 前缀，或“年份-期号”（如 2020-8）")
}

// dbPath returns path; when it is empty, $GAZETTE_DB, else the default
// database path.
func dbPath(path string) (string, error) {
	if path != "" {
		return path, nil
	}
	if p := strings.TrimSpace(os.Getenv(dbEnv)); p != "" {
		return p, nil
	}
	return store.DefaultPath()
}

// OpenDB opens the database at path (the default one when empty: --db,
// then $GAZETTE_DB, then the per-user file) read-write, creating it (seeded
// with the demo issue) when missing, as every writing command and the
// workstation do. A failed daily backup is reported on stderr but does not
// stop the caller.
func OpenDB(path string) (*store.Store, error) { return openDBWith(path, store.Options{Seed: dbSeed}) }

// openExistingDB opens the database at path read-write; a database that is
// not there is an error (adding to an issue needs the issue's database).
func openExistingDB(path string) (*store.Store, error) {
	st, err := openDBWith(path, store.Options{NoCreate: true})
	if errors.Is(err, store.ErrNotFound) {
		p, _ := dbPath(path)
		return nil, fmt.Errorf("%w（--db 写错了？gazette issues --db %s 会在那里新建一个含示例刊期的数据库）", err, p)
	}
	return st, err
}

// openDBWith opens the database at path (resolved by dbPath) with opt,
// saying on stderr when it made a new one and when the daily backup failed.
func openDBWith(path string, opt store.Options) (*store.Store, error) {
	p, err := dbPath(path)
	if err != nil {
		return nil, err
	}
	_, statErr := os.Lstat(p)
	st, err := store.OpenWith(p, opt)
	if err != nil {
		return nil, err
	}
	if errors.Is(statErr, fs.ErrNotExist) {
		fmt.Fprintf(os.Stderr, "已新建数据库 %s（含示例刊期）\n", p)
	}
	if err := st.AutoBackupError(); err != nil {
		fmt.Fprintf(os.Stderr, "警告：今日自动备份失败：%v\n", err)
	}
	return st, nil
}

// openDBReadOnly opens an existing database without writing to it (and
// without creating it: a --db that names no file is an error).
func openDBReadOnly(path string) (*store.Store, error) {
	p, err := dbPath(path)
	if err != nil {
		return nil, err
	}
	st, err := store.OpenReadOnly(p)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("%w（--db 写错了？gazette issues --db %s 会在那里新建一个含示例刊期的数据库）", err, p)
	}
	return st, err
}

// findIssue resolves ref (ID, ID prefix, "2020-8", "2020年第8期") to one
// issue of st; an empty ref is an error that says how to name one.
func findIssue(st *store.Store, ref string) (*gazette.Issue, error) {
	if strings.TrimSpace(ref) == "" {
		return nil, exitError{2, "请用 --issue 指定刊期（ID，或如 2020-8 的年份-期号；gazette issues 列出各期）"}
	}
	is, err := st.Find(ref)
	switch {
	case errors.Is(err, store.ErrAmbiguous):
		return nil, exitError{2, "--issue " + err.Error()}
	case errors.Is(err, store.ErrNotFound):
		return nil, exitError{2, fmt.Sprintf("--issue %s：数据库 %s 中没有这一期（刊期写作 ID、至少 4 位的 ID 前缀或 2020-8；gazette issues --db %s 列出各期）", ref, st.Path(), st.Path())}
	}
	return is, err
}
