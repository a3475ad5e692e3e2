package markup

import (
	"bytes"
	"encoding/base64"
	"image"
	_ "image/jpeg" // image.DecodeConfig for JPEG pictures
	_ "image/png"  // image.DecodeConfig for PNG pictures
	"regexp"
	"strings"

	"gazette/gazette"
)

// pipeCells splits a pipe-table row into its cells, honouring "\|".
func pipeCells(s string) []string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, "\\|") {
		s = s[:len(s)-1]
	}
	var cells []string
	var cur strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '|':
			cur.WriteByte('|')
			i++
		case s[i] == '|':
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(s[i])
		}
	}
	return append(cells, strings.TrimSpace(cur.String()))
}

var pipeSeparator = regexp.MustCompile(`^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$`)

// PipeTable builds a table from GFM pipe rows: rows above the separator
// are header rows; "<<" and "^^" cells merge left and up.
func PipeTable(rows []string) *gazette.Table {
	t := &gazette.Table{}
	var grid [][]string
	for _, r := range rows {
		if pipeSeparator.MatchString(strings.TrimSpace(r)) {
			t.HeaderRows = len(grid)
			continue
		}
		grid = append(grid, pipeCells(r))
	}
	type pos struct{ r, c int }
	// owner[r][c] is the grid position of the cell that covers (r, c).
	owner := make([][]pos, len(grid))
	index := map[pos]*gazette.Cell{}
	t.Rows = make([]gazette.Row, len(grid))
	for r, cells := range grid {
		owner[r] = make([]pos, len(cells))
		t.Rows[r].Cells = make([]gazette.Cell, 0, len(cells))
		for c, txt := range cells {
			switch {
			case txt == "<<" && c > 0:
				o := owner[r][c-1]
				owner[r][c] = o
				if o.r == r {
					if cell := index[o]; cell != nil {
						cell.ColSpan = max(cell.ColSpan, 1) + 1
					}
				}
				continue
			case txt == "^^" && r > 0 && c < len(owner[r-1]):
				o := owner[r-1][c]
				owner[r][c] = o
				if o.c == c {
					if cell := index[o]; cell != nil {
						cell.RowSpan = r - o.r + 1
					}
				}
				continue
			case txt == `\<<`:
				txt = "<<"
			case txt == `\^^`:
				txt = "^^"
			}
			owner[r][c] = pos{r, c}
			t.Rows[r].Cells = append(t.Rows[r].Cells, gazette.Cell{Runs: ParseRuns(txt)})
			index[pos{r, c}] = &t.Rows[r].Cells[len(t.Rows[r].Cells)-1]
		}
	}
	return t
}

var imageLine = regexp.MustCompile(`^!\[([^\]]*)\]\(data:image/(png|jpeg|jpg);base64,([A-Za-z0-9+/=\s]+?)(?:\s+"([^"]*)")?\)$`)

// ImageBlock decodes an image line, or returns false when the line is not
// one or its data is not a picture.
func ImageBlock(s string) (gazette.Block, string, bool) {
	m := imageLine.FindStringSubmatch(s)
	if m == nil {
		return gazette.Block{}, "", false
	}
	what := "图片"
	if m[1] != "" {
		what = "图片“" + m[1] + "”的"
	}
	data, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(m[3]), ""))
	if err != nil {
		return gazette.Block{}, what + "数据不是有效的 base64", true
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return gazette.Block{}, what + "数据无法解码（" + err.Error() + "）", true
	}
	im := &gazette.Image{Name: m[4], Format: format, Data: data, Width: cfg.Width, Height: cfg.Height, Caption: m[1]}
	return gazette.Block{Type: gazette.BlockImage, Image: im}, "", true
}
