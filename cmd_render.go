package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

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

// runRender lays out an issue, runs preflight and writes the PDF. Every
// option and the output file are checked before any work; the PDF is
// written whole or not at all, and never over the database, the input file
// or a file that is not a PDF.
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
	li, err := in.load(pos)
	if err != nil {
		return err
	}
	rf.apply(&li.is.Layout)
	li.web = *rf.web
	doc, findings, err := li.lay()
	if err != nil {
		return err
	}
	nerr := preflight.Errors(findings)
	for _, f := range findings {
		fmt.Fprintln(os.Stderr, f.String())
	}
	if nerr > 0 && !*rf.force {
		return exitError{1, fmt.Sprintf("预检发现 %d 个错误，未输出 PDF；改正后重试，或加 --force 强制输出", nerr)}
	}
	opt.Created, opt.Modified = li.created, li.modified
	if err := pdf.WriteFile(*rf.out, doc, opt); err != nil {
		return writeError(*rf.out, err)
	}
	pages, _ := pdf.Selected(doc, opt.Pages)
	size := int64(0)
	if st, err := os.Stat(*rf.out); err == nil {
		size = st.Size()
	}
	note := ""
	if n := len(findings) - nerr; n > 0 || nerr > 0 {
		note = fmt.Sprintf("；预检 %d 个错误、%d 个警告（见上）", nerr, n)
	}
	fmt.Printf("已输出 %s：%d 页，%d KB%s\n", *rf.out, len(pages), (size+1023)/1024, note)
	return nil
}

// options checks the flags that do not depend on the issue and returns the
// PDF options they choose.
func (rf renderFlags) options() (pdf.Options, error) {
	opt := pdf.Options{Marks: *rf.marks, Web: *rf.web, ExactOutlines: *rf.exact, PDFX: *rf.pdfx, Creator: "gazette " + version}
	bad := func(msg string) (pdf.Options, error) { return opt, valueError(rf.fs, msg) }
	switch {
	case strings.TrimSpace(*rf.out) == "":
		return opt, usageError(rf.fs, "请用 -o 指定输出的 PDF 文件")
	case *rf.cover && *rf.body:
		return bad("--cover 与 --body 只能选一个")
	case *rf.marks && *rf.web:
		return bad("电子版（--web）没有出血，不能加裁切线（--marks）")
	case *rf.web && wasSet(rf.fs, "bleed") && *rf.bleed != 0:
		return bad(fmt.Sprintf("电子版（--web）没有出血，不能同时给 --bleed %g", *rf.bleed))
	case wasSet(rf.fs, "columns") && *rf.columns != 1 && *rf.columns != 2:
		return bad(fmt.Sprintf("--columns %d 无效：栏数只能是 1 或 2", *rf.columns))
	case *rf.pdfx != "" && *rf.pdfx != pdf.PDFX4 && *rf.pdfx != pdf.PDFX1a:
		return bad(fmt.Sprintf("--pdfx %q 无效：应为 4 或 1a", *rf.pdfx))
	case *rf.web && *rf.pdfx != "":
		return bad("电子版（--web）是 PDF/A，不能同时给 --pdfx")
	case *rf.web && *rf.icc != "":
		return bad("电子版（--web）用 sRGB，不能同时给 --icc")
	case wasSet(rf.fs, "bleed") && !(*rf.bleed >= 0 && *rf.bleed <= 10):
		return bad(fmt.Sprintf("--bleed %g 无效：出血应在 0 到 10 毫米之间", *rf.bleed))
	}
	if *rf.preset != "" || wasSet(rf.fs, "preset") {
		if _, ok := gazette.Preset(*rf.preset); !ok {
			return bad(fmt.Sprintf("--preset %q 无效：应为 公报 或 公文", *rf.preset))
		}
	}
	if *rf.icc != "" {
		data, err := os.ReadFile(*rf.icc)
		if err != nil {
			return bad(fmt.Sprintf("--icc：读不了 %s：%v", *rf.icc, err))
		}
		if err := pdf.CheckOutputProfile(data); err != nil {
			return bad(fmt.Sprintf("--icc %s：%v", *rf.icc, err))
		}
		opt.Intent = pdf.OutputIntent{Profile: data, Condition: "Custom", Info: filepath.Base(*rf.icc)}
	}
	switch {
	case *rf.cover:
		opt.Pages = pdf.PagesCover
	case *rf.body:
		opt.Pages = pdf.PagesBody
	}
	return opt, nil
}

// apply changes the issue's layout settings as the flags say: a preset
// replaces every value but the office's own fonts; columns and bleed then
// override it.
func (rf renderFlags) apply(s *gazette.Settings) {
	if *rf.preset != "" {
		p, _ := gazette.Preset(*rf.preset)
		p.Faces = s.Faces
		*s = p
	}
	if wasSet(rf.fs, "columns") {
		s.Columns = *rf.columns
	}
	if wasSet(rf.fs, "bleed") {
		s.Bleed = *rf.bleed
	}
}
