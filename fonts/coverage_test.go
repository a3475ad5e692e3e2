package fonts

import (
	"os"
	"path/filepath"
	"testing"
)

// sourceFonts maps each style to its source file in the shared font folder
// (fonts/README.md); the folder is found at ../../shared/fonts or
// $GAZETTE_FONT_SRC.
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
// TestCoverageMatchesSource.)
func TestCoverageNational(t *testing.T) {
	tests := []struct {
		style Style
		set   string
		runes []rune
	}{
		{Song, "GB2312", GB2312Hanzi()}, {Song, "GBK", GBKHanzi()},
		{SongBold, "GBK", GBKHanzi()}, {SongBlack, "GBK", GBKHanzi()},
		{Hei, "GB2312", GB2312Hanzi()}, {Hei, "GBK", GBKHanzi()},
		{HeiBold, "GBK", GBKHanzi()},
		{Kai, "GB2312", GB2312Hanzi()}, {Fang, "GB2312", GB2312Hanzi()},
	}
	if n := len(GB2312Hanzi()); n != 6763 {
		t.Fatalf("GB2312 enumerates %d hanzi, want 6763", n)
	}
	if n := len(GB2312Level1()); n != 3755 {
		t.Fatalf("GB2312 level 1 enumerates %d hanzi, want 3755", n)
	}
	for _, tt := range tests {
		f := MustBundled(tt.style)
		if miss := f.MissingFrom(tt.runes); len(miss) > 0 {
			t.Errorf("%s lacks %d of %s's %d hanzi, e.g. %q", tt.style, len(miss), tt.set, len(tt.runes), string(miss[:min(len(miss), 10)]))
		}
	}
}

// TestCoverageMatchesSource: subsetting lost nothing a gazette needs — every
// character of the CJK Unified Ideographs block, Extension A and every
// supplementary plane (plane 1's enclosed alphanumerics and squared symbols;
// planes 2 and 3: rare name characters) that the source font has, the bundled
// face has too. Skipped when the source fonts are not on the machine.
func TestCoverageMatchesSource(t *testing.T) {
	dir := sourceDir()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("source fonts not found at %s", dir)
	}
	blocks := []struct {
		name   string
		lo, hi rune
	}{
		{"CJK URO", 0x4E00, 0x9FFF},
		{"CJK Ext A", 0x3400, 0x4DBF},
		{"CJK compatibility", 0xF900, 0xFAFF},
		{"supplementary planes", 0x10000, 0x3FFFF},
	}
	for _, st := range Styles {
		data, err := os.ReadFile(filepath.Join(dir, sourceFonts[st]))
		if err != nil {
			t.Errorf("%s: %v", st, err)
			continue
		}
		src, err := Parse(data)
		if err != nil {
			t.Errorf("%s: %v", st, err)
			continue
		}
		got := MustBundled(st)
		for _, b := range blocks {
			var want, lost []rune
			for r := b.lo; r <= b.hi; r++ {
				if src.Has(r) {
					want = append(want, r)
					if !got.Has(r) {
						lost = append(lost, r)
					}
				}
			}
			if len(lost) > 0 {
				t.Errorf("%s %s: bundled face lost %d of the source's %d characters, e.g. %q", st, b.name, len(lost), len(want), string(lost[:min(len(lost), 10)]))
			}
			t.Logf("%s %s: %d characters", st, b.name, len(want))
		}
		// Metrics come from the very file: advances of the subset equal the source's.
		for _, r := range "国，。《A1" {
			if a, b := src.AdvanceEm(r), got.AdvanceEm(r); a != b {
				t.Errorf("%s %q: advance %v in the bundled face, %v in the source", st, r, b, a)
			}
		}
	}
}
