package cli

import (
	"flag"
	"fmt"

	"gazette/app"
)

func init() {
	register(&command{
		name:    "compact",
		summary: "压缩数据库文件（去掉空闲页，先自动备份）",
		usage:   "gazette compact [--db PATH]",
		more: "把数据库重写为不含空闲页的新文件：先在 backups/ 中写一份压缩前的备份，新文件检查无误后才替换原文件。" +
			"数据库的一个元数据页损坏（最后一次保存已丢失）时，压缩接受退回到上一次提交的内容并重写出完好的文件。工作站开着时不能压缩。",
		run: runCompact,
	})
}

// runCompact rewrites the database without free pages (app.Compact).
func runCompact(args []string) error {
	fs := flag.NewFlagSet("compact", flag.ContinueOnError)
	db := dbFlag(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	p, err := dbPath(*db)
	if err != nil {
		return err
	}
	res, err := app.Compact(p)
	if err != nil {
		return err
	}
	fmt.Println(app.CompactMessage(p, res))
	return nil
}
