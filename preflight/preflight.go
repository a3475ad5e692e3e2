// Package preflight checks an issue and its laid-out pages before they go to
// print: characters no font has, overset text and emergency line breaks,
// articles without titles (errors); documents without 文号 or date, empty
// sections, pictures of too low resolution or converted from RGB, blank
// pages added (warnings). Messages are Chinese, each tied to a page, an
// article and a paragraph where one is known.
package preflight

import (
	"fmt"
	"strings"

	"gazette/layout"
)

// Finding is one thing preflight found: an error keeps the issue from print,
// a warning is for the editor to judge.
type Finding struct {
	Error     bool
	Page      int           // page number, 0 when not tied to a page
	Src       layout.SrcPos // Src.Article -1: not in an article; Src.Block -1: the article's head
	ArticleID string        // "" when not in an article
	Article   string        // the article's title ("" when untitled or none)
	Message   string        // Chinese
}

// String returns the finding as a person reads it, e.g.
// "错误 第12页《关于…的通知》第3段：字体缺少字符 U+2A6D6 “𪛖”".
func (f Finding) String() string {
	var b strings.Builder
	if f.Error {
		b.WriteString("错误")
	} else {
		b.WriteString("警告")
	}
	loc := f.Where()
	if loc != "" {
		b.WriteString(" ")
		b.WriteString(loc)
	}
	b.WriteString("：")
	b.WriteString(f.Message)
	return b.String()
}

// Where returns the place of the finding, e.g. "第12页《关于…的通知》第3段",
// or "" when it has none.
func (f Finding) Where() string {
	var b strings.Builder
	if f.Page > 0 {
		fmt.Fprintf(&b, "第%d页", f.Page)
	}
	if f.ArticleID != "" {
		if f.Article != "" {
			b.WriteString("《" + f.Article + "》")
		} else {
			b.WriteString("未命名文章")
		}
		if f.Src.Block >= 0 {
			fmt.Fprintf(&b, "第%d段", f.Src.Block+1)
		}
	}
	return b.String()
}

// Errors returns how many of the findings are errors.
func Errors(fs []Finding) int {
	n := 0
	for _, f := range fs {
		if f.Error {
			n++
		}
	}
	return n
}
