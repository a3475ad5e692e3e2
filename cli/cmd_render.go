package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gazette/app"
	"gazette/gazette"
	"gazette/pdf"
	"gazette/preflight"
)

const renderUsage = "gazette render [--db PATH] (--demo | --issue REF | FILE) -o OUT.pdf [--marks] [--bleed MM] " +
	"[--preset 公报|公文] [--columns 1|2] [--web] [--cover|--body] [--pdfx 4|1a] [--icc PROFILE.icc] [--exact-outlines] [--force]"

func init() {
	register(&command{
		name:    "render",
		summary: "排版一期公报并输出印刷用 PDF（先预检，有错误时不输出，除非 --force）",
		usage:   renderUsage,
		more: "刊期来自数据库（--issue，只读打开）、内置示例（--demo）或一个整期文本文件（FILE，只在内存中导入）。\n" +
			"例：gazette render --issue 2020-8 -o 2020-8.pdf --marks（印刷厂用：出血 3 毫米加裁切线）\n" +
			"    gazette render --issue 2020-8 -o 2020-8-网络版.pdf --web（网上发布用：成品尺寸，无出血）\n" +
			"同一期两次输出的 PDF 逐字节相同。",
		run: runRender,
	})
}

// renderFlags are render's options beyond the issue's source.
type renderFlags struct {
	fs                 *flag.FlagSet
	out                *string
	marks, web, exact  *bool
	cover, body, force *bool
	bleed              *float64
	preset             *string
	columns            *int
	pdfx, icc          *string
}

// runRender lays out an issue, runs preflight and writes the PDF
// (app.Render, as the workstation's export does). Every option and the
// output file are checked before any work; the PDF is written whole or not
// at all, and never over the database, the input file or a file that is not
// a PDF.
func runRender(args []string) error {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	in := issueFlags(fs)
	rf := renderFlags{
		fs:      fs,
		out:     fs.String("o", "", "输出的 PDF 文件"),
		marks:   fs.Bool("marks", false, "在出血外加裁切线"),
		web:     fs.Bool("web", false, "电子版：无出血、无裁切线"),
		exact:   fs.Bool("exact-outlines", false, "字形轮廓按字体原样嵌入（默认按字号取整到 0.01 毫米以内，文件约小五分之一）"),
		cover:   fs.Bool("cover", false, "只输出封面、封二和封底"),
		body:    fs.Bool("body", false, "只输出封面以外的内页"),
		force:   fs.Bool("force", false, "预检有错误时仍然输出"),
		bleed:   fs.Float64("bleed", 0, "出血，毫米（0 到 10；不给时取刊期设置，通常为 3）"),
		preset:  fs.String("preset", "", "版式预设：公报 或 公文（替换刊期的版式设置，字体除外）"),
		columns: fs.Int("columns", 0, "栏数：1 或 2（不给时取刊期设置）"),
		pdfx:    fs.String("pdfx", "", "印刷文件的 PDF/X 版本：4（PDF/X-4，默认）或 1a（PDF/X-1a:2003）"),
		icc:     fs.String("icc", "", "印刷厂的 CMYK 输出特性文件（.icc），代替默认的 FOGRA39"),
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	opt, err := rf.options()
	if err != nil {
		return err
	}
	if err := in.check(pos, fs); err != nil {
		return err
	}
	if err := checkOutput("-o", *rf.out, outPDF, in.files(pos)...); err != nil {
		return err
	}
	src, err := in.load(pos)
	if err != nil {
		return err
	}
	res, err := app.Render(src, opt, *rf.out, nil)
	if res != nil {
		for _, f := range res.Findings {
			fmt.Fprintln(os.Stderr, f.String())
		}
	}
	var pe *app.PreflightError
	if errors.As(err, &pe) {
		return exitError{1, fmt.Sprintf("预检发现 %d 个错误，未输出 PDF；改正后重试，或加 --force 强制输出", preflight.Errors(pe.Findings))}
	}
	if err != nil {
		return err
	}
	f := res.Files[0]
	note := ""
	if nerr := preflight.Errors(res.Findings); nerr > 0 || len(res.Findings) > 0 {
		note = fmt.Sprintf("；预检 %d 个错误、%d 个警告（见上）", nerr, len(res.Findings)-nerr)
	}
	fmt.Printf("已输出 %s：%d 页，%d KB%s\n", f.Path, f.Pages, (len(f.Data)+1023)/1024, note)
	if msg := signedNote(src.Issue, f.SHA256); msg != "" {
		fmt.Println(msg)
	}
	return nil
}

// signedNote tells, for a signed issue, whether the PDF just made is the
// one signed off (what a print center checks), and if not, why it may
// differ; "" for an issue that is not signed.
func signedNote(is *gazette.Issue, sha string) string {
	switch {
	case is.Status != gazette.StatusSigned || is.SignedPDFSHA256 == "":
		return ""
	case strings.EqualFold(sha, is.SignedPDFSHA256):
		return fmt.Sprintf("本期已于 %s 签发：这个 PDF 与签发时的逐字节相同（SHA-256 %s）", is.SignedAt.Local().Format("2006-01-02 15:04"), sha)
	}
	return fmt.Sprintf("注意：本期已于 %s 签发，签发时的 PDF 的 SHA-256 是 %s，这个 PDF 的是 %s：选项与签发时不同（工作站默认含出血和裁切线，即 --marks），"+
		"或签发时用的不是这一版程序（这一版是 %s；PDF 记下了排版程序的版本）",
		is.SignedAt.Local().Format("2006-01-02 15:04"), is.SignedPDFSHA256, sha, app.Creator())
}

// options returns the render options the flags choose, checked before any
// work (app.Options.Check: the same refusals as the workstation's).
func (rf renderFlags) options() (app.Options, error) {
	opt := app.Options{Marks: *rf.marks, Web: *rf.web, ExactOutlines: *rf.exact, Preset: *rf.preset, Force: *rf.force, PDFX: *rf.pdfx}
	switch {
	case strings.TrimSpace(*rf.out) == "":
		return opt, usageError(rf.fs, "请用 -o 指定输出的 PDF 文件")
	case *rf.cover && *rf.body:
		return opt, valueError(rf.fs, "--cover 与 --body 只能选一个")
	case *rf.cover:
		opt.Pages = pdf.PagesCover
	case *rf.body:
		opt.Pages = pdf.PagesBody
	}
	if wasSet(rf.fs, "bleed") {
		opt.Bleed = rf.bleed
	}
	if wasSet(rf.fs, "columns") {
		opt.Columns = rf.columns
	}
	if err := opt.Check(); err != nil {
		return opt, valueError(rf.fs, err.Error())
	}
	if *rf.icc != "" {
		if *rf.web {
			return opt, valueError(rf.fs, "电子版（--web）用 sRGB，不能同时给 --icc")
		}
		data, err := os.ReadFile(*rf.icc)
		if err != nil {
			return opt, valueError(rf.fs, fmt.Sprintf("--icc：读不了 %s：%v", *rf.icc, err))
		}
		if err := pdf.CheckOutputProfile(data); err != nil {
			return opt, valueError(rf.fs, fmt.Sprintf("--icc %s：%v", *rf.icc, err))
		}
		opt.Intent = pdf.OutputIntent{Profile: data, Condition: "Custom", Info: filepath.Base(*rf.icc)}
	}
	return opt, nil
}
