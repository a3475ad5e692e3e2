package pdf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"gazette/fonts"
	"gazette/layout"
)

var (
	a4W, a4H = layout.MM(210), layout.MM(297)
	bleed3   = layout.MM(3)
	red      = layout.Color{M: 1, Y: 1, K: 0.1}
)

// runOf sets text in a style at (x, y) with the set's fallback faces,
// splitting runs where the face changes, as layout does.
func runOf(set *fonts.Set, style fonts.Style, size float64, col layout.Color, x, y float64, text string) []layout.GlyphRun {
	var out []layout.GlyphRun
	i := 0
	for _, r := range text {
		f, g, _ := set.Lookup(style, r)
		if len(out) == 0 || out[len(out)-1].Font != f {
			out = append(out, layout.GlyphRun{Font: f, Size: size, Color: col, Y: y})
		}
		run := &out[len(out)-1]
		run.Glyphs = append(run.Glyphs, layout.Glyph{GID: g, Text: string(r), X: x, Src: layout.SrcPos{Article: 0, Block: 0, Rune: i}})
		x += float64(f.Advance(g)) * size / float64(f.UnitsPerEm)
		i++
	}
	return out
}

// testPNG is a small RGB picture with transparency.
func testPNG(t testing.TB) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 8, 4))
	for x := 0; x < 8; x++ {
		for y := 0; y < 4; y++ {
			img.Set(x, y, color.NRGBA{R: uint8(30 * x), G: 200, B: uint8(60 * y), A: uint8(255 - 20*x)})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// bodyLines are the texts of the sample body pages: CJK with punctuation,
// Latin and digits, and a character above U+FFFF that the Song face has.
var bodyLines = []string{
	"景德镇市人民政府关于调整景德镇仲裁委员会的批复",
	"（景府字〔2020〕34号）各县（市、区）人民政府，市政府各部门：",
	"Gazette No. 8, 2020 — ABC abc 123",
	string(suppRune()) + "姓人士",
}

// suppRune returns the first character above U+FFFF the Song face has.
func suppRune() rune {
	for _, r := range fonts.MustBundled(fonts.Song).Runes() {
		if r > 0xFFFF {
			return r
		}
	}
	panic("the Song face has no character above U+FFFF")
}

// sampleDoc is four pages made by hand: a cover with the red masthead and
// rule, two body pages with text, a rule, a box, an image, links and
// anchors, and a blank back cover.
func sampleDoc(t testing.TB) *layout.Document {
	set := fonts.Default()
	page := func(n int, kind layout.PageKind) *layout.Page {
		return &layout.Page{Number: n, Kind: kind, Width: a4W, Height: a4H, Bleed: bleed3,
			Block: layout.Rect{X: layout.MM(28), Y: layout.MM(30), W: 445, H: 680}}
	}
	cover := page(1, layout.PageCover)
	cover.Runs = runOf(set, fonts.SongBlack, 44, red, 120, layout.MM(45), "景德镇市人民政府公报")
	cover.Rules = []layout.Rule{{X0: 80, Y0: 250, X1: 515, Y1: 250, Width: 1.5, Color: red}}
	cover.Boxes = []layout.Box{{Rect: layout.Rect{X: -bleed3, Y: a4H - 40, W: a4W + 2*bleed3, H: 40 + bleed3}, Fill: &red}}

	p2 := page(2, layout.PageBody)
	p2.Section = "市政府文件"
	y := 120.0
	for _, l := range bodyLines {
		p2.Runs = append(p2.Runs, runOf(set, fonts.Song, 12, layout.Black, 80, y, l)...)
		y += 20
	}
	p2.Runs = append(p2.Runs, runOf(set, fonts.Kai, 12, layout.Black, 80, y, "景府字〔2020〕30号")...)
	p2.Runs = append(p2.Runs, runOf(set, fonts.Song, 10.5, layout.Black, 500, 800, "— 2 —")...)
	p2.Rules = []layout.Rule{{X0: 80, Y0: 100, X1: 515, Y1: 100, Width: 0.5, Color: layout.Black}}
	p2.Images = []layout.Image{{Rect: layout.Rect{X: 80, Y: 300, W: 80, H: 40}, Format: "png", Data: testPNG(t), Key: "pic"}}
	p2.Anchors = []layout.Anchor{{Title: "市政府文件", Level: 0, Y: 100}, {Title: "关于调整景德镇仲裁委员会的批复", Level: 1, Y: 120}}
	p2.Links = []layout.Link{{Rect: layout.Rect{X: 80, Y: 108, W: 300, H: 14}, Page: 3, Y: 60}}

	p3 := page(3, layout.PageBody)
	p3.Section = "部门文件"
	p3.Runs = runOf(set, fonts.HeiBold, 16, layout.Black, 80, 80, "部门文件")
	p3.Anchors = []layout.Anchor{{Title: "部门文件", Level: 0, Y: 60}, {Title: "Second", Level: 1, Y: 80}}

	back := page(4, layout.PageBack)
	return &layout.Document{Title: "景德镇市人民政府公报 2020年第8期", Subject: "政府公报",
		Pages: []*layout.Page{cover, p2, p3, back}}
}

var testOpt = Options{Creator: "gazette test", Created: time.Date(2020, 7, 21, 9, 30, 0, 0, time.FixedZone("CST", 8*3600)),
	Modified: time.Date(2020, 7, 22, 10, 0, 0, 0, time.UTC)}

// needTools fails the test when poppler-utils or qpdf are missing (make deps
// installs them).
func needTools(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"qpdf", "pdffonts", "pdfinfo", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s 不在 PATH 中（make deps 或 apt-get install qpdf poppler-utils），无法做 PDF 检查", tool)
		}
	}
}

func writeTemp(t *testing.T, doc *layout.Document, opt Options) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "x.pdf")
	if err := WriteFile(path, doc, opt); err != nil {
		t.Fatal(err)
	}
	return path
}

func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// TestWriteTools checks the sample document with qpdf and poppler: a clean
// qpdf check, every font an embedded subset with ToUnicode, the text
// extracting as set (the character above U+FFFF too), the boxes of every
// page, and the document information.
func TestWriteTools(t *testing.T) {
	needTools(t)
	tests := []struct {
		name          string
		opt           Options
		pages         int
		media, bleedB float64 // mm beyond the trim on each side
	}{
		{"print", testOpt, 4, 3, 3},
		{"marks", withMarks(testOpt), 4, 3 + 3 + 5, 3},
		{"web", withWeb(testOpt), 4, 0, 0},
		{"cover", withPages(testOpt, PagesCover), 4, 3, 3}, // 封一 to 封四; the body is tested by TestCoverBody
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeTemp(t, sampleDoc(t), tc.opt)
			if out := tool(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
				t.Errorf("qpdf --check:\n%s", out)
			}
			fontsOut := tool(t, "pdffonts", path)
			rows := strings.Split(strings.TrimSpace(fontsOut), "\n")[2:]
			cff := false
			for _, row := range rows {
				f := strings.Fields(row)
				if len(f) < 7 || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || f[len(f)-3] != "yes" ||
					!regexp.MustCompile(`^[A-Z]{6}\+`).MatchString(f[0]) ||
					!strings.Contains(row, "CID TrueType") && !strings.Contains(row, "CID Type 0C") {
					t.Errorf("font not an embedded CID TrueType or CFF subset with ToUnicode: %s", row)
				}
				cff = cff || strings.Contains(row, "NotoSerifCJKsc-Regular") && strings.Contains(row, "CID Type 0C")
			}
			if !cff && tc.opt.Pages != PagesCover {
				t.Errorf("the Song text is not drawn from its CFF twin:\n%s", fontsOut)
			}
			info := tool(t, "pdfinfo", "-box", "-l", "100", path)
			if got := pdfinfoInt(info, "Pages"); got != tc.pages {
				t.Errorf("%d pages, want %d", got, tc.pages)
			}
			for p := 1; p <= tc.pages; p++ {
				media, trim, bleed := pdfBox(info, p, "MediaBox"), pdfBox(info, p, "TrimBox"), pdfBox(info, p, "BleedBox")
				if w, h := mm(trim[2]-trim[0]), mm(trim[3]-trim[1]); !near(w, 210) || !near(h, 297) {
					t.Errorf("page %d: trim %.2f×%.2f mm", p, w, h)
				}
				if d := mm(trim[0] - bleed[0]); !near(d, tc.bleedB) {
					t.Errorf("page %d: bleed %.2f mm, want %g", p, d, tc.bleedB)
				}
				if d := mm(trim[0] - media[0]); !near(d, tc.media) {
					t.Errorf("page %d: media %.2f mm beyond the trim, want %g", p, d, tc.media)
				}
				for i := 0; i < 2; i++ {
					if media[i] > bleed[i]+1e-6 || media[i+2] < bleed[i+2]-1e-6 || bleed[i] > trim[i]+1e-6 || bleed[i+2] < trim[i+2]-1e-6 {
						t.Errorf("page %d: MediaBox %v ⊇ BleedBox %v ⊇ TrimBox %v fails", p, media, bleed, trim)
					}
				}
			}
			for _, k := range []string{"Title:           景德镇市人民政府公报 2020年第8期", "Subject:         政府公报",
				"Creator:         gazette test", "CreationDate:    Tue Jul 21 "} {
				if !strings.Contains(info, k) {
					t.Errorf("pdfinfo lacks %q:\n%s", k, info)
				}
			}
			text := strings.Join(strings.Fields(tool(t, "pdftotext", "-enc", "UTF-8", path, "-")), "")
			want := []string{"景德镇市人民政府公报"}
			if tc.opt.Pages != PagesCover {
				want = nil
				for _, l := range bodyLines {
					want = append(want, strings.Join(strings.Fields(l), ""))
				}
				want = append(want, "景府字〔2020〕30号", "部门文件")
			}
			if tc.opt.Pages == "" {
				want = append(want, "景德镇市人民政府公报")
			}
			for _, w := range want {
				if !strings.Contains(text, w) {
					t.Errorf("extracted text lacks %q:\n%s", w, text)
				}
			}
			if strings.ContainsRune(text, '\uFFFD') {
				t.Errorf("extracted text holds U+FFFD")
			}
		})
	}
}

func withMarks(o Options) Options           { o.Marks = true; return o }
func withWeb(o Options) Options             { o.Web = true; return o }
func withPages(o Options, s string) Options { o.Pages = s; return o }

func mm(pt float64) float64  { return pt * 25.4 / 72 }
func near(a, b float64) bool { return a-b < 0.05 && b-a < 0.05 }
func pdfinfoInt(info, key string) int {
	m := regexp.MustCompile(`(?m)^` + key + `:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil {
		return -1
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// pdfBox reads "Page    1 TrimBox:     8.50    8.50   603.78   850.39".
func pdfBox(info string, page int, box string) [4]float64 {
	m := regexp.MustCompile(`(?m)^Page\s+` + strconv.Itoa(page) + `\s+` + box + `:\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)`).FindStringSubmatch(info)
	var b [4]float64
	if m == nil {
		return b
	}
	for i := range b {
		b[i], _ = strconv.ParseFloat(m[i+1], 64)
	}
	return b
}

// TestDeterministic checks that the same pages and options give the same
// bytes, and that a change of content changes the trailer ID.
func TestDeterministic(t *testing.T) {
	var a, b, c bytes.Buffer
	if err := Write(&a, sampleDoc(t), testOpt); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, sampleDoc(t), testOpt); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two writes of the same document differ")
	}
	d := sampleDoc(t)
	d.Title = "另一期"
	if err := Write(&c, d, testOpt); err != nil {
		t.Fatal(err)
	}
	id := regexp.MustCompile(`/ID \[<([0-9A-F]+)>`)
	if id.FindSubmatch(a.Bytes()) == nil || bytes.Equal(id.FindSubmatch(a.Bytes())[1], id.FindSubmatch(c.Bytes())[1]) {
		t.Error("the trailer ID does not follow the content")
	}
}

// TestColours checks that the print PDF draws text and rules in
// DeviceCMYK (k/K), has no RGB operators, and converts images to CMYK,
// while the web edition draws everything in RGB: the layout's colours as
// FOGRA39 prints them, seen in sRGB (100 K a near-black grey, the masthead
// red a saturated red), and embeds images as RGB.
func TestColours(t *testing.T) {
	needTools(t)
	for _, web := range []bool{false, true} {
		opt := testOpt
		opt.Web = web
		path := writeTemp(t, sampleDoc(t), opt)
		dir := t.TempDir()
		qdf := filepath.Join(dir, "q.pdf")
		tool(t, "qpdf", "--qdf", "--object-streams=disable", path, qdf)
		raw, err := os.ReadFile(qdf)
		if err != nil {
			t.Fatal(err)
		}
		s := string(raw)
		rgbOps := regexp.MustCompile(`(?m)\b(rg|RG)\b`).MatchString(s)
		cmykOps := regexp.MustCompile(`(?m)^[\d. ]+ [kK]$`).MatchString(s)
		if rgbOps != web || cmykOps == web {
			t.Errorf("web=%v: RGB operators %v, CMYK operators %v", web, rgbOps, cmykOps)
		}
		if on, off := strings.Count(s, "/OPon gs"), strings.Count(s, "/OPoff gs"); web && on+off > 0 || !web && (on == 0 || off != on) {
			t.Errorf("web=%v: overprint switched on %d times, off %d times", web, on, off)
		}
		if !web && !regexp.MustCompile(`/OPon gs\n(.*\n){0,3}.*T[jJ]\n`).MatchString(s) {
			t.Error("print: black text does not overprint")
		}
		if !web {
			for _, op := range []string{"0 0 0 1 k", "0 0 0 1 K", "0 1 1 0.1 k", "0 1 1 0.1 K"} {
				if !strings.Contains(s, op) {
					t.Errorf("print: content lacks %q", op)
				}
			}
		} else {
			for _, re := range []string{`0\.1[0-4]\d* 0\.1[0-4]\d* 0\.1[0-4]\d* rg`, `0\.[78]\d* 0\.0\d* 0\.\d+ RG`} {
				if !regexp.MustCompile(re).MatchString(s) {
					t.Errorf("web: no colour like %s", re)
				}
			}
		}
		cmykImage := strings.Contains(s, "/ColorSpace /DeviceCMYK")
		rgbImage := strings.Contains(s, "/ColorSpace /DeviceRGB")
		if web && (!rgbImage || cmykImage) || !web && (rgbImage || !cmykImage) {
			t.Errorf("web=%v: image colour space CMYK %v, RGB %v", web, cmykImage, rgbImage)
		}
	}
}

// TestNoOverprint checks that black text knocks out when asked to.
func TestNoOverprint(t *testing.T) {
	opt := testOpt
	opt.NoOverprint = true
	opt.ExactOutlines = true
	var b bytes.Buffer
	if err := Write(&b, sampleDoc(t), opt); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "k.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	needTools(t)
	if q := qdfFlat(t, path); bytes.Contains(q, []byte("/OPon")) {
		t.Error("NoOverprint: the file still sets overprint")
	}
}

// TestPagesOption rejects an unknown page selection.
func TestPagesOption(t *testing.T) {
	err := Write(&bytes.Buffer{}, sampleDoc(t), withPages(testOpt, "odd"))
	if err == nil {
		t.Fatal("page selection odd accepted")
	}
}

// TestCoverBody checks the cover/body split for separate stock: the cover is
// always 封一, 封二, 封三, 封四 (the first two and last two pages), the body
// the pages between in order, padded with blank pages to a multiple of 4,
// and a document under 4 pages is refused.
func TestCoverBody(t *testing.T) {
	for _, n := range []int{3, 4, 8, 10, 60} {
		doc := &layout.Document{}
		for i := 1; i <= n; i++ {
			doc.Pages = append(doc.Pages, &layout.Page{Number: i, Kind: layout.PageBody, Width: a4W, Height: a4H, Bleed: bleed3})
		}
		cover, errC := Selected(doc, PagesCover)
		body, errB := Selected(doc, PagesBody)
		if n < 4 {
			if errC == nil || errB == nil {
				t.Errorf("%d pages: split accepted", n)
			}
			continue
		}
		if errC != nil || errB != nil {
			t.Fatalf("%d pages: %v, %v", n, errC, errB)
		}
		var nums []int
		for _, p := range cover {
			nums = append(nums, p.Number)
		}
		if want := []int{1, 2, n - 1, n}; !reflect.DeepEqual(nums, want) {
			t.Errorf("%d pages: cover %v, want %v", n, nums, want)
		}
		if len(body)%4 != 0 {
			t.Errorf("%d pages: body of %d pages", n, len(body))
		}
		for i, p := range body {
			switch {
			case i < n-4 && p != doc.Pages[i+2]:
				t.Errorf("%d pages: body page %d is page %d, want %d", n, i+1, p.Number, i+3)
			case i >= n-4 && (p.Kind != layout.PageBlank || p.Number <= n || p.Width != a4W):
				t.Errorf("%d pages: padding page %d: %+v", n, i+1, p)
			}
		}
		// Four pages are all cover: there is no body to write.
		if err := Write(&bytes.Buffer{}, doc, withPages(testOpt, PagesBody)); (err != nil) != (n == 4) {
			t.Errorf("%d pages: write body: %v", n, err)
		}
	}
}

// TestOutlinesAndLinks checks the bookmarks (sections holding their
// articles, each at its page and height) and the link annotation, as qpdf
// reads them.
func TestOutlinesAndLinks(t *testing.T) {
	needTools(t)
	path := writeTemp(t, sampleDoc(t), testOpt)
	var js struct {
		Outlines []struct {
			Title string `json:"title"`
			Page  int    `json:"destpageposfrom1"`
			Dest  []any  `json:"dest"`
			Kids  []struct {
				Title string `json:"title"`
				Page  int    `json:"destpageposfrom1"`
			} `json:"kids"`
		} `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(tool(t, "qpdf", "--json", "--json-key=outlines", path)), &js); err != nil {
		t.Fatal(err)
	}
	type item struct {
		title string
		page  int
		kids  string
	}
	var got []item
	for _, o := range js.Outlines {
		var kids []string
		for _, k := range o.Kids {
			kids = append(kids, fmt.Sprintf("%s@%d", k.Title, k.Page))
		}
		got = append(got, item{o.Title, o.Page, strings.Join(kids, ",")})
	}
	want := []item{{"市政府文件", 2, "关于调整景德镇仲裁委员会的批复@2"}, {"部门文件", 3, "Second@3"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("outlines %v, want %v", got, want)
	}
	if len(js.Outlines) > 0 {
		// The section anchor is 100 pt below the trim top: 100 pt under the
		// MediaBox top less the bleed.
		y, _ := js.Outlines[0].Dest[3].(float64)
		if want := a4H + bleed3 - 100; math.Abs(y-want) > 0.01 {
			t.Errorf("outline y %.3f, want %.3f", y, want)
		}
	}
	// A print file carries no annotations; the web edition's link covers
	// its own rectangle on page 2 and jumps to its target's height on page 3.
	for _, web := range []bool{false, true} {
		opt := testOpt
		opt.Web = web
		qdf := filepath.Join(t.TempDir(), "q.pdf")
		tool(t, "qpdf", "--qdf", "--object-streams=disable", writeTemp(t, sampleDoc(t), opt), qdf)
		raw, err := os.ReadFile(qdf)
		if err != nil {
			t.Fatal(err)
		}
		links := regexp.MustCompile(`/Rect \[\s*([\d.\s]+)\]`).FindAllSubmatch(raw, -1)
		dests := regexp.MustCompile(`/XYZ\s+null\s+([\d.]+)\s+null`).FindAllSubmatch(raw, -1)
		if !web {
			if n := bytes.Count(raw, []byte("/Annot")); n != 0 {
				t.Errorf("print file: %d annotations, want none", n)
			}
			continue
		}
		if len(links) != 1 {
			t.Fatalf("web edition: %d link annotations, want 1", len(links))
		}
		if got, want := strings.Join(strings.Fields(string(links[0][1])), " "), fmt.Sprintf("80 %s 380 %s", num(a4H-122), num(a4H-108)); got != want {
			t.Errorf("link rectangle [%s], want [%s]", got, want)
		}
		found := false
		for _, d := range dests {
			found = found || string(d[1]) == num(a4H-60)
		}
		if !found {
			t.Errorf("no destination at y %s (the target's height)", num(a4H-60))
		}
		if !regexp.MustCompile(`/F 4\b`).Match(raw) {
			t.Error("the link annotation has no Print flag (/F 4), which PDF/A requires")
		}
	}
}

// TestOutlinesAtPrintResolution renders the text of the sample document at
// 1200 dpi (pdftoppm), once with outlines on the coarser grids and once as
// the fonts have them, and checks that every pixel that differs by a
// quarter of the grey range or more lies on an edge of the exact rendering
// (a step of a quarter of the range within one pixel, 0.021 mm): the grids
// move edges by less than a pixel of a 1200 dpi printer and change no shape
// (with a tolerance of 0.04 mm instead of 0.01 the test fails). It also
// checks that the coarser grids make the file smaller.
func TestOutlinesAtPrintResolution(t *testing.T) {
	needTools(t)
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Fatal("pdftoppm 不在 PATH 中（make deps 或 apt-get install poppler-utils）")
	}
	doc := sampleDoc(t)
	grid, exact := writeTemp(t, doc, testOpt), writeTemp(t, doc, Options{ExactOutlines: true})
	gi, _ := os.Stat(grid)
	ei, _ := os.Stat(exact)
	if gi.Size() >= ei.Size() {
		t.Errorf("outlines on grids: %d bytes, exact: %d bytes", gi.Size(), ei.Size())
	}
	const dpi = 1200
	px := func(pt float64) int { return int((pt + bleed3) * dpi / 72) }
	// Page, and the box (in points of the page) around its text.
	areas := []struct {
		page           int
		x0, y0, x1, y1 float64
	}{
		{1, 110, layout.MM(45) - 45, 560, layout.MM(45) + 15}, // Song Black 44
		{2, 75, 100, 400, 225},                                // Song 12, Kai 12
		{3, 75, 60, 160, 90},                                  // Hei Bold 16
	}
	for _, a := range areas {
		render := func(path string) (w, h int, pix []byte) {
			args := []string{"-gray", "-r", strconv.Itoa(dpi), "-f", strconv.Itoa(a.page), "-l", strconv.Itoa(a.page),
				"-x", strconv.Itoa(px(a.x0)), "-y", strconv.Itoa(px(a.y0)), "-W", strconv.Itoa(px(a.x1) - px(a.x0)),
				"-H", strconv.Itoa(px(a.y1) - px(a.y0)), "-singlefile", path, filepath.Join(t.TempDir(), "p")}
			tool(t, "pdftoppm", args...)
			return readPGM(t, args[len(args)-1]+".pgm")
		}
		w, h, g := render(grid)
		w2, h2, e := render(exact)
		if w != w2 || h != h2 {
			t.Fatalf("page %d: renderings %dx%d and %dx%d", a.page, w, h, w2, h2)
		}
		ink, diff := 0, 0
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				if e[y*w+x] < 128 {
					ink++
				}
				if d := int(g[y*w+x]) - int(e[y*w+x]); d < 64 && d > -64 {
					continue // the same, or an anti-aliasing nuance
				}
				diff++
				// An edge of the exact rendering: within one pixel, a level
				// at least a quarter of the range away from this one.
				edge := false
				for dy := -1; dy <= 1; dy++ {
					for dx := -1; dx <= 1; dx++ {
						if xx, yy := x+dx, y+dy; xx >= 0 && yy >= 0 && xx < w && yy < h {
							d := int(e[yy*w+xx]) - int(e[y*w+x])
							edge = edge || d >= 64 || d <= -64
						}
					}
				}
				if !edge {
					t.Fatalf("page %d: pixel (%d, %d) differs away from any edge", a.page, x, y)
				}
			}
		}
		if ink < 10000 {
			t.Fatalf("page %d: only %d pixels of ink: the area misses the text", a.page, ink)
		}
		t.Logf("page %d: %d of %d ink pixels differ, each on an edge", a.page, diff, ink)
	}
}

// readPGM reads a binary greyscale PGM (P5, maxval 255) as pdftoppm writes it.
func readPGM(t *testing.T, path string) (w, h int, pix []byte) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Four whitespace-separated fields (P5, width, height, maxval), then
	// one whitespace byte, then the pixels.
	var fields []string
	i := 0
	for len(fields) < 4 && i < len(b) {
		for i < len(b) && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t') {
			i++
		}
		j := i
		for j < len(b) && b[j] != ' ' && b[j] != '\n' && b[j] != '\r' && b[j] != '\t' {
			j++
		}
		fields = append(fields, string(b[i:j]))
		i = j
	}
	i++
	if len(fields) != 4 || fields[0] != "P5" || fields[3] != "255" {
		t.Fatalf("%s: not an 8-bit PGM: %q", path, fields)
	}
	w, _ = strconv.Atoi(fields[1])
	h, _ = strconv.Atoi(fields[2])
	if len(b)-i != w*h {
		t.Fatalf("%s: %d bytes of pixels, want %d", path, len(b)-i, w*h)
	}
	return w, h, b[i:]
}
