package cli

import (
	"flag"
	"fmt"

	"gazette/app"
)

func init() {
	register(&command{
		name:    "restore",
		summary: "用备份文件替换数据库（原文件保留在旁边）",
		usage:   "gazette restore FILE [--db PATH]",
		more: "先检查备份是否完好，再用它替换数据库；原数据库另存为 <数据库>.before-restore-日期-时间。\n" +
			"数据库正被工作站或另一个 gazette 使用时拒绝恢复（请先关闭它）。",
		run: runRestore,
	})
}

// runRestore checks the backup FILE and puts it in place of the database,
// keeping the current file aside as <db>.before-restore-… (app.Restore).
func runRestore(args []string) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	db := dbFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) == 0:
		return usageError(fs, "请指定要恢复的备份文件")
	case len(pos) > 1:
		return usageError(fs, fmt.Sprintf("一次只能恢复一个备份文件，却给了 %d 个 %q", len(pos), pos))
	}
	path, err := dbPath(*db)
	if err != nil {
		return err
	}
	aside, err := app.Restore(pos[0], path)
	if err != nil {
		return err
	}
	fmt.Printf("已用 %s 恢复 %s\n", pos[0], path)
	if aside != "" {
		fmt.Printf("原数据库保存为 %s\n", aside)
	}
	return nil
}
