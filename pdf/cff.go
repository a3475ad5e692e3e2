package pdf

// A reader and writer of CFF (Compact Font Format) tables with Type 2
// charstrings, for embedding CID-keyed CFF subsets as FontFile3 /
// CIDFontType0C (ISO 32000-1, 9.9). References: Adobe Technical Note 5176
// "The Compact Font Format Specification" and 5177 "The Type 2 Charstring
// Format".

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strconv"
)

// pathOp is one drawing operation of a glyph outline, in font units, absolute.
// A contour runs from its 'M' to the next 'M' or the end of the path and is
// closed implicitly: its closing line is not listed.
type pathOp struct {
	op  byte // 'M' move to pts[0]; 'L' line to pts[0]; 'C' cubic curve via pts[0], pts[1] to pts[2]
	pts [3][2]float64
}

// Limits of the charstring interpreter (5177 Appendix B, and bounds on the
// work one glyph may cost so that no input runs for long: the most complex
// glyph of Noto Serif CJK runs 1,819 numbers and operators and draws 553
// segments; 65,536 steps take about 1.5 ms).
const (
	t2MaxStack    = 48      // argument stack
	t2MaxDepth    = 10      // subroutine nesting
	t2MaxSteps    = 1 << 16 // numbers and operators executed for one glyph
	t2MaxPathOps  = 1 << 14 // drawing operations of one glyph
	cffMaxDictOps = 48      // operands of one DICT operator
)

var errCFF = errors.New("malformed CFF table")

// cffIndex is an INDEX (5176 section 5) inside a CFF table. Its offsets are
// read when an object is asked for, so that parsing a font with tens of
// thousands of charstrings costs nothing up front.
type cffIndex struct {
	b       []byte // the whole table
	count   int
	offSize int
	offPos  int // position of the offset array
	dataPos int // position of the byte before the object data
}

// readIndex reads the header of the INDEX at p of b and returns it with the
// position just past the INDEX.
func readIndex(b []byte, p int) (cffIndex, int, error) {
	if p < 0 || p+2 > len(b) {
		return cffIndex{}, 0, fmt.Errorf("INDEX at %d: %w", p, errCFF)
	}
	x := cffIndex{b: b, count: int(binary.BigEndian.Uint16(b[p:]))}
	if x.count == 0 {
		return x, p + 2, nil
	}
	if p+3 > len(b) {
		return cffIndex{}, 0, fmt.Errorf("INDEX at %d: %w", p, errCFF)
	}
	x.offSize = int(b[p+2])
	if x.offSize < 1 || x.offSize > 4 {
		return cffIndex{}, 0, fmt.Errorf("INDEX at %d: offSize %d: %w", p, x.offSize, errCFF)
	}
	x.offPos = p + 3
	x.dataPos = x.offPos + (x.count+1)*x.offSize - 1
	if x.dataPos >= len(b) {
		return cffIndex{}, 0, fmt.Errorf("INDEX at %d: offsets past the end: %w", p, errCFF)
	}
	first, last := x.offset(0), x.offset(x.count)
	if first != 1 || last < first || last > len(b)-x.dataPos {
		return cffIndex{}, 0, fmt.Errorf("INDEX at %d: offsets %d–%d: %w", p, first, last, errCFF)
	}
	return x, x.dataPos + last, nil
}

// offset returns the i-th entry of the offset array (0 ≤ i ≤ count).
func (x cffIndex) offset(i int) int {
	p := x.offPos + i*x.offSize
	v := 0
	for _, c := range x.b[p : p+x.offSize] {
		v = v<<8 | int(c)
	}
	return v
}

// get returns object i, or false when i is out of range or its offsets are
// out of order or out of bounds.
func (x cffIndex) get(i int) ([]byte, bool) {
	if i < 0 || i >= x.count {
		return nil, false
	}
	s, e := x.offset(i), x.offset(i+1)
	if s < 1 || e < s || x.dataPos+e > len(x.b) {
		return nil, false
	}
	return x.b[x.dataPos+s : x.dataPos+e], true
}

// cffDict is a parsed DICT (5176 section 4): operands by operator, the
// two-byte operators 12 x keyed 1200+x.
type cffDict map[int][]float64

// DICT operators read here.
const (
	opCharset     = 15
	opCharStrings = 17
	opPrivate     = 18
	opSubrs       = 19
	opDefaultW    = 20
	opNominalW    = 21
	opCharstrType = 1206
	opFontMatrix  = 1207
	opROS         = 1230
	opCIDCount    = 1234
	opFDArray     = 1236
	opFDSelect    = 1237
)

// parseDict parses DICT data.
func parseDict(b []byte) (cffDict, error) {
	d := cffDict{}
	var args []float64
	for p := 0; p < len(b); {
		c := b[p]
		switch {
		case c <= 21:
			op := int(c)
			p++
			if c == 12 {
				if p >= len(b) {
					return nil, fmt.Errorf("DICT: escape at the end: %w", errCFF)
				}
				op = 1200 + int(b[p])
				p++
			}
			d[op] = args
			args = nil
			continue
		case c == 30:
			v, n, err := dictReal(b[p+1:])
			if err != nil {
				return nil, err
			}
			args = append(args, v)
			p += 1 + n
		default:
			v, n, err := dictInt(b[p:])
			if err != nil {
				return nil, err
			}
			args = append(args, float64(v))
			p += n
		}
		if len(args) > cffMaxDictOps {
			return nil, fmt.Errorf("DICT: more than %d operands: %w", cffMaxDictOps, errCFF)
		}
	}
	return d, nil
}

// dictInt decodes the integer operand at the start of b (5176 Table 3) and
// returns it with its length.
func dictInt(b []byte) (int, int, error) {
	c := b[0]
	switch {
	case c >= 32 && c <= 246:
		return int(c) - 139, 1, nil
	case c >= 247 && c <= 250 && len(b) >= 2:
		return (int(c)-247)*256 + int(b[1]) + 108, 2, nil
	case c >= 251 && c <= 254 && len(b) >= 2:
		return -(int(c)-251)*256 - int(b[1]) - 108, 2, nil
	case c == 28 && len(b) >= 3:
		return int(int16(binary.BigEndian.Uint16(b[1:]))), 3, nil
	case c == 29 && len(b) >= 5:
		return int(int32(binary.BigEndian.Uint32(b[1:]))), 5, nil
	}
	return 0, 0, fmt.Errorf("DICT: bad operand byte %d: %w", c, errCFF)
}

// dictReal decodes the nibbles of a real operand (5176 Table 5) at the start
// of b, after its 30 byte, and returns it with the number of bytes read.
func dictReal(b []byte) (float64, int, error) {
	s := make([]byte, 0, 24)
	for i, c := range b {
		for _, nib := range [2]byte{c >> 4, c & 15} {
			switch {
			case nib <= 9:
				s = append(s, '0'+nib)
			case nib == 0xa:
				s = append(s, '.')
			case nib == 0xb:
				s = append(s, 'E')
			case nib == 0xc:
				s = append(s, 'E', '-')
			case nib == 0xe:
				s = append(s, '-')
			case nib == 0xf:
				v, err := strconv.ParseFloat(string(s), 64)
				if err != nil || math.IsInf(v, 0) {
					return 0, 0, fmt.Errorf("DICT: real %q: %w", s, errCFF)
				}
				return v, i + 1, nil
			default:
				return 0, 0, fmt.Errorf("DICT: reserved nibble in a real: %w", errCFF)
			}
		}
		if len(s) > 64 {
			break
		}
	}
	return 0, 0, fmt.Errorf("DICT: unterminated real: %w", errCFF)
}

// int returns operand i of op as an integer, or def when op is absent; ok is
// false when the operand is missing or not an integer.
func (d cffDict) int(op, i int, def int) (int, bool) {
	a, present := d[op]
	if !present {
		return def, true
	}
	if i >= len(a) || a[i] != math.Trunc(a[i]) || math.Abs(a[i]) > 1<<31 {
		return 0, false
	}
	return int(a[i]), true
}

// cffPrivate is what the charstrings need of a Private DICT.
type cffPrivate struct {
	subrs                        cffIndex
	defaultWidthX, nominalWidthX float64
}

// cffFont is a parsed CFF table (CID-keyed with FDArray/FDSelect, or
// name-keyed with one Private DICT).
type cffFont struct {
	b           []byte
	name        string
	cid         bool
	fontMatrix  [6]float64
	charstrings cffIndex
	gsubrs      cffIndex
	privates    []cffPrivate // one for a name-keyed font, one per Font DICT
	fdFormat    byte         // FDSelect format (CID-keyed fonts)
	fdPos       int          // FDSelect data, after its format byte
	fdRanges    int          // format 3: number of ranges
}

// parseCFF parses the 'CFF ' table of an OpenType font: the header, the
// Name, Top DICT, String and Global Subr INDEXes, the CharStrings INDEX, and
// the Private DICTs with their local subroutines (through FDArray and
// FDSelect for a CID-keyed font).
func parseCFF(b []byte) (*cffFont, error) {
	if len(b) < 4 || b[0] != 1 {
		return nil, fmt.Errorf("pdf: CFF header: %w", errCFF)
	}
	names, p, err := readIndex(b, int(b[2]))
	if err != nil {
		return nil, fmt.Errorf("pdf: CFF Name INDEX: %w", err)
	}
	tops, p, err := readIndex(b, p)
	if err != nil {
		return nil, fmt.Errorf("pdf: CFF Top DICT INDEX: %w", err)
	}
	_, p, err = readIndex(b, p) // String INDEX
	if err != nil {
		return nil, fmt.Errorf("pdf: CFF String INDEX: %w", err)
	}
	c := &cffFont{b: b, fontMatrix: [6]float64{0.001, 0, 0, 0.001, 0, 0}}
	if c.gsubrs, _, err = readIndex(b, p); err != nil {
		return nil, fmt.Errorf("pdf: CFF Global Subr INDEX: %w", err)
	}
	name, ok := names.get(0)
	topData, ok2 := tops.get(0)
	if !ok || !ok2 {
		return nil, fmt.Errorf("pdf: CFF without a font: %w", errCFF)
	}
	c.name = string(name)
	top, err := parseDict(topData)
	if err != nil {
		return nil, fmt.Errorf("pdf: CFF Top DICT: %w", err)
	}
	if err := c.readTop(top); err != nil {
		return nil, fmt.Errorf("pdf: CFF %s: %w", c.name, err)
	}
	return c, nil
}

// readTop reads what the Top DICT points to.
func (c *cffFont) readTop(top cffDict) error {
	if t, ok := top.int(opCharstrType, 0, 2); !ok || t != 2 {
		return fmt.Errorf("charstring type %v: %w", top[opCharstrType], errCFF)
	}
	if m, ok := top[opFontMatrix]; ok {
		if len(m) != 6 {
			return fmt.Errorf("FontMatrix with %d numbers: %w", len(m), errCFF)
		}
		copy(c.fontMatrix[:], m)
	}
	off, ok := top.int(opCharStrings, 0, -1)
	if !ok || off < 0 {
		return fmt.Errorf("no CharStrings: %w", errCFF)
	}
	var err error
	if c.charstrings, _, err = readIndex(c.b, off); err != nil {
		return fmt.Errorf("CharStrings INDEX: %w", err)
	}
	if _, c.cid = top[opROS]; !c.cid {
		pr, err := c.readPrivate(top)
		if err != nil {
			return err
		}
		c.privates = []cffPrivate{pr}
		return nil
	}
	return c.readCID(top)
}

// readCID reads the FDArray and FDSelect of a CID-keyed font.
func (c *cffFont) readCID(top cffDict) error {
	off, ok := top.int(opFDArray, 0, -1)
	if !ok || off < 0 {
		return fmt.Errorf("CID font without FDArray: %w", errCFF)
	}
	fds, _, err := readIndex(c.b, off)
	if err != nil {
		return fmt.Errorf("FDArray: %w", err)
	}
	if fds.count == 0 || fds.count > 256 {
		return fmt.Errorf("FDArray of %d Font DICTs: %w", fds.count, errCFF)
	}
	for i := 0; i < fds.count; i++ {
		fd, _ := fds.get(i)
		d, err := parseDict(fd)
		if err != nil {
			return fmt.Errorf("Font DICT %d: %w", i, err)
		}
		pr, err := c.readPrivate(d)
		if err != nil {
			return fmt.Errorf("Font DICT %d: %w", i, err)
		}
		c.privates = append(c.privates, pr)
	}
	return c.readFDSelect(top)
}

// readFDSelect checks the FDSelect data (formats 0 and 3) and records where
// it is.
func (c *cffFont) readFDSelect(top cffDict) error {
	off, ok := top.int(opFDSelect, 0, -1)
	if !ok || off < 0 || off >= len(c.b) {
		return fmt.Errorf("CID font without FDSelect: %w", errCFF)
	}
	c.fdFormat, c.fdPos = c.b[off], off+1
	n := c.charstrings.count
	switch c.fdFormat {
	case 0:
		if c.fdPos+n > len(c.b) {
			return fmt.Errorf("FDSelect past the end: %w", errCFF)
		}
	case 3:
		if c.fdPos+2 > len(c.b) {
			return fmt.Errorf("FDSelect past the end: %w", errCFF)
		}
		c.fdRanges = int(binary.BigEndian.Uint16(c.b[c.fdPos:]))
		if c.fdRanges == 0 || c.fdPos+2+3*c.fdRanges+2 > len(c.b) {
			return fmt.Errorf("FDSelect of %d ranges: %w", c.fdRanges, errCFF)
		}
	default:
		return fmt.Errorf("FDSelect format %d: %w", c.fdFormat, errCFF)
	}
	return nil
}

// readPrivate reads the Private DICT a Top or Font DICT points to, and its
// local subroutines.
func (c *cffFont) readPrivate(d cffDict) (cffPrivate, error) {
	var pr cffPrivate
	if _, ok := d[opPrivate]; !ok {
		return pr, nil // no Private DICT: defaults, no subroutines
	}
	size, ok1 := d.int(opPrivate, 0, 0)
	off, ok2 := d.int(opPrivate, 1, 0)
	if !ok1 || !ok2 || size < 0 || off < 0 || off > len(c.b) || size > len(c.b)-off {
		return pr, fmt.Errorf("Private DICT %v: %w", d[opPrivate], errCFF)
	}
	pd, err := parseDict(c.b[off : off+size])
	if err != nil {
		return pr, fmt.Errorf("Private DICT: %w", err)
	}
	if v := pd[opDefaultW]; len(v) == 1 {
		pr.defaultWidthX = v[0]
	}
	if v := pd[opNominalW]; len(v) == 1 {
		pr.nominalWidthX = v[0]
	}
	if _, ok := pd[opSubrs]; ok {
		rel, ok := pd.int(opSubrs, 0, 0)
		if !ok || rel < 0 {
			return pr, fmt.Errorf("Subrs %v: %w", pd[opSubrs], errCFF)
		}
		if pr.subrs, _, err = readIndex(c.b, off+rel); err != nil {
			return pr, fmt.Errorf("local Subr INDEX: %w", err)
		}
	}
	return pr, nil
}

// numGlyphs returns the number of charstrings.
func (c *cffFont) numGlyphs() int { return c.charstrings.count }

// fd returns the Font DICT (index into privates) of glyph gid.
func (c *cffFont) fd(gid int) (int, error) {
	if !c.cid {
		return 0, nil
	}
	fd := -1
	switch c.fdFormat {
	case 0:
		fd = int(c.b[c.fdPos+gid])
	case 3:
		first := func(i int) int { return int(binary.BigEndian.Uint16(c.b[c.fdPos+2+3*i:])) }
		lo, hi := 0, c.fdRanges // find the last range whose first ≤ gid
		for lo < hi {
			m := (lo + hi) / 2
			if first(m) <= gid {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo > 0 && gid < first(lo) { // first(fdRanges) is the sentinel
			fd = int(c.b[c.fdPos+2+3*(lo-1)+2])
		}
	}
	if fd < 0 || fd >= len(c.privates) {
		return 0, fmt.Errorf("glyph %d: no Font DICT: %w", gid, errCFF)
	}
	return fd, nil
}

// path interprets the Type 2 charstring of glyph gid with the global and
// local subroutines and returns its outline. Hints are read and left out.
func (c *cffFont) path(gid int) ([]pathOp, error) {
	p, _, err := c.glyph(gid)
	return p, err
}

// glyph returns the outline of glyph gid (see path) and its advance width:
// nominalWidthX plus the charstring's width argument, or defaultWidthX.
func (c *cffFont) glyph(gid int) ([]pathOp, float64, error) {
	return c.appendGlyph(nil, gid)
}

// appendGlyph is glyph with the outline written over dst's array (so that
// a caller reads glyph after glyph without allocating).
func (c *cffFont) appendGlyph(dst []pathOp, gid int) ([]pathOp, float64, error) {
	cs, ok := c.charstrings.get(gid)
	if !ok {
		return nil, 0, fmt.Errorf("pdf: CFF glyph %d: no charstring: %w", gid, errCFF)
	}
	fd, err := c.fd(gid)
	if err != nil {
		return nil, 0, fmt.Errorf("pdf: CFF %w", err)
	}
	in := t2Interp{c: c, pr: c.privates[fd], path: dst[:0]}
	ended, err := in.run(cs, 0)
	if err == nil && !ended {
		err = fmt.Errorf("no endchar: %w", errCFF)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("pdf: CFF glyph %d: %w", gid, err)
	}
	return in.path, in.advance, nil
}

// t2Interp is the state of a Type 2 charstring interpreter.
type t2Interp struct {
	c         *cffFont
	pr        cffPrivate // of the glyph's Font DICT
	stack     [t2MaxStack]float64
	n         int // arguments on the stack
	stems     int // hints declared
	widthSeen bool
	advance   float64
	x, y      float64
	open      bool // a contour has been started
	steps     int  // numbers and operators run so far
	path      []pathOp
}

// subrBias returns the bias of subroutine numbers for an INDEX of n
// subroutines (5177 section 4.7).
func subrBias(n int) int {
	switch {
	case n < 1240:
		return 107
	case n < 33900:
		return 1131
	}
	return 32768
}

// run interprets code, a charstring or subroutine at nesting depth depth,
// and reports whether endchar ended the glyph. A subroutine that runs off
// its end returns as if it ended in return.
func (in *t2Interp) run(code []byte, depth int) (bool, error) {
	for p := 0; p < len(code); {
		if in.steps++; in.steps > t2MaxSteps {
			return false, fmt.Errorf("over %d operations: %w", t2MaxSteps, errCFF)
		}
		b := code[p]
		if b >= 32 || b == 28 {
			n, err := in.push(code[p:])
			if err != nil {
				return false, err
			}
			p += n
			continue
		}
		p++
		op := int(b)
		if b == 12 {
			if p >= len(code) {
				return false, fmt.Errorf("escape at the end: %w", errCFF)
			}
			op = 1200 + int(code[p])
			p++
		}
		switch op {
		case 10, 29: // callsubr, callgsubr
			ended, err := in.call(op == 29, depth)
			if ended || err != nil {
				return ended, err
			}
		case 11: // return
			if depth == 0 {
				return false, fmt.Errorf("return outside a subroutine: %w", errCFF)
			}
			return false, nil
		case 14: // endchar
			return true, in.endchar()
		case 19, 20: // hintmask, cntrmask
			if err := in.mask(); err != nil {
				return false, err
			}
			nb := (in.stems + 7) / 8
			if p+nb > len(code) {
				return false, fmt.Errorf("hint mask past the end: %w", errCFF)
			}
			p += nb
		default:
			if err := in.exec(op); err != nil {
				return false, err
			}
		}
	}
	return false, nil
}

// push pushes the number at the start of code and returns its length.
func (in *t2Interp) push(code []byte) (int, error) {
	v, n, err := t2Number(code)
	if err != nil {
		return 0, err
	}
	if in.n == t2MaxStack {
		return 0, fmt.Errorf("argument stack overflow: %w", errCFF)
	}
	in.stack[in.n] = v
	in.n++
	return n, nil
}

// t2Number decodes the charstring number at the start of b (5177 section
// 3.2) and returns it with its length.
func t2Number(b []byte) (float64, int, error) {
	c := b[0]
	switch {
	case c >= 32 && c <= 246:
		return float64(int(c) - 139), 1, nil
	case c >= 247 && c <= 250 && len(b) >= 2:
		return float64((int(c)-247)*256 + int(b[1]) + 108), 2, nil
	case c >= 251 && c <= 254 && len(b) >= 2:
		return float64(-(int(c)-251)*256 - int(b[1]) - 108), 2, nil
	case c == 28 && len(b) >= 3:
		return float64(int16(binary.BigEndian.Uint16(b[1:]))), 3, nil
	case c == 255 && len(b) >= 5:
		return float64(int32(binary.BigEndian.Uint32(b[1:]))) / 65536, 5, nil
	}
	return 0, 0, fmt.Errorf("number cut short: %w", errCFF)
}

// call runs the subroutine whose biased number is on top of the stack.
func (in *t2Interp) call(global bool, depth int) (bool, error) {
	if in.n == 0 {
		return false, fmt.Errorf("subroutine call without a number: %w", errCFF)
	}
	if depth+1 > t2MaxDepth {
		return false, fmt.Errorf("subroutines nested over %d deep: %w", t2MaxDepth, errCFF)
	}
	subrs := in.pr.subrs
	if global {
		subrs = in.c.gsubrs
	}
	in.n--
	v := in.stack[in.n]
	if v != math.Trunc(v) || math.Abs(v) > 1<<20 {
		return false, fmt.Errorf("subroutine number %v: %w", v, errCFF)
	}
	code, ok := subrs.get(int(v) + subrBias(subrs.count))
	if !ok {
		return false, fmt.Errorf("no subroutine %v: %w", v, errCFF)
	}
	return in.run(code, depth+1)
}

// width takes the optional width (the first argument of the first
// stack-clearing operator) off the stack when the stack holds one more
// argument than the operator takes: want arguments, or an even number when
// want < 0.
func (in *t2Interp) width(want int) {
	if in.widthSeen {
		return
	}
	in.widthSeen = true
	in.advance = in.pr.defaultWidthX
	if want >= 0 && in.n == want+1 || want < 0 && in.n%2 == 1 {
		in.advance = in.pr.nominalWidthX + in.stack[0]
		copy(in.stack[:], in.stack[1:in.n])
		in.n--
	}
}

// stem declares the hints on the stack (hstem, vstem, hstemhm, vstemhm or
// the implicit vstem before a mask).
func (in *t2Interp) stem() error {
	in.width(-1)
	if in.n%2 != 0 {
		return fmt.Errorf("odd number of stem arguments: %w", errCFF)
	}
	in.stems += in.n / 2
	in.n = 0
	if in.stems > 96 {
		return fmt.Errorf("over 96 stem hints: %w", errCFF)
	}
	return nil
}

// mask handles hintmask and cntrmask up to their mask bytes: arguments left
// on the stack are an implicit vstem.
func (in *t2Interp) mask() error {
	if in.n > 0 {
		return in.stem()
	}
	in.width(0)
	return nil
}

// endchar ends the glyph; the seac form (four arguments) is not supported.
func (in *t2Interp) endchar() error {
	in.width(0)
	if in.n == 4 {
		return fmt.Errorf("endchar with accent (seac) not supported: %w", errCFF)
	}
	if in.n != 0 {
		return fmt.Errorf("endchar with %d arguments: %w", in.n, errCFF)
	}
	return nil
}

// exec runs one operator other than the subroutine, mask and endchar ones.
func (in *t2Interp) exec(op int) error {
	var err error
	switch op {
	case 1, 3, 18, 23: // hstem, vstem, hstemhm, vstemhm
		return in.stem()
	case 21: // rmoveto
		err = in.moveto(2, func(a []float64) (float64, float64) { return a[0], a[1] })
	case 22: // hmoveto
		err = in.moveto(1, func(a []float64) (float64, float64) { return a[0], 0 })
	case 4: // vmoveto
		err = in.moveto(1, func(a []float64) (float64, float64) { return 0, a[0] })
	case 5:
		err = in.rlineto()
	case 6, 7: // hlineto, vlineto
		err = in.hvlineto(op == 7)
	case 8:
		err = in.rrcurveto()
	case 24:
		err = in.rcurveline()
	case 25:
		err = in.rlinecurve()
	case 26, 27: // vvcurveto, hhcurveto
		err = in.hhvvcurveto(op == 26)
	case 30, 31: // vhcurveto, hvcurveto
		err = in.hvcurveto(op == 30)
	case 1234, 1235, 1236, 1237:
		err = in.flex(op)
	case 1200: // dotsection (deprecated): a no-op
	default:
		if op >= 1200 {
			return fmt.Errorf("operator 12 %d not supported: %w", op-1200, errCFF)
		}
		return fmt.Errorf("operator %d not supported: %w", op, errCFF)
	}
	in.n = 0
	return err
}

// args returns the arguments on the stack, checking that a contour is open
// and that there are at least min of them, and that their count less min is
// a multiple of step (when step > 0).
func (in *t2Interp) args(min, step int) ([]float64, error) {
	if !in.open {
		return nil, fmt.Errorf("drawing before moveto: %w", errCFF)
	}
	if in.n < min || step > 0 && (in.n-min)%step != 0 {
		return nil, fmt.Errorf("%d arguments: %w", in.n, errCFF)
	}
	return in.stack[:in.n], nil
}

// add appends a drawing operation, bounding the path's length.
func (in *t2Interp) add(op pathOp) error {
	if len(in.path) >= t2MaxPathOps {
		return fmt.Errorf("over %d drawing operations: %w", t2MaxPathOps, errCFF)
	}
	in.path = append(in.path, op)
	return nil
}

// moveto starts a contour at the current point moved by the n arguments.
func (in *t2Interp) moveto(n int, d func([]float64) (float64, float64)) error {
	in.width(n)
	if in.n != n {
		return fmt.Errorf("moveto with %d arguments: %w", in.n, errCFF)
	}
	dx, dy := d(in.stack[:n])
	in.x, in.y = in.x+dx, in.y+dy
	in.open = true
	return in.add(pathOp{op: 'M', pts: [3][2]float64{{in.x, in.y}}})
}

// line draws a line by (dx, dy).
func (in *t2Interp) line(dx, dy float64) error {
	in.x, in.y = in.x+dx, in.y+dy
	return in.add(pathOp{op: 'L', pts: [3][2]float64{{in.x, in.y}}})
}

// curve draws a cubic curve given by three relative points.
func (in *t2Interp) curve(ax, ay, bx, by, cx, cy float64) error {
	x1, y1 := in.x+ax, in.y+ay
	x2, y2 := x1+bx, y1+by
	in.x, in.y = x2+cx, y2+cy
	return in.add(pathOp{op: 'C', pts: [3][2]float64{{x1, y1}, {x2, y2}, {in.x, in.y}}})
}

// rlineto: {dxa dya}+.
func (in *t2Interp) rlineto() error {
	a, err := in.args(2, 2)
	for i := 0; err == nil && i < len(a); i += 2 {
		err = in.line(a[i], a[i+1])
	}
	return err
}

// hvlineto: hlineto (alternating lines, the first horizontal) or vlineto
// (the first vertical).
func (in *t2Interp) hvlineto(vertical bool) error {
	a, err := in.args(1, 0)
	for i := 0; err == nil && i < len(a); i++ {
		if vertical {
			err = in.line(0, a[i])
		} else {
			err = in.line(a[i], 0)
		}
		vertical = !vertical
	}
	return err
}

// rrcurveto: {dxa dya dxb dyb dxc dyc}+.
func (in *t2Interp) rrcurveto() error {
	a, err := in.args(6, 6)
	for i := 0; err == nil && i < len(a); i += 6 {
		err = in.curve(a[i], a[i+1], a[i+2], a[i+3], a[i+4], a[i+5])
	}
	return err
}

// rcurveline: {dxa dya dxb dyb dxc dyc}+ dxd dyd.
func (in *t2Interp) rcurveline() error {
	a, err := in.args(8, 6)
	i := 0
	for ; err == nil && i+2 < len(a); i += 6 {
		err = in.curve(a[i], a[i+1], a[i+2], a[i+3], a[i+4], a[i+5])
	}
	if err != nil {
		return err
	}
	return in.line(a[i], a[i+1])
}

// rlinecurve: {dxa dya}+ dxb dyb dxc dyc dxd dyd.
func (in *t2Interp) rlinecurve() error {
	a, err := in.args(8, 2)
	i := 0
	for ; err == nil && i+6 < len(a); i += 2 {
		err = in.line(a[i], a[i+1])
	}
	if err != nil {
		return err
	}
	return in.curve(a[i], a[i+1], a[i+2], a[i+3], a[i+4], a[i+5])
}

// hhvvcurveto: hhcurveto, dy1? {dxa dxb dyb dxc}+, or vvcurveto,
// dx1? {dya dxb dyb dyc}+.
func (in *t2Interp) hhvvcurveto(vv bool) error {
	a, err := in.args(4, 0)
	if err != nil {
		return err
	}
	if len(a)%4 > 1 {
		return fmt.Errorf("%d arguments: %w", len(a), errCFF)
	}
	d1 := 0.0
	if len(a)%4 == 1 {
		d1, a = a[0], a[1:]
	}
	for i := 0; err == nil && i < len(a); i += 4 {
		if vv {
			err = in.curve(d1, a[i], a[i+1], a[i+2], 0, a[i+3])
		} else {
			err = in.curve(a[i], d1, a[i+1], a[i+2], a[i+3], 0)
		}
		d1 = 0
	}
	return err
}

// hvcurveto: curves whose tangents alternate between horizontal and
// vertical, the first starting horizontally (vh: vertically); the last may
// end off the axis with one more argument.
func (in *t2Interp) hvcurveto(vertical bool) error {
	a, err := in.args(4, 0)
	if err != nil {
		return err
	}
	if len(a)%4 > 1 {
		return fmt.Errorf("%d arguments: %w", len(a), errCFF)
	}
	for i := 0; err == nil && i+4 <= len(a); i += 4 {
		last := 0.0
		if i+5 == len(a) {
			last = a[i+4]
		}
		if vertical {
			err = in.curve(0, a[i], a[i+1], a[i+2], a[i+3], last)
		} else {
			err = in.curve(a[i], 0, a[i+1], a[i+2], last, a[i+3])
		}
		vertical = !vertical
	}
	return err
}

// flex draws the two curves of flex, hflex, hflex1 or flex1 (12 35, 34, 36,
// 37); the flex depth is ignored: curves are always drawn.
func (in *t2Interp) flex(op int) error {
	want := 13 // flex
	switch op {
	case 1234:
		want = 7
	case 1236:
		want = 9
	case 1237:
		want = 11
	}
	a, err := in.args(want, 0)
	if err != nil {
		return err
	}
	if len(a) != want {
		return fmt.Errorf("flex with %d arguments: %w", len(a), errCFF)
	}
	var d [12]float64 // dx1 dy1 … dx6 dy6
	switch op {
	case 1235:
		copy(d[:], a[:12])
	case 1234: // dx1 dx2 dy2 dx3 dx4 dx5 dx6
		d = [12]float64{a[0], 0, a[1], a[2], a[3], 0, a[4], 0, a[5], -a[2], a[6], 0}
	case 1236: // dx1 dy1 dx2 dy2 dx3 dx4 dx5 dy5 dx6
		d = [12]float64{a[0], a[1], a[2], a[3], a[4], 0, a[5], 0, a[6], a[7], a[8], -(a[1] + a[3] + a[7])}
	case 1237: // dx1 dy1 … dx5 dy5 d6
		copy(d[:10], a[:10])
		var sx, sy float64
		for i := 0; i < 10; i += 2 {
			sx, sy = sx+a[i], sy+a[i+1]
		}
		if math.Abs(sx) > math.Abs(sy) {
			d[10], d[11] = a[10], -sy
		} else {
			d[10], d[11] = -sx, a[10]
		}
	}
	if err := in.curve(d[0], d[1], d[2], d[3], d[4], d[5]); err != nil {
		return err
	}
	return in.curve(d[6], d[7], d[8], d[9], d[10], d[11])
}

// Type 2 charstring operators written by encodeCharstring.
const (
	t2Vmoveto   = 4
	t2Rlineto   = 5
	t2Hlineto   = 6
	t2Vlineto   = 7
	t2Rrcurveto = 8
	t2Endchar   = 14
	t2Rmoveto   = 21
	t2Hmoveto   = 22
	t2Vvcurveto = 26
	t2Hhcurveto = 27
	t2Vhcurveto = 30
	t2Hvcurveto = 31
)

// gridLimit bounds the rounded coordinates, so that every delta between two
// of them fits a charstring's 16-bit integer.
const gridLimit = 16383

// gridRound maps one coordinate in font units onto the grid of sc, rounding
// half away from zero (the same as sc.v for whole numbers), within
// ±gridLimit.
func gridRound(sc scaler, x float64) int {
	if sc.from > 0 {
		x = x * float64(sc.to) / float64(sc.from)
	}
	switch {
	case x != x: // NaN
		return 0
	case x > gridLimit:
		return gridLimit
	case x < -gridLimit:
		return -gridLimit
	}
	return int(math.Round(x))
}

// csSeg is one segment of a contour on the grid, relative to the point
// before it: a line by d[0], or a cubic curve by d[0], d[1], d[2].
type csSeg struct {
	curve bool
	d     [3][2]int
}

// csContour is one contour on the grid: where it starts, its segments and
// where its last segment ends.
type csContour struct {
	start, end [2]int
	segs       []csSeg
}

// gridContours rounds a path onto the grid of sc. On a coarser grid it
// drops what is empty there (zero-length lines and curves, contours without
// a segment) and makes a curve whose control points lie on its chord a
// line; on the font's own grid (sc.from == sc.to) it keeps every segment, so
// that the outline reads back exactly as it was. Either way a contour's last
// line is dropped when it ends where the contour starts: the closing line is
// implicit.
func gridContours(p []pathOp, sc scaler) []csContour {
	var e csEncoder
	return e.gridContours(p, sc)
}

// gridContours is the package function of that name, with e's buffers:
// the contours it returns hold until the next call.
func (e *csEncoder) gridContours(p []pathOp, sc scaler) []csContour {
	simplify := sc.from != sc.to
	out := e.conts[:0]
	segs := e.segs[:0]
	spans := e.spans[:0] // each contour's segments in segs
	var cur [2]int       // the current point
	var c *csContour
	first := 0 // where c's segments start in segs
	finish := func() {
		if c == nil {
			return
		}
		if n := len(segs); n > first && !segs[n-1].curve && cur == c.start && segs[n-1].d[0] != [2]int{} {
			d := segs[n-1].d[0]
			cur = [2]int{cur[0] - d[0], cur[1] - d[1]}
			segs = segs[:n-1]
		}
		c.end = cur
		if len(segs) > first || !simplify {
			out = append(out, *c)
			spans = append(spans, [2]int{first, len(segs)})
		}
		c = nil
		first = len(segs)
	}
	for _, op := range p {
		var q [3][2]int
		for i := range q {
			q[i] = [2]int{gridRound(sc, op.pts[i][0]), gridRound(sc, op.pts[i][1])}
		}
		if op.op == 'M' {
			finish()
			c, cur = &csContour{start: q[0]}, q[0]
			first = len(segs)
			continue
		}
		if c == nil { // drawing without a moveto: start at the current point
			c = &csContour{start: cur}
			first = len(segs)
		}
		to := q[0]
		if op.op == 'C' {
			to = q[2]
		}
		rel := func(a, b [2]int) [2]int { return [2]int{b[0] - a[0], b[1] - a[1]} }
		switch {
		case op.op == 'C' && !(simplify && to != cur && onChord(cur, q[0], to) && onChord(cur, q[1], to)):
			if simplify && q[0] == cur && q[1] == cur && to == cur {
				continue
			}
			segs = append(segs, csSeg{curve: true, d: [3][2]int{rel(cur, q[0]), rel(q[0], q[1]), rel(q[1], to)}})
		case simplify && to == cur:
			continue
		default:
			segs = append(segs, csSeg{d: [3][2]int{rel(cur, to)}})
		}
		cur = to
	}
	finish()
	// The contours' segments, from segs's final array.
	for i, sp := range spans {
		out[i].segs = segs[sp[0]:sp[1]:sp[1]]
	}
	e.conts, e.segs, e.spans = out, segs, spans
	return out
}

// onChord reports whether p lies on the closed segment from a to b.
func onChord(a, p, b [2]int) bool {
	return onSegment(point{x: a[0], y: a[1]}, point{x: p[0], y: p[1]}, point{x: b[0], y: b[1]})
}

// encodeCharstring writes p as a Type 2 charstring: every point rounded
// onto the grid of sc (x*sc.to/sc.from, half away from zero), deltas taken
// between rounded points so that no error accumulates, no hints, no width,
// in the shortest operator forms (see encodeSegs), ending in endchar.
// On a coarser grid, zero-length segments are dropped and a curve whose
// control points fall on its chord becomes a line; on the font's own grid
// the segments stay as they are (see gridContours). Coordinates are bounded
// to ±16383 grid units.
func encodeCharstring(p []pathOp, sc scaler) []byte {
	var e csEncoder
	return e.encode(nil, p, sc)
}

// csEncoder writes charstrings glyph after glyph, reusing its buffers (a
// glyph's outline, segments and the encoder's table take some kilobytes).
type csEncoder struct {
	path  []pathOp
	conts []csContour
	segs  []csSeg
	spans [][2]int
	nodes [][nKinds]csNode
	forms []csForm
}

// encode appends the charstring of p on the grid of sc to out (see
// encodeCharstring).
func (e *csEncoder) encode(out []byte, p []pathOp, sc scaler) []byte {
	var pen [2]int
	for _, c := range e.gridContours(p, sc) {
		dx, dy := c.start[0]-pen[0], c.start[1]-pen[1]
		switch {
		case dy == 0:
			out = append(appendT2Int(out, dx), t2Hmoveto)
		case dx == 0:
			out = append(appendT2Int(out, dy), t2Vmoveto)
		default:
			out = append(appendT2Int(appendT2Int(out, dx), dy), t2Rmoveto)
		}
		out = e.encodeSegs(out, c.segs)
		pen = c.end
	}
	return append(out, t2Endchar)
}

// appendT2Int appends integer v (|v| ≤ 32767) in its shortest charstring
// form (5177 section 3.2): the DICT forms of that range (5176 table 3),
// which the two share.
func appendT2Int(b []byte, v int) []byte {
	return appendDictInt(b, max(-32768, min(32767, v)))
}

// t2IntLen is the length of appendT2Int's encoding of v.
func t2IntLen(v int) int {
	switch {
	case v >= -107 && v <= 107:
		return 1
	case v >= -1131 && v <= 1131:
		return 2
	}
	return 3
}

// csKind is what the operator that the last encoded segment belongs to can
// still take (see encodeSegs).
type csKind uint8

const (
	kClosed  csKind = iota // nothing: the next segment starts an operator
	kRLine                 // rlineto: more lines
	kHLine                 // hlineto/vlineto, next line horizontal
	kVLine                 // hlineto/vlineto, next line vertical
	kRRCurve               // rrcurveto: more curves
	kHH                    // hhcurveto: curves starting and ending horizontally
	kVV                    // vvcurveto: curves starting and ending vertically
	kHV                    // hv/vhcurveto, next curve starts horizontally
	kVH                    // hv/vhcurveto, next curve starts vertically
	nKinds
)

// csForm is one way of writing a segment: as the first of a new operator
// (fresh) or appended to the open one, with its arguments, the operator
// that the group becomes and what it can take next.
type csForm struct {
	fresh bool
	op    byte
	to    csKind
	na    int
	args  [6]int
}

// form returns a csForm with the given arguments.
func form(fresh bool, op byte, to csKind, args ...int) csForm {
	f := csForm{fresh: fresh, op: op, to: to, na: len(args)}
	copy(f.args[:], args)
	return f
}

// freshForms returns the ways segment g can start an operator (the first
// n of the array: no allocation, as it runs for every segment).
func freshForms(g csSeg) (fs [5]csForm, n int) {
	add := func(f csForm) { fs[n] = f; n++ }
	d := g.d
	if !g.curve {
		dx, dy := d[0][0], d[0][1]
		add(form(true, t2Rlineto, kRLine, dx, dy))
		if dy == 0 {
			add(form(true, t2Hlineto, kVLine, dx))
		}
		if dx == 0 {
			add(form(true, t2Vlineto, kHLine, dy))
		}
		return fs, n
	}
	ax, ay, bx, by, cx, cy := d[0][0], d[0][1], d[1][0], d[1][1], d[2][0], d[2][1]
	add(form(true, t2Rrcurveto, kRRCurve, ax, ay, bx, by, cx, cy))
	switch {
	case cy == 0 && ay == 0:
		add(form(true, t2Hhcurveto, kHH, ax, bx, by, cx))
	case cy == 0:
		add(form(true, t2Hhcurveto, kHH, ay, ax, bx, by, cx))
	}
	switch {
	case cx == 0 && ax == 0:
		add(form(true, t2Vvcurveto, kVV, ay, bx, by, cy))
	case cx == 0:
		add(form(true, t2Vvcurveto, kVV, ax, ay, bx, by, cy))
	}
	if ay == 0 {
		add(hvForm(true, t2Hvcurveto, false, g))
	}
	if ax == 0 {
		add(hvForm(true, t2Vhcurveto, true, g))
	}
	return fs, n
}

// hvForm writes curve g, which starts vertically (or horizontally), as a
// member of an hvcurveto/vhcurveto group: with four arguments when it ends
// on the other axis (the group goes on), else five (the group ends).
func hvForm(fresh bool, op byte, vertical bool, g csSeg) csForm {
	d := g.d
	ax, ay, bx, by, cx, cy := d[0][0], d[0][1], d[1][0], d[1][1], d[2][0], d[2][1]
	if vertical {
		if cy == 0 {
			return form(fresh, op, kHV, ay, bx, by, cx)
		}
		return form(fresh, op, kClosed, ay, bx, by, cx, cy)
	}
	if cx == 0 {
		return form(fresh, op, kVH, ax, bx, by, cy)
	}
	return form(fresh, op, kClosed, ax, bx, by, cy, cx)
}

// extendForm returns the way segment g can be appended to an open operator
// op of kind k, if there is one.
func extendForm(g csSeg, k csKind, op byte) (csForm, bool) {
	d := g.d
	ax, ay, bx, by, cx, cy := d[0][0], d[0][1], d[1][0], d[1][1], d[2][0], d[2][1]
	switch {
	case k == kRLine && !g.curve:
		return form(false, op, kRLine, ax, ay), true
	case k == kHLine && !g.curve && ay == 0:
		return form(false, op, kVLine, ax), true
	case k == kVLine && !g.curve && ax == 0:
		return form(false, op, kHLine, ay), true
	case !g.curve:
		return csForm{}, false
	case k == kRRCurve:
		return form(false, op, kRRCurve, ax, ay, bx, by, cx, cy), true
	case k == kHH && ay == 0 && cy == 0:
		return form(false, op, kHH, ax, bx, by, cx), true
	case k == kVV && ax == 0 && cx == 0:
		return form(false, op, kVV, ay, bx, by, cy), true
	case k == kHV && ay == 0:
		return hvForm(false, op, false, g), true
	case k == kVH && ax == 0:
		return hvForm(false, op, true, g), true
	}
	return csForm{}, false
}

// formCost is the number of bytes a form adds: its arguments, and the
// operator byte of a fresh operator.
func formCost(f csForm) int {
	n := 0
	if f.fresh {
		n = 1
	}
	for _, a := range f.args[:f.na] {
		n += t2IntLen(a)
	}
	return n
}

// csNode is the cheapest encoding found of the segments up to one, ending
// in a given kind: its cost in bytes, the arguments its open operator holds,
// the kind before the last segment and the form the last segment took.
type csNode struct {
	ok   bool
	cost int
	n    int
	prev csKind
	f    csForm
}

// encodeSegs appends the segments of one contour in the fewest bytes the
// operators allow: runs of lines in rlineto or alternating hlineto/vlineto,
// runs of curves in rrcurveto, or in hhcurveto/vvcurveto/hvcurveto/
// vhcurveto where tangents are axis-parallel. A dynamic program over the
// segments picks the forms; each state keeps the count of arguments of its
// cheapest path, so that no operator takes more than 48. rcurveline and
// rlinecurve are left out on purpose: they save a byte each but break the
// runs of like operators that Flate compresses, and the seed issue's Song
// glyphs on the 212 grid came out 1.1 % larger compressed with them.
func (e *csEncoder) encodeSegs(out []byte, segs []csSeg) []byte {
	if len(segs) == 0 {
		return out
	}
	if cap(e.nodes) < len(segs) {
		e.nodes = make([][nKinds]csNode, len(segs))
	}
	nodes := e.nodes[:len(segs)]
	clear(nodes)
	start := [nKinds]csNode{kClosed: {ok: true}}
	for i, g := range segs {
		prev := &start
		if i > 0 {
			prev = &nodes[i-1]
		}
		cur := &nodes[i]
		try := func(from csKind, base csNode, f csForm) {
			n := f.na
			if !f.fresh {
				n += base.n
			}
			if n > t2MaxStack {
				return
			}
			c := base.cost + formCost(f)
			// On a tie, the longer operator: fewer operator bytes compress better.
			if old := cur[f.to]; !old.ok || c < old.cost || c == old.cost && !f.fresh && old.f.fresh {
				cur[f.to] = csNode{ok: true, cost: c, n: n, prev: from, f: f}
			}
		}
		best := csKind(0)
		for k := range prev {
			if prev[k].ok && (!prev[best].ok || prev[k].cost < prev[best].cost) {
				best = csKind(k)
			}
		}
		fs, nf := freshForms(g)
		for _, f := range fs[:nf] {
			try(best, prev[best], f)
		}
		for k := range prev {
			if !prev[k].ok || k == int(kClosed) {
				continue
			}
			if f, ok := extendForm(g, csKind(k), prev[k].f.op); ok {
				try(csKind(k), prev[k], f)
			}
		}
	}
	// Walk back from the cheapest end to find each segment's form.
	if cap(e.forms) < len(segs) {
		e.forms = make([]csForm, len(segs))
	}
	forms := e.forms[:len(segs)]
	k := csKind(0)
	last := &nodes[len(segs)-1]
	for j := range last {
		if last[j].ok && (!last[k].ok || last[j].cost < last[k].cost) {
			k = csKind(j)
		}
	}
	for i := len(segs) - 1; i >= 0; i-- {
		forms[i] = nodes[i][k].f
		k = nodes[i][k].prev
	}
	for i, f := range forms {
		for _, a := range f.args[:f.na] {
			out = appendT2Int(out, a)
		}
		if i+1 == len(forms) || forms[i+1].fresh {
			out = append(out, f.op)
		}
	}
	return out
}

// buildCFF returns a CID-keyed CFF table named name holding the charstrings
// (index = GID = CID; glyph 0 is .notdef): ROS Adobe-Identity-0, CIDCount
// = len(charstrings), an identity charset (format 2), FDSelect format 3
// (one range, FD 0), one Font DICT whose Private DICT holds only
// defaultWidthX and nominalWidthX 0, no subroutines, and FontMatrix
// [1/unitsPerEm 0 0 1/unitsPerEm 0 0] in the Top DICT. Offsets in the DICTs
// are written as 5-byte integers, so the layout is computed in one pass. An
// empty charstring becomes a bare endchar (INDEX offsets must increase for
// some readers), and an empty list a lone .notdef. It takes at most 65,535
// charstrings (CIDs are 16-bit).
func buildCFF(name string, charstrings [][]byte, unitsPerEm int) []byte {
	if len(charstrings) == 0 {
		charstrings = [][]byte{nil}
	}
	cs := make([][]byte, len(charstrings))
	for i, c := range charstrings {
		if cs[i] = c; len(c) == 0 {
			cs[i] = []byte{t2Endchar}
		}
	}
	if unitsPerEm <= 0 {
		unitsPerEm = 1000
	}
	n := len(cs)
	header := []byte{1, 0, 4, 4}
	names := appendIndex(nil, [][]byte{[]byte(name)})
	strs := appendIndex(nil, [][]byte{[]byte("Adobe"), []byte("Identity")})
	gsubrs := appendIndex(nil, nil)
	charset := []byte{2} // format 2: one range of CIDs 1 … n-1
	if n > 1 {
		charset = append(charset, 0, 1, byte((n-2)>>8), byte(n-2))
	}
	fdSelect := []byte{3, 0, 1, 0, 0, 0, byte(n >> 8), byte(n)}
	csIndex := appendIndex(nil, cs)
	private := []byte{139, opDefaultW, 139, opNominalW} // 0 defaultWidthX 0 nominalWidthX

	top := func(charsetOff, fdSelectOff, csOff, fdArrayOff int) []byte {
		d := appendDictInt(appendDictInt(appendDictInt(nil, 391), 392), 0) // "Adobe" "Identity" 0
		d = append(d, 12, 30)                                              // ROS
		d = append(appendDictInt(d, n), 12, 34)                            // CIDCount
		m := 1 / float64(unitsPerEm)
		for _, v := range []float64{m, 0, 0, m, 0, 0} {
			d = appendDictReal(d, v)
		}
		d = append(d, 12, 7) // FontMatrix
		d = append(appendDict5(d, charsetOff), opCharset)
		d = append(appendDict5(d, fdSelectOff), 12, 37)
		d = append(appendDict5(d, csOff), opCharStrings)
		return append(appendDict5(d, fdArrayOff), 12, 36)
	}
	fdArray := func(privateOff int) []byte {
		d := appendDictInt(nil, len(private))
		d = append(appendDict5(d, privateOff), opPrivate)
		return appendIndex(nil, [][]byte{d})
	}
	topLen := len(appendIndex(nil, [][]byte{top(0, 0, 0, 0)}))
	charsetOff := len(header) + len(names) + topLen + len(strs) + len(gsubrs)
	fdSelectOff := charsetOff + len(charset)
	csOff := fdSelectOff + len(fdSelect)
	fdArrayOff := csOff + len(csIndex)
	privateOff := fdArrayOff + len(fdArray(0))

	out := make([]byte, 0, privateOff+len(private))
	out = append(out, header...)
	out = append(out, names...)
	out = appendIndex(out, [][]byte{top(charsetOff, fdSelectOff, csOff, fdArrayOff)})
	out = append(out, strs...)
	out = append(out, gsubrs...)
	out = append(out, charset...)
	out = append(out, fdSelect...)
	out = append(out, csIndex...)
	out = append(out, fdArray(privateOff)...)
	return append(out, private...)
}

// appendIndex appends an INDEX of the given objects with the smallest
// offSize that holds its offsets.
func appendIndex(b []byte, objs [][]byte) []byte {
	b = binary.BigEndian.AppendUint16(b, uint16(len(objs)))
	if len(objs) == 0 {
		return b
	}
	total := 1
	for _, o := range objs {
		total += len(o)
	}
	offSize := 1
	for total >= 1<<(8*offSize) {
		offSize++
	}
	b = append(b, byte(offSize))
	putOff := func(v int) {
		for i := offSize - 1; i >= 0; i-- {
			b = append(b, byte(v>>(8*i)))
		}
	}
	off := 1
	putOff(off)
	for _, o := range objs {
		off += len(o)
		putOff(off)
	}
	for _, o := range objs {
		b = append(b, o...)
	}
	return b
}

// appendDictInt appends a DICT integer operand in its shortest form.
func appendDictInt(b []byte, v int) []byte {
	switch {
	case v >= -107 && v <= 107:
		return append(b, byte(v+139))
	case v >= 108 && v <= 1131:
		v -= 108
		return append(b, byte(247+v>>8), byte(v))
	case v <= -108 && v >= -1131:
		v = -v - 108
		return append(b, byte(251+v>>8), byte(v))
	case v >= -32768 && v <= 32767:
		return append(b, 28, byte(v>>8), byte(v))
	}
	return appendDict5(b, v)
}

// appendDict5 appends a DICT integer operand in the fixed 5-byte form.
func appendDict5(b []byte, v int) []byte {
	return binary.BigEndian.AppendUint32(append(b, 29), uint32(int32(v)))
}

// appendDictReal appends a DICT real operand (5176 Table 5): 0 as the
// integer 0, anything else in nibbles of its shortest decimal form.
func appendDictReal(b []byte, v float64) []byte {
	if v == 0 {
		return append(b, 139)
	}
	s := strconv.FormatFloat(v, 'g', -1, 64)
	var nibs []byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			nibs = append(nibs, c-'0')
		case c == '.':
			nibs = append(nibs, 0xa)
		case c == '-':
			nibs = append(nibs, 0xe)
		case c == 'e' && i+1 < len(s) && s[i+1] == '-':
			nibs = append(nibs, 0xc)
			i++
		case c == 'e':
			nibs = append(nibs, 0xb)
			if i+1 < len(s) && s[i+1] == '+' {
				i++
			}
		}
	}
	nibs = append(nibs, 0xf)
	if len(nibs)%2 == 1 {
		nibs = append(nibs, 0xf)
	}
	b = append(b, 30)
	for i := 0; i < len(nibs); i += 2 {
		b = append(b, nibs[i]<<4|nibs[i+1])
	}
	return b
}
