package cli

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"gazette/app"
	"gazette/archive"
	"gazette/gazette"
	"gazette/layout"
	"gazette/pdf"
	"gazette/store"
)

// The archive's commands: search across all issues, rebuild the search
// index, the year's 年度总目录 and the bound volume (package archive).
func init() {
	register(&command{
		name:    "search",
		summary: "在所有刊期中查找文章（全文、标题、文号、发文机关、年份、日期）",
		usage:   "gazette search [--db PATH] [文字...] [--year 年份] [--issuer 机关] [--title 标题] [--docnum 文号] [--from YYYY-MM-DD] [--to YYYY-MM-DD]",
		more: "只读打开数据库。多个词以空格分开，每个都须出现；全角半角、〔〕与 [] 视为相同，空格不计。\n" +
			"结果按刊期列出（新的在前），每篇给出栏目、标题、文号、日期和命中处前后的文字（命中处加【】）。\n" +
			"例：gazette search 景府字〔2019〕12号\n" +
			"    gazette search 批复 --issuer 仲裁委员会\n" +
			"    gazette search 营商环境 --from 2020-01-01 --to 2020-06-30",
		run: runSearch,
	})
	register(&command{
		name:    "reindex",
		summary: "由各期记录重建刊期目录与检索索引",
		usage:   "gazette reindex [--db PATH]",
		more:    "目录与检索索引随每次保存在同一事务中更新，一般无须重建；gazette verify 报告索引与记录不符时用它修复。",
		run:     runReindex,
	})
	register(&command{
		name:    "index",
		summary: "排出一年的年度总目录（按栏目、按发文机关），输出印刷用 PDF",
		usage:   "gazette index [--db PATH] --year 年份 [--title 刊名] -o OUT.pdf [--marks] [--web]",
		more: "只读打开数据库。逐期按实际版面排版，页码即各期印出的页码（如“2020年第8期 第5页”）；字体、版心、目录样式同该年最后一期。\n" +
			"例：gazette index --year 2020 -o 2020-总目录.pdf",
		run: runIndex,
	})
	register(&command{
		name:    "volume",
		summary: "排出一年的合订本：封面、年度总目录、全年各期，输出印刷用 PDF",
		usage:   "gazette volume [--db PATH] --year 年份 [--title 刊名] -o OUT.pdf [--folios issue|continuous] [--marks] [--web] [--force]",
		more: "只读打开数据库。各期按序全文收入（含封面）；--folios issue（默认）保留各期自己的页码，continuous 全卷连续编页（各期目录与页脚随之改为全卷页码）。\n" +
			"书签：总目录及其各部分、每一期及其各篇文件。各期先做印前检查，有错误时不输出，除非 --force。\n" +
			"例：gazette volume --year 2020 -o 2020合订本.pdf --marks",
		run: runVolume,
	})
}

// runVolume writes the year's bound volume.
func runVolume(args []string) error {
	yf := newYearFlags("volume")
	folios := yf.fs.String("folios", string(archive.FoliosIssue), "页码：issue（各期自有页码）或 continuous（全卷连续）")
	force := yf.fs.Bool("force", false, "印前检查有错误时仍然输出")
	y, opt, err := yf.parse(args)
	if err != nil {
		return err
	}
	if f := archive.Folios(*folios); f != archive.FoliosIssue && f != archive.FoliosContinuous {
		return valueError(yf.fs, fmt.Sprintf("--folios %q 无效：应为 issue 或 continuous", *folios))
	}
	return yf.write(y, opt, func(st *store.Store) (*layout.Document, error) {
		doc, findings, err := archive.Volume(st, archive.VolumeOptions{Year: y, Folios: archive.Folios(*folios)})
		if err != nil {
			return nil, err
		}
		nerr := 0
		for _, f := range findings {
			fmt.Fprintln(os.Stderr, f.String())
			if f.Error {
				nerr++
			}
		}
		if nerr > 0 && !*force {
			return nil, exitError{1, fmt.Sprintf("各期印前检查共有 %d 个错误，未输出合订本；改正后重试，或加 --force 强制输出", nerr)}
		}
		return doc, nil
	})
}

// write lays out the year's pages with lay on the database opened
// read-only, dates the PDF by the year's newest change (Year.Dated) and
// writes it whole or not at all.
func (yf *yearFlags) write(y archive.Year, opt pdf.Options, lay func(*store.Store) (*layout.Document, error)) error {
	st, err := openDBReadOnly(*yf.db)
	if err != nil {
		return err
	}
	defer st.Close()
	dated, err := y.Dated(st)
	if err != nil {
		return err
	}
	opt.Created, opt.Modified = dated, dated
	doc, err := lay(st)
	if err != nil {
		return err
	}
	if err := pdf.WriteFile(*yf.out, doc, opt); err != nil {
		return &app.WriteError{Path: *yf.out, Err: err}
	}
	fmt.Printf("已输出 %s：%s，%d 页\n", *yf.out, doc.Title, len(doc.Pages))
	return nil
}

// yearFlags are the options of index and volume: the year, the gazette,
// the output and the print variant.
type yearFlags struct {
	fs         *flag.FlagSet
	db, title  *string
	out        *string
	year       *int
	marks, web *bool
}

func newYearFlags(name string) *yearFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	return &yearFlags{fs: fs, db: dbFlag(fs),
		year:  fs.Int("year", 0, "年份"),
		title: fs.String("title", "", "刊名（数据库中同一年有几种公报时必须给出）"),
		out:   fs.String("o", "", "输出的 PDF 文件"),
		marks: fs.Bool("marks", false, "在出血外加裁切线"),
		web:   fs.Bool("web", false, "电子版：无出血、无裁切线"),
	}
}

// parse checks the options and the output before any work.
func (yf *yearFlags) parse(args []string) (archive.Year, pdf.Options, error) {
	opt := pdf.Options{Marks: *yf.marks, Web: *yf.web, Creator: app.Creator()}
	if err := parseNoArgs(yf.fs, args); err != nil {
		return archive.Year{}, opt, err
	}
	opt.Marks, opt.Web = *yf.marks, *yf.web
	switch {
	case !wasSet(yf.fs, "year"):
		return archive.Year{}, opt, usageError(yf.fs, "请用 --year 指定年份")
	case *yf.year < 1900 || *yf.year > 9999:
		return archive.Year{}, opt, valueError(yf.fs, fmt.Sprintf("--year %d 无效：应为四位年份", *yf.year))
	case strings.TrimSpace(*yf.out) == "":
		return archive.Year{}, opt, usageError(yf.fs, "请用 -o 指定输出的 PDF 文件")
	case *yf.marks && *yf.web:
		return archive.Year{}, opt, valueError(yf.fs, "电子版（--web）没有出血，不能加裁切线（--marks）")
	}
	p, err := dbPath(*yf.db)
	if err != nil {
		return archive.Year{}, opt, err
	}
	if err := checkOutput("-o", *yf.out, outPDF, p); err != nil {
		return archive.Year{}, opt, err
	}
	return archive.Year{Year: *yf.year, Title: strings.TrimSpace(*yf.title)}, opt, nil
}

// runIndex writes the year's 年度总目录.
func runIndex(args []string) error {
	yf := newYearFlags("index")
	y, opt, err := yf.parse(args)
	if err != nil {
		return err
	}
	return yf.write(y, opt, func(st *store.Store) (*layout.Document, error) { return archive.Index(st, y) })
}

// runSearch prints the articles that match, by issue.
func runSearch(args []string) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	db := dbFlag(fs)
	q := archive.Query{}
	fs.IntVar(&q.Year, "year", 0, "只查这一年的刊期")
	fs.StringVar(&q.Issuer, "issuer", "", "发文机关（包含这些字即可）")
	fs.StringVar(&q.Title, "title", "", "标题中的文字")
	fs.StringVar(&q.DocNumber, "docnum", "", "文号中的文字")
	fs.StringVar(&q.From, "from", "", "成文日期不早于（YYYY-MM-DD）")
	fs.StringVar(&q.To, "to", "", "成文日期不晚于（YYYY-MM-DD）")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	q.Text = strings.Join(pos, " ")
	if err := q.Check(); err != nil {
		return valueError(fs, err.Error())
	}
	st, err := openDBReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := archive.Search(st, q)
	if err != nil {
		return err
	}
	for _, ih := range res {
		fmt.Printf("%s（%s）《%s》\t%s\n", ih.Label(), ih.TotalLabel(), ih.Title, ih.Issue)
		for _, h := range ih.Hits {
			var head []string
			if h.DocNumber != "" {
				head = append(head, h.DocNumber)
			}
			if d := gazette.DateLabel(h.Date); d != "" {
				head = append(head, d)
			}
			line := h.Section + "｜" + h.Title
			if len(head) > 0 {
				line += "（" + strings.Join(head, "，") + "）"
			}
			fmt.Println("  " + line)
			if h.Snippet != "" {
				where := h.Where
				if where != "" {
					where += "："
				}
				fmt.Println("      " + where + h.Snippet)
			}
		}
	}
	if len(res) == 0 {
		fmt.Fprintln(os.Stderr, "没有找到符合的文章")
		return nil
	}
	fmt.Printf("共 %d 篇，见于 %d 期\n", archive.Count(res), len(res))
	return nil
}

// importFolder is gazette import --new FOLDER: every file of the folder
// becomes an issue of its own, each saved whole or not at all, and a
// summary says what became of each file. Exit 1 when a file failed.
func importFolder(dbFile, dir string) error {
	st, err := OpenDB(dbFile)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := app.ImportFolder(st, dir)
	if err != nil {
		return err
	}
	done, skipped, failed := 0, 0, 0
	for _, r := range res {
		switch {
		case r.Err != nil:
			failed++
			fmt.Printf("失败　%s：%v（这一期没有导入）\n", r.File, r.Err)
		case r.Exists != nil:
			skipped++
			fmt.Printf("跳过　%s：数据库中已有《%s》%s（ID %s）\n", r.File, r.Exists.Title, r.Exists.Label(), r.Exists.ID)
		default:
			done++
			fmt.Printf("已导入 %s：《%s》%s（ID %s），%d 个栏目、%d 篇文章\n", r.File, r.Issue.Title, r.Issue.Label(), r.Issue.ID, len(r.Issue.Sections), r.Issue.ArticleCount())
		}
		if r.Issue != nil {
			for _, w := range r.Warnings {
				fmt.Fprintf(os.Stderr, "警告：%s：%s\n", r.File, w.String())
			}
		}
	}
	fmt.Printf("共 %d 个文件：导入 %d 期，跳过 %d 个（已有），失败 %d 个\n", len(res), done, skipped, failed)
	if len(res) == 0 {
		return exitError{1, fmt.Sprintf("文件夹 %s 中没有文件", dir)}
	}
	if failed > 0 {
		return exitError{1, fmt.Sprintf("%d 个文件没有导入（见上）", failed)}
	}
	return nil
}

// runReindex rebuilds the catalog and the search index from the records.
func runReindex(args []string) error {
	fs := flag.NewFlagSet("reindex", flag.ContinueOnError)
	db := dbFlag(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	st, err := openExistingDB(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.RebuildIndex(); err != nil {
		return err
	}
	list, err := st.List()
	if err != nil {
		return err
	}
	n := 0
	for _, s := range list {
		n += s.Articles
	}
	fmt.Printf("已重建 %s 的目录与检索索引：%d 期，%d 篇\n", st.Path(), len(list), n)
	return nil
}
