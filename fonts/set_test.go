package fonts

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/font/gofont/goregular"
)

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReplace(t *testing.T) {
	kai := kaiTTF
	header := func(tag string) []byte { return append([]byte(tag), make([]byte, 64)...) }
	tests := []struct {
		name    string
		path    string
		wantErr string // substring of the Chinese message; "" means success
	}{
		{"own TrueType face", writeTemp(t, "office.ttf", kai), ""},
		{"collection", writeTemp(t, "office.ttc", header("ttcf")), "字体集（.ttc）"},
		{"CFF OpenType", writeTemp(t, "office.otf", header("OTTO")), "CFF"},
		{"not a font", writeTemp(t, "office.ttf", []byte("hello, world, not a font")), "不是 TrueType"},
		{"no such file", filepath.Join(t.TempDir(), "none.ttf"), "读取"},
		{"Latin-only face", writeTemp(t, "GoRegular.ttf", goregular.TTF), "不是中文字体"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := Default()
			err := set.Replace(Song, tt.path)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				f, _, ok := set.Lookup(Song, '国')
				if !ok || f.Name != "UKaiCN" || f.Style != Song {
					t.Fatalf("Lookup after Replace: ok=%v name=%s style=%s", ok, f.Name, f.Style)
				}
				if Default().Face(Song).Name == "UKaiCN" {
					t.Fatal("Replace changed the bundled faces")
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), tt.path) {
				t.Fatalf("err = %v, want one naming %s and containing %q", err, tt.path, tt.wantErr)
			}
			if strings.Contains(tt.wantErr, "CFF") || strings.Contains(tt.wantErr, "ttc") {
				if !errors.Is(err, ErrNotTrueType) {
					t.Fatalf("err = %v, want ErrNotTrueType", err)
				}
			}
		})
	}
}

func TestNewSetUnknownStyle(t *testing.T) {
	if _, err := NewSet(map[string]string{"bold": "/x.ttf"}); err == nil || !strings.Contains(err.Error(), "未知") {
		t.Fatalf("err = %v", err)
	}
}

func TestFallbackChains(t *testing.T) {
	for _, st := range Styles {
		ch := Fallback(st)
		if ch[0] != st || len(ch) < 2 {
			t.Errorf("Fallback(%s) = %v: must start with the style and have a fallback", st, ch)
		}
	}
	// Every bundled style finds every GB2312 hanzi somewhere along its chain.
	set := Default()
	for _, st := range Styles {
		for _, r := range GB2312Hanzi() {
			if _, _, ok := set.Lookup(st, r); !ok {
				t.Errorf("%s: no face for %q", st, r)
				break
			}
		}
	}
}

func TestMissingPositions(t *testing.T) {
	tests := []struct {
		text string
		want []MissingChar
	}{
		{"中文", nil},
		{"中\U0010FFFD文\U000F0001", []MissingChar{{0x10FFFD, 1}, {0xF0001, 3}}},
		{"a\n\tb\u200b", nil},
	}
	for _, tt := range tests {
		got := Missing(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("Missing(%q) = %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Missing(%q)[%d] = %v, want %v", tt.text, i, got[i], tt.want[i])
			}
		}
	}
}

func TestInkX(t *testing.T) {
	f := MustBundled(Song)
	// GB style: a full stop's ink sits in the left half, an opening bracket's in the right.
	if _, x1, ok := f.InkX(f.GlyphIndex('。')); !ok || x1 > f.UnitsPerEm/2 {
		t.Errorf("。 ink ends at %d", x1)
	}
	if x0, _, ok := f.InkX(f.GlyphIndex('（')); !ok || x0 < f.UnitsPerEm/2 {
		t.Errorf("（ ink starts at %d", x0)
	}
	if _, _, ok := f.InkX(f.GlyphIndex(' ')); ok {
		t.Error("space has ink")
	}
}

// BenchmarkBundledParse measures parsing one bundled face (what the first
// Bundled call of a style costs).
func BenchmarkBundledParse(b *testing.B) {
	data := songTTF
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLookup measures the fallback lookup of a character the style's own
// face lacks (堃 in FangSong).
func BenchmarkLookup(b *testing.B) {
	set := Default()
	set.Lookup(Fang, '堃')
	b.ReportAllocs()
	for b.Loop() {
		set.Lookup(Fang, '堃')
	}
}
