package importer

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/gazette"

	"golang.org/x/text/encoding/charmap"
)

// articleJSON is an article as JSON with its IDs zeroed, for comparing
// imports of the same document.
func articleJSON(t testing.TB, a gazette.Article) string {
	t.Helper()
	a.ID = ""
	b, err := json.MarshalIndent(a, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestReadFileEncodings: the same document saved in every encoding a
// Chinese office uses imports to the same article as the UTF-8 file, and
// pasted text to the same article again.
func TestReadFileEncodings(t *testing.T) {
	dir := t.TempDir()
	want, _, err := one(ReadFile(writeFile(t, dir, "通知.txt", []byte(sampleText))))
	if err != nil {
		t.Fatal(err)
	}
	if want.Title == "" || want.DocNumber == "" || want.Addressee == "" {
		t.Fatalf("the UTF-8 document did not import whole: %+v", want)
	}
	wantJSON := articleJSON(t, want)
	for i, enc := range encodings {
		for _, ext := range []string{".txt", ".md"} {
			name := filepath.Join("enc", string(rune('a'+i))+ext)
			os.MkdirAll(filepath.Join(dir, "enc"), 0o755)
			got, _, err := one(ReadFile(writeFile(t, dir, name, enc.encode(t, sampleText))))
			if err != nil {
				t.Errorf("%s %s: %v", enc.name, ext, err)
				continue
			}
			if g := articleJSON(t, got); g != wantJSON {
				t.Errorf("%s %s: article differs from UTF-8:\n%s\nwant\n%s", enc.name, ext, g, wantJSON)
			}
		}
	}
	pasted, _, err := one(PasteDocuments(strings.ReplaceAll(sampleText, "\n", "\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	if g := articleJSON(t, pasted); g != wantJSON {
		t.Errorf("pasted text differs from the file:\n%s\nwant\n%s", g, wantJSON)
	}
}

// TestReadFileDocx imports the sample .docx built in docx_test.go and
// checks every part arrived: head, headings, bold, sub/superscript, the
// merged table, the picture, the disclosure.
func TestReadFileDocx(t *testing.T) {
	p := writeFile(t, t.TempDir(), "青府字12号.docx", sampleDocx(t))
	a, warns, err := one(ReadFile(p))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warns {
		t.Logf("warning: %s", w)
	}
	check := func(what string, ok bool) {
		t.Helper()
		if !ok {
			t.Errorf("%s missing", what)
		}
	}
	check("title", strings.Contains(a.Title, "关于加强城市绿化工作的通知"))
	check("文号", a.DocNumber == "青府字〔2024〕12号")
	check("date", a.Date == "2024-03-05")
	check("addressee", a.Addressee == "各县（市、区）人民政府，市政府各部门")
	check("disclosure", a.Disclosure == gazette.DisclosurePublic)
	var headings []string
	var bold, sup, sub, leadIn bool
	var table *gazette.Table
	var img *gazette.Image
	gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) {
		switch b.Type {
		case gazette.BlockHeading:
			headings = append(headings, b.Text())
		case gazette.BlockTable:
			table = b.Table
		case gazette.BlockImage:
			img = b.Image
		}
		for _, r := range b.Runs {
			bold = bold || (r.Bold && r.Text == "加强城市绿化")
			sup = sup || (r.Sup && r.Text == "2")
			sub = sub || (r.Sub && r.Text == "2")
			leadIn = leadIn || r.LeadIn == 2
		}
	})
	check("headings 一、 二、 三、", strings.Contains(strings.Join(headings, "|"), "一、总体要求|二、主要任务") && strings.Contains(strings.Join(headings, "|"), "三、保障措施"))
	check("bold run", bold)
	check("superscript run", sup)
	check("subscript run", sub)
	check("run-in heading （二）", leadIn)
	if check("table", table != nil); table != nil {
		check("header row", table.HeaderRows == 1)
		check("row span of 绿地", len(table.Rows) == 3 && table.Rows[1].Cells[0].RowSpan == 2)
		check("col span of 持平", len(table.Rows) == 3 && len(table.Rows[2].Cells) == 1 && table.Rows[2].Cells[0].ColSpan == 2)
		check("escaped bar", len(table.Rows) == 3 && table.Rows[1].Cells[2].Text() == "120|")
	}
	if check("image", img != nil); img != nil {
		check("image caption", img.Caption == "图1 绿化示意图")
		check("image data", img.Format == "png" && img.Width == 4 && img.Height == 3 && bytes.Equal(img.Data, testPNG(4, 3)))
	}
}

// TestReadFileRefuses: every bad input is refused with a Chinese error
// that names the file and says why.
func TestReadFileRefuses(t *testing.T) {
	dir := t.TempDir()
	ole := append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 600)...)
	latin1, _ := charmap.ISO8859_1.NewEncoder().Bytes([]byte("Déjà vu, naïve café."))
	zipWith := func(name, body string) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create(name)
		w.Write([]byte(body))
		zw.Close()
		return buf.Bytes()
	}
	huge := filepath.Join(dir, "bad_huge.txt")
	if err := os.WriteFile(huge, []byte("大"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, MaxTextBytes+1); err != nil {
		t.Fatal(err)
	}
	os.Mkdir(filepath.Join(dir, "bad_dir.txt"), 0o755)
	tests := []struct {
		name string
		data []byte // nil: the file is not written by the table
		want []string
	}{
		{"bad_word97.doc", []byte("其实是文本"), []string{"Word 97-2003", "另存为 .docx"}},
		{"bad_ole-renamed.docx", ole, []string{"OLE", "另存为 .docx"}},
		{"bad_ole-renamed.txt", ole, []string{"OLE", "另存为 .docx"}},
		{"bad_wps.wps", ole, []string{"OLE", "另存为 .docx"}},
		{"bad_scan.pdf", []byte("%PDF-1.7\n..."), []string{"PDF", "另存为 .docx"}},
		{"bad_pdf-renamed.txt", []byte("%PDF-1.4\n%\xE2\xE3\xCF\xD3"), []string{"PDF", "另存为 .docx"}},
		{"bad_layout.ofd", zipWith("OFD.xml", "<ofd:OFD/>"), []string{"OFD", "另存为 .docx"}},
		{"bad_ofd-renamed.docx", zipWith("OFD.xml", "<ofd:OFD/>"), []string{"OFD", "另存为 .docx"}},
		{"bad_rich.rtf", []byte("{\\rtf1\\ansi 中文}"), []string{"RTF", "另存为 .docx"}},
		{"bad_rtf-renamed.txt", []byte("{\\rtf1\\ansi hello}"), []string{"RTF", "另存为 .docx"}},
		{"bad_empty.txt", []byte{}, []string{"空文件"}},
		{"bad_binary.txt", []byte("abc\x00\x01\x02def"), []string{"二进制"}},
		{"bad_latin1.txt", latin1, []string{"无法识别文字编码"}},
		{"bad_fake.docx", []byte("这不是 Word 文档"), []string{"不是有效的 Word 文档"}},
		{"bad_other.zip.docx", zipWith("readme.txt", "x"), []string{"压缩包"}},
		{"bad_bomb.docx", bombDocx(t, 8<<20), []string{"压缩炸弹"}},
		{"bad_slip.docx", func() []byte {
			p := docxParts(wp("", wr("正文")))
			p["../../../tmp/evil"] = "x"
			return zipParts(t, p)
		}(), []string{"指向包外"}},
		{"bad_picture.png", testPNG(2, 2), []string{"PNG 图片", "另存为 .docx"}},
		{"bad_unknown.xyz", []byte("中文内容"), []string{"“.xyz”", "不是能导入的文件类型"}},
		{"bad_missing.txt", nil, []string{"文件不存在"}},
		{"bad_dir.txt", nil, []string{"文件夹"}},
		{"bad_huge.txt", nil, []string{"过大", "50 MB"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name)
			if tc.data != nil {
				writeFile(t, dir, tc.name, tc.data)
			}
			before := dirState(t, dir)
			a, _, err := one(ReadFile(p))
			if err == nil {
				t.Fatalf("accepted: %+v", a.Title)
			}
			var fe *FileError
			if !errors.As(err, &fe) || fe.File != p || !strings.Contains(err.Error(), tc.name) {
				t.Errorf("error does not name the file: %v", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if after := dirState(t, dir); after != before {
				t.Errorf("the directory changed while refusing")
			}
		})
	}
}

// dirState lists the names, sizes and times of the files under dir.
func dirState(t testing.TB, dir string) string {
	var b strings.Builder
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil {
			b.WriteString(p + " " + fi.ModTime().String() + " " + fmt.Sprint(fi.Size()) + "\n")
		}
		return nil
	})
	return b.String()
}

func TestReadFilesAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "甲.txt", []byte(sampleText))
	good2 := writeFile(t, dir, "乙.docx", sampleDocx(t))
	bad := writeFile(t, dir, "丙.doc", []byte("x"))
	bad2 := filepath.Join(dir, "丁.txt")

	arts, _, err := ReadFiles([]string{good, good2})
	if err != nil || len(arts) != 2 {
		t.Fatalf("two good files: %d articles, %v", len(arts), err)
	}
	arts, warns, err := ReadFiles([]string{good, bad, good2, bad2})
	if err == nil || arts != nil || warns != nil {
		t.Fatalf("with bad files: %d articles, %d warnings, error %v", len(arts), len(warns), err)
	}
	for _, n := range []string{"丙.doc", "丁.txt"} {
		if !strings.Contains(err.Error(), n) {
			t.Errorf("error does not name %s: %v", n, err)
		}
	}
	if _, _, err := ReadFiles([]string{good, good}); err == nil || !strings.Contains(err.Error(), "两次") {
		t.Errorf("the same file twice: %v", err)
	}
	if _, _, err := ReadFiles(nil); err == nil {
		t.Error("no files accepted")
	}
}

func TestPaste(t *testing.T) {
	if _, _, err := PasteDocuments(" \n\u3000\n"); err == nil || !strings.Contains(err.Error(), PasteName) {
		t.Errorf("blank paste: %v", err)
	}
	a, warns, err := one(PasteDocuments("关于开展试点工作的通知\x00\xff\n\n各单位：\n\n现将有关事项通知如下。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.PlainText(), "现将有关事项通知如下") {
		t.Errorf("pasted body lost: %q", a.PlainText())
	}
	if len(warns) == 0 || !strings.Contains(warns[0].Message, "无效") {
		t.Errorf("invalid bytes not warned: %v", warns)
	}
}
