package fontsubset

// The Type 2 charstring interpreter: a glyph's program, with its subroutines,
// read into an outline (Adobe Technical Note 5177).

import (
	"encoding/binary"
	"fmt"
	"math"
)

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
