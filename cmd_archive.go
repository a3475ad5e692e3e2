package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"gazette/archive"
	"gazette/gazette"
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
		fmt.Printf("%s（总第%d期）《%s》\t%s\n", ih.Label(), ih.TotalNumber, ih.Title, ih.Issue)
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
