package app

import (
	"fmt"

	"gazette/gazette"
	"gazette/pdf"
)

// Options are every choice of one render, the same whether they come from
// gazette render's flags or from the workstation's 导出印刷文件 form.
type Options struct {
	// Marks draws crop marks outside the bleed (refused with Web).
	Marks bool
	// Web writes the electronic edition: no bleed, no marks, RGB images.
	Web bool
	// ExactOutlines embeds the glyph outlines as the fonts have them
	// (pdf.Options.ExactOutlines).
	ExactOutlines bool
	// Pages selects the pages: pdf.PagesAll, pdf.PagesCover or
	// pdf.PagesBody.
	Pages string
	// Split writes the cover pages and the body as two files beside the
	// path given: <stem>-封面.pdf and <stem>-正文.pdf.
	Split bool
	// Bleed, when not nil, replaces the bleed, in mm (0 to 10; only
	// 0 with Web).
	Bleed *float64
	// Preset, when not empty, replaces the layout settings by the
	// named preset (公报, 公文); the office's own faces are kept.
	Preset string
	// Columns, when not nil, replaces the column count (1 or 2).
	Columns *int
	// Force writes the PDF despite preflight errors.
	Force bool
	// PDFX is the PDF/X version of a print file: pdf.PDFX4 (the default,
	// when empty) or pdf.PDFX1a; the web edition is PDF/A-2u instead.
	PDFX string
	// Intent, when its Profile is set, replaces the default FOGRA39 output
	// intent by the print center's own CMYK profile (checked with
	// pdf.CheckOutputProfile by whoever reads it).
	Intent pdf.OutputIntent
	// NoOverprint turns off the overprinting of 100 % K text in print files.
	NoOverprint bool
}

// OptionError is a choice of options that cannot be honoured; its message
// names the options as gazette render spells them.
type OptionError struct{ Msg string }

// Error is the message, in Chinese.
func (e *OptionError) Error() string { return e.Msg }

// Check refuses options that contradict each other or are out of range,
// before any work is done.
func (o Options) Check() error {
	bad := func(format string, args ...any) error { return &OptionError{fmt.Sprintf(format, args...)} }
	switch {
	case o.Pages != pdf.PagesAll && o.Pages != pdf.PagesCover && o.Pages != pdf.PagesBody:
		return bad("页面选择 %q 无效：应为全部、封面（--cover）或正文（--body）", o.Pages)
	case o.Split && o.Pages != pdf.PagesAll:
		return bad("封面与正文分开输出时，不能再只选封面（--cover）或正文（--body）")
	case o.Marks && o.Web:
		return bad("电子版（--web）没有出血，不能加裁切线（--marks）")
	case o.Web && o.Bleed != nil && *o.Bleed != 0:
		return bad("电子版（--web）没有出血，不能同时给 --bleed %g", *o.Bleed)
	case o.Columns != nil && *o.Columns != 1 && *o.Columns != 2:
		return bad("--columns %d 无效：栏数只能是 1 或 2", *o.Columns)
	case o.Bleed != nil && !(*o.Bleed >= 0 && *o.Bleed <= 10):
		return bad("--bleed %g 无效：出血应在 0 到 10 毫米之间", *o.Bleed)
	case o.PDFX != "" && o.PDFX != pdf.PDFX4 && o.PDFX != pdf.PDFX1a:
		return bad("--pdfx %q 无效：应为 4 或 1a", o.PDFX)
	case o.Web && o.PDFX != "":
		return bad("电子版（--web）是 PDF/A，不能同时给 --pdfx")
	case o.Web && o.Intent.Profile != nil:
		return bad("电子版（--web）用 sRGB，不能同时给 --icc")
	}
	if o.Preset != "" {
		if _, ok := gazette.Preset(o.Preset); !ok {
			return bad("--preset %q 无效：应为 公报 或 公文", o.Preset)
		}
	}
	return nil
}

// apply changes layout settings as the options say: a preset replaces
// every value but the office's own faces; columns and bleed then override
// it; the electronic edition has no bleed.
func (o Options) apply(s *gazette.Settings) {
	if o.Preset != "" {
		p, _ := gazette.Preset(o.Preset)
		p.Faces = s.Faces
		*s = p
	}
	if o.Columns != nil {
		s.Columns = *o.Columns
	}
	if o.Bleed != nil {
		s.Bleed = *o.Bleed
	}
	if o.Web {
		s.Bleed = 0
	}
}

// pdfOptions are the PDF writer's options for one file of the render of
// src: the same Creator and dates from every front end.
func (o Options) pdfOptions(src Source, pages string) pdf.Options {
	return pdf.Options{Marks: o.Marks, Web: o.Web, ExactOutlines: o.ExactOutlines, Pages: pages,
		PDFX: o.PDFX, Intent: o.Intent, NoOverprint: o.NoOverprint,
		Creator: Creator(), Created: src.Created, Modified: src.Modified}
}
