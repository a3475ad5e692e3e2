// Package fontsubset is the font toolkit of the PDF writer: it keeps the
// glyphs a document draws of one font (Subset), renumbers them, and rebuilds
// them as a minimal TrueType font or, from the font's CFF twin, as a
// CID-keyed CFF font program, each on the coarsest outline grid the largest
// size they are drawn at allows (OutlineGrid, OutlineTolerance). It holds
// the TrueType glyph codec (quantize.go), the CFF parser and writer (cff.go,
// cff_write.go) and the Type 2 charstring interpreter and encoder
// (charstring.go, charstring_encode.go). Package pdf writes the subsets as
// PDF font objects; see its documentation for the whole design.
package fontsubset
