package exchange

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"gazette/exchange/markup"
	"gazette/gazette"
)

// The text form is read exactly: no heuristics, no normalisation. The
// gazette:issue comment that opens it holds the masthead; each
// gazette:section and gazette:article comment opens a section or an
// article whose head the comment holds; the chunks (runs of non-blank
// lines) after the head lines are the body blocks, one chunk a block:
//
//	### text                  a heading (its kind and level from its numbering)
//	text                      a paragraph; opening with a numbering mark in
//	                          bold (**一、…。**) or 第X条 and a space, its lead-in
//	- text                    a paragraph as written (no lead-in, not a label)
//	line␠␠ / line             a list, one item a line (hard breaks)
//	<!-- gazette:signature --> and lines   a signature
//	<!-- gazette:caption T --> and | rows   a table (| a | << | ^^ |)
//	![caption](data:…)        an image
//	<!-- gazette:pagebreak --> a page break
//	<!-- gazette:block JSON -->  any block the lines above cannot show exactly
//	附件1, ## title, blocks    an attachment (after the body and its note)
//
// The last body chunk before the first attachment is the disclosure note
// when the article has one, and the article's last chunk its source.

// textComment is a comment line of the text form.
var textComment = regexp.MustCompile(`^<!--\s*gazette:([a-z-]+)\s*(.*?)\s*-->$`)

// attachmentLabel is the label line that opens an attachment.
var attachmentLabel = regexp.MustCompile(`^附件[0-9０-９一二三四五六七八九十]*$`)

// IsText reports whether text is the text form WriteText writes: its first
// non-blank line is the gazette:issue comment.
func IsText(text string) bool {
	text = strings.TrimPrefix(text, "\uFEFF")
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		if t := strings.TrimSpace(line); t != "" {
			m := textComment.FindStringSubmatch(t)
			return m != nil && m[1] == "issue"
		}
		text = rest
	}
	return false
}

// chunk is a run of non-blank lines of the text form; line is the 1-based
// number of its first.
type chunk struct {
	line  int
	lines []string
}

// comment returns the name and payload of a chunk that is one comment line.
func (c chunk) comment() (string, string, bool) {
	if len(c.lines) != 1 {
		return "", "", false
	}
	m := textComment.FindStringSubmatch(strings.TrimSpace(c.lines[0]))
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// chunksOf cuts text into chunks; first numbers its first line.
func chunksOf(text string, first int) []chunk {
	var out []chunk
	var cur *chunk
	for i, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(l) == "" {
			cur = nil
			continue
		}
		if cur == nil {
			out = append(out, chunk{line: first + i})
			cur = &out[len(out)-1]
		}
		cur.lines = append(cur.lines, l)
	}
	return out
}

// ReadText reads the text form WriteText writes — also as written by
// earlier versions — back into the issue, exactly: the issue read is the
// one written, apart from IDs, times and the cover image. name labels the
// errors, which name the line.
func ReadText(name, text string) (*gazette.Issue, error) {
	text = strings.ToValidUTF8(strings.TrimPrefix(text, "\uFEFF"), "\uFFFD")
	cs := chunksOf(text, 1)
	if len(cs) == 0 {
		return nil, fmt.Errorf("%s: 没有可导入的内容", name)
	}
	kind, payload, ok := cs[0].comment()
	if !ok || kind != "issue" {
		return nil, fmt.Errorf("%s:%d: 不是交换文本（第一行应是 gazette:issue 注释）", name, cs[0].line)
	}
	var m IssueMeta
	if err := json.Unmarshal([]byte(payload), &m); err != nil {
		return nil, fmt.Errorf("%s:%d: 刊物元数据不是有效的 JSON：%v", name, cs[0].line, err)
	}
	if !m.Unit.Valid() {
		return nil, fmt.Errorf("%s:%d: 刊物元数据的期号单位（unit）“%s”无效，应为“期”或“号”", name, cs[0].line, m.Unit)
	}
	is := gazette.New("", 0, 0)
	is.Frequency, is.Statement = "", ""
	is.Sections = []gazette.Section{}
	m.apply(is)
	r := textReader{name: name, is: is}
	if err := r.sections(cs[1:]); err != nil {
		return nil, err
	}
	return is, nil
}

// textReader reads the sections and articles of the text form.
type textReader struct {
	name    string
	is      *gazette.Issue
	section string
}

func (r *textReader) errorf(line int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", r.name, line, fmt.Sprintf(format, args...))
}

// sections reads the chunks after the masthead: the masthead's printed
// lines (for people; the issue comment holds them) up to the first section
// or article comment, then the sections and their articles.
func (r *textReader) sections(cs []chunk) error {
	var meta *ArticleMeta
	var metaLine, from int
	flush := func(to int) error {
		if meta == nil {
			return nil
		}
		a, err := r.article(meta, metaLine, cs[from:to])
		if err != nil {
			return err
		}
		sec := meta.Section
		if sec == "" {
			sec = r.section
		}
		r.is.AddArticle(sec, a)
		return nil
	}
	for i, c := range cs {
		kind, payload, ok := c.comment()
		if !ok || (kind != "section" && kind != "article") {
			continue
		}
		if err := flush(i); err != nil {
			return err
		}
		meta = nil
		switch kind {
		case "section":
			var s struct {
				Name string `json:"name"`
			}
			if err := json.Unmarshal([]byte(payload), &s); err != nil {
				return r.errorf(c.line, "栏目注释不是有效的 JSON：%v", err)
			}
			r.section = s.Name
			if r.is.Section(s.Name) == nil {
				r.is.Sections = append(r.is.Sections, gazette.Section{ID: gazette.NewID(), Name: s.Name, Articles: []gazette.Article{}})
			}
		case "article":
			meta = &ArticleMeta{}
			if err := json.Unmarshal([]byte(payload), meta); err != nil {
				return r.errorf(c.line, "文章元数据不是有效的 JSON：%v", err)
			}
			metaLine, from = c.line, i+1
		}
	}
	return flush(len(cs))
}

// article reads one article's chunks after its comment: the head lines
// (skipped: the comment holds the head), the body, its disclosure note,
// its attachments and its source.
func (r *textReader) article(m *ArticleMeta, line int, cs []chunk) (gazette.Article, error) {
	a := m.article()
	if h := headChunks(&a); h <= len(cs) {
		cs = cs[h:]
	} else {
		return a, r.errorf(line, "文章《%s》的标题、文号等行不全", a.Title)
	}
	if a.Source != "" {
		if len(cs) == 0 {
			return a, r.errorf(line, "文章《%s》缺少来源行", a.Title)
		}
		cs = cs[:len(cs)-1]
	}
	att := len(cs)
	for i, c := range cs {
		if len(c.lines) == 1 && attachmentLabel.MatchString(c.lines[0]) {
			att = i
			break
		}
	}
	body := cs[:att]
	if a.Disclosure != "" {
		if len(body) == 0 {
			return a, r.errorf(line, "文章《%s》缺少公开属性行", a.Title)
		}
		body = body[:len(body)-1]
	}
	var err error
	if a.Blocks, err = r.blocks(body); err != nil {
		return a, err
	}
	for i := att; i < len(cs); {
		j := i + 1
		for j < len(cs) && !(len(cs[j].lines) == 1 && attachmentLabel.MatchString(cs[j].lines[0])) {
			j++
		}
		at := &gazette.Attachment{Label: cs[i].lines[0]}
		rest := cs[i+1 : j]
		if len(rest) > 0 && len(rest[0].lines) == 1 && strings.HasPrefix(rest[0].lines[0], "## ") {
			at.Title, rest = rest[0].lines[0][3:], rest[1:]
		}
		if at.Blocks, err = r.blocks(rest); err != nil {
			return a, err
		}
		a.Blocks = append(a.Blocks, gazette.Block{Type: gazette.BlockAttachment, Attachment: at})
		i = j
	}
	return a, nil
}

// blocks reads body chunks, one block each (a break comment is none).
func (r *textReader) blocks(cs []chunk) ([]gazette.Block, error) {
	out := []gazette.Block{}
	for _, c := range cs {
		b, ok, err := readBlock(c)
		if err != nil {
			return nil, r.errorf(c.line, "%v", err)
		}
		if ok {
			out = append(out, b)
		}
	}
	return out, nil
}

// readBlock reads one body chunk into its block; ok is false for a chunk
// that holds none (a break comment, kept from earlier versions).
func readBlock(c chunk) (b gazette.Block, ok bool, err error) {
	if kind, payload, isComment := c.comment(); isComment {
		switch kind {
		case "break":
			return b, false, nil
		case "pagebreak":
			return gazette.Block{Type: gazette.BlockPageBreak}, true, nil
		case "block":
			if err := json.Unmarshal([]byte(payload), &b); err != nil {
				return b, false, fmt.Errorf("块注释不是有效的 JSON：%v", err)
			}
			return b, true, nil
		}
	}
	first := c.lines[0]
	switch {
	case strings.TrimSpace(first) == "<!-- gazette:signature -->":
		return gazette.Block{Type: gazette.BlockSignature, Runs: markup.ParseRuns(strings.Join(c.lines[1:], "\n"))}, true, nil
	case strings.HasPrefix(first, "|") || strings.HasPrefix(first, "<!-- gazette:caption"):
		return tableBlock(c.lines), true, nil
	case len(c.lines) == 1 && strings.HasPrefix(first, "### "):
		return headingBlock(first[4:]), true, nil
	case len(c.lines) == 1 && strings.HasPrefix(first, "!["):
		if im, msg, isImage := markup.ImageBlock(first); isImage && msg == "" {
			return im, true, nil
		}
	case len(c.lines) > 1 && hardBroken(c.lines):
		l := gazette.Block{Type: gazette.BlockList}
		for i, s := range c.lines {
			if i < len(c.lines)-1 {
				s = s[:len(s)-2]
			}
			l.Items = append(l.Items, markup.ParseRuns(s))
		}
		return l, true, nil
	}
	return paragraphBlock(strings.Join(c.lines, "\n")), true, nil
}

// hardBroken reports whether every line but the last ends in a Markdown
// hard break (two spaces): a list, one item a line.
func hardBroken(lines []string) bool {
	for _, l := range lines[:len(lines)-1] {
		if !strings.HasSuffix(l, "  ") {
			return false
		}
	}
	return true
}

// tableBlock reads a pipe table, with the caption comment above it.
func tableBlock(lines []string) gazette.Block {
	caption := ""
	if m := textComment.FindStringSubmatch(strings.TrimSpace(lines[0])); m != nil && m[1] == "caption" {
		caption, lines = m[2], lines[1:]
	}
	tb := markup.PipeTable(lines)
	tb.Title = caption
	return gazette.Block{Type: gazette.BlockTable, Table: tb}
}

// headingBlock reads a heading: its kind and level are its numbering's.
func headingBlock(text string) gazette.Block {
	b := gazette.Block{Type: gazette.BlockHeading, HeadingKind: gazette.HeadingPlain, Runs: markup.ParseRuns(text)}
	switch nb := markup.NumberingOf(markup.Plain(text)); {
	case nb.Clause || nb.Marker == "":
	case nb.Kind == gazette.HeadingNumbered:
		b.HeadingKind, b.Level = nb.Kind, nb.Level
	default:
		b.HeadingKind = nb.Kind
	}
	return b
}

// paragraphBlock reads a paragraph: "- " keeps it as written; otherwise a
// numbered lead-in in bold, or 第X条 and a space, is its lead-in run.
func paragraphBlock(text string) gazette.Block {
	b := gazette.Block{Type: gazette.BlockParagraph}
	if rest, ok := strings.CutPrefix(text, "- "); ok {
		b.Runs = markup.ParseRuns(rest)
		return b
	}
	nb := markup.NumberingOf(markup.Plain(text))
	switch {
	case nb.Clause && strings.HasPrefix(text, nb.Marker):
		b.Runs = []gazette.Run{{Text: nb.Marker, LeadIn: gazette.LeadInArticle}}
		if rest := strings.TrimPrefix(text[len(nb.Marker):], " "); rest != "" {
			b.Runs = append(b.Runs, markup.ParseRuns(rest)...)
		}
		return b
	case nb.Kind == gazette.HeadingNumbered:
		b.Runs = markup.ParseRuns(text)
		if r := &b.Runs[0]; r.Bold && !r.Sup && !r.Sub && strings.HasPrefix(r.Text, nb.Marker) {
			r.Bold, r.LeadIn = false, nb.Level
		}
		return b
	}
	b.Runs = markup.ParseRuns(text)
	return b
}
