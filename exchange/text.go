package exchange

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"gazette/gazette"
	"gazette/importer"
)

// WriteText writes the issue in the text dialect importer.ParseIssue reads
// (documented in importer/blocks.go): the masthead, board and colophon as
// the printed issue shows them, then each article — its head, body,
// disclosure note and attachments — with gazette comments carrying what
// the text cannot show (kinds, sections, layout settings), so that
// importer.ParseIssue(WriteText(is)) gives the same issue apart from IDs and
// times. The cover image is not written.
func WriteText(w io.Writer, is *gazette.Issue) error {
	bw := bufio.NewWriter(w)
	t := &textWriter{w: bw}
	t.masthead(is)
	for _, s := range is.Sections {
		t.comment("section", map[string]string{"name": s.Name})
		for i := range s.Articles {
			t.article(s.Name, &s.Articles[i])
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("exchange: 写出文本：%w", err)
	}
	return nil
}

type textWriter struct {
	w *bufio.Writer
}

// para writes one paragraph followed by a blank line.
func (t *textWriter) para(s string) {
	t.w.WriteString(s)
	t.w.WriteString("\n\n")
}

func (t *textWriter) comment(name string, v any) {
	b, _ := json.Marshal(v)
	// "--" cannot occur in JSON outside strings; inside, escape it.
	s := strings.ReplaceAll(string(b), "--", `-\u002d`)
	t.para("<!-- gazette:" + name + " " + s + " -->")
}

func (t *textWriter) masthead(is *gazette.Issue) {
	cover := is.Cover
	cover.Image = nil
	layout := is.Layout
	t.comment("issue", importer.IssueMeta{Title: is.Title, Sponsor: is.Sponsor, Frequency: is.Frequency, Year: is.Year,
		Number: is.Number, TotalNumber: is.TotalNumber, Date: is.Date, Statement: is.Statement, Slogan: is.Slogan,
		Board: is.Board, Colophon: is.Colophon, Cover: &cover, Layout: &layout, Status: is.Status})
	if is.Sponsor != "" {
		t.para("# " + is.Sponsor + "主管主办")
	}
	if is.Title != "" {
		t.para("# " + is.Title)
	}
	if is.Frequency != "" {
		t.para("（" + is.Frequency + "）")
	}
	if is.Year > 0 {
		s := is.Label()
		if is.TotalNumber > 0 {
			s += "  \n（" + is.TotalLabel() + "）"
		}
		t.para(s)
	}
	if is.Statement != "" {
		t.para("● " + is.Statement)
	}
	if is.Slogan != "" {
		t.para("# " + is.Slogan)
	}
	if len(is.Board) > 0 {
		t.para("## 编辑委员会")
		var lines []string
		for _, e := range is.Board {
			lines = append(lines, e.Role+"："+strings.Join(e.Names, " "))
		}
		t.para(strings.Join(lines, "  \n"))
	}
	c := is.Colophon
	for _, f := range []struct{ label, v string }{
		{"主管主办", c.Sponsor}, {"编辑出版", c.Publisher}, {"地址", c.Address}, {"邮编", c.Postcode},
		{"印刷", c.Printer}, {is.Title + "网站", c.Website}, {"联系电话", c.Phone}, {"投稿邮箱", c.Email},
	} {
		if f.v != "" {
			t.para(f.label + "：" + f.v)
		}
	}
}

func (t *textWriter) article(section string, a *gazette.Article) {
	t.comment("article", importer.ArticleMeta{Section: section, Kind: a.Kind, Title: a.Title, TitleLines: a.TitleLines,
		Issuers: a.Issuers, DocNumber: a.DocNumber, Date: a.Date, Addressee: a.Addressee, Disclosure: a.Disclosure,
		Subtitle: a.Subtitle, Source: a.Source})
	t.para("# " + a.Title)
	if a.DocNumber != "" || a.Date != "" {
		t.para(strings.TrimSpace(a.DocNumber + " " + a.DateLabel()))
	}
	if len(a.Issuers) > 1 || (len(a.Issuers) == 1 && !strings.HasPrefix(a.Title, a.Issuers[0])) {
		t.para(strings.Join(a.Issuers, " "))
	}
	if a.Addressee != "" {
		t.para(a.Addressee + "：")
	}
	if a.Subtitle != "" {
		t.para(a.Subtitle)
	}
	var atts []gazette.Block
	for _, b := range a.Blocks {
		if b.Type == gazette.BlockAttachment {
			atts = append(atts, b)
			continue
		}
		t.block(&b)
	}
	if a.Disclosure != "" {
		t.para("（此件" + a.Disclosure + "）")
	}
	for _, b := range atts {
		t.block(&b)
	}
	if a.Source != "" {
		t.para("（来源：" + a.Source + "）")
	}
}

// runsText writes runs with their inline markup.
func runsText(runs []gazette.Run) string {
	var sb strings.Builder
	for i, r := range runs {
		s := r.Text
		switch {
		case r.LeadIn != 0 && i == 0 && r.LeadIn != gazette.LeadInArticle:
			s = "**" + s + "**"
		case r.LeadIn == gazette.LeadInArticle && i == 0:
			s += " "
		case r.Bold:
			s = "**" + s + "**"
		}
		if r.Sup {
			s = "<sup>" + s + "</sup>"
		}
		if r.Sub {
			s = "<sub>" + s + "</sub>"
		}
		sb.WriteString(s)
	}
	return sb.String()
}

func (t *textWriter) block(b *gazette.Block) {
	switch b.Type {
	case gazette.BlockHeading:
		t.para("### " + runsText(b.Runs))
	case gazette.BlockParagraph:
		s := runsText(b.Runs)
		if len(b.Runs) > 0 && b.Runs[0].LeadIn == 0 && importer.IsNumbered(s) || startsLikeBlock(s) {
			// A numbered paragraph without a lead-in, or one that starts
			// like another block: the list-item mark keeps the importer
			// from reading it as a heading, a table or a list item.
			s = "- " + s
		}
		t.para(s)
		if importer.OpenEnded(b.Text()) {
			t.para("<!-- gazette:break -->")
		}
	case gazette.BlockList:
		var items []string
		for _, it := range b.Items {
			items = append(items, runsText(it))
		}
		t.para(strings.Join(items, "  \n"))
	case gazette.BlockSignature:
		t.w.WriteString("<!-- gazette:signature -->\n")
		t.para(runsText(b.Runs))
	case gazette.BlockPageBreak:
		t.para("<!-- gazette:pagebreak -->")
	case gazette.BlockImage:
		if b.Image != nil {
			format := b.Image.Format
			if format == "jpg" {
				format = "jpeg"
			}
			s := "![" + b.Image.Caption + "](data:image/" + format + ";base64," + base64.StdEncoding.EncodeToString(b.Image.Data)
			if b.Image.Name != "" {
				s += ` "` + b.Image.Name + `"`
			}
			t.para(s + ")")
		}
	case gazette.BlockTable:
		if b.Table != nil {
			t.table(b.Table)
		}
	case gazette.BlockAttachment:
		if b.Attachment == nil {
			return
		}
		t.para(b.Attachment.Label)
		if b.Attachment.Title != "" {
			t.para("## " + b.Attachment.Title)
		}
		for i := range b.Attachment.Blocks {
			t.block(&b.Attachment.Blocks[i])
		}
	}
}

// table writes a pipe table, with "<<" and "^^" for spanned cells and the
// separator under the header rows.
func (t *textWriter) table(tb *gazette.Table) {
	if tb.Title != "" {
		t.w.WriteString("<!-- gazette:caption " + strings.ReplaceAll(tb.Title, "--", "－－") + " -->\n")
	}
	// Lay the cells out on a grid, as HTML does.
	var grid [][]string
	taken := map[[2]int]string{}
	cols := 0
	for r, row := range tb.Rows {
		var line []string
		c := 0
		place := func() {
			for {
				if v, ok := taken[[2]int{r, c}]; ok {
					line = append(line, v)
					c++
					continue
				}
				return
			}
		}
		for _, cell := range row.Cells {
			place()
			txt := runsText(cell.Runs)
			switch txt {
			case "<<", "^^":
				txt = `\` + txt
			}
			txt = strings.ReplaceAll(strings.ReplaceAll(txt, "|", `\|`), "\n", " ")
			line = append(line, txt)
			cs, rs := max(cell.ColSpan, 1), max(cell.RowSpan, 1)
			for k := 1; k < cs; k++ {
				line = append(line, "<<")
			}
			for dr := 1; dr < rs; dr++ {
				taken[[2]int{r + dr, c}] = "^^"
				for k := 1; k < cs; k++ {
					taken[[2]int{r + dr, c + k}] = "<<"
				}
			}
			c += cs
		}
		place()
		cols = max(cols, len(line))
		grid = append(grid, line)
	}
	var sb strings.Builder
	for r, line := range grid {
		if r == tb.HeaderRows && r > 0 {
			sb.WriteString("|" + strings.Repeat(" --- |", cols) + "\n")
		}
		sb.WriteString("| " + strings.Join(line, " | ") + " |\n")
	}
	if tb.HeaderRows >= len(grid) && len(grid) > 0 {
		sb.WriteString("|" + strings.Repeat(" --- |", cols) + "\n")
	}
	t.para(strings.TrimRight(sb.String(), "\n"))
}

// startsLikeBlock reports whether a paragraph's text starts as the text
// form writes another block: a table row, a heading, a list item.
func startsLikeBlock(s string) bool {
	for _, p := range []string{"|", "#", "- ", "* "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
