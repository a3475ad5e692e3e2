package fonts

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"gazette/internal/golden"
)

// sourceFonts maps each style to its source file in the shared font folder
// (fonts/README.md); the folder is found at ../../shared/fonts or
// $GAZETTE_FONT_SRC. Only go test -update reads them.
var sourceFonts = map[Style]string{
	Song:      "NotoSerifSC-Regular.ttf",
	SongBold:  "NotoSerifSC-Bold.ttf",
	SongBlack: "NotoSerifSC-Black.ttf",
	Hei:       "NotoSansSC-Regular.ttf",
	HeiBold:   "NotoSansSC-Bold.ttf",
	Kai:       "ARPLUKaiCN.ttf",
	Fang:      "FandolFang-Regular.ttf",
}

func sourceDir() string {
	if d := os.Getenv("GAZETTE_FONT_SRC"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared", "fonts")
}

// TestCoverageNational: the Song and Hei faces (all weights) have every hanzi
// of GB2312 and of GBK; Kai and FangSong have all of GB2312. (The 通用规范汉字表
// list is not on the build machine: GBK ∪ the CJK blocks stand in for it, see
// sourceCoverage is the record of what the source fonts hold: for each
// style, the characters of each block and the advances of a few characters.
// go test -update rewrites it from the source files (shared/fonts); every
// other run checks the bundled faces against it, so the test runs, and can
// fail, on a machine without the 90 MB of source fonts.
const sourceCoverage = "testdata/source-coverage.txt"

// coverageBlocks are the blocks whose characters subsetting must keep.
var coverageBlocks = []struct {
	name   string
	lo, hi rune
}{
	{"CJK URO", 0x4E00, 0x9FFF},
	{"CJK Ext A", 0x3400, 0x4DBF},
	{"CJK compatibility", 0xF900, 0xFAFF},
	{"supplementary planes", 0x10000, 0x3FFFF},
}

// advanceProbe are the characters whose advances must be the source's.
const advanceProbe = "国，。《A1"

// writeSourceCoverage records the source fonts' coverage at sourceCoverage.
func writeSourceCoverage(t *testing.T) {
	dir := sourceDir()
	var b strings.Builder
	b.WriteString("# The source fonts' coverage (fonts/README.md), by style: the characters of each block\n" +
		"# as hex ranges, and advances in em. Rewritten by go test ./fonts -run TestCoverageMatchesSource -update\n" +
		"# with the source fonts at ../../shared/fonts or $GAZETTE_FONT_SRC.\n")
	for _, st := range Styles {
		data, err := os.ReadFile(filepath.Join(dir, sourceFonts[st]))
		if err != nil {
			t.Fatalf("%s: the source font is needed for -update: %v", st, err)
		}
		src, err := Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", st, err)
		}
		for _, bl := range coverageBlocks {
			var ranges []string
			for r := bl.lo; r <= bl.hi; r++ {
				if !src.Has(r) {
					continue
				}
				lo := r
				for r+1 <= bl.hi && src.Has(r+1) {
					r++
				}
				if lo == r {
					ranges = append(ranges, fmt.Sprintf("%X", lo))
				} else {
					ranges = append(ranges, fmt.Sprintf("%X-%X", lo, r))
				}
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\n", st, bl.name, strings.Join(ranges, " "))
		}
		var adv []string
		for _, r := range advanceProbe {
			adv = append(adv, fmt.Sprintf("%c=%s", r, strconv.FormatFloat(src.AdvanceEm(r), 'g', -1, 64)))
		}
		fmt.Fprintf(&b, "%s\tadvances\t%s\n", st, strings.Join(adv, " "))
	}
	if err := os.MkdirAll(filepath.Dir(sourceCoverage), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(sourceCoverage, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCoverageMatchesSource: subsetting lost nothing a gazette needs — every
// character of the CJK Unified Ideographs block, Extension A and every
// supplementary plane (plane 1's enclosed alphanumerics and squared symbols;
// planes 2 and 3: rare name characters) that the source font has, the bundled
// face has too, and advances are the source's (as recorded in
// sourceCoverage).
func TestCoverageMatchesSource(t *testing.T) {
	if golden.Update() {
		writeSourceCoverage(t)
	}
	data, err := os.ReadFile(sourceCoverage)
	if err != nil {
		t.Fatalf("%v (go test -update with the source fonts writes it)", err)
	}
	seen := map[string]bool{}
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || !Style(f[0]).Valid() {
			t.Fatalf("%s:%d: not style<TAB>block<TAB>data: %q", sourceCoverage, i+1, line)
		}
		st, block := Style(f[0]), f[1]
		seen[f[0]+"/"+block] = true
		got := MustBundled(st)
		if block == "advances" {
			for _, kv := range strings.Fields(f[2]) {
				k, v, _ := strings.Cut(kv, "=")
				want, err := strconv.ParseFloat(v, 64)
				r := []rune(k)
				if err != nil || len(r) != 1 {
					t.Fatalf("%s:%d: bad advance %q", sourceCoverage, i+1, kv)
				}
				if a := got.AdvanceEm(r[0]); a != want {
					t.Errorf("%s %q: advance %v in the bundled face, %v in the source", st, r[0], a, want)
				}
			}
			continue
		}
		var want, lost []rune
		for _, rg := range strings.Fields(f[2]) {
			a, b, ok := strings.Cut(rg, "-")
			if !ok {
				b = a
			}
			lo, err1 := strconv.ParseUint(a, 16, 32)
			hi, err2 := strconv.ParseUint(b, 16, 32)
			if err1 != nil || err2 != nil || hi < lo {
				t.Fatalf("%s:%d: bad range %q", sourceCoverage, i+1, rg)
			}
			for r := rune(lo); r <= rune(hi); r++ {
				want = append(want, r)
				if !got.Has(r) {
					lost = append(lost, r)
				}
			}
		}
		if len(lost) > 0 {
			t.Errorf("%s %s: bundled face lost %d of the source's %d characters, e.g. %q", st, block, len(lost), len(want), string(lost[:min(len(lost), 10)]))
		}
		t.Logf("%s %s: %d characters", st, block, len(want))
	}
	for _, st := range Styles {
		for _, bl := range append([]string{"advances"}, blockNames()...) {
			if !seen[string(st)+"/"+bl] {
				t.Errorf("%s has no line for %s %s (go test -update rewrites it)", sourceCoverage, st, bl)
			}
		}
	}
}

func blockNames() []string {
	var out []string
	for _, b := range coverageBlocks {
		out = append(out, b.name)
	}
	return out
}
