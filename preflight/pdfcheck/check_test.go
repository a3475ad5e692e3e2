package pdfcheck

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
	"testing"
)

// handmade is a minimal PDF/X-4 file, built object by object so that each
// test can break one requirement.
type handmade struct {
	version  string
	info     string // Info dictionary entries
	xmp      string // XMP properties inside rdf:Description
	intent   string // the OutputIntent's /S and extra entries; "" none
	profile  []byte // its DestOutputProfile
	boxes    string // page boxes
	content  string // page content
	fonts    string // font resource entries; "" for one embedded font
	annots   string // page /Annots entry
	res      string // more resource entries
	compress bool   // Flate-compress the content stream
}

// good returns a file that meets PDF/X-4.
func good() handmade {
	return handmade{
		version: "1.6",
		info:    "/Title (T) /CreationDate (D:20200801000000Z) /ModDate (D:20200801000000Z) /Trapped /False /GTS_PDFXVersion (PDF/X-4)",
		xmp: `<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion><dc:title><rdf:Alt><rdf:li xml:lang="x-default">T</rdf:li></rdf:Alt></dc:title>` +
			`<xmp:CreateDate>2020-08-01T00:00:00Z</xmp:CreateDate><xmp:ModifyDate>2020-08-01T00:00:00Z</xmp:ModifyDate>` +
			`<pdf:Producer>p</pdf:Producer><pdf:Trapped>False</pdf:Trapped>`,
		intent:   "/S /GTS_PDFX /OutputConditionIdentifier (FOGRA39)",
		profile:  iccHeader("prtr", "CMYK"),
		boxes:    "/MediaBox [0 0 620 860] /BleedBox [5 5 615 855] /TrimBox [13.5 13.5 606.5 846.5]",
		content:  "BT /F1 12 Tf 0 0 0 1 k 100 100 Td (A) Tj ET 0 0 0 1 K 1 w 20 20 m 100 20 l S",
		compress: true,
	}
}

// iccHeader returns a 128-byte ICC header of the class and colour space.
func iccHeader(class, space string) []byte {
	b := make([]byte, 132)
	b[3] = 132
	copy(b[12:], class)
	copy(b[16:], space)
	copy(b[36:], "acsp")
	return b
}

func deflate(b []byte) []byte {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(b)
	w.Close()
	return z.Bytes()
}

// bytes writes the file with a cross-reference table.
func (h handmade) bytes() []byte {
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	stream := func(dict string, data []byte) string {
		return fmt.Sprintf("<<%s /Length %d>>\nstream\n%s\nendstream", dict, len(data), data)
	}
	fontFile := add(stream("", []byte("fontdata")))
	desc := add(fmt.Sprintf("<</Type /FontDescriptor /FontName /AAAAAA+F /FontFile2 %d 0 R>>", fontFile))
	font := add(fmt.Sprintf("<</Type /Font /Subtype /TrueType /BaseFont /AAAAAA+F /FontDescriptor %d 0 R /ToUnicode %d 0 R>>", desc, fontFile))
	fonts := h.fonts
	if fonts == "" {
		fonts = fmt.Sprintf("/F1 %d 0 R", font)
	}
	var content string
	if h.compress {
		content = stream(" /Filter /FlateDecode", deflate([]byte(h.content)))
	} else {
		content = stream("", []byte(h.content))
	}
	contentRef := add(content)
	page := add(fmt.Sprintf("<</Type /Page /Parent %d 0 R %s /Resources <</Font <<%s>>%s>> /Contents %d 0 R %s>>",
		len(objs)+2, h.boxes, fonts, h.res, contentRef, h.annots))
	pages := add(fmt.Sprintf("<</Type /Pages /Kids [%d 0 R] /Count 1>>", page))
	meta := add(stream(" /Type /Metadata /Subtype /XML", []byte(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description rdf:about="">`+
		h.xmp+`</rdf:Description></rdf:RDF></x:xmpmeta>`)))
	cat := fmt.Sprintf("<</Type /Catalog /Pages %d 0 R /Metadata %d 0 R", pages, meta)
	if h.intent != "" {
		icc := add(stream(" /N 4", h.profile))
		oi := add(fmt.Sprintf("<</Type /OutputIntent %s /DestOutputProfile %d 0 R>>", h.intent, icc))
		cat += fmt.Sprintf(" /OutputIntents [%d 0 R]", oi)
	}
	root := add(cat + ">>")
	info := add("<<" + h.info + ">>")
	var b bytes.Buffer
	b.WriteString("%PDF-" + h.version + "\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f\r\n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n\r\n", o)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d /Root %d 0 R /Info %d 0 R /ID [<01> <01>]>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, root, info, x)
	return b.Bytes()
}

// TestPDFX4Requirements breaks each requirement of the PDF/X-4 check in
// turn and wants exactly that problem reported; the unbroken file meets
// PDF/X-4.
func TestPDFX4Requirements(t *testing.T) {
	tests := []struct {
		name string
		edit func(*handmade)
		want string // in the one problem reported; "" none
	}{
		{"conforming", func(h *handmade) {}, ""},
		{"uncompressed content", func(h *handmade) { h.compress = false }, ""},
		{"PDF 1.7", func(h *handmade) { h.version = "1.7" }, "PDF 版本 1.7"},
		{"no version key", func(h *handmade) { h.info = strings.Replace(h.info, "/GTS_PDFXVersion (PDF/X-4)", "", 1) }, "没有 /GTS_PDFXVersion"},
		{"X-1a version key", func(h *handmade) { h.info = strings.Replace(h.info, "(PDF/X-4)", "(PDF/X-1:2003)", 1) }, "不是 PDF/X-4"},
		{"no Trapped", func(h *handmade) { h.info = strings.Replace(h.info, "/Trapped /False", "", 1) }, "/Trapped"},
		{"Trapped Unknown", func(h *handmade) {
			h.info = strings.Replace(h.info, "/Trapped /False", "/Trapped /Unknown", 1)
			h.xmp = strings.Replace(h.xmp, ">False<", ">Unknown<", 1)
		}, "/Trapped 应为"},
		{"no dates", func(h *handmade) { h.info = strings.Replace(h.info, "/ModDate (D:20200801000000Z)", "", 1) }, "/ModDate"},
		{"XMP without pdfxid", func(h *handmade) {
			h.xmp = strings.Replace(h.xmp, "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>", "", 1)
		}, "pdfxid:GTS_PDFXVersion"},
		{"XMP pdfxid as attribute", func(h *handmade) {
			h.xmp = strings.Replace(h.xmp, "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>", `<rdf:Description pdfxid:GTS_PDFXVersion="PDF/X-4"/>`, 1)
		}, ""},
		{"XMP without title", func(h *handmade) {
			h.xmp = h.xmp[strings.Index(h.xmp, "<xmp:CreateDate>"):] + "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"
		}, "dc:title"},
		{"no OutputIntent", func(h *handmade) { h.intent = "" }, "GTS_PDFX 的输出意图"},
		{"RGB profile", func(h *handmade) { h.profile = iccHeader("mntr", "RGB ") }, "CMYK 四色"},
		{"input profile", func(h *handmade) { h.profile = iccHeader("scnr", "CMYK") }, "prtr"},
		{"no profile", func(h *handmade) { h.profile = []byte("no profile") }, "没有嵌入 ICC"},
		{"no TrimBox", func(h *handmade) { h.boxes = "/MediaBox [0 0 620 860] /BleedBox [5 5 615 855]" }, "没有 TrimBox"},
		{"no BleedBox", func(h *handmade) { h.boxes = "/MediaBox [0 0 620 860] /TrimBox [13.5 13.5 606.5 846.5]" }, "没有 BleedBox"},
		{"trim outside bleed", func(h *handmade) {
			h.boxes = "/MediaBox [0 0 620 860] /BleedBox [15 15 615 855] /TrimBox [13.5 13.5 606.5 846.5]"
		}, "TrimBox 超出 BleedBox"},
		{"RGB text", func(h *handmade) { h.content = strings.Replace(h.content, "0 0 0 1 k", "1 0 0 rg", 1) }, "RGB"},
		{"RGB colour space", func(h *handmade) { h.content = "/DeviceRGB cs 1 0 0 sc 0 0 10 10 re f" }, "RGB"},
		{"annotation in the bleed", func(h *handmade) {
			h.annots = "/Annots [<</Type /Annot /Subtype /Link /Rect [100 100 200 120]>>]"
		}, "注释"},
		{"printer's mark", func(h *handmade) {
			h.annots = "/Annots [<</Type /Annot /Subtype /PrinterMark /Rect [100 100 200 120]>>]"
		}, ""},
		{"annotation outside the bleed", func(h *handmade) {
			h.annots = "/Annots [<</Type /Annot /Subtype /Link /Rect [0 0 4 4]>>]"
		}, ""},
		{"font not embedded", func(h *handmade) {
			h.fonts = "/F1 <</Type /Font /Subtype /TrueType /BaseFont /SimSun /FontDescriptor <</Type /FontDescriptor /FontName /SimSun>>>>"
		}, "SimSun 没有嵌入"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := good()
			tc.edit(&h)
			r, err := Check(h.bytes())
			if err != nil {
				t.Fatal(err)
			}
			x := r.Standard("PDF/X-4")
			switch {
			case tc.want == "" && !x.Meets():
				t.Errorf("problems %q, want none", x.Problems)
			case tc.want != "" && (len(x.Problems) != 1 || !strings.Contains(x.Problems[0], tc.want)):
				t.Errorf("problems %q, want one with %q", x.Problems, tc.want)
			}
		})
	}
}

// TestPDFX1a checks the PDF/X-1a:2003 verdict: a PDF 1.4 file with its
// version keys and no XMP version meets it; transparency, PDF 1.6 or the
// X-4 key do not.
func TestPDFX1a(t *testing.T) {
	x1a := func() handmade {
		h := good()
		h.version = "1.4"
		h.info = strings.Replace(h.info, "/GTS_PDFXVersion (PDF/X-4)", "/GTS_PDFXVersion (PDF/X-1:2003) /GTS_PDFXConformance (PDF/X-1a:2003)", 1)
		h.xmp = ""
		return h
	}
	tests := []struct {
		name string
		edit func(*handmade)
		want string
	}{
		{"conforming", func(*handmade) {}, ""},
		{"transparency", func(h *handmade) { h.res = " /ExtGState <</G1 <</ca 0.5>>>>" }, "透明"},
		{"PDF 1.6", func(h *handmade) { h.version = "1.6" }, "1.4"},
		{"X-4 key", func(h *handmade) { h.info = good().info }, "PDF/X-1:2003"},
		{"RGB", func(h *handmade) { h.content = "1 0 0 rg 0 0 5 5 re f" }, "RGB"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := x1a()
			tc.edit(&h)
			r, err := Check(h.bytes())
			if err != nil {
				t.Fatal(err)
			}
			x := r.Standard("PDF/X-1a")
			switch {
			case tc.want == "" && (!x.Meets() || !x.Claimed || !r.Passes()):
				t.Errorf("claimed %v, problems %q, want none", x.Claimed, x.Problems)
			case tc.want != "" && (len(x.Problems) != 1 || !strings.Contains(x.Problems[0], tc.want)):
				t.Errorf("problems %q, want one with %q", x.Problems, tc.want)
			}
		})
	}
}

// TestDamaged checks that what is not a PDF, or a cut-off one, is an error
// and no panic.
func TestDamaged(t *testing.T) {
	whole := good().bytes()
	for _, b := range [][]byte{nil, []byte("hello"), whole[:len(whole)/2], whole[:len(whole)-30], append([]byte("%PDF-1.6\n"), bytes.Repeat([]byte("<<"), 5000)...)} {
		if _, err := Check(b); err == nil {
			t.Errorf("%d bytes accepted", len(b))
		}
	}
}

// FuzzCheck feeds the reader mutated files: it must never panic.
func FuzzCheck(f *testing.F) {
	f.Add(good().bytes())
	h := good()
	h.compress = false
	h.annots = "/Annots [<</Type /Annot /Subtype /Link /Rect [0 0 4 4]>>]"
	f.Add(h.bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		Check(b)
	})
}
