package cli

import (
	"errors"
	"flag"
	"fmt"
	iofs "io/fs"
	"os"
	"syscall"

	"gazette/gazette"
)

func init() {
	register(&command{
		name:    "issues",
		summary: "列出数据库中的各期公报",
		usage:   "gazette issues [--db PATH]",
		more:    "每行一期：ID、刊名、年份期号、总期号、状态，已签发的期再加签发人，以制表符分隔。数据库不存在时新建一个（含示例刊期）。",
		run:     runIssues,
	})
}

// runIssues prints one line per issue: ID, 刊名, 2020年第8期, 总第20期,
// status, and for a signed issue its 签发人 (gazette signoff --list gives
// every sign-off).
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
		signer := ""
		if s.Status == gazette.StatusSigned {
			recs, err := st.SignOffs(s.ID)
			if err != nil {
				return err
			}
			if n := len(recs); n > 0 {
				signer = "\t签发人 " + signerOrNone(recs[n-1].Signer)
			}
		}
		fmt.Printf("%s\t%s\t%s\t%s\t%s%s\n", s.ID, s.Title, s.Label(), s.TotalLabel(), s.Status.Label(), signer)
	}
	return nil
}
