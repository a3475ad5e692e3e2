package fonts

import (
	"strings"
	"testing"
)

func TestBundledParse(t *testing.T) {
	for _, s := range Styles {
		f, err := Bundled(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		if !f.Has('国') || f.AdvanceEm('国') < 0.9 {
			t.Errorf("%s (%s): 国 missing or narrow: %v", s, f.Name, f.AdvanceEm('国'))
		}
	}
}

func TestFallback(t *testing.T) {
	set := Default()
	// 堃 is not in FandolFang: it must come from Song.
	f, _, ok := set.Lookup(Fang, '堃')
	if !ok || f.Style != Song {
		t.Fatalf("堃 in fang: ok=%v style=%v", ok, f.Style)
	}
	if m := Missing("中文\U0010FFFD"); len(m) != 1 || m[0].Pos != 2 {
		t.Fatalf("Missing = %v", m)
	}
}

// TestFamilyNames checks the family and PostScript names read from the
// bundled faces' name tables.
func TestFamilyNames(t *testing.T) {
	for _, st := range []Style{Song, SongBold, Hei, Kai, Fang} {
		f := MustBundled(st)
		if f.Family() == "" || f.Name == "Font" || strings.ContainsAny(f.Name, " \x00") {
			t.Errorf("%s: family %q, PostScript name %q", st, f.Family(), f.Name)
		}
		t.Logf("%s: %q %q", st, f.Family(), f.Name)
	}
	if got := MustBundled(Song).Family(); got != "Noto Serif SC" {
		t.Errorf("Song family %q, want Noto Serif SC", got)
	}
}
