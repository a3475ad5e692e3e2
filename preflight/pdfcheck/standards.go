package pdfcheck

import (
	"fmt"
	"strings"
)

// pdfx4 checks the requirements of PDF/X-4 (ISO 15930-7:2010) that a
// gazette's print file must meet, and those a print center adds.
func pdfx4(f *File, d *document) Standard {
	st := Standard{Name: "PDF/X-4"}
	bad := func(format string, a ...any) { st.Problems = append(st.Problems, fmt.Sprintf(format, a...)) }
	ver, hasVer := text(f, d.info["GTS_PDFXVersion"])
	st.Claimed = hasVer && strings.HasPrefix(ver, "PDF/X-4")
	// §6.1: the file format.
	if f.Version > "1.6" {
		bad("PDF 版本 %s 高于 PDF/X-4 允许的 1.6", f.Version)
	}
	if f.Trailer["Encrypt"] != nil {
		bad("文件加密")
	}
	if f.Array(f.Trailer["ID"]) == nil {
		bad("trailer 没有 /ID")
	}
	// §6.7: version keys, dates, /Trapped in Info and XMP.
	switch {
	case !hasVer:
		bad("Info 字典没有 /GTS_PDFXVersion")
	case !strings.HasPrefix(ver, "PDF/X-4"):
		bad("Info 的 /GTS_PDFXVersion 是 %q，不是 PDF/X-4", ver)
	}
	for _, k := range []Name{"CreationDate", "ModDate"} {
		if _, ok := text(f, d.info[k]); !ok {
			bad("Info 字典没有 /%s", k)
		}
	}
	if tr := f.Resolve(d.info["Trapped"]); tr != Name("True") && tr != Name("False") {
		bad("Info 的 /Trapped 应为 /True 或 /False，实为 %v", tr)
	}
	if d.xmp == "" {
		bad("没有 XMP 元数据（目录的 /Metadata）")
	} else {
		if v, _ := xmpProp(d.xmp, "pdfxid:GTS_PDFXVersion"); !strings.HasPrefix(v, "PDF/X-4") {
			bad("XMP 没有 pdfxid:GTS_PDFXVersion = PDF/X-4")
		}
		for _, p := range []string{"dc:title", "xmp:CreateDate", "xmp:ModifyDate", "pdf:Producer", "pdf:Trapped"} {
			if v, ok := xmpProp(d.xmp, p); !ok || v == "" {
				bad("XMP 没有 %s", p)
			}
		}
		if v, _ := xmpProp(d.xmp, "pdf:Trapped"); v != "" && d.info["Trapped"] != nil &&
			!strings.EqualFold(v, string(fmt.Sprint(f.Resolve(d.info["Trapped"])))) {
			bad("XMP 的 pdf:Trapped（%s）与 Info 的 /Trapped 不一致", v)
		}
	}
	// §6.2.4: one PDF/X OutputIntent, here with an embedded output profile
	// of four components.
	var x []Dict
	for _, oi := range d.intents {
		if f.Resolve(oi["S"]) == Name("GTS_PDFX") {
			x = append(x, oi)
		}
	}
	switch {
	case len(x) == 0:
		bad("没有 /S /GTS_PDFX 的输出意图（OutputIntent）")
	case len(x) > 1:
		bad("有 %d 个 PDF/X 输出意图，只能有一个", len(x))
	default:
		oi := x[0]
		if _, ok := text(f, oi["OutputConditionIdentifier"]); !ok {
			bad("输出意图没有 OutputConditionIdentifier")
		}
		space, class, n, ok := profileOf(f, oi)
		switch {
		case !ok:
			bad("输出意图没有嵌入 ICC 特性文件（DestOutputProfile）")
		case space != "CMYK" || n != 4:
			bad("输出意图的特性文件是 %q（%d 个分量），应为 CMYK 四色", space, n)
		case class != "prtr":
			bad("输出意图的特性文件是 %q 类，应为输出（prtr）设备", class)
		}
	}
	// §6.3: page boxes.
	for i, p := range d.pages {
		trim, bleed := rect(f, p.dict["TrimBox"]), rect(f, p.dict["BleedBox"])
		switch {
		case p.media == nil:
			bad("第 %d 页没有 MediaBox", i+1)
		case trim == nil && rect(f, p.dict["ArtBox"]) == nil:
			bad("第 %d 页没有 TrimBox", i+1)
		case bleed == nil:
			bad("第 %d 页没有 BleedBox", i+1)
		case !within(bleed, p.media):
			bad("第 %d 页的 BleedBox 超出 MediaBox", i+1)
		case trim != nil && !within(trim, bleed):
			bad("第 %d 页的 TrimBox 超出 BleedBox", i+1)
		}
	}
	// §6.2.3 with a CMYK intent, and the print center's rule: no RGB at all.
	if d.colour.rgb {
		bad("用了 RGB 颜色：%s", strings.Join(unique(d.rgbSpace), "、"))
	}
	// §6.6.2: no annotations inside the BleedBox but printer's marks.
	for _, a := range d.annots {
		p := d.pages[a.page-1]
		box := rect(f, p.dict["BleedBox"])
		if box == nil {
			box = rect(f, p.dict["TrimBox"])
		}
		if a.subtype != "PrinterMark" && (box == nil || a.rect == nil || overlaps(a.rect, box)) {
			bad("第 %d 页有注释（%s）落在出血框内", a.page, a.subtype)
		}
	}
	// §6.3.5: fonts embedded.
	st.Problems = append(st.Problems, d.fontProblems(f, false)...)
	return st
}

// pdfx1a checks PDF/X-1a:2003 (ISO 15930-4:2003): the PDF/X-4 checks but
// the XMP ones (X-1a predates them), with its own version keys, PDF 1.4 at
// most with no object or cross-reference streams, and no transparency.
func pdfx1a(f *File, d *document, x4 Standard) Standard {
	st := Standard{Name: "PDF/X-1a"}
	bad := func(format string, a ...any) { st.Problems = append(st.Problems, fmt.Sprintf(format, a...)) }
	ver, _ := text(f, d.info["GTS_PDFXVersion"])
	conf, _ := text(f, d.info["GTS_PDFXConformance"])
	st.Claimed = strings.HasPrefix(conf, "PDF/X-1a")
	for _, p := range x4.Problems {
		// The X-4 problems that are X-4's own: its version key, XMP, 1.6.
		if strings.Contains(p, "GTS_PDFXVersion") || strings.Contains(p, "XMP") || strings.Contains(p, "PDF 版本") {
			continue
		}
		st.Problems = append(st.Problems, p)
	}
	if ver != "PDF/X-1:2003" || conf != "PDF/X-1a:2003" {
		bad("Info 的版本键是 %q / %q，应为 PDF/X-1:2003 / PDF/X-1a:2003", ver, conf)
	}
	if f.Version > "1.4" {
		bad("PDF 版本 %s 高于 PDF/X-1a:2003 允许的 1.4", f.Version)
	}
	if f.streamXref {
		bad("用了交叉引用流或对象流（PDF 1.5），PDF/X-1a 不允许")
	}
	if d.transparency != "" {
		bad("用了透明：%s", d.transparency)
	}
	return st
}

// pdfa2u checks the requirements of PDF/A-2u (ISO 19005-2:2011, level U)
// that the web edition must meet.
func pdfa2u(f *File, d *document) Standard {
	st := Standard{Name: "PDF/A-2u"}
	bad := func(format string, a ...any) { st.Problems = append(st.Problems, fmt.Sprintf(format, a...)) }
	part, _ := xmpProp(d.xmp, "pdfaid:part")
	conf, _ := xmpProp(d.xmp, "pdfaid:conformance")
	st.Claimed = part != ""
	if d.xmp == "" {
		bad("没有 XMP 元数据（目录的 /Metadata）")
	}
	if part != "2" || !strings.EqualFold(conf, "U") {
		bad("XMP 的 pdfaid 标识是 part %q conformance %q，应为 2 和 U", part, conf)
	}
	if d.xmpDict["Filter"] != nil {
		bad("XMP 元数据流经过压缩（PDF/A 要求不加过滤器）")
	}
	if f.Trailer["Encrypt"] != nil {
		bad("文件加密")
	}
	if f.Array(f.Trailer["ID"]) == nil {
		bad("trailer 没有 /ID")
	}
	if t, ok := text(f, d.info["Title"]); ok {
		if v, _ := xmpProp(d.xmp, "dc:title"); v != xmlEscape(t) {
			bad("Info 的标题与 XMP 的 dc:title 不一致")
		}
	}
	// §6.2.3: the output intent and the device colours it allows.
	var a []Dict
	for _, oi := range d.intents {
		if f.Resolve(oi["S"]) == Name("GTS_PDFA1") {
			a = append(a, oi)
		}
	}
	space := ""
	switch {
	case len(a) == 0 && (d.colour.rgb || d.colour.cmyk):
		bad("用了设备颜色却没有 /S /GTS_PDFA1 的输出意图")
	case len(a) > 1:
		bad("有 %d 个 PDF/A 输出意图", len(a))
	case len(a) == 1:
		var ok bool
		if space, _, _, ok = profileOf(f, a[0]); !ok {
			bad("PDF/A 输出意图没有嵌入 ICC 特性文件")
		}
	}
	if space == "RGB " && d.colour.cmyk {
		bad("输出意图是 RGB，却用了 DeviceCMYK 颜色")
	}
	if space == "CMYK" && d.colour.rgb {
		bad("输出意图是 CMYK，却用了 DeviceRGB 颜色")
	}
	// §6.3.2: annotations print and show.
	for _, an := range d.annots {
		if an.flags&4 == 0 || an.flags&(1|2|32) != 0 {
			bad("第 %d 页的注释（%s）没有打印标志或被隐藏", an.page, an.subtype)
		}
	}
	// §6.2.11: fonts embedded; level U: every font maps to Unicode.
	st.Problems = append(st.Problems, d.fontProblems(f, true)...)
	return st
}

// xmlEscape escapes text as XMP writes it.
func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// unique drops repeated strings, keeping the first of each.
func unique(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// facts lists what a print center asks about a file beyond the standards:
// pages (a multiple of 4 for saddle stitching), trim size, bleed, fonts,
// colours and images.
func (d *document) facts(f *File) []string {
	var out []string
	n := len(d.pages)
	note := ""
	if n%4 != 0 {
		note = "（不是 4 的倍数，骑马订需补页）"
	}
	out = append(out, fmt.Sprintf("页数：%d%s", n, note))
	if n > 0 {
		p := d.pages[0]
		if trim, bleed := rect(f, p.dict["TrimBox"]), rect(f, p.dict["BleedBox"]); trim != nil {
			mm := func(pt float64) float64 { return pt * 25.4 / 72 }
			s := fmt.Sprintf("成品尺寸（第 1 页）：%.1f × %.1f 毫米", mm(trim[2]-trim[0]), mm(trim[3]-trim[1]))
			if bleed != nil {
				s += fmt.Sprintf("，出血 %.1f 毫米", mm(min(trim[0]-bleed[0], trim[1]-bleed[1], bleed[2]-trim[2], bleed[3]-trim[3])))
			}
			out = append(out, s)
		}
	}
	var cs []string
	if d.colour.cmyk {
		cs = append(cs, "CMYK")
	}
	if d.colour.rgb {
		cs = append(cs, "RGB")
	}
	if d.colour.gray {
		cs = append(cs, "灰度")
	}
	if len(cs) == 0 {
		cs = []string{"无设备颜色"}
	}
	out = append(out, "颜色："+strings.Join(cs, "、"))
	out = append(out, fmt.Sprintf("字体：%d 个", len(d.fonts)))
	out = append(out, fmt.Sprintf("图像：%d 个", d.images))
	out = append(out, fmt.Sprintf("注释：%d 个", len(d.annots)))
	return out
}
