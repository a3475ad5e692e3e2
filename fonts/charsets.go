package fonts

import (
	"sync"
	"unicode"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// The national character sets the coverage of a face is measured against,
// enumerated once from golang.org/x/text's GBK decoder (GB2312 is the EUC-CN
// part of GBK).
var (
	charsetOnce           sync.Once
	gb2312L1, gb2312Hanzi []rune
	gbkHanzi              []rune
)

func buildCharsets() {
	dec := simplifiedchinese.GBK.NewDecoder()
	decode := func(lead, trail int) rune {
		out, err := dec.Bytes([]byte{byte(lead), byte(trail)})
		if err != nil {
			return 0
		}
		rs := []rune(string(out))
		if len(rs) != 1 || !unicode.Is(unicode.Han, rs[0]) {
			return 0
		}
		return rs[0]
	}
	// GB2312 hanzi: rows 16–87 (lead bytes 0xB0–0xF7, trail 0xA1–0xFE);
	// level 1 is rows 16–55 (lead 0xB0–0xD7).
	for lead := 0xB0; lead <= 0xF7; lead++ {
		for trail := 0xA1; trail <= 0xFE; trail++ {
			if r := decode(lead, trail); r != 0 {
				gb2312Hanzi = append(gb2312Hanzi, r)
				if lead <= 0xD7 {
					gb2312L1 = append(gb2312L1, r)
				}
			}
		}
	}
	// GBK: lead 0x81–0xFE, trail 0x40–0xFE except 0x7F.
	for lead := 0x81; lead <= 0xFE; lead++ {
		for trail := 0x40; trail <= 0xFE; trail++ {
			if trail == 0x7F {
				continue
			}
			if r := decode(lead, trail); r != 0 {
				gbkHanzi = append(gbkHanzi, r)
			}
		}
	}
}

// GB2312Level1 returns the 3,755 first-level hanzi of GB 2312 (the common ones).
func GB2312Level1() []rune { charsetOnce.Do(buildCharsets); return gb2312L1 }

// GB2312Hanzi returns the 6,763 hanzi of GB 2312.
func GB2312Hanzi() []rune { charsetOnce.Do(buildCharsets); return gb2312Hanzi }

// GBKHanzi returns the hanzi of GBK, GB2312's included: the 21,000 code
// points golang.org/x/text decodes to Han characters (private-use and
// non-Han code points are left out).
func GBKHanzi() []rune { charsetOnce.Do(buildCharsets); return gbkHanzi }

// Coverage counts how many of rs the font has a glyph for.
func (f *Font) Coverage(rs []rune) (have, total int) {
	for _, r := range rs {
		if f.GlyphIndex(r) != 0 {
			have++
		}
	}
	return have, len(rs)
}

// MissingFrom returns the runes of rs the font lacks, in order.
func (f *Font) MissingFrom(rs []rune) []rune {
	var out []rune
	for _, r := range rs {
		if f.GlyphIndex(r) == 0 {
			out = append(out, r)
		}
	}
	return out
}
