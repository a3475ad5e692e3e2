package importer

import (
	"os"
	"strings"
	"testing"
)

// FuzzParseDocument feeds the text parser arbitrary text: it must not
// panic or hang, and every hanzi of the input must be accounted for in the
// article (and in the articles ParseDocuments cuts the text into) — in its PlainText, or in a head field the parser reads the
// hanzi into (the date as 年月日, the issuers, the 此件 of the disclosure
// note), or in a warning that tells the editor about them. Hanzi inside
// gazette comments are metadata, not text.
func FuzzParseDocument(f *testing.F) {
	f.Add(sampleText)
	f.Add("关于某事的通知\n某府字〔0000〕0号1000年0月0日\n正文")
	f.Add(twoDocuments)
	f.Add("乐平市人民政府文件\n乐府字〔2021〕5号 签发人：王某\n关于做好\n植树工作的通知\n各单位：\n正文。\n乐平市人民政府\n二〇二一年三月二日\n（此件主动公开）")
	f.Add("# 关于某事的通知\n\n某府字〔2024〕3号 2024年1月2日\n\n各单位：\n\n**一、总体要求**\n\n正文<sup>2</sup>第一段没有结束\n\n接着写完。\n\n| 项目 | 数 |\n| --- | --- |\n| 甲 | << |\n| ^^ | 乙 |\n\n附件：1.某某表  \n2.某某单\n\n（此件主动公开）\n\n附件1\n\n# 某某表\n\n内容\t数量\n合计\t3\n")
	parts := strings.Split(readSeed(f), "\n## ")
	for _, p := range parts[1:min(len(parts), 6)] {
		f.Add("## " + p)
	}
	if golden, err := os.ReadFile("testdata/docx_sample.golden.txt"); err == nil {
		f.Add(string(golden))
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, l := range strings.Split(text, "\n") {
			checkFastPaths(t, l)
		}
		a, warns, err := ParseDocument("fuzz.txt", text)
		if err != nil {
			return
		}
		accounted := a.PlainText() + a.DateLabel() + strings.Join(a.Issuers, "") + Warnings(warns)
		if a.Disclosure != "" {
			accounted += "此件"
		}
		checkHanzi(t, text, accounted)
		arts, rep, err := ParseDocuments("fuzz.txt", text)
		if err != nil {
			t.Fatalf("ParseDocument read the text, ParseDocuments did not: %v", err)
		}
		accounted = Warnings(rep.Warnings)
		for i := range arts {
			accounted += arts[i].PlainText() + arts[i].DateLabel() + strings.Join(arts[i].Issuers, "")
			if arts[i].Disclosure != "" {
				accounted += "此件"
			}
		}
		checkHanzi(t, text, accounted)
	})
}

// checkHanzi fails when a hanzi of text (comments aside) is less often in
// accounted than in text.
func checkHanzi(t *testing.T, text, accounted string) {
	t.Helper()
	have := hanziTally(accounted)
	for r, n := range hanziTally(withoutComments(text)) {
		if have[r] < n {
			t.Fatalf("hanzi %q appears %d times in the input, %d in the articles\ninput: %q\nplain: %q", r, n, have[r], text, accounted)
		}
	}
}

// FuzzDocx feeds DocxText arbitrary bytes (seeded with real archives): it
// must not panic or hang, and what it returns must parse.
func FuzzDocx(f *testing.F) {
	f.Add(sampleDocx(f))
	f.Add(zipParts(f, docxParts(wtbl(wtr(wtc(`<w:gridSpan w:val="3"/>`, "甲")), wtr(wtc(`<w:vMerge/>`, ""), wtc("", "乙"))))))
	f.Add(zipParts(f, docxParts(wpNum("1", "0", wr("甲"))+wpNum("1", "2", wr("乙"))+wp("", wrImage("rId5", "x")))))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := DocxText("fuzz.docx", data)
		if err != nil {
			return
		}
		if strings.TrimSpace(text) == "" {
			t.Fatal("no error and no text")
		}
		ParseDocument("fuzz.docx", text)
	})
}

// FuzzDecode: Decode never panics, and what it accepts is valid text
// without NULs.
func FuzzDecode(f *testing.F) {
	for _, enc := range encodings {
		f.Add(enc.encode(f, sampleText))
	}
	f.Add([]byte("\xC4\xBF \xC2\xBC"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode("fuzz.txt", data)
		if err != nil {
			return
		}
		if strings.ContainsRune(s, 0) || strings.ContainsRune(s, '\uFFFD') && !holdsReplacementChar(data) {
			t.Fatalf("Decode returned %q", s)
		}
	})
}

// holdsReplacementChar reports whether data holds U+FFFD itself, in UTF-8,
// UTF-16 (either order) or GB18030: text a file really holds, which Decode
// keeps, rather than a byte it could not read.
func holdsReplacementChar(data []byte) bool {
	for _, enc := range []string{"\xEF\xBF\xBD", "\xFF\xFD", "\xFD\xFF", "\x84\x31\xA4\x37"} {
		if strings.Contains(string(data), enc) {
			return true
		}
	}
	return false
}

func hanziTally(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if isHan(r) {
			m[r]++
		}
	}
	return m
}

// withoutComments drops the gazette comment lines.
func withoutComments(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "<!--") && strings.HasSuffix(t, "-->") {
			continue
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}
