package gazette

import "strings"

// BlockType says what a body block is.
type BlockType string

// The types of body block.
const (
	BlockHeading    BlockType = "heading"
	BlockParagraph  BlockType = "paragraph"
	BlockTable      BlockType = "table"
	BlockList       BlockType = "list"
	BlockAttachment BlockType = "attachment"
	BlockSignature  BlockType = "signature" // signature and date lines, set flush right
	BlockImage      BlockType = "image"
	BlockPageBreak  BlockType = "pagebreak"
)

// HeadingKind is the family of a heading.
type HeadingKind string

// The kinds of heading.
const (
	HeadingChapter  HeadingKind = "chapter"  // 第X章
	HeadingSection  HeadingKind = "section"  // 第X节
	HeadingNumbered HeadingKind = "numbered" // 一、（一）1.（1）, Level 1–4
	HeadingPlain    HeadingKind = "plain"    // an unnumbered subheading, set centred
)

// The run-in lead-in marks of a Run: LeadIn holds a numbered level 1–4 for
// 一、/（一）/1./（1）, LeadInArticle for 第X条, or 0 for none.
const (
	LeadInNone    = 0
	LeadInArticle = 9 // 第X条
)

// Block is one element of an article body. Which fields are used depends on
// Type: Runs for headings, paragraphs and signatures (one run list; a
// signature's lines are separated by "\n"), Table, Items for lists,
// Attachment, Image.
type Block struct {
	Type BlockType `json:"type"`
	// Heading fields.
	HeadingKind HeadingKind `json:"heading_kind,omitempty"`
	Level       int         `json:"level,omitempty"` // 1–4 for numbered headings
	// Runs is the inline text of a heading, paragraph or signature.
	Runs       []Run       `json:"runs,omitempty"`
	Table      *Table      `json:"table,omitempty"`
	Items      [][]Run     `json:"items,omitempty"` // list items
	Attachment *Attachment `json:"attachment,omitempty"`
	Image      *Image      `json:"image,omitempty"`
}

// Run is a stretch of inline text with one style.
type Run struct {
	Text string `json:"text"`
	Bold bool   `json:"bold,omitempty"`
	Sup  bool   `json:"sup,omitempty"` // superscript, e.g. m<sup>2</sup>
	Sub  bool   `json:"sub,omitempty"` // subscript
	// LeadIn marks a run-in heading at the start of a paragraph (（一）加快组织落实。
	// or 第三条): a numbered level 1–4, LeadInArticle, or LeadInNone.
	LeadIn int `json:"lead_in,omitempty"`
}

// Table is a grid of cells. Cells covered by another cell's span are left
// out of their row, as in HTML.
type Table struct {
	Rows       []Row `json:"rows"`
	HeaderRows int   `json:"header_rows"` // how many leading rows repeat after a page break
	// Title is a caption printed above the table, if any.
	Title string `json:"title,omitempty"`
}

// Row is one table row.
type Row struct {
	Cells []Cell `json:"cells"`
}

// Cell is one table cell; ColSpan and RowSpan are 0 or 1 for a plain cell.
type Cell struct {
	Runs    []Run `json:"runs"`
	ColSpan int   `json:"col_span,omitempty"`
	RowSpan int   `json:"row_span,omitempty"`
}

// Text returns the cell's text.
func (c Cell) Text() string { return RunsText(c.Runs) }

// Attachment is a 附件 printed after its document: a label (附件1), a title
// and its own blocks.
type Attachment struct {
	Label  string  `json:"label"` // 附件, 附件1 …
	Title  string  `json:"title"`
	Blocks []Block `json:"blocks"`
}

// Image is a picture kept with its article or cover.
type Image struct {
	Name   string `json:"name"`   // original file name
	Format string `json:"format"` // "png" or "jpeg"
	Data   []byte `json:"data"`
	// Width and Height are in pixels.
	Width  int `json:"width"`
	Height int `json:"height"`
	// Caption is printed under the image, if any.
	Caption string `json:"caption,omitempty"`
}

// Text returns the block's own text: its runs, list items, or table cells
// (tab between cells, newline between rows), the attachment's label and
// title. It does not descend into an attachment's blocks.
func (b *Block) Text() string {
	switch b.Type {
	case BlockTable:
		if b.Table == nil {
			return ""
		}
		var sb strings.Builder
		if b.Table.Title != "" {
			sb.WriteString(b.Table.Title)
			sb.WriteByte('\n')
		}
		for i, r := range b.Table.Rows {
			if i > 0 {
				sb.WriteByte('\n')
			}
			for j, c := range r.Cells {
				if j > 0 {
					sb.WriteByte('\t')
				}
				sb.WriteString(c.Text())
			}
		}
		return sb.String()
	case BlockList:
		var parts []string
		for _, it := range b.Items {
			parts = append(parts, RunsText(it))
		}
		return strings.Join(parts, "\n")
	case BlockAttachment:
		if b.Attachment == nil {
			return ""
		}
		return strings.TrimSpace(b.Attachment.Label + "\n" + b.Attachment.Title)
	case BlockImage:
		if b.Image == nil {
			return ""
		}
		return b.Image.Caption
	default:
		return RunsText(b.Runs)
	}
}

// RunsText concatenates the text of runs.
func RunsText(runs []Run) string {
	if len(runs) == 1 {
		return runs[0].Text
	}
	var sb strings.Builder
	for _, r := range runs {
		sb.WriteString(r.Text)
	}
	return sb.String()
}

// Paragraph returns a paragraph block of plain text.
func Paragraph(text string) Block {
	return Block{Type: BlockParagraph, Runs: []Run{{Text: text}}}
}

// Heading returns a numbered heading block of the given level.
func Heading(level int, text string) Block {
	return Block{Type: BlockHeading, HeadingKind: HeadingNumbered, Level: level, Runs: []Run{{Text: text}}}
}

// WalkBlocks calls fn for every block, descending into attachments.
func WalkBlocks(blocks []Block, fn func(*Block)) {
	for i := range blocks {
		fn(&blocks[i])
		if blocks[i].Type == BlockAttachment && blocks[i].Attachment != nil {
			WalkBlocks(blocks[i].Attachment.Blocks, fn)
		}
	}
}

func cloneBlocks(bs []Block) []Block {
	if bs == nil {
		return nil
	}
	out := make([]Block, len(bs))
	for i, b := range bs {
		c := b
		c.Runs = append([]Run(nil), b.Runs...)
		if b.Table != nil {
			t := *b.Table
			t.Rows = make([]Row, len(b.Table.Rows))
			for ri, r := range b.Table.Rows {
				t.Rows[ri].Cells = make([]Cell, len(r.Cells))
				for ci, cell := range r.Cells {
					cell.Runs = append([]Run(nil), cell.Runs...)
					t.Rows[ri].Cells[ci] = cell
				}
			}
			c.Table = &t
		}
		if b.Items != nil {
			c.Items = make([][]Run, len(b.Items))
			for j, it := range b.Items {
				c.Items[j] = append([]Run(nil), it...)
			}
		}
		if b.Attachment != nil {
			at := *b.Attachment
			at.Blocks = cloneBlocks(b.Attachment.Blocks)
			c.Attachment = &at
		}
		if b.Image != nil {
			im := *b.Image
			im.Data = append([]byte(nil), b.Image.Data...)
			c.Image = &im
		}
		out[i] = c
	}
	return out
}
