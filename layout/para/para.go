// Package para is the Chinese line and paragraph engine: it turns styled
// text into lines of positioned glyphs following clreq and GB/T 15834
// (line-start and line-end rules, punctuation compression, CJK–Latin
// spacing, justification). It knows nothing of pages.
//
// The work is done in steps, one file each: atoms.go looks every character
// up in the face set and places full-width marks in half an em (GB style);
// glue.go computes what lies between two characters (the marks' blank halves,
// CJK–Latin spacing, word spaces) and whether a line may break there, by the
// rules of class.go; breaker.go breaks lines (squeeze before push, emergency
// breaks, no lone last character); balance.go balances titles, preferring
// the phrase boundaries that phrase.go finds; justify.go
// squeezes or stretches each line by clreq's priorities and positions the
// glyphs. Text may hold newlines (forced breaks, e.g. a title's own line
// breaks); spaces, newlines and other invisible characters become glyphs of
// the face's space glyph with no width, so that every rune stays in the output.
package para

import (
	"sync"

	"gazette/fonts"
)

// Span is a stretch of text set in one face and size.
type Span struct {
	Text  string
	Style fonts.Style
	Size  float64 // pt
	Rise  float64 // baseline shift upwards in pt (superscript > 0, subscript < 0)
	// Src is the rune offset of Text's first rune in the source block, so that
	// each glyph can point back into the text.
	Src int
}

// Align is how a line sits in the measure.
type Align int

// The alignments.
const (
	Justify Align = iota // both edges; the last line of a paragraph flush left
	Left
	Center
	Right
)

// Options control the setting of one paragraph.
type Options struct {
	Measure float64 // line width, pt
	Indent  float64 // first-line indent, pt (2 em for body text)
	// Hang is the indent of every line after the first (a hanging indent, for
	// TOC entries), pt.
	Hang  float64
	Align Align
	// Balance breaks the text into lines of near-equal length (titles),
	// between phrases (GB/T 9704-2012 7.3.3: before 关于, after 关于印发,
	// after 》 and ”, before 的通知 …): never inside 《》“”（）〔〕 that fit a
	// line, a 文号 or a number, no short line under a long one; one line more
	// than the fewest when that saves breaking inside words.
	// Balanced lines are centred unless Align is Left or Right.
	Balance bool
	// Fonts is the face set; nil means the bundled faces.
	Fonts *fonts.Set
}

// Glyph is one positioned glyph of a line.
type Glyph struct {
	Font *fonts.Font
	GID  uint16
	Text string  // the characters it stands for
	X    float64 // pen x from the line's left edge (indent included), pt
	Size float64 // pt
	Rise float64 // baseline shift upwards, pt
	Src  int     // rune offset in the source block
}

// Line is one set line.
type Line struct {
	Glyphs []Glyph
	// Width is the width the glyphs take, from the line's left edge.
	Width float64
	// Ascent and Descent (positive) are the largest extents of the line's
	// glyphs above and below the baseline, pt.
	Ascent, Descent float64
	// Emergency is set when no legal break fitted and the line was broken
	// where it overflowed (a reported violation).
	Emergency bool
}

// Set sets spans into lines under opt: atoms are looked up in the face set
// (with fallback), the glue between them is built (punctuation compression,
// CJK–Latin spacing, break opportunities), the text is broken into lines
// (squeeze before push; emergency breaks reported), the last line is kept
// from holding a lone Han character, titles are balanced (opt.Balance), and
// every line is justified and positioned. The result is deterministic; every
// input rune is in exactly one Glyph's Text, in order. An empty input gives
// one empty line.
func Set(spans []Span, opt Options) []Line {
	set := opt.Fonts
	if set == nil {
		set = fonts.Default()
	}
	en := enginePool.Get().(*engine)
	defer enginePool.Put(en)
	en.opt = opt
	en.atoms = buildAtoms(spans, set, en.atoms)
	if len(en.atoms) == 0 {
		return []Line{{Width: opt.Indent}}
	}
	en.glue = buildGlue(en.atoms, en.glue)
	en.prepare()
	var brks []brk
	if opt.Balance {
		en.markTitleGroups()
		brks = en.balance()
	} else {
		brks = en.breakLines(0, len(en.atoms)-1, 0, false, en.brks[:0])
		en.noLoneHan(brks, false)
	}
	en.brks = brks[:0]
	lines := en.setLines(brks)
	clear(en.atoms) // drop font pointers and strings held by the pool
	return lines
}

var enginePool = sync.Pool{New: func() any { return new(engine) }}

// Text returns the characters of the line's glyphs.
func (l Line) Text() string {
	n := 0
	for _, g := range l.Glyphs {
		n += len(g.Text)
	}
	b := make([]byte, 0, n)
	for _, g := range l.Glyphs {
		b = append(b, g.Text...)
	}
	return string(b)
}
