// Package fonts holds the bundled typefaces of the gazette (Song, Hei, Kai,
// FangSong as plain TrueType, and the Song design's CFF outlines for print),
// their metrics, and the fallback chain that finds a face for every
// character. It is the only package that embeds the font files.
package fonts

import (
	_ "embed" // the bundled faces
	"fmt"
	"os"
	"sync"
)

// The bundled faces, embedded as byte slices rather than an embed.FS: an
// embed.FS hands out a heap copy of a 10–16 MB file on every read, while these
// slices point into the binary's data, which the OS pages in only where the
// parser and the subsetter touch it (cmap, hmtx, the glyphs used).
var (
	//go:embed ttf/song.ttf
	songTTF []byte
	//go:embed ttf/song-bold.ttf
	songBoldTTF []byte
	//go:embed ttf/song-black.ttf
	songBlackTTF []byte
	//go:embed ttf/hei.ttf
	heiTTF []byte
	//go:embed ttf/hei-bold.ttf
	heiBoldTTF []byte
	//go:embed ttf/kai.ttf
	kaiTTF []byte
	//go:embed ttf/fang.ttf
	fangTTF []byte
)

// bundledData returns the embedded file of a style, in Styles order.
func bundledData(i int) []byte {
	return [...][]byte{songTTF, songBoldTTF, songBlackTTF, heiTTF, heiBoldTTF, kaiTTF, fangTTF}[i]
}

// Style names one typeface of the house style.
type Style string

// The bundled styles.
const (
	Song      Style = "song"       // 宋体 (Noto Serif SC Regular)
	SongBold  Style = "song-bold"  // 宋体粗 (Noto Serif SC Bold), stands in for 小标宋
	SongBlack Style = "song-black" // 宋体特粗 (Noto Serif SC Black), the masthead
	Hei       Style = "hei"        // 黑体 (Noto Sans SC Regular)
	HeiBold   Style = "hei-bold"   // 黑体粗 (Noto Sans SC Bold)
	Kai       Style = "kai"        // 楷体 (AR PL UKai CN)
	Fang      Style = "fang"       // 仿宋 (FandolFang Regular)
)

// Styles lists every bundled style.
var Styles = []Style{Song, SongBold, SongBlack, Hei, HeiBold, Kai, Fang}

// Label returns the Chinese name of the style.
func (s Style) Label() string {
	switch s {
	case Song:
		return "宋体"
	case SongBold:
		return "宋体（粗）"
	case SongBlack:
		return "宋体（特粗）"
	case Hei:
		return "黑体"
	case HeiBold:
		return "黑体（粗）"
	case Kai:
		return "楷体"
	case Fang:
		return "仿宋"
	}
	return string(s)
}

// Valid reports whether s is a bundled style.
func (s Style) Valid() bool {
	for _, t := range Styles {
		if s == t {
			return true
		}
	}
	return false
}

// Fallback returns the styles tried, in order, for a character the style's
// own face lacks, the style itself first: FangSong → Song → Hei; Kai → Song →
// Hei; Song Bold and Song Black → Song → Hei; Hei Bold → Hei → Song; Hei →
// Song; Song → Hei. The slice is shared: do not modify it.
func Fallback(s Style) []Style {
	if i := styleIndex(s); i >= 0 {
		return fallbackChains[i]
	}
	return fallbackChains[0]
}

// fallbackChains holds the chain of each style, indexed like Styles, so that
// Lookup allocates nothing.
var fallbackChains = [7][]Style{
	{Song, Hei},            // song
	{SongBold, Song, Hei},  // song-bold
	{SongBlack, Song, Hei}, // song-black
	{Hei, Song},            // hei
	{HeiBold, Hei, Song},   // hei-bold
	{Kai, Song, Hei},       // kai
	{Fang, Song, Hei},      // fang
}

var (
	bundledOnce [7]sync.Once
	bundled     [7]*Font
	bundledErr  [7]error
)

func styleIndex(s Style) int {
	switch s {
	case Song:
		return 0
	case SongBold:
		return 1
	case SongBlack:
		return 2
	case Hei:
		return 3
	case HeiBold:
		return 4
	case Kai:
		return 5
	case Fang:
		return 6
	}
	return -1
}

// Bundled returns the bundled face of a style, parsed on first use.
func Bundled(s Style) (*Font, error) {
	i := styleIndex(s)
	if i < 0 {
		return nil, fmt.Errorf("fonts: unknown style %q", s)
	}
	bundledOnce[i].Do(func() {
		f, err := Parse(bundledData(i))
		if err != nil {
			bundledErr[i] = fmt.Errorf("fonts: %s: %w", s, err)
			return
		}
		f.Style = s
		bundled[i] = f
	})
	return bundled[i], bundledErr[i]
}

// MustBundled is Bundled for the styles shipped with the program, which
// always parse; it panics otherwise.
func MustBundled(s Style) *Font {
	f, err := Bundled(s)
	if err != nil {
		panic(err)
	}
	return f
}

// Set is the faces an issue is set in: the bundled ones, with any style
// replaced by a TrueType file the office owns. A Set is safe for concurrent use
// once built (Replace must not run while others Lookup).
type Set struct {
	override [7]*Font
}

// Default returns the set of bundled faces.
func Default() *Set { return &Set{} }

// NewSet returns the bundled faces with the given styles replaced by the
// TrueType files at the given paths (e.g. {"song-bold": "/…/方正小标宋.ttf"}).
// Styles are replaced in the order of Styles, so the first error is stable.
func NewSet(faces map[string]string) (*Set, error) {
	s := &Set{}
	for name := range faces {
		if !Style(name).Valid() {
			return nil, fmt.Errorf("字体：未知的字体样式 %q（可用：song、song-bold、song-black、hei、hei-bold、kai、fang）", name)
		}
	}
	for _, st := range Styles {
		if path, ok := faces[string(st)]; ok {
			if err := s.Replace(st, path); err != nil {
				return nil, err
			}
		}
	}
	return s, nil
}

// Replace makes the TrueType file at path (an office's own face, kept beside
// the database) the face of style. The file gets the same checks as the
// bundled faces: it must be a single plain TrueType (glyf) font — a
// collection (.ttc) or a CFF (.otf) font is refused with a Chinese message
// naming the file — and it must be a Chinese face (cover at least 90 % of the
// 3,755 first-level hanzi of GB2312). Characters it lacks fall back along
// the style's chain (Fallback).
func (s *Set) Replace(style Style, path string) error {
	if !style.Valid() {
		return fmt.Errorf("字体：未知的字体样式 %q", style)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("字体：读取%s字体文件 %s 失败：%w", style.Label(), path, err)
	}
	f, err := Parse(data)
	if err != nil {
		return fmt.Errorf("字体：%s字体文件 %s 不能使用：%w", style.Label(), path, err)
	}
	if have, total := f.Coverage(GB2312Level1()); have*10 < total*9 {
		return fmt.Errorf("字体：%s字体文件 %s 不是中文字体（GB2312一级汉字 %d 个中只有 %d 个）", style.Label(), path, total, have)
	}
	f.Style = style
	s.override[styleIndex(style)] = f
	return nil
}

// Face returns the font of a style in this set.
func (s *Set) Face(style Style) *Font {
	i := styleIndex(style)
	if i < 0 {
		return MustBundled(Song)
	}
	if s != nil && s.override[i] != nil {
		return s.override[i]
	}
	f, err := Bundled(style)
	if err != nil {
		f = MustBundled(Song)
	}
	return f
}

// Lookup returns the font that draws r in style: the style's face, or the
// first face of its fallback chain that has r. ok is false when no face has
// it (the font returned is then the style's own, whose .notdef would show).
// It allocates nothing.
func (s *Set) Lookup(style Style, r rune) (f *Font, gid uint16, ok bool) {
	own := s.Face(style)
	if g := own.GlyphIndex(r); g != 0 {
		return own, g, true
	}
	for _, st := range Fallback(style)[1:] {
		face := s.Face(st)
		if g := face.GlyphIndex(r); g != 0 {
			return face, g, true
		}
	}
	return own, 0, false
}

// MissingChar is a character no face of the set can draw.
type MissingChar struct {
	Rune rune
	Pos  int // index of the rune in the text (in runes, not bytes)
}

func (m MissingChar) String() string {
	return fmt.Sprintf("U+%04X %q (第%d个字符)", m.Rune, m.Rune, m.Pos+1)
}

// Missing lists the characters of text that no face of the set has (in any
// style), with their positions. Control characters (newline, tab) and
// invisible format characters are not reported.
func (s *Set) Missing(text string) []MissingChar {
	var out []MissingChar
	i := 0
	for _, r := range text {
		if r >= 0x20 && !isIgnorable(r) && !s.hasAny(r) {
			out = append(out, MissingChar{Rune: r, Pos: i})
		}
		i++
	}
	return out
}

// hasAny reports whether some face of the set draws r.
func (s *Set) hasAny(r rune) bool {
	for _, st := range Styles {
		if s.Face(st).GlyphIndex(r) != 0 {
			return true
		}
	}
	return false
}

// Missing lists the characters of text that no bundled face has.
func Missing(text string) []MissingChar { return Default().Missing(text) }

// isIgnorable reports characters that draw nothing and need no glyph.
func isIgnorable(r rune) bool {
	switch {
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0xFEFF, r == 0x00AD:
		return true
	case r >= 0xFE00 && r <= 0xFE0F: // variation selectors
		return true
	}
	return false
}
