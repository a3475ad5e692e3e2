package para

// setLines positions the atoms of each line and returns the lines. All
// glyphs share one backing array.
func (en *engine) setLines(brks []brk) []Line {
	glyphs := make([]Glyph, len(en.atoms))
	lines := make([]Line, len(brks))
	widths := make([]float64, 0, 64)
	for i, b := range brks {
		last := i == len(brks)-1 || b.forced
		widths = en.glueWidths(b, i, last, widths[:0])
		x := en.opt.Indent
		if i > 0 {
			x = en.opt.Hang
		}
		ln := &lines[i]
		for k := b.s; k <= b.e; k++ {
			a := &en.atoms[k]
			glyphs[k] = Glyph{Font: a.font, GID: a.gid, Text: a.text, X: x + a.dx, Size: a.size, Rise: a.rise, Src: a.src}
			x += a.w
			if k < b.e {
				x += widths[k-b.s]
			}
			scale := a.size / float64(a.font.UnitsPerEm)
			if asc := float64(a.font.Ascent)*scale + a.rise; asc > ln.Ascent {
				ln.Ascent = asc
			}
			if desc := -float64(a.font.Descent)*scale - a.rise; desc > ln.Descent {
				ln.Descent = desc
			}
		}
		ln.Glyphs = glyphs[b.s : b.e+1 : b.e+1]
		ln.Width = x
		ln.Emergency = b.emergency
		en.align(ln)
	}
	return lines
}

// align moves a centred or right-aligned line (titles, folios).
func (en *engine) align(ln *Line) {
	var shift float64
	switch {
	case en.opt.Align == Center, en.opt.Balance && en.opt.Align == Justify:
		shift = (en.opt.Measure - ln.Width) / 2
	case en.opt.Align == Right:
		shift = en.opt.Measure - ln.Width
	default:
		return
	}
	for j := range ln.Glyphs {
		ln.Glyphs[j].X += shift
	}
	ln.Width += shift
}

// glueWidths returns the width of the glue after each atom of line b but the
// last, justified to the line's measure: squeezed when the line is too long
// (always), stretched when it is short and justified (not the last line:
// justify).
func (en *engine) glueWidths(b brk, line int, last bool, out []float64) []float64 {
	gl := en.glue[b.s:b.e]
	for k := range gl {
		out = append(out, gl[k].nat)
	}
	T := en.avail(line)
	nat := en.natural(b.s, b.e)
	switch {
	case nat > T:
		squeeze(gl, out, nat-T)
	case nat < T && !last && en.opt.Align == Justify && !en.opt.Balance:
		justify(gl, out, T-nat)
	}
	return out
}

// squeeze: clreq (justification: reducing spacing) / docs/typesetting.md §3 — takes need
// away from the glue, priority by priority (word spaces to ¼ em, brackets and
// ，、；： to ½ em, CJK–Latin gaps to ⅛ em, 。？！ to ½ em), each priority
// spread in proportion over the line.
func squeeze(gl []glue, out []float64, need float64) {
	for p := 0; p < nSqueeze && need > eps; p++ {
		avail := 0.0
		for k := range gl {
			avail += gl[k].shrink[p]
		}
		if avail <= 0 {
			continue
		}
		r := min(1, need/avail)
		for k := range gl {
			out[k] -= r * gl[k].shrink[p]
		}
		need -= r * avail
	}
}

// justify: clreq (justification: expanding spacing) / docs/typesetting.md §3 — adds need to
// the glue: word spaces up to ½ em, then CJK–Latin gaps up to ½ em, then the
// rest evenly between all characters but never inside a Latin word, a number,
// —— or …….
func justify(gl []glue, out []float64, need float64) {
	for p := 0; p < nStretch && need > eps; p++ {
		avail := 0.0
		for k := range gl {
			avail += gl[k].stretch[p]
		}
		if avail <= 0 {
			continue
		}
		r := min(1, need/avail)
		for k := range gl {
			out[k] += r * gl[k].stretch[p]
		}
		need -= r * avail
	}
	if need <= eps {
		return
	}
	n := 0
	for k := range gl {
		if gl[k].even {
			n++
		}
	}
	if n == 0 {
		return
	}
	per := need / float64(n)
	for k := range gl {
		if gl[k].even {
			out[k] += per
		}
	}
}
