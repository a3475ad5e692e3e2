package cli

import (
	"flag"
	"fmt"

	"gazette/app"
	"gazette/gazette"
)

func init() {
	register(&command{
		name:    "verify",
		summary: "检查数据库是否完好，并校验每一期的内容",
		usage:   "gazette verify [--db PATH]",
		more:    "只读打开数据库：检查文件的每一页、每条记录能否解读，再校验每一期的内容。有损坏或内容错误时退出码为 1。",
		run:     runVerify,
	})
}

// runVerify checks the file (pages, bbolt consistency, every record decodes)
// and validates every issue. Exit 0 when sound (warnings allowed), 1 on
// damage or validation errors.
func runVerify(args []string) error {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	db := dbFlag(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	st, err := openDBReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	checked, err := app.Verify(st)
	if err != nil {
		return err
	}
	errs, warns := 0, 0
	for _, v := range checked {
		is := v.Issue
		for _, p := range v.Problems {
			if p.Severity == gazette.Error {
				errs++
			} else {
				warns++
			}
			fmt.Printf("%s《%s》（%s）：%s\n", is.Label(), is.Title, is.ID, p)
		}
	}
	fmt.Printf("数据库 %s 完好：%d 期，%d 处错误，%d 处警告\n", st.Path(), len(checked), errs, warns)
	if errs > 0 {
		return exitError{1, fmt.Sprintf("有 %d 处错误", errs)}
	}
	return nil
}
