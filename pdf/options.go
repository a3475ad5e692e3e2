package pdf

import "time"

// Options choose the variant of the PDF and its document information.
type Options struct {
	// Marks draws crop marks outside the bleed; the MediaBox grows to hold them.
	Marks bool
	// Web writes the electronic edition: no bleed, no marks, TrimBox =
	// MediaBox, images in RGB.
	Web bool
	// Pages selects the pages (see Selected): "" all, "cover" the four
	// pages of the cover stock (封一 to 封四), "body" the rest, padded to a
	// multiple of 4.
	Pages string
	// ExactOutlines embeds every glyph outline as the font has it, one
	// subset per face. Without it, a face's glyphs drawn only at small sizes
	// are embedded on a coarser grid whose rounding moves no point by more
	// than OutlineTolerance (0.01 mm) on paper: a file about a fifth smaller.
	ExactOutlines bool
	// Creator names the program in the document information, e.g. "gazette 0.1.0".
	Creator string
	// PDFX chooses the PDF/X conformance of a print file: PDFX4 (the
	// default, "") or PDFX1a. The web edition is PDF/A-2u instead.
	PDFX string
	// NoOverprint makes black text knock out what lies under it. By
	// default 100 % K text in a print file overprints (the ink of what is
	// under it is kept), so that a misregistered plate shows no white halo
	// around small black type — the prepress default for black text.
	NoOverprint bool
	// Intent is the printing condition of a print file's OutputIntent; a
	// zero Intent is DefaultPrintIntent (FOGRA39).
	Intent OutputIntent
	// Created and Modified are the document's dates (from the issue's
	// sign-off or last change, so that the file is deterministic). PDF/X
	// and PDF/A need both: a zero time takes the other's value, and when
	// both are zero the file is dated noDate.
	Created, Modified time.Time
}

// Page selections of Options.Pages.
const (
	PagesAll   = ""
	PagesCover = "cover"
	PagesBody  = "body"
)

// PDF/X conformance levels of Options.PDFX.
const (
	// PDFX4 is PDF/X-4 (ISO 15930-7:2010): PDF 1.6, an OutputIntent with an
	// embedded CMYK output profile, live transparency and object streams
	// allowed.
	PDFX4 = "4"
	// PDFX1a is PDF/X-1a:2003 (ISO 15930-4:2003): PDF 1.4 with a plain
	// cross-reference table, CMYK and spot colours only, no transparency.
	PDFX1a = "1a"
)
