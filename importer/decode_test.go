package importer

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

const sampleText = "青山市人民政府关于加强城市绿化工作的通知\n" +
	"青府字〔2024〕12号 2024年3月5日\n\n" +
	"各县（市、区）人民政府，市政府各部门：\n\n" +
	"到2025年，新增绿地面积120万平方米，覆盖率达到45%以上；“十四五”期间累计投入约3.5亿元。\n"

// encodings are the ways a text file reaches us, each with how to make it.
var encodings = []struct {
	name   string
	encode func(testing.TB, string) []byte
}{
	{"UTF-8", func(_ testing.TB, s string) []byte { return []byte(s) }},
	{"UTF-8 BOM", func(_ testing.TB, s string) []byte { return append([]byte("\xEF\xBB\xBF"), s...) }},
	{"GB18030", encodeWith(simplifiedchinese.GB18030)},
	{"GBK", encodeWith(simplifiedchinese.GBK)},
	{"UTF-16LE BOM", encodeWith(xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM))},
	{"UTF-16BE BOM", encodeWith(xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM))},
	{"UTF-8 CRLF", func(_ testing.TB, s string) []byte { return []byte(strings.ReplaceAll(s, "\n", "\r\n")) }},
	{"GBK CRLF", func(t testing.TB, s string) []byte {
		return encodeWith(simplifiedchinese.GBK)(t, strings.ReplaceAll(s, "\n", "\r\n"))
	}},
	{"UTF-16LE BOM CRLF", func(t testing.TB, s string) []byte {
		return encodeWith(xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM))(t, strings.ReplaceAll(s, "\n", "\r\n"))
	}},
}

func encodeWith(e encoding.Encoding) func(testing.TB, string) []byte {
	return func(t testing.TB, s string) []byte {
		t.Helper()
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatalf("encode: %v", err)
		}
		return b
	}
}

func TestDecodeEncodings(t *testing.T) {
	for _, enc := range encodings {
		t.Run(enc.name, func(t *testing.T) {
			got, err := Decode("通知.txt", enc.encode(t, sampleText))
			if err != nil {
				t.Fatal(err)
			}
			if got != sampleText {
				t.Errorf("got %q\nwant %q", got, sampleText)
			}
		})
	}
}

// TestDecodeSeedGB18030 round-trips the whole seed issue through GB18030:
// real gazette text, every line, must come back unchanged.
func TestDecodeSeedGB18030(t *testing.T) {
	seed := readSeed(t)
	want := strings.ReplaceAll(string(seed), "\r\n", "\n")
	gb := encodeWith(simplifiedchinese.GB18030)(t, want)
	got, err := Decode("seed-gbk.txt", gb)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Error("GB18030 seed did not decode to the UTF-8 seed")
	}
}

// TestDecodeRefuses checks that what is not trustworthy text is refused,
// never decoded into mojibake, and that the error names the file.
func TestDecodeRefuses(t *testing.T) {
	latin1, _ := charmap.ISO8859_1.NewEncoder().String("Café crème, déjà vu, naïve résumé.")
	big5, _ := traditionalchinese.Big5.NewEncoder().String("中華民國政府公報：關於加強環境衛生與綠化工作的通知，請各單位遵照辦理。")
	sjis, _ := japanese.ShiftJIS.NewEncoder().String("日本語のテキストです。よろしくお願いします。")
	gbk := encodeWith(simplifiedchinese.GBK)(t, "中文文本")
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "空文件"},
		{"whitespace only", []byte(" \r\n\t\u3000\n"), "只有空白"},
		{"NUL bytes", []byte("abc\x00def"), "二进制"},
		{"binary noise", bytes.Repeat([]byte{0x01, 0x02, 0x89, 0xFF, 0x03}, 100), "二进制"},
		{"Latin-1", []byte(latin1), "无法识别文字编码"},
		{"Big5", []byte(big5), "无法识别文字编码"},
		{"Shift-JIS", []byte(sjis), "无法识别文字编码"},
		{"GBK cut in the middle of a character", gbk[:len(gbk)-1], "无法识别文字编码"},
		{"bad UTF-8 after a UTF-8 BOM", []byte("\xEF\xBB\xBF中文\xC3"), "UTF-8"},
		{"UTF-16 odd length", append(encodeWith(xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM))(t, "中文"), 'x'), "UTF-16"},
		{"UTF-16 lone surrogate", []byte{0xFF, 0xFE, 0x2D, 0x4E, 0x00, 0xD8, 0x87, 0x65}, "UTF-16"},
		{"too large", bytes.Repeat([]byte("字"), MaxTextBytes/3+1), "上限"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Decode("来稿.txt", tc.data)
			if err == nil {
				t.Fatalf("accepted, decoded to %q", truncate(got, 80))
			}
			var fe *FileError
			if !errors.As(err, &fe) || fe.File != "来稿.txt" || !strings.Contains(err.Error(), "来稿.txt") {
				t.Errorf("error does not name the file: %v", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q lacks %q", err, tc.want)
			}
		})
	}
}

// TestDecodeNeverMojibake: whatever Decode accepts from a GB18030 file is
// exactly the text that was encoded, for every line of the seed.
func TestDecodeNeverMojibake(t *testing.T) {
	seed := readSeed(t)
	for i, line := range strings.Split(string(seed), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || utf8.RuneCountInString(line) < 2 {
			continue
		}
		gb := encodeWith(simplifiedchinese.GB18030)(t, line)
		got, err := Decode("line.txt", gb)
		if err != nil {
			continue // refusing is allowed; mojibake is not
		}
		if got != line {
			t.Errorf("line %d: decoded %q, want %q", i+1, got, line)
		}
	}
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
