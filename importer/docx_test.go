package importer

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	goldenfile "gazette/internal/golden"
	"path/filepath"
	"strings"
	"testing"
)

// sampleDocxBody is a whole government document the way Word stores it:
// a Title-style title, the 文号 and date, the addressee, body text with
// bold and a superscript, headings by style and by list numbering, a table
// with a cell spanning two columns and one spanning two rows, a picture
// with a caption, the signature and the disclosure note.
func sampleDocxBody() string {
	return wp("a3", wr("青山市人民政府"), `<w:r><w:br/></w:r>`, wr("关于加强城市绿化工作的通知")) +
		wp("", wr("青府字〔2024〕12号 2024年3月5日")) +
		wp("", wr("各县（市、区）人民政府，市政府各部门：")) +
		wp("", wr("为进一步"), wrBold("加强城市绿化"), wr("工作，现通知如下：")) +
		wpNum("1", "0", wr("总体要求")) +
		wp("", wr("到2025年，新增绿地面积120万m"), wrVert("2", "superscript"), wr("，CO"), wrVert("2", "subscript"), wr("排放下降。")) +
		wpNum("1", "0", wr("主要任务")) +
		wpNum("1", "1", wr("加快组织落实。")) +
		wpNum("1", "1", wrBold("强化督查考核。"), wr("各地要定期通报。")) +
		wp("1", wr("三、保障措施")) +
		wp("MyHead", wr("经费保障")) +
		wtbl(
			wtr(wtc("", "项目"), wtc("", "2023年"), wtc("", "2024年")),
			wtr(wtc(`<w:vMerge w:val="restart"/>`, "绿地"), wtc("", "100"), wtc("", "120|")),
			wtr(wtc(`<w:vMerge/>`, ""), wtc(`<w:gridSpan w:val="2"/>`, "持平")),
		) +
		wp("", wrImage("rId5", "图片 1")) +
		wp("a5", wr("图1 绿化示意图")) +
		`<w:p><w:pPr><w:jc w:val="right"/></w:pPr>` + wr("青山市人民政府") + `</w:p>` +
		`<w:p><w:pPr><w:jc w:val="right"/></w:pPr>` + wr("2024年3月5日") + `</w:p>` +
		wp("", wr("（此件主动公开）"))
}

func sampleDocx(t testing.TB) []byte {
	return zipParts(t, docxParts(sampleDocxBody()))
}

func TestDocxTextGolden(t *testing.T) {
	got, err := DocxText("样例.docx", sampleDocx(t))
	if err != nil {
		t.Fatal(err)
	}
	goldenfile.Text(t, filepath.Join("testdata", "docx_sample.golden.txt"), got)
}

// TestDocxTextParts checks each construct on its own, so a failure says
// which one broke.
func TestDocxTextParts(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string // lines that must appear
		not  []string // text that must not appear
	}{
		{"heading style by name with numeric id", wp("1", wr("总则")), []string{"# 总则"}, nil},
		{"heading 2 by name", wp("2", wr("（一）目标")), []string{"## （一）目标"}, nil},
		{"标题 3 by Chinese name", wp("30", wr("细则")), []string{"## 细则"}, nil},
		{"custom style based on heading 2", wp("MyHead", wr("经费")), []string{"## 经费"}, nil},
		{"outline level in the paragraph", `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr>` + wr("大标题") + `</w:p>`, []string{"# 大标题"}, nil},
		{"heading drops bold marks", wp("1", wrBold("加粗标题")), []string{"# 加粗标题"}, []string{"**"}},
		{"numbering written out", wpNum("1", "0", wr("甲")) + wpNum("1", "1", wr("乙")) + wpNum("1", "1", wr("丙")) + wpNum("1", "0", wr("丁")) + wpNum("1", "1", wr("戊")) + wpNum("1", "2", wr("己")),
			[]string{"一、甲", "（一）乙", "（二）丙", "二、丁", "（一）戊", "1.己"}, nil},
		{"bullets carry no glyph", wpNum("2", "0", wr("要点")), []string{"要点"}, []string{"\uf0b7"}},
		{"partial bold", wp("", wr("一"), wrBold("二"), wr("三")), []string{"一**二**三"}, nil},
		{"bold from a pause mark keeps the mark outside", wp("", wr("一"), wrBold("，二"), wr("三")), []string{"一，**二**三"}, nil},
		{"masked stars stay text", wp("", wr("张**、李**，138****5678")), []string{"张**、李**，138****5678"}, nil},
		{"whole-paragraph bold has no marks", wp("", wrBold("全部加粗")), []string{"全部加粗"}, []string{"**"}},
		{"bold switched off", wp("", `<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>不粗</w:t></w:r>`, wrBold("粗")), []string{"不粗**粗**"}, nil},
		{"superscript and subscript", wp("", wr("m"), wrVert("3", "superscript"), wr("H"), wrVert("2", "subscript"), wr("O")), []string{"m<sup>3</sup>H<sub>2</sub>O"}, nil},
		{"tab is not a table cell", wp("", wr("甲"), `<w:r><w:tab/></w:r>`, wr("乙")), []string{"甲 乙"}, []string{"\t"}},
		{"line break kept", wp("", wr("上"), `<w:r><w:br/></w:r>`, wr("下")), []string{"上  \n下"}, nil},
		{"page break kept", wp("", wr("上"), `<w:r><w:br w:type="page"/></w:r>`, wr("下")), []string{"上\n\n<!-- gazette:pagebreak -->\n\n下"}, nil},
		{"page break before a paragraph", wp("", wr("上。")) + `<w:p><w:pPr><w:pageBreakBefore/></w:pPr>` + wr("下。") + `</w:p>`, []string{"上。\n\n<!-- gazette:pagebreak -->\n\n下。"}, nil},
		{"page breaks at the ends and doubled dropped", wp("", `<w:r><w:br w:type="page"/></w:r>`, wr("上。"), `<w:r><w:br w:type="page"/></w:r>`) + wp("", `<w:r><w:br w:type="page"/></w:r>`, wr("下。"), `<w:r><w:br w:type="page"/></w:r>`),
			[]string{"上。\n\n<!-- gazette:pagebreak -->\n\n下。\n"}, []string{"pagebreak -->\n\n<!--", "下。\n\n<!--"}},
		{"column break dropped", wp("", wr("上"), `<w:r><w:br w:type="column"/></w:r>`, wr("下")), []string{"上下"}, nil},
		{"page break in a table cell dropped", wtbl(wtr(wtc("", "甲"), `<w:tc>`+wp("", wr("乙"), `<w:r><w:br w:type="page"/></w:r>`, wr("丙"))+`</w:tc>`)), []string{"| 甲 | 乙 丙 |"}, []string{"pagebreak"}},
		{"deleted text left out, inserted kept", wp("", wr("保留"), `<w:del><w:r><w:delText>删除</w:delText></w:r></w:del>`, `<w:ins><w:r><w:t>插入</w:t></w:r></w:ins>`), []string{"保留插入"}, []string{"删除"}},
		{"hidden text left out", wp("", wr("看得见"), `<w:r><w:rPr><w:vanish/></w:rPr><w:t>看不见</w:t></w:r>`), []string{"看得见"}, []string{"看不见"}},
		{"hyperlink text kept", wp("", `<w:hyperlink r:id="rId9">`+wr("链接文字")+`</w:hyperlink>`), []string{"链接文字"}, nil},
		{"field result kept, code dropped", wp("", `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, wr("第3页"), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`), []string{"第3页"}, []string{"PAGE"}},
		{"empty paragraphs dropped", wp("", wr("甲")) + wp("") + wp("", wr("  ")) + wp("", wr("乙")), []string{"甲\n<!-- gazette:break -->\n\n乙"}, nil},
		{"table with merges", wtbl(
			wtr(wtc("", "项目"), wtc("", "上年"), wtc("", "本年")),
			wtr(wtc(`<w:vMerge w:val="restart"/>`, "绿地"), wtc(`<w:gridSpan w:val="2"/>`, "持平")),
			wtr(wtc(`<w:vMerge/>`, ""), wtc("", "1"), wtc("", "2")),
		), []string{"| 项目 | 上年 | 本年 |\n| --- | --- | --- |\n| 绿地 | 持平 | << |\n| ^^ | 1 | 2 |"}, nil},
		{"pipe in a cell escaped", wtbl(wtr(wtc("", "a|b"), wtc("", "c"))), []string{`| a\|b | c |`}, nil},
		{"literal merge marks escaped", wtbl(wtr(wtc("", "<<"), wtc("", "^^"))), []string{`| \<< | \^^ |`}, nil},
		{"header rows marked in Word", wtbl(
			`<w:tr><w:trPr><w:tblHeader/></w:trPr>`+wtc("", "甲")+wtc("", "乙")+`</w:tr>`,
			`<w:tr><w:trPr><w:tblHeader/></w:trPr>`+wtc("", "丙")+wtc("", "丁")+`</w:tr>`,
			wtr(wtc("", "1"), wtc("", "2"))), []string{"| 甲 | 乙 |\n| 丙 | 丁 |\n| --- | --- |\n| 1 | 2 |"}, nil},
		{"title broken over lines is one line", wp("a3", wr("青山市人民政府"), `<w:r><w:br/></w:r>`, wr("关于绿化的通知")), []string{"# 青山市人民政府关于绿化的通知"}, nil},
		{"right-aligned signature", wp("", wr("特此通知。")) + `<w:p><w:pPr><w:jc w:val="right"/></w:pPr>` + wr("青山市自然资源局") + `</w:p><w:p><w:pPr><w:jc w:val="right"/></w:pPr>` + wr("二〇二四年三月五日") + `</w:p>`,
			[]string{"<!-- gazette:signature -->\n青山市自然资源局\n二〇二四年三月五日"}, nil},
		{"signature by issuer names", wp("", wr("特此通知。")) + wp("", wr("青山市财政局 青山市自然资源局")) + wp("", wr("2024年3月5日")),
			[]string{"<!-- gazette:signature -->\n青山市财政局 青山市自然资源局\n2024年3月5日"}, nil},
		{"no signature in the head", wp("", wr("青山市财政局")) + wp("", wr("2024年3月5日")) + wp("", wr("正文。")), nil, []string{"signature"}},
		{"break after an open paragraph", wp("", wr("各单位：")) + wp("", wr("第一段没有句号")) + wp("", wr("第二段。")), []string{"第一段没有句号\n<!-- gazette:break -->\n\n第二段。"}, nil},
		{"breaks in the head too", wp("", wr("关于某事的通知")) + wp("", wr("青府字〔2024〕1号")) + wp("", wr("各单位：")), []string{"关于某事的通知\n<!-- gazette:break -->\n\n青府字〔2024〕1号\n<!-- gazette:break -->\n\n各单位："}, nil},
		{"one-cell frame unwrapped", wtbl(wtr(wtc("", "框内文字"))), []string{"框内文字"}, []string{"|"}},
		{"image with caption", wp("", wrImage("rId5", "x")) + wp("a5", wr("图1 示意")), []string{"![图1 示意](data:image/png;base64,"}, nil},
		{"image without caption", wp("", wr("前"), wrImage("rId5", "x"), wr("后")), []string{"前\n\n![](data:image/png;base64,", " \"image1.png\")\n\n后"}, nil},
		{"text box paragraphs follow", wp("", wr("正文"), `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="x"><w:txbxContent>`+wp("", wr("框中"))+`</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>`+wp("", wr("框中"))+`</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`),
			[]string{"正文\n<!-- gazette:break -->\n\n框中\n"}, []string{"框中\n\n框中"}},
		{"symbol-font glyph dropped", wp("", wr("甲"), `<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>`, `<w:r><w:sym w:font="SimSun" w:char="2605"/></w:r>`), []string{"甲★"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DocxText("t.docx", zipParts(t, docxParts(tc.body)))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("output lacks %q:\n%s", w, got)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("output has %q:\n%s", n, got)
				}
			}
		})
	}
}

func TestDocxNotes(t *testing.T) {
	parts := docxParts(wp("", wr("正文")) + wp("", wrImage("rId7", "x")) + wp("", wrImage("rId6", "y")))
	parts["word/media/image3.emf"] = "\x01\x00\x00\x00 not really an emf"
	parts["word/media/image2.gif"] = string(testGIF()[:20])
	_, notes, err := docxConvert("t.docx", zipParts(t, parts))
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(notes, "\n")
	for _, w := range []string{"EMF", "已损坏"} {
		if !strings.Contains(joined, w) {
			t.Errorf("notes lack %q: %q", w, notes)
		}
	}
}

func TestDocxConvertsGIF(t *testing.T) {
	parts := docxParts(wp("", wrImage("rId6", "y")))
	parts["word/media/image2.gif"] = string(testGIF())
	got, err := DocxText("t.docx", zipParts(t, parts))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "![](data:image/png;base64,") {
		t.Errorf("GIF not converted to PNG:\n%s", got)
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		format string
		n      int
		want   string
	}{
		{"decimal", 7, "7"},
		{"chineseCounting", 1, "一"},
		{"chineseCounting", 10, "十"},
		{"chineseCounting", 11, "十一"},
		{"chineseCounting", 20, "二十"},
		{"chineseCounting", 105, "一百零五"},
		{"chineseCountingThousand", 23, "二十三"},
		{"ideographDigital", 2020, "二〇二〇"},
		{"chineseLegalSimplified", 12, "拾贰"},
		{"ideographTraditional", 3, "丙"},
		{"decimalEnclosedCircle", 3, "③"},
		{"decimalEnclosedParen", 2, "⑵"},
		{"decimalFullWidth", 12, "１２"},
		{"lowerLetter", 28, "bb"},
		{"upperRoman", 14, "XIV"},
		{"lowerRoman", 4, "iv"},
		{"unknownFormat", 5, "5"},
	}
	for _, tc := range tests {
		if got := formatNumber(tc.format, tc.n); got != tc.want {
			t.Errorf("formatNumber(%s, %d) = %q, want %q", tc.format, tc.n, got, tc.want)
		}
	}
}

// TestDocxBad feeds hostile and broken archives: each is refused with an
// error that names the file, and nothing is inflated past the caps.
func TestDocxBad(t *testing.T) {
	good := docxParts(wp("", wr("正文")))
	with := func(extra map[string]string, drop ...string) []byte {
		p := map[string]string{}
		for k, v := range good {
			p[k] = v
		}
		for k, v := range extra {
			p[k] = v
		}
		for _, k := range drop {
			delete(p, k)
		}
		return zipParts(t, p)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "空文件"},
		{"not a zip", []byte("这不是压缩包，只是改了扩展名的文本"), "不是有效的 Word 文档"},
		{"truncated zip", sampleDocx(t)[:200], "不是有效的 Word 文档"},
		{"zip without document.xml", with(nil, "word/document.xml"), "没有 word/document.xml"},
		{"dot-dot entry", with(map[string]string{"../../evil.sh": "rm -rf /"}), "指向包外"},
		{"absolute entry", with(map[string]string{"/etc/passwd": "x"}), "指向包外"},
		{"windows drive entry", with(map[string]string{"C:\\evil.bat": "x"}), "指向包外"},
		{"document.xml not XML", with(map[string]string{"word/document.xml": "<w:document><w:body><w:p>"}), "不是有效的 XML"},
		{"document without body", with(map[string]string{"word/document.xml": `<w:document ` + wNS + `/>`}), "没有正文"},
		{"deeply nested XML", with(map[string]string{"word/document.xml": `<w:document ` + wNS + `><w:body>` + strings.Repeat("<w:sdt>", 1000) + strings.Repeat("</w:sdt>", 1000) + `</w:body></w:document>`}), "不是有效的 XML"},
		{"no text at all", with(map[string]string{"word/document.xml": `<w:document ` + wNS + `><w:body><w:p/></w:body></w:document>`}), "没有文字内容"},
		{"high-ratio part (zip bomb)", bombDocx(t, 8<<20), "压缩炸弹"},
		{"part larger than the cap", bombDocx(t, maxEntryBytes+1), "超过"},
		{"part that lies about its size", lyingDocx(t), "无法解压"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DocxText("坏文件.docx", tc.data)
			if err == nil {
				t.Fatal("accepted")
			}
			var fe *FileError
			if !errors.As(err, &fe) || !strings.Contains(err.Error(), "坏文件.docx") {
				t.Errorf("error does not name the file: %v", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q lacks %q", err, tc.want)
			}
		})
	}
}

// bombDocx returns a .docx whose document.xml inflates to n bytes of
// spaces from a few kilobytes.
func bombDocx(t testing.TB, n int) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, v := range docxParts("") {
		if name == "word/document.xml" {
			continue
		}
		w, _ := zw.Create(name)
		w.Write([]byte(v))
	}
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(`<w:document ` + wNS + `><w:body>`))
	chunk := bytes.Repeat([]byte(" "), 1<<16)
	for left := n; left > 0; left -= len(chunk) {
		w.Write(chunk[:min(left, len(chunk))])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// lyingDocx returns a .docx whose document.xml header declares 64 bytes
// but whose data inflates to a megabyte.
func lyingDocx(t testing.TB) []byte {
	var raw bytes.Buffer
	fw, _ := flate.NewWriter(&raw, flate.BestCompression)
	fw.Write(bytes.Repeat([]byte("<"), 1<<20))
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CompressedSize64: uint64(raw.Len()), UncompressedSize64: 64})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(raw.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
