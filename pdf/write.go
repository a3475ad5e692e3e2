package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

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
	pf := &file{}
	catalog, pagesRef, info := pf.alloc(), pf.alloc(), pf.alloc()

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
			ref, err := writeImage(pf, im, opt.Web)
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
		for _, bx := range p.Boxes {
			c.box(bx)
		}
		for _, im := range p.Images {
			c.image(imgName[imageKey(&im)], im)
		}
		c.rules(p.Rules)
		c.runs(p.Runs, res, opt)
		if g.marks {
			c.cropMarks()
		}
		contentRef, err := pf.addStream("", c.b, true)
		if err != nil {
			return fmt.Errorf("pdf: page %d: %w", p.Number, err)
		}
		var annots []string
		for _, l := range p.Links {
			to, ok := pageRef[l.Page]
			if !ok {
				continue
			}
			tg := geo[l.Page]
			a := pf.add(fmt.Appendf(nil, "<</Type /Annot /Subtype /Link /Rect [%s %s %s %s] /Border [0 0 0] "+
				"/Dest [%d 0 R /XYZ null %s null]>>", num(g.x(l.X)), num(g.y(l.Y+l.H)), num(g.x(l.X+l.W)), num(g.y(l.Y)),
				to, num(tg.y(l.Y))))
			annots = append(annots, fmt.Sprintf("%d 0 R", a))
		}
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
	cat := fmt.Sprintf("<</Type /Catalog /Pages %d 0 R /Lang (zh-CN) /ViewerPreferences <</DisplayDocTitle true>>", pagesRef)
	if outlines > 0 {
		cat += fmt.Sprintf(" /Outlines %d 0 R /PageMode /UseOutlines", outlines)
	}
	pf.set(catalog, []byte(cat+">>"))
	pf.set(info, infoDict(doc, opt))
	if err := pf.writeTo(w, catalog, info); err != nil {
		return fmt.Errorf("pdf: write: %w", err)
	}
	return nil
}

// WriteFile writes the PDF to path through a temporary file in the same
// directory, renamed into place once complete, so that a failed write never
// leaves a half file behind.
func WriteFile(path string, doc *layout.Document, opt Options) error {
	var b bytes.Buffer
	if err := Write(&b, doc, opt); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("pdf: %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b.Bytes()); err != nil {
		tmp.Close()
		return fmt.Errorf("pdf: %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("pdf: %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("pdf: %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("pdf: %s: %w", path, err)
	}
	return nil
}

// Selected returns the pages of doc that a selection (Options.Pages) writes:
// all of them, the cover pages (cover, inside cover, back cover) or the
// others.
func Selected(doc *layout.Document, sel string) ([]*layout.Page, error) {
	all := doc.Pages
	isCover := func(p *layout.Page) bool {
		return p.Kind == layout.PageCover || p.Kind == layout.PageInside || p.Kind == layout.PageBack
	}
	var out []*layout.Page
	for _, p := range all {
		switch sel {
		case PagesAll:
			out = append(out, p)
		case PagesCover:
			if isCover(p) {
				out = append(out, p)
			}
		case PagesBody:
			if !isCover(p) {
				out = append(out, p)
			}
		default:
			return nil, fmt.Errorf("pdf: 未知的页面选择 %q（应为 cover 或 body）", sel)
		}
	}
	return out, nil
}

// imageKey identifies an image for embedding it once.
func imageKey(im *layout.Image) string {
	if im.Key != "" {
		return im.Key
	}
	s := sha256.Sum256(im.Data)
	return hex.EncodeToString(s[:])
}

// infoDict is the document information dictionary.
func infoDict(doc *layout.Document, opt Options) []byte {
	var b strings.Builder
	b.WriteString("<<")
	if doc.Title != "" {
		b.WriteString("/Title " + textString(doc.Title) + " ")
	}
	if doc.Subject != "" {
		b.WriteString("/Subject " + textString(doc.Subject) + " ")
	}
	creator := opt.Creator
	if creator == "" {
		creator = "gazette"
	}
	b.WriteString("/Creator " + textString(creator) + " /Producer " + textString(creator+" (gazette/pdf)"))
	if !opt.Created.IsZero() {
		b.WriteString(" /CreationDate " + textString(pdfDate(opt.Created)))
	}
	if !opt.Modified.IsZero() {
		b.WriteString(" /ModDate " + textString(pdfDate(opt.Modified)))
	}
	b.WriteString(">>")
	return []byte(b.String())
}
