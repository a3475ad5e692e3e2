package para

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"gazette/fonts"
)

// atom is one glyph to set: a character, or a character with the combining
// marks and variation selectors that follow it.
type atom struct {
	font *fonts.Font
	gid  uint16
	text string // the runes it stands for (a substring of the span's text)
	src  int    // rune offset of its first rune in the source block
	r    rune   // its first rune
	cls  class
	size float64 // pt; 1 em
	rise float64
	w    float64 // width it occupies on the line, pt (½ em for full-width marks)
	dx   float64 // where the glyph's origin sits relative to the atom's start, pt
	span int     // index of the span it came from
}

// buildAtoms turns spans into atoms, looking each character up in the face
// set with fallback.
func buildAtoms(spans []Span, set *fonts.Set, buf []atom) []atom {
	atoms := buf[:0]
	for si, sp := range spans {
		text := sp.Text
		ri := 0
		for i := 0; i < len(text); {
			r, n := utf8.DecodeRuneInString(text[i:])
			j := i + n
			nr := 1
			// Combining marks and variation selectors join the character before.
			for j < len(text) {
				m, mn := utf8.DecodeRuneInString(text[j:])
				if !joinsPrevious(m) {
					break
				}
				j += mn
				nr++
			}
			a := atom{text: text[i:j], src: sp.Src + ri, r: r, cls: classify(r), size: sp.Size, rise: sp.Rise, span: si}
			lone := joinsPrevious(r)
			if lone {
				// A combining mark with no base in its span (a span boundary
				// fell inside a cluster): it draws over the atom before and,
				// having no width, is transparent to breaking.
				a.cls = clsZW
			}
			setGlyph(&a, set, sp.Style, nr > 1)
			if lone {
				if f, g, ok := set.Lookup(sp.Style, r); ok {
					a.font, a.gid = f, g
				}
			}
			atoms = append(atoms, a)
			ri += nr
			i = j
		}
	}
	return atoms
}

// joinsPrevious reports combining marks and variation selectors.
func joinsPrevious(r rune) bool {
	if r < 0x300 {
		return false
	}
	return (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0100 && r <= 0xE01EF) ||
		unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

// setGlyph picks the glyph of an atom and its width and offset.
func setGlyph(a *atom, set *fonts.Set, style fonts.Style, cluster bool) {
	r := a.r
	if cluster {
		// A base with combining marks: use the precomposed character when
		// there is one and a face has it (e + ◌́ → é).
		if c := norm.NFC.String(a.text); utf8.RuneCountInString(c) == 1 {
			if cr, _ := utf8.DecodeRuneInString(c); cr != r {
				if f, g, ok := set.Lookup(style, cr); ok {
					a.font, a.gid = f, g
					a.w = adv(f, g, a.size)
					return
				}
			}
		}
	}
	if a.cls.transparent() {
		// Draws nothing: the face's space glyph, no width of its own.
		a.font, a.gid, _ = set.Lookup(style, ' ')
		return
	}
	f, g, _ := set.Lookup(style, r)
	a.font, a.gid = f, g
	em := a.size
	switch {
	case a.cls.isMark():
		a.w = em / 2
		a.dx = markOffset(f, g, em, a.cls == clsOpen)
	case a.cls == clsDash:
		a.w = em
		a.gid, a.dx = dashGlyph(f, g, em)
	case a.cls == clsMiddot, a.cls == clsIdeoSpace:
		a.w = em
		a.dx = centreInk(f, g, em)
	default:
		a.w = adv(f, g, a.size)
	}
}

func adv(f *fonts.Font, g uint16, size float64) float64 {
	return float64(f.Advance(g)) / float64(f.UnitsPerEm) * size
}

// markOffset places a full-width mark of GB style in its ½-em atom:
// clreq (punctuation width adjustment, GB style) — a closing mark or stop keeps its
// ink on the left half of the em box (the glyph's origin stays at the atom's
// start, the blank right half is glue that compression removes); an opening
// mark keeps its ink on the right half (the origin moves ½ em left of the
// atom). Faces that centre their marks (UKai, Fandol) are moved so that the
// ink lies in the kept half.
func markOffset(f *fonts.Font, g uint16, em float64, opening bool) float64 {
	x0, x1, ok := f.InkX(g)
	scale := em / float64(f.UnitsPerEm)
	if opening {
		dx := -em / 2
		if ok {
			if lo := float64(x0)*scale + dx; lo < 0 {
				dx -= lo
			}
		}
		return dx
	}
	dx := 0.0
	if ok {
		if hi := float64(x1) * scale; hi > em/2 {
			dx = em/2 - hi
		}
		if lo := float64(x0)*scale + dx; lo < 0 {
			dx -= lo
		}
	}
	return dx
}

// centreInk centres a glyph's ink in a 1-em atom: GB/T 15834-2011 (间隔号) — the
// interpunct · between the parts of a foreign name takes a full em with the
// dot in its middle.
func centreInk(f *fonts.Font, g uint16, em float64) float64 {
	x0, x1, ok := f.InkX(g)
	if !ok {
		return (em - adv(f, g, em)) / 2
	}
	scale := em / float64(f.UnitsPerEm)
	return em/2 - float64(x0+x1)/2*scale
}

// dashGlyph: GB/T 15834-2011 (破折号, two characters wide) — the Chinese dash —— is a 2-em rule without
// gaps. The Noto faces draw U+2014 as a 0.9-em Western dash; when a face's
// U+2014 does not span its em, its box-drawing U+2500 (a full-em rule on the
// CJK centre line) stands in, so two dashes join.
func dashGlyph(f *fonts.Font, g uint16, em float64) (uint16, float64) {
	upm := f.UnitsPerEm
	spans := func(g uint16) bool {
		x0, x1, ok := f.InkX(g)
		return ok && x0 <= upm/20 && x1 >= upm-upm/20 && f.Advance(g) == upm
	}
	if g != 0 && spans(g) {
		return g, 0
	}
	if h := f.GlyphIndex('─'); h != 0 && spans(h) {
		return h, 0
	}
	return g, centreInk(f, g, em)
}
