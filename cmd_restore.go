package main

import (
	"flag"
	"fmt"

	"gazette/store"
)

func init() {
	register(&command{
		name:    "restore",
		summary: "用备份文件替换数据库（原文件保留在旁边）",
		usage:   "gazette restore FILE [--db PATH]",
		run:     runRestore,
	})
}

// runRestore checks the backup FILE and puts it in place of the database,
// keeping the current file aside as <db>.before-restore-….
func runRestore(args []string) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	db := dbFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return exitError{2, err.Error()}
	}
	if len(pos) != 1 {
		return exitError{2, "用法：gazette restore FILE [--db PATH]"}
	}
	path, err := dbPath(*db)
	if err != nil {
		return err
	}
	aside, err := store.RestoreFile(pos[0], path)
	if err != nil {
		return err
	}
	fmt.Printf("已用 %s 恢复 %s\n", pos[0], path)
	if aside != "" {
		fmt.Printf("原数据库保存为 %s\n", aside)
	}
	return nil
}
