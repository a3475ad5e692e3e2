package e2e

import (
	"encoding/xml"
	"math"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"gazette/assets"
	"gazette/gazette"
	"gazette/layout"
)

// TestOfficialGrid renders the demo issue in the 公文 preset and reads
// every character's place back from the PDF with MuPDF (mutool draw -F
// stext): at least 99 % of the body's full-width characters (3号 16 pt
// FangSong, punctuation included) sit centred in a cell of the GB/T
// 9704-2012 grid — 28 cells across the 156 mm text block — and no body
// line holds more than 28 cells.
func TestOfficialGrid(t *testing.T) {
	needTools(t)
	if _, err := exec.LookPath("mutool"); err != nil {
		t.Fatal("mutool 不在 PATH 中（apt-get install mupdf-tools）")
	}
	is, err := assets.DemoIssue()
	if err != nil {
		t.Fatal(err)
	}
	is.Layout = gazette.OfficialSettings()
	doc, path := render(t, is, printOpt)
	out := run(t, "mutool", "draw", "-q", "-F", "stext", "-o", "-", path)
	var st struct {
		Pages []struct {
			Blocks []struct {
				Lines []struct {
					Fonts []struct {
						Name  string `xml:"name,attr"`
						Size  string `xml:"size,attr"`
						Chars []struct {
							Quad string `xml:"quad,attr"`
							C    string `xml:"c,attr"`
						} `xml:"char"`
					} `xml:"font"`
				} `xml:"line"`
			} `xml:"block"`
		} `xml:"page"`
	}
	if err := xml.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	if len(st.Pages) != len(doc.Pages) {
		t.Fatalf("%d pages read, %d laid out", len(st.Pages), len(doc.Pages))
	}
	bleed := layout.MM(is.Layout.Bleed)
	total, onGrid, lines := 0, 0, 0
	for pi, p := range st.Pages {
		lp := doc.Pages[pi]
		if lp.Kind != layout.PageBody {
			continue
		}
		cells := int(math.Round(lp.Block.W / 16))
		cell := lp.Block.W / float64(cells)
		if cells != 28 {
			t.Fatalf("page %d: %d cells across a %.1f mm block, want 28 in 156 mm", pi+1, cells, lp.Block.W*25.4/72)
		}
		for _, b := range p.Blocks {
			for _, l := range b.Lines {
				used := 0.0
				for _, f := range l.Fonts {
					if f.Size != "16" || !strings.Contains(f.Name, "Fandol") {
						continue
					}
					for _, c := range f.Chars {
						q := strings.Fields(c.Quad)
						x0, _ := strconv.ParseFloat(q[0], 64)
						x1, _ := strconv.ParseFloat(q[2], 64)
						if x1-x0 < 0.9*16 {
							continue // half-width: digits and Latin take whole cells as a run
						}
						total++
						pos := (x0 - bleed - lp.Block.X - (cell-(x1-x0))/2) / cell
						if math.Abs(pos-math.Round(pos)) < 0.01 {
							onGrid++
						} else if total-onGrid <= 20 {
							t.Logf("off grid: page %d %q at cell %.2f", pi+1, c.C, pos)
						}
						used = max(used, math.Round(pos)+1)
					}
				}
				if used > 28 {
					t.Errorf("page %d: a line reaches cell %.0f", pi+1, used)
				}
				if used > 0 {
					lines++
				}
			}
		}
	}
	t.Logf("%d of %d body characters on the grid, %d lines", onGrid, total, lines)
	if total < 2000 || onGrid*100 < total*99 {
		t.Errorf("%d of %d body characters on the 28-cell grid, want 99 %%", onGrid, total)
	}
}
