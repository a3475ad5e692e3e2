package fonts

import (
	_ "embed" // the CFF twin of the Song face
	"sync"
)

// songOTF is the Song face's design with CFF outlines: Noto Serif CJK SC
// Regular 2.003 — the version of song.ttf — from Debian's fonts-noto-cjk,
// subset like the other faces (see README.md). Layout, preview and screen use the TrueType song.ttf; the PDF
// writer embeds these outlines instead, because at print grids CFF's cubic
// curves take about a fifth less room than the TrueType conversion's
// quadratic ones.
//
//go:embed otf/song.otf
var songOTF []byte

var (
	twinOnce sync.Once
	twin     *Font
)

// CFFTwin returns the same design as f with CFF outlines (font units, cmap
// and advances of their own), or nil when there is none: only the bundled
// Song face has one, not an office's replacement of it. The two files hold
// the same glyphs with the same advances; the caller still checks each glyph
// it needs (same character, same advance) before it draws it from the twin.
func (f *Font) CFFTwin() *Font {
	song, err := Bundled(Song)
	if err != nil || f != song {
		return nil
	}
	twinOnce.Do(func() {
		t, err := parse(songOTF, true)
		if err == nil && t.CFF() != nil {
			t.Style = Song
			twin = t
		}
	})
	return twin
}
