package para

import (
	"testing"

	"gazette/fonts"
)

// fuzzPalette is what FuzzSet draws its text from: Han, Chinese marks of every
// class, Latin letters, digits and ASCII punctuation, spaces of all kinds,
// dashes, ellipses, newlines, a combining mark, a plane-2 ideograph and a
// character no face has.
var fuzzPalette = []rune("一二国中文字甲乙的了第年号" +
	"，。、：；！？“”‘’（）《》〔〕【】「」·～—…　" +
	"abcxyzABC0123456789,.;:!?()[]-/%+@_=&#" +
	"    \t\n\u00a0\u200b\u0301𠮷\U0010FFFD")

// FuzzSet sets random Chinese/Latin/punctuation text and checks the
// invariants of checkInvariants: every rune once and in order, no line wider
// than the measure, no rule broken except at a reported emergency break.
func FuzzSet(f *testing.F) {
	f.Add([]byte("hello, 世界"), uint8(10), uint8(0))
	f.Add([]byte{0, 1, 2, 3, 14, 15, 16, 17, 30, 31, 40, 41, 42, 50, 60, 70, 80, 90, 100}, uint8(4), uint8(3))
	f.Add([]byte{25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 0, 1, 33, 34, 35, 36, 37}, uint8(2), uint8(1))
	f.Add([]byte{39, 40, 40, 41, 41, 0, 0, 0, 0, 0, 0, 13, 15, 26, 26, 27, 27}, uint8(6), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, measure, mode uint8) {
		if len(data) > 400 {
			data = data[:400]
		}
		text := make([]rune, len(data))
		for i, b := range data {
			text[i] = fuzzPalette[int(b)%len(fuzzPalette)]
		}
		// Split the text into a Song span and a Kai span of another size.
		cut := len(text) / 2
		if mode&4 == 0 {
			cut = len(text)
		}
		spans := []Span{{Text: string(text[:cut]), Style: fonts.Song, Size: 12}}
		if cut < len(text) {
			spans = append(spans, Span{Text: string(text[cut:]), Style: fonts.Kai, Size: 10.5, Src: cut})
		}
		opt := Options{Measure: 36 + float64(measure%32)*12} // 3 to 34 em
		if mode&1 != 0 {
			opt.Indent = 24
		}
		if mode&2 != 0 {
			opt.Balance, opt.Align = true, Center
		}
		if mode&8 != 0 {
			opt.Hang = 12
		}
		lines := Set(spans, opt)
		if len(lines) == 0 {
			t.Fatal("no lines")
		}
		checkInvariants(t, spans, opt, lines)
	})
}
