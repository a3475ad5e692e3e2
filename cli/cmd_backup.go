package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"gazette/app"
)

func init() {
	register(&command{
		name:    "backup",
		summary: "把数据库备份到一个文件",
		usage:   "gazette backup [--db PATH] -o FILE",
		more:    "备份是数据库的完整副本，写成后立即检查；恢复用 gazette restore FILE。工作站开着时请在工作站里备份。",
		run:     runBackup,
	})
}

// runBackup writes a checked copy of the database (app.Backup) to -o FILE (never over an
// existing file).
func runBackup(args []string) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	db := dbFlag(fs)
	out := fs.String("o", "", "备份文件（不能是已有的文件）")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case strings.TrimSpace(*out) == "":
		return usageError(fs, "请用 -o 指定备份文件")
	case len(pos) > 0:
		return extraArgs(fs, pos)
	}
	if err := refuseStdout("-o", *out, "备份文件"); err != nil {
		return err
	}
	if _, err := os.Lstat(*out); !errors.Is(err, os.ErrNotExist) {
		return valueError(fs, fmt.Sprintf("-o %s 已存在，不覆盖（请换一个文件名）", *out))
	}
	if err := checkFolder("-o", *out); err != nil {
		return err
	}
	st, err := openDBReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	size, err := app.Backup(st, *out)
	if err != nil {
		return err
	}
	fmt.Printf("已把 %s 备份到 %s（%d 字节，已检查）\n", st.Path(), *out, size)
	return nil
}
