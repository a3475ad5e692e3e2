package cli

import (
	"errors"
	"flag"
	"fmt"
	iofs "io/fs"
	"os"
	"syscall"
)

func init() {
	register(&command{
		name:    "issues",
		summary: "列出数据库中的各期公报",
		usage:   "gazette issues [--db PATH]",
		more:    "每行一期：ID、刊名、年份期号、总期号、状态，以制表符分隔。数据库不存在时新建一个（含示例刊期）。",
		run:     runIssues,
	})
}

// runIssues prints one line per issue: ID, 刊名, 2020年第8期, 总第20期, status.
func runIssues(args []string) error {
	fs := flag.NewFlagSet("issues", flag.ContinueOnError)
	db := dbFlag(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	st, err := OpenDB(*db)
	if errors.Is(err, iofs.ErrPermission) || errors.Is(err, syscall.EROFS) {
		// A file this user may only read can still be listed.
		if st, err = openDBReadOnly(*db); err == nil {
			fmt.Fprintf(os.Stderr, "数据库 %s 不可写，已只读打开\n", st.Path())
		}
	}
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.List()
	if err != nil {
		return err
	}
	if len(list) == 0 {
		fmt.Fprintf(os.Stderr, "数据库 %s 中还没有刊期\n", st.Path())
	}
	for _, s := range list {
		fmt.Printf("%s\t%s\t%s\t%s\t%s\n", s.ID, s.Title, s.Label(), s.TotalLabel(), s.Status.Label())
	}
	return nil
}
