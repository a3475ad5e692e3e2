// Package pdf writes laid-out pages (package layout) as a print-ready
// PDF/X-4 file (ISO 15930-7; PDF/X-1a:2003 on request): TrimBox, BleedBox
// and MediaBox on every page, optional crop marks outside the bleed, text
// and rules in DeviceCMYK, images converted to CMYK, every font embedded as
// a TrueType or CFF subset with a ToUnicode map, an OutputIntent with the
// printing condition's ICC profile (FOGRA39 by default, built by
// icc/make-profiles.sh), XMP metadata, /Trapped, outlines from the pages'
// anchors and no annotations; or as the web edition (PDF/A-2u) with its TOC
// links. There is no randomness: the same pages and options give a
// byte-identical file, dated by the options.
//
// We write our own PDF instead of drawing through gopdf, because gopdf
//   - keeps a font's hmtx and loca tables whole (about 240 KB per CJK font
//     before the first glyph), so a gazette's PDF cannot stay small;
//   - parses each 10–15 MB font file whole, again for every document, which
//     misses the CPU target of a render;
//   - garbles text above U+FFFF (rare name characters of Extension B and on)
//     in its ToUnicode map, so those characters neither print nor extract;
//   - has no BleedBox or TrimBox, which a printer needs;
//   - gives its subsets no subset tag (ABCDEF+), so preflight tools take them
//     for whole fonts.
//
// Fonts are Type0 fonts with Identity-H encoding over CIDFontType2
// descendants: a character code is two bytes, the CID, which is the glyph's
// number in the subset (CIDToGIDMap /Identity). The subsetter (package fontsubset)
// keeps only the glyphs drawn plus the components of composite glyphs,
// renumbers them, and rebuilds the minimal TrueType a PDF needs (head, hhea,
// maxp, loca, glyf, hmtx, cvt/fpgm/prep when present, post version 3) with
// right checksums. A glyph drawn for two different texts (a Kangxi radical
// and its unified ideograph share one outline) is kept twice, so that
// every character extracts as itself.
//
// Each face gets one subset per octave of type size (up to 12 pt, to 24 pt,
// to 48 pt …), and each subset's outlines are put on the coarsest grid on
// which no point moves by more than fontsubset.OutlineTolerance (0.01 mm) at the
// largest size it is drawn at (fontsubset/quantize.go): 212 units to the em for 12 pt
// text, the font's own 1000 for a 60 pt line. The glyphs are decoded,
// rounded, rid of the points left on a straight segment, and re-encoded in
// their shortest form, without hinting instructions. That takes a fifth off
// a gazette's PDF; at 1200 dpi the renderings differ only on edges, by less
// than a pixel. Options.ExactOutlines embeds the outlines as they are, one
// subset per face. The subset outlines are checked against the original
// ones, by an independent parser, for every face over the whole seed issue.
// The widths in /W are the font's own, so text is placed the same either way.
//
// A subset of the Song face is embedded with the CFF outlines of its twin
// (fonts.Font.CFFTwin: the same design, version and advances in CFF) when
// every glyph's character is there: a CIDFontType0C font program (fontsubset/cff.go:
// the charstrings are read with their subroutines, hints dropped, put on the
// grid and written in their shortest forms into a CID-keyed CFF with one
// Font DICT and an identity charset), 13 % smaller than the TrueType glyphs
// at the same grid.
//
// ToUnicode maps give runs of consecutive CIDs as bfrange entries (an array
// of texts, or one start value when the characters follow one another too).
//
// Streams are Flate-compressed at the best level (one reused compressor:
// each holds about 1 MB of tables); the dictionaries go into object streams
// with a cross-reference stream (PDF 1.5 and on), and the trailer /ID is a
// hash of the content. In content streams a run of glyphs is a literal
// string placed with Td relative to the previous run, in whole hundredths
// of a point (Tj when it needs no TJ adjustment, one Tc for a run whose
// glyphs stand evenly apart); identical rules on a page (table cells
// sharing an edge) are stroked once, and the pieces of a table rule are
// joined into one line.
package pdf
