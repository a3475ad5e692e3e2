package e2e

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// needTools fails the test when the PDF tools it checks with are missing
// (make deps installs them): a check that did not run must not pass.
func needTools(t testing.TB) {
	t.Helper()
	for _, tool := range []string{"pdffonts", "pdfinfo", "pdftotext", "qpdf"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("缺少 %s（make deps 或 apt-get install poppler-utils qpdf），无法做端到端 PDF 检查", tool)
		}
	}
}

// run runs a tool and returns its standard output; a failure fails the test.
func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	out, err := cmd.Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out, msg)
	}
	return string(out)
}

// fontRow is one line of pdffonts.
type fontRow struct {
	name, typ     string
	emb, sub, uni bool
}

func pdfFonts(t testing.TB, path string) []fontRow {
	lines := strings.Split(strings.TrimRight(run(t, "pdffonts", path), "\n"), "\n")
	var rows []fontRow
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		if len(f) < 7 {
			continue
		}
		n := len(f)
		rows = append(rows, fontRow{name: f[0], typ: strings.Join(f[1:n-6], " "),
			emb: f[n-5] == "yes", sub: f[n-4] == "yes", uni: f[n-3] == "yes"})
	}
	return rows
}

// pageBoxes is a page's boxes from pdfinfo -box, in pt.
type pageBoxes struct{ media, trim, bleed [4]float64 }

func pdfBoxes(t testing.TB, path string) []pageBoxes {
	out := run(t, "pdfinfo", "-box", "-f", "1", "-l", "100000", path)
	re := regexp.MustCompile(`(?m)^Page\s+(\d+)\s+(MediaBox|TrimBox|BleedBox):\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)`)
	var pages []pageBoxes
	for _, m := range re.FindAllStringSubmatch(out, -1) {
		n, _ := strconv.Atoi(m[1])
		for len(pages) < n {
			pages = append(pages, pageBoxes{})
		}
		var b [4]float64
		for i := range b {
			b[i], _ = strconv.ParseFloat(m[3+i], 64)
		}
		switch m[2] {
		case "MediaBox":
			pages[n-1].media = b
		case "TrimBox":
			pages[n-1].trim = b
		case "BleedBox":
			pages[n-1].bleed = b
		}
	}
	return pages
}

// pageTexts returns the text of every page (pdftotext, reading order).
func pageTexts(t testing.TB, path string) []string {
	pages := strings.Split(run(t, "pdftotext", "-enc", "UTF-8", path, "-"), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}

// bword is a word of pdftotext -bbox-layout.
type bword struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

// bboxLines returns, per page, the lines of pdftotext -bbox-layout as
// lists of words.
func bboxLines(t testing.TB, path string) [][][]bword {
	out := run(t, "pdftotext", "-bbox-layout", "-enc", "UTF-8", path, "-")
	out = regexp.MustCompile(`<!DOCTYPE[^>]*>`).ReplaceAllString(out, "")
	type word struct {
		XMin float64 `xml:"xMin,attr"`
		YMin float64 `xml:"yMin,attr"`
		XMax float64 `xml:"xMax,attr"`
		YMax float64 `xml:"yMax,attr"`
		Text string  `xml:",chardata"`
	}
	type line struct {
		Words []word `xml:"word"`
	}
	type block struct {
		Lines []line `xml:"line"`
	}
	type flow struct {
		Blocks []block `xml:"block"`
	}
	type page struct {
		Flows []flow `xml:"flow"`
	}
	var doc struct {
		Body struct {
			Doc struct {
				Pages []page `xml:"page"`
			} `xml:"doc"`
		} `xml:"body"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("pdftotext -bbox-layout: %v", err)
	}
	var res [][][]bword
	for _, p := range doc.Body.Doc.Pages {
		var lines [][]bword
		for _, f := range p.Flows {
			for _, b := range f.Blocks {
				for _, l := range b.Lines {
					var ws []bword
					for _, w := range l.Words {
						if strings.TrimSpace(w.Text) != "" {
							ws = append(ws, bword{w.Text, w.XMin, w.YMin, w.XMax, w.YMax})
						}
					}
					if len(ws) > 0 {
						lines = append(lines, ws)
					}
				}
			}
		}
		res = append(res, lines)
	}
	return res
}

// Marks of GB/T 15834 that must not start or end a line (docs/typesetting.md §1;
// the set pdfcheck.py checks).
const (
	closingMarks = "，。、；：？！）》」』】〕,.;:?!"
	openingMarks = "（《「『【〔"
)

// kinsokuViolations returns the lines that start with a closing mark or end
// with an opening mark, ignoring a pdftotext "line" that merely continues
// another on the same baseline (a word of another line sits right before
// its start, or right after its end), as pdfcheck.py does.
func kinsokuViolations(pages [][][]bword) []string {
	var out []string
	for pi, lines := range pages {
		neighbour := func(li int, w bword, left bool) bool {
			h := max(w.yMax-w.yMin, 1)
			for lj, ws := range lines {
				if lj == li {
					continue
				}
				for _, o := range ws {
					if abs(o.yMax-w.yMax) > 0.3*h {
						continue
					}
					if left && o.xMin < w.xMin && o.xMax >= w.xMin-0.3*h && o.xMax <= w.xMin+0.9*h {
						return true
					}
					if !left && o.xMax > w.xMax && o.xMin >= w.xMax-0.9*h && o.xMin <= w.xMax+0.3*h {
						return true
					}
				}
			}
			return false
		}
		for li, ws := range lines {
			var b strings.Builder
			for _, w := range ws {
				b.WriteString(w.text)
			}
			rs := []rune(strings.TrimSpace(b.String()))
			if len(rs) == 0 {
				continue
			}
			if strings.ContainsRune(closingMarks, rs[0]) && !neighbour(li, ws[0], true) {
				out = append(out, "第"+strconv.Itoa(pi+1)+"页行首标点："+string(rs[:min(len(rs), 20)]))
			}
			if strings.ContainsRune(openingMarks, rs[len(rs)-1]) && !neighbour(li, ws[len(ws)-1], false) {
				out = append(out, "第"+strconv.Itoa(pi+1)+"页行尾标点："+string(rs[max(0, len(rs)-20):]))
			}
		}
	}
	return out
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// notdefCodes counts the glyph code 0 (.notdef) shown by the content
// streams, read from qpdf's uncompressed QDF form.
func notdefCodes(t testing.TB, path string) int {
	qdf := filepath.Join(t.TempDir(), "qdf.pdf")
	run(t, "qpdf", "--qdf", "--object-streams=disable", path, qdf)
	raw, err := os.ReadFile(qdf)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	tj := regexp.MustCompile(`\[((?:<[0-9A-Fa-f]*>|[-\d.\s])*)\]\s*TJ`)
	hex := regexp.MustCompile(`<([0-9A-Fa-f]*)>`)
	for _, m := range tj.FindAllSubmatch(raw, -1) {
		for _, h := range hex.FindAllSubmatch(m[1], -1) {
			for i := 0; i+4 <= len(h[1]); i += 4 {
				if string(h[1][i:i+4]) == "0000" {
					n++
				}
			}
		}
	}
	return n
}

// isHanzi reports CJK ideographs (the ranges pdfcheck.py counts).
func isHanzi(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0x20000 && r <= 0x2FA1F || r >= 0xF900 && r <= 0xFAFF
}

// hanziCount counts the ideographs of s.
func hanziCount(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if isHanzi(r) {
			m[r]++
		}
	}
	return m
}
