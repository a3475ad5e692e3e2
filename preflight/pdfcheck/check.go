// Package pdfcheck checks a PDF file as a print center receives it against
// the requirements of PDF/X-4 (ISO 15930-7:2010), PDF/X-1a:2003 (ISO
// 15930-4) and PDF/A-2u (ISO 19005-2:2011) that matter for a gazette, with its own small PDF reader:
// the OutputIntent and its embedded profile, the version keys in the
// Info dictionary and the XMP metadata, /Trapped, the page boxes, the
// colours used, annotations, fonts embedded and (for PDF/A) mapped to
// Unicode. It is independent of package pdf, which writes the files, so
// that it checks what was written rather than what was meant.
package pdfcheck

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// Standard is one standard's verdict on a file.
type Standard struct {
	Name     string   // "PDF/X-4" or "PDF/A-2u"
	Claimed  bool     // the file says it is one (version key, pdfaid)
	Problems []string // requirements not met; none: the file conforms
}

// Meets reports whether the file meets the standard.
func (s Standard) Meets() bool { return len(s.Problems) == 0 }

// Report is what Check found about a file.
type Report struct {
	Version   string // PDF version in the header
	Pages     int
	Standards []Standard // PDF/X-4, PDF/X-1a, PDF/A-2u
	Facts     []string   // what a print center asks about: boxes, fonts, colours, images
}

// Standard returns the verdict for a standard by name.
func (r *Report) Standard(name string) Standard {
	for _, s := range r.Standards {
		if s.Name == name {
			return s
		}
	}
	return Standard{Name: name}
}

// Check reads a PDF file and reports which of the standards it meets.
func Check(data []byte) (r *Report, err error) {
	f, err := Open(data)
	if err != nil {
		return nil, err
	}
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("%w：%v", errSyntax, p)
		}
	}()
	d := gather(f)
	r = &Report{Version: f.Version, Pages: len(d.pages)}
	x4 := pdfx4(f, d)
	r.Standards = []Standard{x4, pdfx1a(f, d, x4), pdfa2u(f, d)}
	r.Facts = d.facts(f)
	return r, nil
}

// page is one page with its inherited attributes.
type page struct {
	dict      Dict
	media     []float64
	resources Dict
}

// document is what the checks look at, gathered once.
type document struct {
	info     Dict
	catalog  Dict
	xmp      string
	xmpDict  Dict
	pages    []page
	intents  []Dict
	fonts    map[any]Dict // font dictionaries by reference (or the dict itself)
	colour   colourUse
	rgbSpace []string // RGB colour spaces and images found, for messages
	images   int
	annots   []annot
	// transparency names the first transparency found: a soft mask, a
	// constant alpha under 1 or a blend mode other than Normal.
	transparency string
}

// annot is an annotation on a page.
type annot struct {
	page    int
	subtype Name
	rect    []float64
	flags   int
}

// gather walks the document: Info, catalog, XMP, OutputIntents, the page
// tree, and each page's content, resources and annotations.
func gather(f *File) *document {
	d := &document{fonts: map[any]Dict{}}
	d.info = f.Dict(f.Trailer["Info"])
	d.catalog = f.Dict(f.Trailer["Root"])
	if s, ok := f.Resolve(d.catalog["Metadata"]).(*Stream); ok {
		d.xmpDict = s.Dict
		if b, err := f.Decode(s); err == nil {
			d.xmp = string(b)
		}
	}
	for _, oi := range f.Array(d.catalog["OutputIntents"]) {
		if od := f.Dict(oi); od != nil {
			d.intents = append(d.intents, od)
		}
	}
	var walk func(node any, media []float64, res Dict, depth int)
	walk = func(node any, media []float64, res Dict, depth int) {
		nd := f.Dict(node)
		if nd == nil || depth > 64 {
			return
		}
		if m := rect(f, nd["MediaBox"]); m != nil {
			media = m
		}
		if r := f.Dict(nd["Resources"]); r != nil {
			res = r
		}
		if f.Resolve(nd["Type"]) == Name("Pages") || nd["Kids"] != nil {
			for _, k := range f.Array(nd["Kids"]) {
				walk(k, media, res, depth+1)
			}
			return
		}
		d.pages = append(d.pages, page{dict: nd, media: media, resources: res})
	}
	walk(d.catalog["Pages"], nil, nil, 0)
	seen := map[any]bool{}
	for i, p := range d.pages {
		d.scanContents(f, p.dict["Contents"], p.resources, seen, 0)
		for _, a := range f.Array(p.dict["Annots"]) {
			ad := f.Dict(a)
			if ad == nil {
				continue
			}
			st, _ := f.Resolve(ad["Subtype"]).(Name)
			fl, _ := f.Num(ad["F"])
			d.annots = append(d.annots, annot{page: i + 1, subtype: st, rect: rect(f, ad["Rect"]), flags: int(fl)})
		}
	}
	return d
}

// scanContents scans content streams (one or an array) drawn with res,
// and the resources: fonts, colour spaces and XObjects (form XObjects
// recursively, each once).
func (d *document) scanContents(f *File, contents any, res Dict, seen map[any]bool, depth int) {
	var streams []*Stream
	switch c := f.Resolve(contents).(type) {
	case *Stream:
		streams = append(streams, c)
	case Array:
		for _, x := range c {
			if s, ok := f.Resolve(x).(*Stream); ok {
				streams = append(streams, s)
			}
		}
	}
	for _, s := range streams {
		b, err := f.Decode(s)
		if err != nil {
			continue
		}
		u := scanContent(b)
		d.colour.rgb = d.colour.rgb || u.rgb
		d.colour.cmyk = d.colour.cmyk || u.cmyk
		d.colour.gray = d.colour.gray || u.gray
		if u.rgb {
			d.rgbSpace = append(d.rgbSpace, "rg/RG 运算符")
		}
		if u.inlineRGB {
			d.rgbSpace = append(d.rgbSpace, "RGB 内嵌图像")
		}
		for _, n := range u.spaces {
			d.colourSpace(f, n, f.Dict(res["ColorSpace"])[n])
		}
	}
	for k, v := range f.Dict(res["Font"]) {
		key := any(v)
		if r, ok := v.(Ref); ok {
			key = r
		} else {
			key = string(k) + fmt.Sprint(len(d.fonts))
		}
		if fd := f.Dict(v); fd != nil {
			d.fonts[key] = fd
		}
	}
	for name, v := range f.Dict(res["ExtGState"]) {
		gs := f.Dict(v)
		sm := f.Resolve(gs["SMask"])
		ca, hasCA := f.Num(gs["ca"])
		cA, hasCA2 := f.Num(gs["CA"])
		bm := f.Resolve(gs["BM"])
		if d.transparency == "" && (sm != nil && sm != Name("None") || hasCA && ca < 1 || hasCA2 && cA < 1 ||
			bm != nil && bm != Name("Normal") && bm != Name("Compatible")) {
			d.transparency = "图形状态 /" + string(name)
		}
	}
	for _, v := range f.Dict(res["XObject"]) {
		if r, ok := v.(Ref); ok {
			if seen[r] {
				continue
			}
			seen[r] = true
		}
		s, ok := f.Resolve(v).(*Stream)
		if !ok {
			continue
		}
		switch f.Resolve(s.Dict["Subtype"]) {
		case Name("Image"):
			d.images++
			if s.Dict["SMask"] != nil && d.transparency == "" {
				d.transparency = "图像的软蒙版（SMask）"
			}
			if s.Dict["ImageMask"] != true {
				d.colourSpace(f, "Image", s.Dict["ColorSpace"])
			}
		case Name("Form"):
			if depth < 16 {
				r := f.Dict(s.Dict["Resources"])
				if r == nil {
					r = res
				}
				d.scanContents(f, s, r, seen, depth+1)
			}
		}
	}
}

// colourSpace records the family of a colour space (a name or an array):
// RGB ones (DeviceRGB, CalRGB, ICCBased with 3 components, Indexed or
// Separation over those) are listed by where they were found.
func (d *document) colourSpace(f *File, where Name, cs any) {
	if cs == nil {
		switch where {
		case "DeviceRGB":
			cs = Name("DeviceRGB")
		case "DeviceCMYK":
			d.colour.cmyk = true
			return
		}
	}
	if rgbSpace(f, cs, 0) {
		d.colour.rgb = true
		d.rgbSpace = append(d.rgbSpace, string(where))
	}
	if cmykSpace(f, cs, 0) {
		d.colour.cmyk = true
	}
}

// rgbSpace reports whether a colour space is RGB or built on RGB.
func rgbSpace(f *File, cs any, depth int) bool {
	if depth > 8 {
		return false
	}
	switch v := f.Resolve(cs).(type) {
	case Name:
		return v == "DeviceRGB" || v == "RGB" || v == "CalRGB"
	case Array:
		if len(v) == 0 {
			return false
		}
		fam, _ := f.Resolve(v[0]).(Name)
		switch fam {
		case "CalRGB":
			return true
		case "ICCBased":
			if len(v) > 1 {
				n, _ := f.Num(f.Dict(v[1])["N"])
				return n == 3
			}
		case "Indexed", "I":
			return len(v) > 1 && rgbSpace(f, v[1], depth+1)
		case "Separation", "DeviceN":
			return len(v) > 2 && rgbSpace(f, v[2], depth+1)
		}
	}
	return false
}

// cmykSpace reports whether a colour space is DeviceCMYK or built on it.
func cmykSpace(f *File, cs any, depth int) bool {
	if depth > 8 {
		return false
	}
	switch v := f.Resolve(cs).(type) {
	case Name:
		return v == "DeviceCMYK" || v == "CMYK"
	case Array:
		if len(v) == 0 {
			return false
		}
		switch fam, _ := f.Resolve(v[0]).(Name); fam {
		case "Indexed", "I":
			return len(v) > 1 && cmykSpace(f, v[1], depth+1)
		case "Separation", "DeviceN":
			return len(v) > 2 && cmykSpace(f, v[2], depth+1)
		}
	}
	return false
}

// rect reads a rectangle, normalised to [llx lly urx ury]; nil if absent.
func rect(f *File, v any) []float64 {
	a := f.Array(v)
	if len(a) != 4 {
		return nil
	}
	r := make([]float64, 4)
	for i := range r {
		n, ok := f.Num(a[i])
		if !ok {
			return nil
		}
		r[i] = n
	}
	if r[0] > r[2] {
		r[0], r[2] = r[2], r[0]
	}
	if r[1] > r[3] {
		r[1], r[3] = r[3], r[1]
	}
	return r
}

// within reports whether rectangle a lies inside b (to 0.01 pt).
func within(a, b []float64) bool {
	const e = 0.01
	return a[0] >= b[0]-e && a[1] >= b[1]-e && a[2] <= b[2]+e && a[3] <= b[3]+e
}

// overlaps reports whether rectangles a and b share any area.
func overlaps(a, b []float64) bool {
	return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

// text returns an Info string as Go text (UTF-16 with a BOM, else bytes).
func text(f *File, v any) (string, bool) {
	s, ok := f.Resolve(v).(String)
	if !ok {
		return "", false
	}
	if len(s) >= 2 && s[0] == 0xFE && s[1] == 0xFF {
		var rs []rune
		for i := 2; i+1 < len(s); i += 2 {
			u := rune(s[i])<<8 | rune(s[i+1])
			if u >= 0xD800 && u < 0xDC00 && i+3 < len(s) {
				l := rune(s[i+2])<<8 | rune(s[i+3])
				u = (u-0xD800)<<10 + (l - 0xDC00) + 0x10000
				i += 2
			}
			rs = append(rs, u)
		}
		return string(rs), true
	}
	return string(s), true
}

// xmpProp returns an XMP property's value, written as an element
// (<ns:name>value</ns:name>, the value of an rdf:li inside) or as an
// attribute (ns:name="value").
func xmpProp(xmp, name string) (string, bool) {
	q := regexp.QuoteMeta(name)
	if m := regexp.MustCompile(`(?s)<` + q + `(?:\s[^>]*)?>(.*?)</` + q + `>`).FindStringSubmatch(xmp); m != nil {
		v := m[1]
		if li := regexp.MustCompile(`(?s)<rdf:li[^>]*>(.*?)</rdf:li>`).FindStringSubmatch(v); li != nil {
			v = li[1]
		}
		return strings.TrimSpace(v), true
	}
	if m := regexp.MustCompile(q + `\s*=\s*"([^"]*)"`).FindStringSubmatch(xmp); m != nil {
		return m[1], true
	}
	return "", false
}

// fontProblems lists the fonts that are not embedded and, when unicode is
// set, those without a ToUnicode map (a Type 3 font's glyphs are content,
// always embedded).
func (d *document) fontProblems(f *File, unicode bool) []string {
	var out []string
	for _, fd := range d.fonts {
		base, _ := f.Resolve(fd["BaseFont"]).(Name)
		sub, _ := f.Resolve(fd["Subtype"]).(Name)
		if sub == "Type3" {
			continue
		}
		desc := f.Dict(fd["FontDescriptor"])
		if sub == "Type0" {
			if ds := f.Array(fd["DescendantFonts"]); len(ds) > 0 {
				desc = f.Dict(f.Dict(ds[0])["FontDescriptor"])
			}
		}
		if desc == nil || desc["FontFile"] == nil && desc["FontFile2"] == nil && desc["FontFile3"] == nil {
			out = append(out, fmt.Sprintf("字体 %s 没有嵌入", base))
		}
		if unicode && fd["ToUnicode"] == nil {
			out = append(out, fmt.Sprintf("字体 %s 没有 ToUnicode 映射，文字不能按 Unicode 提取", base))
		}
	}
	return sorted(out)
}

// sorted sorts messages, so that reports are the same every time.
func sorted(s []string) []string {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

// profileOf returns an OutputIntent's embedded ICC profile and its colour
// space signature ("CMYK", "RGB ") and device class, or ok false.
func profileOf(f *File, oi Dict) (space, class string, n int, ok bool) {
	s, isStream := f.Resolve(oi["DestOutputProfile"]).(*Stream)
	if !isStream {
		return "", "", 0, false
	}
	b, err := f.Decode(s)
	if err != nil || len(b) < 128 || !bytes.Equal(b[36:40], []byte("acsp")) {
		return "", "", 0, false
	}
	nn, _ := f.Num(s.Dict["N"])
	return string(b[16:20]), string(b[12:16]), int(nn), true
}

// String returns the report as the print center reads it: each standard
// met or not with its problems, then the facts.
func (r *Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "PDF %s，%d 页\n", r.Version, r.Pages)
	claimed := false
	for _, s := range r.Standards {
		claimed = claimed || s.Claimed
	}
	for _, s := range r.Standards {
		if !s.Meets() && claimed && !s.Claimed {
			// A standard the file does not claim: its problems are no news.
			fmt.Fprintf(&b, "%s：不符合（文件未声明，%d 处不合要求）\n", s.Name, len(s.Problems))
			continue
		}
		claim := ""
		if s.Claimed {
			claim = "（文件声明为 " + s.Name + "）"
		}
		if s.Meets() {
			fmt.Fprintf(&b, "%s：符合%s\n", s.Name, claim)
			continue
		}
		fmt.Fprintf(&b, "%s：不符合%s，%d 处问题\n", s.Name, claim, len(s.Problems))
		for _, p := range s.Problems {
			fmt.Fprintf(&b, "  - %s\n", p)
		}
	}
	for _, f := range r.Facts {
		fmt.Fprintf(&b, "%s\n", f)
	}
	return b.String()
}

// Passes reports whether the file meets what it claims — every standard it
// declares — and, when it declares none, at least one of them.
func (r *Report) Passes() bool {
	claimed, any := false, false
	for _, s := range r.Standards {
		if s.Claimed {
			claimed = true
			if !s.Meets() {
				return false
			}
		}
		any = any || s.Meets()
	}
	return claimed || any
}

// Pages returns the page dictionaries of a file in order.
func Pages(f *File) []Dict {
	var out []Dict
	for _, p := range gather(f).pages {
		out = append(out, p.dict)
	}
	return out
}
