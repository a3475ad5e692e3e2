//go:build ignore

// Charset writes the character list the bundled fonts are subset to (one
// file of UTF-8 text): every character of GBK (so GB2312 too), all CJK
// Unified Ideographs of the BMP and Extension A (which hold 通用规范汉字表's
// 8,105), every supplementary-plane character (rare name characters; the
// subsetter keeps those the font has), and the punctuation, symbol, Latin,
// Greek and Cyrillic blocks a gazette uses.
//
//	go run charset.go > chars.txt
package main

import (
	"bufio"
	"os"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func main() {
	seen := map[rune]bool{}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	add := func(r rune) {
		if !seen[r] && utf8.ValidRune(r) && r >= 0x20 {
			seen[r] = true
			w.WriteRune(r)
		}
	}
	addRange := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			add(r)
		}
	}
	// GBK: lead bytes 0x81–0xFE, trail bytes 0x40–0xFE except 0x7F.
	dec := simplifiedchinese.GBK.NewDecoder()
	for lead := 0x81; lead <= 0xFE; lead++ {
		for trail := 0x40; trail <= 0xFE; trail++ {
			if trail == 0x7F {
				continue
			}
			out, err := dec.Bytes([]byte{byte(lead), byte(trail)})
			if err != nil {
				continue
			}
			for _, r := range string(out) {
				if r != utf8.RuneError {
					add(r)
				}
			}
		}
	}
	addRange(0x20, 0x7E)       // ASCII
	addRange(0xA0, 0x24F)      // Latin-1, Latin Extended-A/B
	addRange(0x2B0, 0x2FF)     // spacing modifiers
	addRange(0x370, 0x3FF)     // Greek
	addRange(0x400, 0x4FF)     // Cyrillic
	addRange(0x2000, 0x2BFF)   // punctuation, super/subscripts, letterlike, arrows, math, box, shapes, symbols
	addRange(0x2E80, 0x2FDF)   // CJK radicals
	addRange(0x3000, 0x303F)   // CJK symbols and punctuation
	addRange(0x3200, 0x33FF)   // enclosed CJK, CJK compatibility
	addRange(0x3400, 0x4DBF)   // CJK Extension A
	addRange(0x4E00, 0x9FFF)   // CJK Unified Ideographs
	addRange(0xF900, 0xFAFF)   // CJK compatibility ideographs
	addRange(0xFE10, 0xFE1F)   // vertical forms
	addRange(0xFE30, 0xFE4F)   // CJK compatibility forms
	addRange(0xFF00, 0xFFEF)   // full-width forms
	addRange(0x10000, 0x3134F) // every supplementary-plane character: symbols of plane 1, rare hanzi of planes 2–3
}
