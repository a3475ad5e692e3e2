package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"gazette/gazette"
	"gazette/pdf"
	"gazette/preflight"
)

const renderUsage = "gazette render [--db PATH] (--demo | --issue ID | FILE) -o OUT.pdf [--marks] [--bleed MM] " +
	"[--preset 公报|公文] [--columns 1|2] [--web|--cover|--body] [--force]"

func init() {
	register(&command{
		name:    "render",
		summary: "排版一期公报并输出印刷用 PDF（先预检，有错误时不输出，除非 --force）",
		usage:   renderUsage,
		run:     runRender,
	})
}

// renderFlags are render's options beyond the issue's source.
type renderFlags struct {
	out                *string
	marks, web         *bool
	cover, body, force *bool
	bleed              *float64
	preset             *string
	columns            *int
}

// runRender lays out an issue, runs preflight and writes the PDF.
func runRender(args []string) error {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	in := issueFlags(fs)
	rf := renderFlags{
		out:     fs.String("o", "", "输出的 PDF 文件"),
		marks:   fs.Bool("marks", false, "在出血外加裁切线"),
		web:     fs.Bool("web", false, "电子版：无出血、无裁切线"),
		cover:   fs.Bool("cover", false, "只输出封面、封二和封底"),
		body:    fs.Bool("body", false, "只输出封面以外的内页"),
		force:   fs.Bool("force", false, "预检有错误时仍然输出"),
		bleed:   fs.Float64("bleed", -1, "出血（毫米，默认取刊期设置，通常为 3）"),
		preset:  fs.String("preset", "", "版式预设：公报 或 公文"),
		columns: fs.Int("columns", 0, "栏数：1 或 2"),
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return exitError{2, err.Error()}
	}
	opt, err := rf.options()
	if err != nil {
		return err
	}
	li, err := in.load(pos, renderUsage)
	if err != nil {
		return err
	}
	if err := rf.apply(&li.is.Layout); err != nil {
		return err
	}
	doc, findings, err := li.lay()
	if err != nil {
		return err
	}
	nerr := preflight.Errors(findings)
	for _, f := range findings {
		if f.Error {
			fmt.Fprintln(os.Stderr, f.String())
		}
	}
	if nerr > 0 && !*rf.force {
		return exitError{1, fmt.Sprintf("预检发现 %d 个错误，未输出 PDF；改正后重试，或加 --force 强制输出", nerr)}
	}
	if n := len(findings) - nerr; n > 0 {
		fmt.Fprintf(os.Stderr, "预检：%d 个警告（gazette check 查看详情）\n", n)
	}
	opt.Created, opt.Modified = li.created, li.modified
	if err := pdf.WriteFile(*rf.out, doc, opt); err != nil {
		return err
	}
	pages, _ := pdf.Selected(doc, opt.Pages)
	size := int64(0)
	if st, err := os.Stat(*rf.out); err == nil {
		size = st.Size()
	}
	fmt.Printf("已输出 %s：%d 页，%d KB\n", *rf.out, len(pages), (size+1023)/1024)
	return nil
}

// options checks the flags that do not depend on the issue and returns the
// PDF options they choose.
func (rf renderFlags) options() (pdf.Options, error) {
	opt := pdf.Options{Marks: *rf.marks, Web: *rf.web, Creator: "gazette " + version}
	if strings.TrimSpace(*rf.out) == "" {
		return opt, exitError{2, "请用 -o 指定输出的 PDF 文件（用法：" + renderUsage + "）"}
	}
	if *rf.cover && *rf.body {
		return opt, exitError{2, "--cover 与 --body 只能选一个"}
	}
	if *rf.marks && *rf.web {
		return opt, exitError{2, "电子版（--web）没有出血，不能加裁切线（--marks）"}
	}
	switch {
	case *rf.cover:
		opt.Pages = pdf.PagesCover
	case *rf.body:
		opt.Pages = pdf.PagesBody
	}
	if *rf.columns != 0 && *rf.columns != 1 && *rf.columns != 2 {
		return opt, exitError{2, fmt.Sprintf("--columns %d 无效：栏数只能是 1 或 2", *rf.columns)}
	}
	if *rf.bleed != -1 && (*rf.bleed < 0 || *rf.bleed > 10) {
		return opt, exitError{2, fmt.Sprintf("--bleed %g 无效：出血应在 0 到 10 毫米之间", *rf.bleed)}
	}
	if *rf.preset != "" {
		if _, ok := gazette.Preset(*rf.preset); !ok {
			return opt, exitError{2, fmt.Sprintf("--preset %q 无效：应为 公报 或 公文", *rf.preset)}
		}
	}
	return opt, nil
}

// apply changes the issue's layout settings as the flags say: a preset
// replaces every value but the office's own fonts; columns and bleed then
// override it.
func (rf renderFlags) apply(s *gazette.Settings) error {
	if *rf.preset != "" {
		p, _ := gazette.Preset(*rf.preset)
		p.Faces = s.Faces
		*s = p
	}
	if *rf.columns != 0 {
		s.Columns = *rf.columns
	}
	if *rf.bleed != -1 {
		s.Bleed = *rf.bleed
	}
	return nil
}
