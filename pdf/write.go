package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"

	"gazette/internal/atomicfile"
	"gazette/layout"
	"gazette/pdf/fontsubset"
)

// Write writes the document's pages selected by opt as a PDF to w.
func Write(w io.Writer, doc *layout.Document, opt Options) error {
	if doc == nil {
		return errors.New("pdf: no document")
	}
	pages, err := Selected(doc, opt.Pages)
	if err != nil {
		return err
	}
	if len(pages) == 0 {
		return errors.New("pdf: 没有可输出的页面")
	}
	conf, err := conformanceOf(opt)
	if err != nil {
		return err
	}
	conv, err := converter(opt)
	if err != nil {
		return err
	}
	pf := &file{version: conf.version}
	catalog, pagesRef, info, meta := pf.alloc(), pf.alloc(), pf.alloc(), pf.alloc()

	// Page objects first, so that links and outlines can point at them.
	pageRef := map[int]int{} // page number → object
	kids := make([]int, len(pages))
	for i, p := range pages {
		kids[i] = pf.alloc()
		pageRef[p.Number] = kids[i]
	}

	// Fonts: one subset per face and octave of size (fontsubset.SizeClass), named in
	// order of first use, each on the coarsest grid its largest size allows
	// (fontsubset.OutlineGrid) unless the options ask for the outlines as they are.
	res := map[fontKey]*fontRes{}
	var fontOrder []*fontRes
	for _, p := range pages {
		for _, r := range p.Runs {
			if r.Font == nil || len(r.Glyphs) == 0 {
				continue
			}
			k := runFont(r, opt)
			fr := res[k]
			if fr == nil {
				fr = &fontRes{name: fmt.Sprintf("F%d", len(fontOrder)+1), sub: fontsubset.New(r.Font)}
				res[k] = fr
				fontOrder = append(fontOrder, fr)
			}
			fr.maxSize = max(fr.maxSize, r.Size)
			for _, g := range r.Glyphs {
				fr.sub.Use(g.GID, g.Text)
			}
		}
	}
	for _, fr := range fontOrder {
		if !opt.ExactOutlines {
			fr.sub.Grid = fontsubset.OutlineGrid(fr.maxSize, fr.sub.Font().UnitsPerEm)
		}
		fr.sub.Number()
		if !opt.ExactOutlines {
			fr.sub.UseTwin()
		}
		fr.ref = pf.alloc()
		if err := writeFont(pf, fr.sub, fr.ref); err != nil {
			return err
		}
	}

	// Images, each embedded once.
	imgName := map[string]string{}
	var xobj []string
	for _, p := range pages {
		for i := range p.Images {
			im := &p.Images[i]
			key := imageKey(im)
			if _, ok := imgName[key]; ok {
				continue
			}
			ref, err := writeImage(pf, im, opt.Web, conv)
			if err != nil {
				return fmt.Errorf("pdf: page %d: %w", p.Number, err)
			}
			nm := fmt.Sprintf("Im%d", len(xobj)+1)
			imgName[key] = nm
			xobj = append(xobj, fmt.Sprintf("/%s %d 0 R", nm, ref))
		}
	}

	// One resource dictionary shared by every page.
	var rb strings.Builder
	rb.WriteString("<</ProcSet [/PDF /Text /ImageC]")
	if len(fontOrder) > 0 {
		rb.WriteString(" /Font <<")
		for _, fr := range fontOrder {
			fmt.Fprintf(&rb, "/%s %d 0 R ", fr.name, fr.ref)
		}
		rb.WriteString(">>")
	}
	if len(xobj) > 0 {
		rb.WriteString(" /XObject <<" + strings.Join(xobj, " ") + ">>")
	}
	if !opt.Web && !opt.NoOverprint {
		rb.WriteString(overprintResources)
	}
	if opt.Marks && !opt.Web {
		rb.WriteString(" /ColorSpace <</Reg [/Separation /All /DeviceCMYK " +
			"<</FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [1 1 1 1] /N 1>>]>>")
	}
	rb.WriteString(">>")
	resRef := pf.add([]byte(rb.String()))

	geo := map[int]geometry{}
	for _, p := range pages {
		geo[p.Number] = newGeometry(p, opt)
	}
	for i, p := range pages {
		g := geo[p.Number]
		c := &content{g: g, lw: 1}
		if opt.Web {
			c.rgb = conv
		}
		c.overprint = !opt.Web && !opt.NoOverprint
		p.Paint(painter{c, imgName, res, opt})
		if g.marks {
			c.cropMarks()
		}
		contentRef, err := pf.addStream("", c.b, true)
		if err != nil {
			return fmt.Errorf("pdf: page %d: %w", p.Number, err)
		}
		annots := writeLinks(pf, p, g, geo, pageRef, opt)
		var pb strings.Builder
		fmt.Fprintf(&pb, "<</Type /Page /Parent %d 0 R /MediaBox %s /TrimBox %s", pagesRef, g.media(), g.box(0))
		if !opt.Web {
			fmt.Fprintf(&pb, " /BleedBox %s", g.box(g.bleed))
		}
		fmt.Fprintf(&pb, " /Resources %d 0 R /Contents %d 0 R", resRef, contentRef)
		if len(annots) > 0 {
			pb.WriteString(" /Annots [" + strings.Join(annots, " ") + "]")
		}
		pb.WriteString(">>")
		pf.set(kids[i], []byte(pb.String()))
	}

	var kb strings.Builder
	for i, k := range kids {
		if i > 0 {
			kb.WriteByte(' ')
		}
		fmt.Fprintf(&kb, "%d 0 R", k)
	}
	pf.set(pagesRef, fmt.Appendf(nil, "<</Type /Pages /Kids [%s] /Count %d>>", kb.String(), len(kids)))

	outlines := writeOutlines(pf, pages, pageRef, geo)
	intent, err := outputIntent(pf, opt, conf)
	if err != nil {
		return err
	}
	cat := fmt.Sprintf("<</Type /Catalog /Pages %d 0 R /Lang (zh-CN) /ViewerPreferences <</DisplayDocTitle true>> "+
		"/Metadata %d 0 R /OutputIntents [%d 0 R]", pagesRef, meta, intent)
	if outlines > 0 {
		cat += fmt.Sprintf(" /Outlines %d 0 R /PageMode /UseOutlines", outlines)
	}
	pf.set(catalog, []byte(cat+">>"))
	pf.set(info, infoDict(doc, opt, conf))
	// The XMP packet last, identified by a hash of everything else; it
	// stays uncompressed, so that any tool can find and read it (and PDF/A
	// wants it so).
	if err := pf.setStream(meta, "/Type /Metadata /Subtype /XML", xmp(doc, opt, conf, pf.contentID()), false); err != nil {
		return err
	}
	if err := pf.writeTo(w, catalog, info, conf); err != nil {
		return fmt.Errorf("pdf: write: %w", err)
	}
	return nil
}

// WriteFile writes the PDF to path whole or not at all
// (internal/atomicfile: a temporary file in the same directory, fsynced and
// renamed into place), so that a failed write never leaves a half file
// behind.
func WriteFile(path string, doc *layout.Document, opt Options) error {
	var b bytes.Buffer
	if err := Write(&b, doc, opt); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("pdf: %s: %w", path, err)
	}
	return nil
}

// Selected returns the pages of doc that a selection (Options.Pages) writes:
// all of them; the cover ("cover"), printed on its own stock: 封一, 封二,
// 封三 and 封四, the first two pages and the last two, whatever the layout
// put there (the inside covers are blank or carry the colophon, as the
// issue's settings say); or the body ("body"): every other page, in order,
// followed by blank pages (PageBlank, numbered on from the last page) up to
// a multiple of 4, as saddle stitching needs. The cover and the body
// together are the whole issue. An issue of fewer than 4 pages has no
// cover to split off.
func Selected(doc *layout.Document, sel string) ([]*layout.Page, error) {
	all := doc.Pages
	n := len(all)
	switch sel {
	case PagesAll:
		return all, nil
	case PagesCover, PagesBody:
	default:
		return nil, fmt.Errorf("pdf: 未知的页面选择 %q（应为 cover 或 body）", sel)
	}
	if n < 4 {
		return nil, fmt.Errorf("pdf: 只有 %d 页，分不出封面（封一至封四）和内页", n)
	}
	if sel == PagesCover {
		return []*layout.Page{all[0], all[1], all[n-2], all[n-1]}, nil
	}
	body := append([]*layout.Page(nil), all[2:n-2]...)
	last := all[n-1]
	for k := 1; len(body)%4 != 0; k++ {
		body = append(body, &layout.Page{Number: last.Number + k, Kind: layout.PageBlank,
			Width: last.Width, Height: last.Height, Bleed: last.Bleed})
	}
	return body, nil
}

// imageKey identifies an image for embedding it once.
func imageKey(im *layout.Image) string {
	if im.Key != "" {
		return im.Key
	}
	s := sha256.Sum256(im.Data)
	return hex.EncodeToString(s[:])
}

// writeLinks writes the page's links as Link annotations and returns their
// references: for the web edition only, since a print file carries no
// annotations (ISO 15930-7 §6.6.2 forbids them inside the BleedBox, and
// the print center's RIP has no use for them). Each rectangle covers the
// link's own place on this page (its TOC entry); the destination is the
// target's place on its page. The Print flag is set, as PDF/A requires
// (ISO 19005-2 §6.3.2).
func writeLinks(pf *file, p *layout.Page, g geometry, geo map[int]geometry, pageRef map[int]int, opt Options) []string {
	if !opt.Web {
		return nil
	}
	var annots []string
	for _, l := range p.Links {
		to, ok := pageRef[l.Page]
		if !ok {
			continue
		}
		r := l.Rect
		a := pf.add(fmt.Appendf(nil, "<</Type /Annot /Subtype /Link /F 4 /Rect [%s %s %s %s] /Border [0 0 0] "+
			"/Dest [%d 0 R /XYZ null %s null]>>", num(g.x(r.X)), num(g.y(r.Y+r.H)), num(g.x(r.X+r.W)), num(g.y(r.Y)),
			to, num(geo[l.Page].y(l.Y))))
		annots = append(annots, fmt.Sprintf("%d 0 R", a))
	}
	return annots
}
