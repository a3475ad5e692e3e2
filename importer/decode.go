package importer

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// The byte-order marks Decode recognises.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode turns the bytes of a text file into UTF-8 text with "\n" line
// ends. It reads UTF-8 (with or without a BOM), UTF-16 LE/BE with a BOM,
// and GB18030/GBK. Text that is valid UTF-8 without a BOM is UTF-8; text
// that is not is GB18030 only when it decodes without a single bad byte and
// reads like Chinese (its multi-byte characters mostly from GB2312);
// anything else is an error that names the file. Decode never guesses, so it
// never returns mojibake.
func Decode(name string, data []byte) (string, error) {
	if len(data) == 0 {
		return "", fileErr(name, nil, "是空文件，没有可导入的内容")
	}
	if len(data) > MaxTextBytes {
		return "", fileErr(name, nil, "文本过大（%s），超过 %s 的上限", sizeLabel(int64(len(data))), sizeLabel(MaxTextBytes))
	}
	var text string
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		rest := data[len(bomUTF8):]
		if !utf8.Valid(rest) {
			return "", fileErr(name, nil, "标明是 UTF-8 编码，但其中有不合 UTF-8 的字节，文件可能已损坏")
		}
		text = string(rest)
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		t, err := decodeUTF16(data)
		if err != nil {
			return "", fileErr(name, err, "标明是 UTF-16 编码，但内容不合 UTF-16，文件可能已损坏")
		}
		text = t
	case utf8.Valid(data) && !gbDisguisedAsUTF8(data):
		if looksBinary(data) {
			return "", fileErr(name, nil, "不是文本文件（含有二进制数据）")
		}
		text = string(data)
	default:
		if looksBinary(data) {
			return "", fileErr(name, nil, "不是文本文件（含有二进制数据）")
		}
		t, ok := decodeGB18030(data)
		if !ok {
			return "", fileErr(name, nil, "无法识别文字编码：既不是 UTF-8，也不是 GB18030/GBK 中文编码。请用记事本或 WPS 打开，另存为 UTF-8 编码的 .txt 后再导入")
		}
		text = t
	}
	if looksBinary([]byte(text)) {
		return "", fileErr(name, nil, "不是文本文件（含有控制字符）")
	}
	text = normalizeNewlines(text)
	if strings.TrimSpace(text) == "" {
		return "", fileErr(name, nil, "只有空白，没有可导入的内容")
	}
	return text, nil
}

// decodeUTF16 decodes UTF-16 text that starts with a BOM. An odd length or a
// broken surrogate pair is an error rather than a replacement character.
func decodeUTF16(data []byte) (string, error) {
	if len(data)%2 != 0 {
		return "", errOddUTF16
	}
	bigEndian := data[0] == 0xFE
	// A lone surrogate decodes to U+FFFD; refuse unless the file really
	// holds U+FFFD code units.
	hasFFFD := false
	for i := 2; i+1 < len(data); i += 2 {
		u := uint16(data[i])<<8 | uint16(data[i+1])
		if !bigEndian {
			u = uint16(data[i+1])<<8 | uint16(data[i])
		}
		if u == 0xFFFD {
			hasFFFD = true
			break
		}
	}
	out, _, err := transform.Bytes(xunicode.BOMOverride(xunicode.UTF8.NewDecoder()), data)
	if err != nil {
		return "", err
	}
	if !hasFFFD && bytes.ContainsRune(out, utf8.RuneError) {
		return "", errBadSurrogate
	}
	return string(out), nil
}

type decodeError string

func (e decodeError) Error() string { return string(e) }

const (
	errOddUTF16     = decodeError("UTF-16 文本的字节数为奇数")
	errBadSurrogate = decodeError("UTF-16 文本中有不成对的代理项")
)

// decodeGB18030 decodes data as GB18030 (a superset of GBK and GB2312) and
// reports whether the result is trustworthy: no invalid byte sequence, and
// text that reads like Chinese.
func decodeGB18030(data []byte) (string, bool) {
	if !plausibleGB(data) {
		return "", false
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return "", false
	}
	return string(out), true
}

// plausibleGB walks data as GB18030 byte sequences and reports whether
// every sequence is well formed and the text reads like Chinese: at least
// one GB2312 hanzi, and at least 80% of the multi-byte characters drawn from
// GB2312 (rows A1–F7), where everyday Chinese lives. Text in another
// encoding (Big5, Shift-JIS, Latin-1) read as GBK lands mostly outside it.
func plausibleGB(data []byte) bool {
	multi, gb2312, hanzi, ok := gbStats(data)
	return ok && hanzi > 0 && gb2312*5 >= multi*4
}

// gbStats walks data as GB18030 byte sequences and counts the multi-byte
// characters, those of them in GB2312 and those GB2312 hanzi; ok is false
// when a sequence is malformed.
func gbStats(data []byte) (multi, gb2312, hanzi int, ok bool) {
	for i := 0; i < len(data); {
		b := data[i]
		switch {
		case b < 0x80:
			i++
			continue
		case b == 0x80 || b == 0xFF:
			return
		case i+1 >= len(data):
			return
		}
		c := data[i+1]
		switch {
		case c >= 0x30 && c <= 0x39: // four-byte sequence
			if i+3 >= len(data) || data[i+2] < 0x81 || data[i+2] > 0xFE || data[i+3] < 0x30 || data[i+3] > 0x39 {
				return
			}
			multi++
			i += 4
		case c >= 0x40 && c <= 0xFE && c != 0x7F:
			multi++
			if b >= 0xA1 && b <= 0xF7 && c >= 0xA1 {
				gb2312++
				if b >= 0xB0 {
					hanzi++
				}
			}
			i += 2
		default:
			return
		}
	}
	return multi, gb2312, hanzi, true
}

// gbDisguisedAsUTF8 reports whether data, though valid UTF-8, is really
// GBK: short GBK text can happen to be valid UTF-8 ("目 录" is C4 BF 20 C2
// BC, which UTF-8 reads as "Ŀ ¼"). It holds when the UTF-8 reading has no
// character beyond U+07FF (so no Chinese at all), none of its non-ASCII
// letters sits inside a Latin word (as é in café does), and the GBK reading
// is all GB2312 with at least one hanzi.
func gbDisguisedAsUTF8(data []byte) bool {
	s := string(data)
	prev, nonASCII := rune(' '), false
	for i, r := range s {
		if r >= 0x800 {
			return false
		}
		if r >= 0x80 {
			nonASCII = true
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if isASCIILetter(prev) || isASCIILetter(next) {
				return false
			}
		}
		prev = r
	}
	if !nonASCII {
		return false
	}
	multi, gb2312, hanzi, ok := gbStats(data)
	return ok && hanzi > 0 && gb2312 == multi
}

func isASCIILetter(r rune) bool { return r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') }

// looksBinary reports whether data holds bytes no text file has: a NUL, or
// more than a few C0 control characters other than tab, line feed, vertical
// tab, form feed, carriage return and escape.
func looksBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, b := range data {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r' && b != 0x1B {
			ctrl++
		}
	}
	return ctrl > 8 && ctrl*100 > len(data)
}

// normalizeNewlines turns CRLF and lone CR into LF, and drops a BOM that
// survived inside the text and control characters the parser cannot use.
func normalizeNewlines(s string) string {
	if !strings.ContainsAny(s, "\r\ufeff\v\f\x1b") && !hasC0(s) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r' || r == '\v' || r == '\f':
			return '\n'
		case r == '\ufeff':
			return -1
		case r == '\t' || r == '\n':
			return r
		case r < 0x20 || r == 0x7F:
			return -1
		}
		return r
	}, s)
}

func hasC0(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return (r < 0x20 && r != '\t' && r != '\n') || r == 0x7F
	}) >= 0
}

// isHan reports whether r is a Chinese character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// sizeLabel prints a byte count as people read it: 12.3 MB, 512 KB.
func sizeLabel(n int64) string {
	switch {
	case n >= 1<<20:
		return strings.TrimSuffix(fmt.Sprintf("%.1f", float64(n)/(1<<20)), ".0") + " MB"
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d 字节", n)
}
