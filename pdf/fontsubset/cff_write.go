package fontsubset

// Writing a CID-keyed CFF table (Adobe Technical Note 5176).

import (
	"encoding/binary"
	"math"
	"strconv"
)

// buildCFF returns a CID-keyed CFF table named name holding the charstrings
// (index = GID = CID; glyph 0 is .notdef): ROS Adobe-Identity-0, CIDCount
// = len(charstrings), an identity charset (format 2), FDSelect format 3
// (one range, FD 0), one Font DICT whose Private DICT holds only
// defaultWidthX (the commonest of widths) and nominalWidthX 0, no
// subroutines, and FontMatrix
// [1/unitsPerEm 0 0 1/unitsPerEm 0 0] in the Top DICT. Offsets in the DICTs
// are written as 5-byte integers, so the layout is computed in one pass. An
// empty charstring becomes a bare endchar (INDEX offsets must increase for
// some readers), and an empty list a lone .notdef. It takes at most 65,535
// charstrings (CIDs are 16-bit). widths are the glyphs' advances in units
// of the grid: a charstring whose width is not the default starts with it
// (5177 section 3.1), so that the font program's advances are the ones the
// PDF's /W gives (nil widths: every advance 0).
func buildCFF(name string, charstrings [][]byte, widths []float64, unitsPerEm int) []byte {
	if len(charstrings) == 0 {
		charstrings = [][]byte{nil}
	}
	dw := commonest(widths)
	cs := make([][]byte, len(charstrings))
	for i, c := range charstrings {
		if cs[i] = c; len(c) == 0 {
			cs[i] = []byte{t2Endchar}
		}
		if i < len(widths) && widths[i] != dw {
			cs[i] = append(appendT2Num(nil, widths[i]), cs[i]...)
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
	private := append(appendDictReal(nil, dw), opDefaultW, 139, opNominalW) // defaultWidthX, 0 nominalWidthX

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

// commonest returns the value that occurs most often in ws (the smallest of
// equals; 0 for none).
func commonest(ws []float64) float64 {
	count := map[float64]int{}
	best, n := 0.0, 0
	for _, w := range ws {
		count[w]++
		if c := count[w]; c > n || c == n && w < best {
			best, n = w, c
		}
	}
	return best
}

// appendT2Num appends a charstring number: an integer in its shortest form
// (appendT2Int), anything else as a 16.16 fixed-point number (5177 section
// 3.2, byte 255).
func appendT2Num(b []byte, v float64) []byte {
	if v == math.Trunc(v) && math.Abs(v) <= 32767 {
		return appendT2Int(b, int(v))
	}
	return binary.BigEndian.AppendUint32(append(b, 255), uint32(int32(math.Round(v*65536))))
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
