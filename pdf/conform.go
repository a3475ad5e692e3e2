package pdf

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"time"

	"gazette/layout"
)

// conformance is the standard a file is written to: PDF/X-4 or PDF/X-1a for
// print, PDF/A-2u for the web edition.
type conformance struct {
	version    string // the header's PDF version
	objStreams bool   // dictionaries packed in object streams, cross-reference stream
	pdfx       string // GTS_PDFXVersion, "" for none
	pdfxConf   string // GTS_PDFXConformance (PDF/X-1a only)
	pdfa       bool   // PDF/A-2u (ISO 19005-2, level U)
}

// conformanceOf returns the standard the options ask for.
func conformanceOf(opt Options) (conformance, error) {
	if opt.Web {
		if opt.PDFX != "" {
			return conformance{}, fmt.Errorf("pdf: 电子版是 PDF/A，不能是 PDF/X-%s", opt.PDFX)
		}
		// PDF/A-2 is based on PDF 1.7 (ISO 19005-2 §6.1.2).
		return conformance{version: "1.7", objStreams: true, pdfa: true}, nil
	}
	switch opt.PDFX {
	case "", PDFX4:
		// ISO 15930-7 §6.2.2: the header's version shall be 1.6 or lower
		// (or the file 1.7 with 1.6 features only); object streams and
		// cross-reference streams are PDF 1.5 and allowed.
		return conformance{version: "1.6", objStreams: true, pdfx: "PDF/X-4"}, nil
	case PDFX1a:
		// ISO 15930-4: PDF 1.4, a cross-reference table (no streams of
		// them), both version keys in the Info dictionary.
		return conformance{version: "1.4", pdfx: "PDF/X-1:2003", pdfxConf: "PDF/X-1a:2003"}, nil
	}
	return conformance{}, fmt.Errorf("pdf: 未知的 PDF/X 版本 %q（应为 4 或 1a）", opt.PDFX)
}

// noDate dates a file whose options give no date at all: PDF/X and PDF/A
// require both dates, and the file must stay deterministic.
var noDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// dates returns the file's creation and modification dates: the options',
// each standing in for the other when zero, noDate when both are.
func dates(opt Options) (created, modified time.Time) {
	created, modified = opt.Created, opt.Modified
	switch {
	case created.IsZero() && modified.IsZero():
		return noDate, noDate
	case created.IsZero():
		created = modified
	case modified.IsZero():
		modified = created
	}
	return created, modified
}

// docTitle is the file's title, which PDF/X (ISO 15930-7 §6.7.2) and
// DisplayDocTitle need.
func docTitle(doc *layout.Document) string {
	if doc.Title != "" {
		return doc.Title
	}
	return "gazette"
}

// producer is the Producer entry of Info and XMP.
func producer(opt Options) (creator, prod string) {
	creator = opt.Creator
	if creator == "" {
		creator = "gazette"
	}
	return creator, creator + " (gazette/pdf)"
}

// infoDict is the document information dictionary: title, subject,
// creator, producer and dates, and for PDF/X /Trapped and the version
// keys (ISO 15930-7 §6.7.2, §6.7.5). Every entry has its XMP twin (xmp),
// as PDF/A requires (ISO 19005-2 §6.6.2.3).
func infoDict(doc *layout.Document, opt Options, c conformance) []byte {
	var b strings.Builder
	b.WriteString("<</Title " + textString(docTitle(doc)) + " ")
	if doc.Subject != "" {
		b.WriteString("/Subject " + textString(doc.Subject) + " ")
	}
	creator, prod := producer(opt)
	created, modified := dates(opt)
	b.WriteString("/Creator " + textString(creator) + " /Producer " + textString(prod))
	b.WriteString(" /CreationDate " + textString(pdfDate(created)))
	b.WriteString(" /ModDate " + textString(pdfDate(modified)))
	b.WriteString(" /Trapped /False")
	if c.pdfx != "" {
		b.WriteString(" /GTS_PDFXVersion " + textString(c.pdfx))
	}
	if c.pdfxConf != "" {
		b.WriteString(" /GTS_PDFXConformance " + textString(c.pdfxConf))
	}
	b.WriteString(">>")
	return []byte(b.String())
}

// xmp returns the XMP metadata packet (ISO 16684-1) of the document: the
// Info dictionary's entries in their XMP properties, the document's IDs
// (xmpMM, which PDF/X-4 requires: ISO 15930-7 §6.7.3), and the
// identification of the standard (pdfxid or pdfaid). id is a hash of the
// file's other objects, so the same content gets the same IDs.
func xmp(doc *layout.Document, opt Options, c conformance, id [32]byte) []byte {
	creator, prod := producer(opt)
	created, modified := dates(opt)
	uuid := fmt.Sprintf("uuid:%x-%x-%x-%x-%x", id[0:4], id[4:6], id[6:8], id[8:10], id[10:16])
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" +
		"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n" +
		" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
		"  <rdf:Description rdf:about=\"\"\n" +
		"    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n" +
		"    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n" +
		"    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n" +
		"    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"")
	if c.pdfx != "" {
		b.WriteString("\n    xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\"")
	}
	if c.pdfa {
		b.WriteString("\n    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
	}
	b.WriteString(">\n")
	prop := func(name, value string) { fmt.Fprintf(&b, "   <%s>%s</%s>\n", name, xmlText(value), name) }
	alt := func(name, value string) {
		fmt.Fprintf(&b, "   <%s><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></%s>\n", name, xmlText(value), name)
	}
	prop("dc:format", "application/pdf")
	alt("dc:title", docTitle(doc))
	if doc.Subject != "" {
		alt("dc:description", doc.Subject)
	}
	prop("xmp:CreatorTool", creator)
	prop("xmp:CreateDate", xmpDate(created))
	prop("xmp:ModifyDate", xmpDate(modified))
	prop("xmp:MetadataDate", xmpDate(modified))
	prop("pdf:Producer", prod)
	prop("pdf:Trapped", "False")
	prop("xmpMM:DocumentID", uuid)
	prop("xmpMM:InstanceID", uuid)
	prop("xmpMM:VersionID", "1")
	prop("xmpMM:RenditionClass", "default")
	if c.pdfx != "" {
		prop("pdfxid:GTS_PDFXVersion", c.pdfx)
	}
	if c.pdfa {
		prop("pdfaid:part", "2")
		prop("pdfaid:conformance", "U")
	}
	b.WriteString("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n")
	// Room to edit the packet in place, as XMP writers leave.
	for range 8 {
		b.WriteString(strings.Repeat(" ", 99) + "\n")
	}
	b.WriteString("<?xpacket end=\"w\"?>")
	return []byte(b.String())
}

// xmlText escapes s for XML character data.
func xmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// xmpDate formats t as an XMP date (ISO 8601 with its zone), e.g.
// 2020-07-21T09:30:00+08:00.
func xmpDate(t time.Time) string { return t.Format("2006-01-02T15:04:05Z07:00") }

// contentID returns a hash of the objects written so far, for the XMP
// packet's document ID.
func (f *file) contentID() [32]byte {
	h := sha256.New()
	for _, body := range f.objs {
		h.Write(body)
	}
	var id [32]byte
	h.Sum(id[:0])
	return id
}

// outputIntent writes the OutputIntent of the file and returns its object:
// for PDF/X the printing condition with its embedded CMYK profile
// (ISO 15930-7 §6.2.4), for PDF/A the sRGB profile the web edition's
// colours are in (ISO 19005-2 §6.2.3).
func outputIntent(pf *file, opt Options, c conformance) (int, error) {
	subtype, profile, n := "GTS_PDFX", opt.Intent, 4
	if c.pdfa {
		subtype, n = "GTS_PDFA1", 3
		profile = OutputIntent{Profile: srgb, Condition: "sRGB IEC61966-2.1", Info: "sRGB IEC61966-2.1"}
	} else if len(profile.Profile) == 0 {
		profile = DefaultPrintIntent()
	} else if err := CheckOutputProfile(profile.Profile); err != nil {
		return 0, fmt.Errorf("pdf: 输出意图的 ICC 文件：%w", err)
	}
	icc, err := pf.addStream(fmt.Sprintf("/N %d", n), profile.Profile, true)
	if err != nil {
		return 0, err
	}
	cond := profile.Condition
	if cond == "" {
		cond = "Custom"
	}
	d := fmt.Sprintf("<</Type /OutputIntent /S /%s /OutputConditionIdentifier %s /RegistryName %s",
		subtype, textString(cond), textString(registryName))
	if profile.Info != "" {
		d += " /Info " + textString(profile.Info)
	}
	return pf.add(fmt.Appendf(nil, "%s /DestOutputProfile %d 0 R>>", d, icc)), nil
}
