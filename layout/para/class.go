package para

import "unicode"

// class is the line-breaking and spacing class of a character.
type class uint8

// The classes. The full-width marks (open … stop) sit in half of their em
// box in GB style and take part in punctuation compression.
const (
	clsOther     class = iota // symbols: breaks allowed on both sides, no extra spacing
	clsHan                    // ideographs, kana, hangul, full-width letters
	clsOpen                   // full-width opening marks “ ‘ （ 《 〈 【 〖 〔 ［ ｛ 「 『
	clsClose                  // full-width closing marks ” ’ ） 》 〉 】 〗 〕 ］ ｝ 」 』
	clsPause                  // pause marks ， 、 ： ；
	clsStop                   // stops 。 ． ？ ！
	clsMiddot                 // interpuncts · ・ ‧
	clsDash                   // — ― ⸺ ⸻
	clsEllipsis               // … ⋯
	clsConnector              // ～ 〜
	clsIdeoSpace              // U+3000
	clsAlpha                  // Latin, Greek, Cyrillic letters
	clsDigit                  // decimal digits
	clsLatOpen                // ( [ {
	clsLatClose               // ) ] }
	clsLatStop                // , . ; : ! ?
	clsHyphen                 // - ‐ ‑ –
	clsSolidus                // / ／
	clsSign                   // + − ± $ ¥ ￥ € £ # №: prefixes of numbers
	clsUnit                   // % ‰ ‱ ℃ ℉ ° ′ ″ ％: suffixes of numbers
	clsLatOther               // other ASCII punctuation: & * @ _ = < > | \ ^ ` ~ " '
	// The transparent classes draw nothing and have no width of their own;
	// what they mean goes into the glue between their visible neighbours.
	clsSpace   // U+0020, tab, the Zs spaces: word space, break opportunity
	clsNBSP    // U+00A0, U+202F, U+2007: word space, no break
	clsZWSP    // U+200B: break opportunity, no width
	clsNewline // \n, U+2028, U+2029, U+0085: forced break
	clsZW      // other controls and format characters: nothing
)

// classify returns the class of r.
func classify(r rune) class {
	switch r {
	case '“', '‘', '（', '《', '〈', '【', '〖', '〔', '［', '｛', '「', '『', '〘', '〚', '｟', '⦅':
		return clsOpen
	case '”', '’', '）', '》', '〉', '】', '〗', '〕', '］', '｝', '」', '』', '〙', '〛', '｠', '⦆':
		return clsClose
	case '，', '、', '：', '；', '﹐', '﹑':
		return clsPause
	case '。', '．', '？', '！', '｡':
		return clsStop
	case '·', '・', '‧', '･':
		return clsMiddot
	case '—', '―', '⸺', '⸻':
		return clsDash
	case '…', '⋯':
		return clsEllipsis
	case '～', '〜':
		return clsConnector
	case '\u3000':
		return clsIdeoSpace
	case '(', '[', '{':
		return clsLatOpen
	case ')', ']', '}':
		return clsLatClose
	case ',', '.', ';', ':', '!', '?':
		return clsLatStop
	case '-', '‐', '‑', '–':
		return clsHyphen
	case '/', '／':
		return clsSolidus
	case '+', '−', '±', '$', '¥', '￥', '€', '£', '#', '№':
		return clsSign
	case '%', '‰', '‱', '℃', '℉', '°', '′', '″', '％':
		return clsUnit
	case ' ', '\t':
		return clsSpace
	case '\u00A0', '\u202F', '\u2007':
		return clsNBSP
	case '\u200B':
		return clsZWSP
	case '\n', '\u2028', '\u2029', '\u0085':
		return clsNewline
	case '\u00AD', '\u200C', '\u200D', '\u2060', '\uFEFF', '\r':
		return clsZW
	}
	switch {
	case r < 0x20 || (r >= 0x7F && r < 0xA0):
		return clsZW
	case r < 0x80:
		switch {
		case r >= '0' && r <= '9':
			return clsDigit
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
			return clsAlpha
		}
		return clsLatOther
	case r < 0x2E80:
		switch {
		case unicode.Is(unicode.Zs, r):
			return clsSpace
		case unicode.IsDigit(r):
			return clsDigit
		case unicode.IsLetter(r), unicode.Is(unicode.Mn, r):
			return clsAlpha
		}
		return clsOther
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF:
		return clsZW
	case r >= 0xFF10 && r <= 0xFF19, r >= 0xFF21 && r <= 0xFF3A, r >= 0xFF41 && r <= 0xFF5A:
		return clsHan // full-width letters and digits take a full em, like ideographs
	case unicode.Is(unicode.Zs, r):
		return clsSpace
	}
	return clsHan
}

// isMark reports the full-width marks that sit in half of their em box in
// GB style and are compressed (clreq, punctuation width adjustment).
func (c class) isMark() bool { return c >= clsOpen && c <= clsStop }

// closingLike reports marks whose blank half is on the right: closing
// brackets and quotes, pause marks and stops (GB style puts ，。、：；？！
// on the left of their em box, clreq (punctuation width adjustment)).
func (c class) closingLike() bool { return c == clsClose || c == clsPause || c == clsStop }

// transparent reports classes that draw nothing and have no width.
func (c class) transparent() bool { return c >= clsSpace }

// latinJoining reports the classes that join into one Latin word or number
// when nothing separates them.
func (c class) latinJoining() bool {
	switch c {
	case clsAlpha, clsDigit, clsLatOpen, clsLatClose, clsLatStop, clsHyphen, clsSolidus, clsSign, clsUnit, clsLatOther:
		return true
	}
	return false
}

// alnum reports Latin letters and digits, the characters that get CJK–Latin
// spacing.
func (c class) alnum() bool { return c == clsAlpha || c == clsDigit }

// notAtLineStart: clreq (prohibition rules for line start, basic level) /
// GB/T 15834-2011 5.1 (横排文稿) — pause and stop marks 、，。．：；！？ and their ASCII
// forms, closing brackets and quotes ” ’ ） 》 〉 】 〗 〕 ］ ｝ 」 』 ) ] }, the
// connectors and interpuncts ～ - – · ・ ‧ and the solidi / ／ never begin a line.
func notAtLineStart(c class) bool {
	switch c {
	case clsClose, clsPause, clsStop, clsMiddot, clsConnector,
		clsLatClose, clsLatStop, clsHyphen, clsSolidus:
		return true
	}
	return false
}

// notAtLineEnd: clreq (prohibition rules for line end) / GB/T 15834-2011
// 5.1 (横排文稿) — opening brackets and quotes “ ‘ （ 《 〈 【 〖 〔 ［ ｛ 「 『 ( [ { and the
// solidi / ／ (GB/T 15834-2011, 分隔号) never end a line.
func notAtLineEnd(c class) bool {
	switch c {
	case clsOpen, clsLatOpen, clsSolidus:
		return true
	}
	return false
}

// inseparable: clreq (character sequences that are not broken) / GB/T
// 15834-2011 5.1 (横排文稿: 破折号、省略号 take two characters and are not
// split) — the dash —— and the ellipsis …… are 2-em units that
// are never split between lines.
func inseparable(a, b rune, ca, cb class) bool {
	return (ca == clsDash && cb == clsDash) || (ca == clsEllipsis && cb == clsEllipsis)
}

// numberWithUnit: clreq (sequences that are not broken) / GB/T 15835-2011 (use of numerals) — a
// number is not separated from its sign (+5, ￥100), its unit or measure word
// (30号, 2020年, 8%, 5℃), nor the ordinal prefix 第 from its number (第8期).
func numberWithUnit(a, b rune, ca, cb class) bool {
	switch {
	case ca == clsDigit && (cb == clsHan || cb == clsUnit):
		return true
	case ca == clsSign && cb == clsDigit:
		return true
	case a == '第' && cb == clsDigit:
		return true
	}
	return false
}

// latinWord: clreq (sequences that are not broken) / UAX #14 (LB28–LB30) — letters and digits of one
// Latin word or number (with the punctuation inside it: U.S., 1,000.5, C++,
// (a)) are not broken when no space separates them. The exceptions are the
// UAX #14 opportunities of latinBreakAfter.
func latinWord(ca, cb class) bool { return ca.latinJoining() && cb.latinJoining() }

// latinBreakAfter: UAX #14 LB21 (break after a hyphen before a letter:
// well-|known) and, in a URL or a long string, after the URL punctuation
// . ? & = _ # , ; : and - before a letter or digit (a simple rule set in the
// spirit of UAX #14 and the Chicago Manual's URL breaks; the solidus stays
// because GB/T 15834-2011 (分隔号) keeps / off both line edges).
func latinBreakAfter(a rune, ca, cb class, urlLike bool) bool {
	if !cb.alnum() {
		return false
	}
	if ca == clsHyphen && cb == clsAlpha {
		return true
	}
	if !urlLike {
		return false
	}
	switch a {
	case '.', '?', '&', '=', '_', '#', ',', ';', ':', '-', '~', '@':
		return true
	}
	return false
}

// cjkLatinGap: clreq (spacing between Chinese and Western text) — a
// quarter em between a Han character and a Latin letter or digit; none next
// to Chinese punctuation (whose classes are not clsHan) and none at a line
// edge (the gap lives in the glue, which vanishes at a break).
func cjkLatinGap(ca, cb class) bool {
	return (ca == clsHan && cb.alnum()) || (ca.alnum() && cb == clsHan)
}
