package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"gazette/store"
)

func init() {
	register(&command{
		name:    "backup",
		summary: "把数据库备份到一个文件",
		usage:   "gazette backup [--db PATH] -o FILE",
		run:     runBackup,
	})
}

// runBackup writes a checked copy of the database to -o FILE (never over an
// existing file).
func runBackup(args []string) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	db := dbFlag(fs)
	out := fs.String("o", "", "备份文件")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return exitError{2, err.Error()}
	}
	if *out == "" || len(pos) > 0 {
		return exitError{2, "用法：gazette backup [--db PATH] -o FILE"}
	}
	if _, err := os.Lstat(*out); !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("文件 %s 已存在，不覆盖", *out)
	}
	st, err := openDBReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.BackupFile(*out); err != nil {
		return err
	}
	if err := store.VerifyBackup(*out); err != nil {
		return fmt.Errorf("备份写成了，但检查不通过：%w", err)
	}
	fi, err := os.Stat(*out)
	if err != nil {
		return err
	}
	fmt.Printf("已把 %s 备份到 %s（%d 字节，已检查）\n", st.Path(), *out, fi.Size())
	return nil
}
