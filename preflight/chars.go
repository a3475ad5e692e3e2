package preflight

import (
	"fmt"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/layout"
)

// missingPrefix begins every message about a character no font has.
const missingPrefix = "字体缺少字符"

// field is a piece of text outside the body blocks, with its Chinese name.
type field struct{ name, text string }

// missingChars reports every character of the issue no face of the set can
// draw: in the issue's own texts (masthead, board, colophon, section names),
// in each article's head and in each body block. Each character is reported
// once per block (or field) with how often it occurs there.
func missingChars(is *gazette.Issue, x *index, set *fonts.Set) []Finding {
	var fs []Finding
	report := func(article, block int, text, where string) {
		for _, m := range groupMissing(set.Missing(text)) {
			msg := fmt.Sprintf("%s U+%04X “%c”", missingPrefix, m.Rune, m.Rune)
			if m.count > 1 {
				msg += fmt.Sprintf("（共%d处）", m.count)
			}
			if where != "" {
				msg += "（" + where + "）"
			}
			page := 0
			if article >= 0 {
				page = x.pageOf(article, block, m.Pos)
			}
			fs = append(fs, x.finding(true, page, layout.SrcPos{Article: article, Block: block, Rune: m.Pos}, msg))
		}
	}
	for _, f := range issueFields(is) {
		report(-1, -1, f.text, f.name)
	}
	for i, a := range x.articles {
		for _, f := range headFields(a) {
			report(i, -1, f.text, f.name)
		}
		b := 0
		gazette.WalkBlocks(a.Blocks, func(bl *gazette.Block) {
			report(i, b, bl.Text(), "")
			b++
		})
	}
	return fs
}

// missing is a character no face has, where it first occurs and how often.
type missing struct {
	fonts.MissingChar
	count int
}

// groupMissing merges repeated characters, keeping the first position.
func groupMissing(ms []fonts.MissingChar) []missing {
	var out []missing
	seen := map[rune]int{}
	for _, m := range ms {
		if i, ok := seen[m.Rune]; ok {
			out[i].count++
			continue
		}
		seen[m.Rune] = len(out)
		out = append(out, missing{m, 1})
	}
	return out
}

// headFields are the printed texts of an article's head (layout's block -1).
func headFields(a *gazette.Article) []field {
	fs := []field{{"标题", a.Title}, {"文号", a.DocNumber}, {"主送", a.Addressee},
		{"副标题", a.Subtitle}, {"来源", a.Source}, {"公开属性", a.Disclosure}}
	for _, s := range a.Issuers {
		fs = append(fs, field{"发文机关", s})
	}
	return fs
}

// issueFields are the texts of the issue printed outside articles: cover,
// inside cover, running heads and TOC.
func issueFields(is *gazette.Issue) []field {
	c := is.Colophon
	fs := []field{{"刊名", is.Title}, {"主管主办", is.Sponsor}, {"刊期", is.Frequency},
		{"声明", is.Statement}, {"宣传语", is.Slogan},
		{"版权页主管主办", c.Sponsor}, {"编辑出版", c.Publisher}, {"地址", c.Address},
		{"邮编", c.Postcode}, {"印刷", c.Printer}, {"网站", c.Website}, {"联系电话", c.Phone}, {"投稿邮箱", c.Email}}
	for _, e := range is.Board {
		fs = append(fs, field{"编委会", e.Role})
		for _, n := range e.Names {
			fs = append(fs, field{"编委会" + e.Role, n})
		}
	}
	for _, s := range is.Sections {
		fs = append(fs, field{"栏目名", s.Name})
	}
	return fs
}
