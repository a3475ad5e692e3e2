package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestConformance checks the marks of each standard in the files written
// for it, as qpdf reads them back: the header's version, the OutputIntent
// and its profile's components, the Info dictionary's keys, the XMP
// packet's properties, the cross-reference form, and no annotations in
// print.
func TestConformance(t *testing.T) {
	needTools(t)
	tests := []struct {
		name    string
		opt     Options
		version string
		want    []string // patterns the qdf form holds
		absent  []string // and those it must not
	}{
		{"PDF/X-4", testOpt, "1.6",
			[]string{`/S /GTS_PDFX`, `/OutputConditionIdentifier \(FOGRA39\)`, `/RegistryName \(http://www.color.org\)`,
				`/N 4`, `/GTS_PDFXVersion \(PDF/X-4\)`, `/Trapped /False`, `<pdfxid:GTS_PDFXVersion>PDF/X-4<`,
				`<pdf:Trapped>False<`, `<xmp:CreateDate>2020-07-21T09:30:00\+08:00<`, `<xmp:ModifyDate>2020-07-22T10:00:00Z<`,
				`<pdf:Producer>gazette test \(gazette/pdf\)<`, `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">景德镇市人民政府公报 2020年第8期<`,
				`/CreationDate \(D:20200721093000\+08'00'\)`, `/Type /Metadata`, `/FontFamily`},
			[]string{`/Annot`, `pdfaid`, `/GTS_PDFXConformance`}},
		{"PDF/X-1a", func() Options { o := testOpt; o.PDFX = PDFX1a; return o }(), "1.4",
			[]string{`/S /GTS_PDFX`, `/GTS_PDFXVersion \(PDF/X-1:2003\)`, `/GTS_PDFXConformance \(PDF/X-1a:2003\)`, `/Trapped /False`},
			[]string{`/Annot`, `/FontFamily`}},
		{"PDF/A-2u", withWeb(testOpt), "1.7",
			[]string{`/S /GTS_PDFA1`, `/N 3`, `<pdfaid:part>2<`, `<pdfaid:conformance>U<`, `/Subtype /Link`},
			[]string{`pdfxid`, `GTS_PDFXVersion`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeTemp(t, sampleDoc(t), tc.opt)
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(raw, []byte("%PDF-"+tc.version+"\n")) {
				t.Errorf("header %q, want %%PDF-%s", raw[:9], tc.version)
			}
			if classic := bytes.Contains(raw, []byte("\nxref\n")); classic != (tc.version == "1.4") {
				t.Errorf("cross-reference table %v for PDF %s", classic, tc.version)
			}
			if tc.version == "1.4" && bytes.Contains(raw, []byte("/ObjStm")) {
				t.Error("object streams in a PDF 1.4 file")
			}
			tool(t, "qpdf", "--check", path)
			flat := qdfFlat(t, path)
			for _, p := range tc.want {
				if !regexp.MustCompile(p).Match(flat) {
					t.Errorf("no %s", p)
				}
			}
			for _, p := range tc.absent {
				if regexp.MustCompile(p).Match(flat) {
					t.Errorf("has %s", p)
				}
			}
			if info := tool(t, "pdfinfo", path); !regexp.MustCompile(`PDF version:\s+` + tc.version).MatchString(info) {
				t.Errorf("pdfinfo:\n%s", info)
			}
		})
	}
}

// TestDeterministicDates checks that a file with no dates gets the fixed
// stand-in, both dates, and the same bytes every time.
func TestDeterministicDates(t *testing.T) {
	var a, b bytes.Buffer
	if err := Write(&a, sampleDoc(t), Options{}); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, sampleDoc(t), Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes differ")
	}
	for _, want := range []string{"<xmp:CreateDate>2000-01-01T00:00:00Z<", "<xmp:ModifyDate>2000-01-01T00:00:00Z<"} {
		if !bytes.Contains(a.Bytes(), []byte(want)) {
			t.Errorf("no %s", want)
		}
	}
}

// TestOutputProfile checks which ICC profiles an OutputIntent of print
// accepts: the bundled FOGRA39 one, not the sRGB display profile, not a
// cut-off file; and that a print center's own profile is embedded.
func TestOutputProfile(t *testing.T) {
	needTools(t)
	if err := CheckOutputProfile(fogra39); err != nil {
		t.Errorf("FOGRA39: %v", err)
	}
	if err := CheckOutputProfile(srgb); err == nil || !strings.Contains(err.Error(), "设备类别") {
		t.Errorf("sRGB accepted as an output profile (%v)", err)
	}
	if err := CheckOutputProfile(fogra39[:1000]); err == nil {
		t.Error("a cut-off profile accepted")
	}
	if err := CheckOutputProfile([]byte("not a profile")); err == nil {
		t.Error("a text accepted")
	}
	if len(fogra39) > 40000 {
		t.Errorf("the bundled profile is %d bytes; keep it small", len(fogra39))
	}
	opt := testOpt
	opt.Intent = OutputIntent{Profile: srgb, Condition: "Custom"}
	if err := Write(&bytes.Buffer{}, sampleDoc(t), opt); err == nil {
		t.Error("a print file took an RGB display profile as its OutputIntent")
	}
	own := append([]byte(nil), fogra39...)
	copy(own[48:52], "gztt") // a different device model: another profile
	opt.Intent = OutputIntent{Profile: own, Condition: "Custom", Info: "印刷厂的特性文件"}
	if !bytes.Contains(qdfFlat(t, writeTemp(t, sampleDoc(t), opt)), []byte("/OutputConditionIdentifier (Custom)")) {
		t.Error("the print center's profile is not named Custom")
	}
}

// qdfFlat returns the file as qpdf's QDF form shows it (no object streams,
// streams uncompressed), every run of white space one space.
func qdfFlat(t *testing.T, path string) []byte {
	t.Helper()
	qdf := filepath.Join(t.TempDir(), "q.pdf")
	tool(t, "qpdf", "--qdf", "--object-streams=disable", "--normalize-content=n", path, qdf)
	q, err := os.ReadFile(qdf)
	if err != nil {
		t.Fatal(err)
	}
	return regexp.MustCompile(`\s+`).ReplaceAll(q, []byte(" "))
}
