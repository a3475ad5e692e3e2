package pdf

import "time"

// Options choose the variant of the PDF and its document information.
type Options struct {
	// Marks draws crop marks outside the bleed; the MediaBox grows to hold them.
	Marks bool
	// Web writes the electronic edition: no bleed, no marks, TrimBox =
	// MediaBox, images in RGB.
	Web bool
	// Pages selects the pages: "" all, "cover" the cover pages alone (the
	// cover, the inside cover and the back cover), "body" the rest.
	Pages string
	// ExactOutlines embeds every glyph outline as the font has it, one
	// subset per face. Without it, a face's glyphs drawn only at small sizes
	// are embedded on a coarser grid whose rounding moves no point by more
	// than OutlineTolerance (0.01 mm) on paper: a file about a fifth smaller.
	ExactOutlines bool
	// Creator names the program in the document information, e.g. "gazette 0.1.0".
	Creator string
	// Created and Modified are the document's dates (from the issue's
	// sign-off or last change, so that the file is deterministic). Zero
	// times are left out.
	Created, Modified time.Time
}

// Page selections of Options.Pages.
const (
	PagesAll   = ""
	PagesCover = "cover"
	PagesBody  = "body"
)
