package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"gazette/app"
	"gazette/preflight"
)

const signoffUsage = "gazette signoff [--db PATH] --issue REF (--signer 姓名 -o OUT.pdf [--marks] [--bleed MM] " +
	"[--preset 公报|公文] [--columns 1|2] [--pdfx 4|1a] [--icc PROFILE.icc] [--exact-outlines] [--force] | --list)"

func init() {
	register(&command{
		name:    "signoff",
		summary: "签发一期：生成印刷 PDF，记下签发人、本机用户和 PDF 的 SHA-256，锁定本期（--list 列出各次签发）",
		usage:   signoffUsage,
		more: "签发人（--signer）必须填写，与本机用户一起记入签发记录。PDF 的选项与 render 相同（不能用 --web、--cover、--body）；\n" +
			"签发后 gazette render --issue REF 以同样的选项输出的 PDF 与签发时逐字节相同。\n" +
			"例：gazette signoff --issue 2020-8 --signer 张三 -o 2020-8.pdf --marks",
		run: runSignoff,
	})
}

// runSignoff signs an issue off by the 签发人 given (app.SignOff, as the
// workstation's 签发 does), or with --list prints its sign-offs.
func runSignoff(args []string) error {
	fs := flag.NewFlagSet("signoff", flag.ContinueOnError)
	db := dbFlag(fs)
	ref := issueFlag(fs)
	signer := fs.String("signer", "", "签发人姓名（必填，记入签发记录）")
	list := fs.Bool("list", false, "列出本期的各次签发：时间、签发人、本机用户、PDF 的 SHA-256")
	no := false
	rf := renderFlags{
		fs:      fs,
		out:     fs.String("o", "", "输出的 PDF 文件"),
		marks:   fs.Bool("marks", false, "在出血外加裁切线（工作站默认加）"),
		exact:   fs.Bool("exact-outlines", false, "字形轮廓按字体原样嵌入"),
		force:   fs.Bool("force", false, "预检有错误时仍然签发"),
		bleed:   fs.Float64("bleed", 0, "出血，毫米（0 到 10；不给时取刊期设置）"),
		preset:  fs.String("preset", "", "版式预设：公报 或 公文"),
		columns: fs.Int("columns", 0, "栏数：1 或 2（不给时取刊期设置）"),
		pdfx:    fs.String("pdfx", "", "PDF/X 版本：4（默认）或 1a"),
		icc:     fs.String("icc", "", "印刷厂的 CMYK 输出特性文件（.icc）"),
		web:     &no, cover: &no, body: &no,
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return extraArgs(fs, pos)
	}
	if *list {
		return listSignoffs(*db, *ref)
	}
	if strings.TrimSpace(*signer) == "" {
		return usageError(fs, msgNoSigner)
	}
	opt, err := rf.options()
	if err != nil {
		return err
	}
	if p, err := dbPath(*db); err == nil {
		if err := checkOutput("-o", *rf.out, outPDF, p); err != nil {
			return err
		}
	}
	st, err := openExistingDB(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	is, err := findIssue(st, *ref)
	if err != nil {
		return err
	}
	res, err := app.SignOff(st, is.ID, *signer, opt, *rf.out, nil)
	if res != nil {
		for _, f := range res.Findings {
			fmt.Fprintln(os.Stderr, f.String())
		}
	}
	var pe *app.PreflightError
	if errors.As(err, &pe) {
		return exitError{1, fmt.Sprintf("预检发现 %d 个错误，未签发；改正后重试，或加 --force", preflight.Errors(pe.Findings))}
	}
	if err != nil {
		return err
	}
	f := res.Files[0]
	recs, err := st.SignOffs(is.ID)
	if err != nil || len(recs) == 0 {
		return fmt.Errorf("《%s》%s已签发，但读不回签发记录：%v", is.Title, is.Label(), err)
	}
	r := recs[len(recs)-1]
	fmt.Printf("已签发《%s》%s：签发人 %s（本机用户 %s），%s\n已输出 %s：%d 页，SHA-256 %s\n",
		is.Title, is.Label(), r.Signer, r.User, r.Time.Local().Format("2006-01-02 15:04:05"), f.Path, f.Pages, f.SHA256)
	return nil
}

// listSignoffs prints one line per sign-off of the issue ref: 第N次, time,
// 签发人 (未记 in records made before it was asked for), OS user, SHA-256.
func listSignoffs(db, ref string) error {
	st, err := openDBReadOnly(db)
	if err != nil {
		return err
	}
	defer st.Close()
	is, err := findIssue(st, ref)
	if err != nil {
		return err
	}
	recs, err := st.SignOffs(is.ID)
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		fmt.Printf("《%s》%s还没有签发过\n", is.Title, is.Label())
		return nil
	}
	for _, r := range recs {
		fmt.Printf("第%d次\t%s\t签发人 %s\t本机用户 %s\tSHA-256 %s\n", r.Seq, r.Time.Local().Format("2006-01-02 15:04:05"), signerOrNone(r.Signer), r.User, r.SHA256)
	}
	return nil
}

// signerOrNone is the 签发人, or 未记 for a sign-off made before it was
// asked for.
func signerOrNone(s string) string {
	if s == "" {
		return "未记"
	}
	return s
}
