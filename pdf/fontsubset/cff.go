package fontsubset

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
			return fmt.Errorf("font DICT %d: %w", i, err)
		}
		pr, err := c.readPrivate(d)
		if err != nil {
			return fmt.Errorf("font DICT %d: %w", i, err)
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
		return pr, fmt.Errorf("private DICT %v: %w", d[opPrivate], errCFF)
	}
	pd, err := parseDict(c.b[off : off+size])
	if err != nil {
		return pr, fmt.Errorf("private DICT: %w", err)
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
			return pr, fmt.Errorf("local subrs %v: %w", pd[opSubrs], errCFF)
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
