package exchange

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"gazette/gazette"
)

// WriteText writes the issue in the text form ReadText reads exactly
// (textread.go describes it): the masthead, board and colophon as the
// printed issue shows them, then each article — its head, body, disclosure
// note and attachments — with gazette comments carrying what the text
// cannot show (kinds, sections, layout settings), so that
// ReadText(WriteText(is)) gives the same issue apart from IDs and times.
// Each block is written as text only where that text reads back into the
// very block; any other is written as a gazette:block comment. The cover
// image is not written.
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
	t.para(commentText(name, v))
}

// commentText is a gazette comment holding v as JSON.
func commentText(name string, v any) string {
	b, _ := json.Marshal(v)
	// "--" cannot occur in JSON outside strings; inside, escape it.
	return "<!-- gazette:" + name + " " + strings.ReplaceAll(string(b), "--", `-\u002d`) + " -->"
}

func (t *textWriter) masthead(is *gazette.Issue) {
	t.comment("issue", issueMeta(is))
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
	for _, f := range gazette.ColophonFields {
		label := c.Label(f.Key)
		if f.Key == "website" && label == f.Label {
			label = is.Title + label
		}
		if v := *f.Value(&c); v != "" {
			t.para(label + "：" + v)
		}
	}
}

// headLine writes one head line of an article, for people (the article
// comment holds the head): on one line, never blank, never a comment.
func (t *textWriter) headLine(s string) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || textComment.MatchString(s) {
		s = "- " + s
	}
	t.para(s)
}

func (t *textWriter) article(section string, a *gazette.Article) {
	t.comment("article", articleMeta(section, a))
	t.headLine("# " + a.Title)
	if a.DocNumber != "" || a.Date != "" {
		t.headLine(a.DocNumber + " " + a.DateLabel())
	}
	if showIssuers(a) {
		t.headLine(strings.Join(a.Issuers, " "))
	}
	if a.Addressee != "" {
		t.headLine(a.Addressee + "：")
	}
	if a.Subtitle != "" {
		t.headLine(a.Subtitle)
	}
	// The attachments that end the body are written after its note; a
	// block after an attachment keeps its place, the attachment before it
	// written as a block comment.
	tail := len(a.Blocks)
	for tail > 0 && a.Blocks[tail-1].Type == gazette.BlockAttachment {
		tail--
	}
	for i := range a.Blocks[:tail] {
		t.para(leafText(&a.Blocks[i]))
	}
	if a.Disclosure != "" {
		t.headLine("（此件" + a.Disclosure + "）")
	}
	for i := range a.Blocks[tail:] {
		t.attachment(&a.Blocks[tail+i])
	}
	if a.Source != "" {
		t.headLine("（来源：" + a.Source + "）")
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

// attachment writes an attachment at the end of an article: its label,
// its title, its blocks — or, where the label is not one ReadText knows, a
// block comment holding it.
func (t *textWriter) attachment(b *gazette.Block) {
	at := b.Attachment
	if at == nil || at.Blocks == nil || !attachmentLabel.MatchString(at.Label) || strings.ContainsAny(at.Title, "\r\n") ||
		at.Title != strings.TrimSpace(at.Title) {
		t.para(commentText("block", b))
		return
	}
	t.para(at.Label)
	if at.Title != "" {
		t.para("## " + at.Title)
	}
	for i := range at.Blocks {
		t.para(leafText(&at.Blocks[i]))
	}
}

// leafText is the text form of a block in a body: its usual text when that
// reads back into the very block, else the same with "- " (a paragraph kept
// as written), else a gazette:block comment holding the block.
func leafText(b *gazette.Block) string {
	if s, ok := usualText(b); ok && readsBack(s, b) {
		return s
	}
	if b.Type == gazette.BlockParagraph {
		if s := "- " + runsText(b.Runs); readsBack(s, b) {
			return s
		}
	}
	return commentText("block", b)
}

// readsBack reports whether ReadText reads s, in a body, as the block b.
func readsBack(s string, b *gazette.Block) bool {
	cs := chunksOf(s, 1)
	if len(cs) != 1 {
		return false
	}
	c := cs[0]
	first := strings.TrimSpace(c.lines[0])
	if len(c.lines) == 1 && attachmentLabel.MatchString(c.lines[0]) || strings.HasPrefix(first, "#") && b.Type != gazette.BlockHeading {
		return false // read as an attachment's label or title
	}
	if _, _, isComment := c.comment(); isComment && b.Type != gazette.BlockPageBreak {
		return false
	}
	got, ok, err := readBlock(c)
	if err != nil || !ok {
		return false
	}
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(b)
	return string(g) == string(w)
}

// usualText is the text a block is written as, or false for a block that
// has none (an attachment inside a body, a picture without data).
func usualText(b *gazette.Block) (string, bool) {
	switch b.Type {
	case gazette.BlockHeading:
		return "### " + runsText(b.Runs), true
	case gazette.BlockParagraph:
		return runsText(b.Runs), true
	case gazette.BlockList:
		var items []string
		for _, it := range b.Items {
			items = append(items, runsText(it))
		}
		return strings.Join(items, "  \n"), true
	case gazette.BlockSignature:
		return "<!-- gazette:signature -->\n" + runsText(b.Runs), true
	case gazette.BlockPageBreak:
		return "<!-- gazette:pagebreak -->", true
	case gazette.BlockImage:
		if b.Image == nil {
			return "", false
		}
		format := b.Image.Format
		if format == "jpg" {
			format = "jpeg"
		}
		s := "![" + b.Image.Caption + "](data:image/" + format + ";base64," + base64.StdEncoding.EncodeToString(b.Image.Data)
		if b.Image.Name != "" {
			s += ` "` + b.Image.Name + `"`
		}
		return s + ")", true
	case gazette.BlockTable:
		if b.Table == nil {
			return "", false
		}
		return tableText(b.Table), true
	}
	return "", false
}

// tableText is a pipe table, with "<<" and "^^" for spanned cells and the
// separator under the header rows, its caption in a comment above it.
func tableText(tb *gazette.Table) string {
	var sb strings.Builder
	if tb.Title != "" {
		sb.WriteString("<!-- gazette:caption " + strings.ReplaceAll(tb.Title, "--", "－－") + " -->\n")
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
	for r, line := range grid {
		if r == tb.HeaderRows && r > 0 {
			sb.WriteString("|" + strings.Repeat(" --- |", cols) + "\n")
		}
		sb.WriteString("| " + strings.Join(line, " | ") + " |\n")
	}
	if tb.HeaderRows >= len(grid) && len(grid) > 0 {
		sb.WriteString("|" + strings.Repeat(" --- |", cols) + "\n")
	}
	return strings.TrimRight(sb.String(), "\n")
}
