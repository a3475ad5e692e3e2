package pdf

import (
	"bytes"
	"compress/zlib"
	"crypto/sha256"
	"fmt"
	"io"
	"math"
	"strconv"
	"unicode/utf16"
)

// file collects the numbered objects of a PDF and writes them with their
// cross-reference table. Objects are held in memory until written, so that
// numbers can be handed out before the bodies are known.
type file struct {
	version string   // the PDF version written, e.g. "1.6"
	objs    [][]byte // body of object i+1
	stream  []bool   // whether object i+1 is a stream
	// zw is reused for every stream: a Flate writer holds about 1 MB of
	// tables, too much to allocate per page.
	zw *zlib.Writer
	zb bytes.Buffer
}

// alloc reserves an object number.
func (f *file) alloc() int {
	f.objs = append(f.objs, nil)
	f.stream = append(f.stream, false)
	return len(f.objs)
}

// set gives object n its body.
func (f *file) set(n int, body []byte) { f.objs[n-1] = body }

// add allocates an object with the given body and returns its number.
func (f *file) add(body []byte) int {
	n := f.alloc()
	f.set(n, body)
	return n
}

// setStream gives object n a stream body: dict holds the entries beyond
// /Length and /Filter (without the << >>); data is compressed with Flate
// when compress is true.
func (f *file) setStream(n int, dict string, data []byte, compress bool) error {
	var b bytes.Buffer
	if compress {
		f.zb.Reset()
		if f.zw == nil {
			f.zw, _ = zlib.NewWriterLevel(&f.zb, zlib.BestCompression)
		} else {
			f.zw.Reset(&f.zb)
		}
		if _, err := f.zw.Write(data); err != nil {
			return fmt.Errorf("pdf: compress object %d: %w", n, err)
		}
		if err := f.zw.Close(); err != nil {
			return fmt.Errorf("pdf: compress object %d: %w", n, err)
		}
		data = f.zb.Bytes()
		dict += " /Filter /FlateDecode"
	}
	b.Grow(len(dict) + len(data) + 40)
	fmt.Fprintf(&b, "<<%s /Length %d>>\nstream\n", dict, len(data))
	b.Write(data)
	b.WriteString("\nendstream")
	f.set(n, b.Bytes())
	f.stream[n-1] = true
	return nil
}

// addStream allocates an object holding a stream.
func (f *file) addStream(dict string, data []byte, compress bool) (int, error) {
	n := f.alloc()
	return n, f.setStream(n, dict, data, compress)
}

// objectsPerStream bounds the objects packed in one object stream.
const objectsPerStream = 200

// writeTo writes the whole file: header, streams, the other objects packed
// in compressed object streams (PDF 1.5), and a cross-reference stream.
// The trailer's /ID is a hash of everything before it, so the same content
// gives the same file.
func (f *file) writeTo(w io.Writer, root, info int, c conformance) error {
	for i, body := range f.objs {
		if body == nil {
			return fmt.Errorf("pdf: object %d has no body", i+1)
		}
	}
	if !c.objStreams {
		return f.writeClassic(w, root, info, c.version)
	}
	// Pack the plain objects into object streams, which are new objects.
	type loc struct{ stm, idx int } // for packed objects
	packed := map[int]loc{}
	var plain []int
	for i := range f.objs {
		if !f.stream[i] {
			plain = append(plain, i+1)
		}
	}
	for len(plain) > 0 {
		batch := plain[:min(len(plain), objectsPerStream)]
		plain = plain[len(batch):]
		var head, body bytes.Buffer
		for k, n := range batch {
			fmt.Fprintf(&head, "%d %d ", n, body.Len())
			body.Write(f.objs[n-1])
			body.WriteByte('\n')
			packed[n] = loc{len(f.objs) + 1, k}
		}
		data := append(head.Bytes(), body.Bytes()...)
		if _, err := f.addStream(fmt.Sprintf("/Type /ObjStm /N %d /First %d", len(batch), head.Len()), data, true); err != nil {
			return err
		}
	}

	var b bytes.Buffer
	b.WriteString("%PDF-" + c.version + "\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(f.objs)+1)
	for i, body := range f.objs {
		if !f.stream[i] {
			continue
		}
		offs[i+1] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", i+1)
		b.Write(body)
		b.WriteString("\nendobj\n")
	}
	sum := sha256.Sum256(b.Bytes())
	id := fmt.Sprintf("%X", sum[:16])

	// The cross-reference stream: type, field 2 (offset or object stream),
	// field 3 (generation or index), widths 1, 4 and 2 bytes.
	xrefNum := len(f.objs) + 1
	xrefOff := b.Len()
	rows := make([]byte, 0, 7*(xrefNum+1))
	row := func(typ byte, f2 uint32, f3 uint16) {
		rows = append(rows, typ, byte(f2>>24), byte(f2>>16), byte(f2>>8), byte(f2), byte(f3>>8), byte(f3))
	}
	row(0, 0, 0xFFFF)
	for n := 1; n < xrefNum; n++ {
		if l, ok := packed[n]; ok {
			row(2, uint32(l.stm), uint16(l.idx))
		} else {
			row(1, uint32(offs[n]), 0)
		}
	}
	row(1, uint32(xrefOff), 0)
	dict := fmt.Sprintf("/Type /XRef /Size %d /W [1 4 2] /Root %d 0 R", xrefNum+1, root)
	if info > 0 {
		dict += fmt.Sprintf(" /Info %d 0 R", info)
	}
	dict += fmt.Sprintf(" /ID [<%s> <%s>]", id, id)
	x := f.alloc()
	if err := f.setStream(x, dict, rows, true); err != nil {
		return err
	}
	fmt.Fprintf(&b, "%d 0 obj\n", x)
	b.Write(f.objs[x-1])
	fmt.Fprintf(&b, "\nendobj\nstartxref\n%d\n%%%%EOF\n", xrefOff)
	_, err := w.Write(b.Bytes())
	return err
}

// writeClassic writes the whole file as PDF 1.4 wants it: every object at
// the top level and a cross-reference table (PDF 1.7 §7.5.4), the trailer's
// /ID a hash of the objects.
func (f *file) writeClassic(w io.Writer, root, info int, version string) error {
	var b bytes.Buffer
	b.WriteString("%PDF-" + version + "\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(f.objs)+1)
	for i, body := range f.objs {
		offs[i+1] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", i+1)
		b.Write(body)
		b.WriteString("\nendobj\n")
	}
	sum := sha256.Sum256(b.Bytes())
	id := fmt.Sprintf("%X", sum[:16])
	xrefOff := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f\r\n", len(f.objs)+1)
	for n := 1; n <= len(f.objs); n++ {
		fmt.Fprintf(&b, "%010d 00000 n\r\n", offs[n])
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d /Root %d 0 R", len(f.objs)+1, root)
	if info > 0 {
		fmt.Fprintf(&b, " /Info %d 0 R", info)
	}
	fmt.Fprintf(&b, " /ID [<%s> <%s>]>>\nstartxref\n%d\n%%%%EOF\n", id, id, xrefOff)
	_, err := w.Write(b.Bytes())
	return err
}

// num formats a real number for a content stream or dictionary: at most
// three decimals, no trailing zeros, no exponent.
func num(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		x = 0
	}
	x = math.Round(x*1000) / 1000
	if x == 0 {
		return "0"
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

// appendNum appends num(x) to b.
func appendNum(b []byte, x float64) []byte {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		x = 0
	}
	x = math.Round(x*1000) / 1000
	if x == 0 {
		return append(b, '0')
	}
	return strconv.AppendFloat(b, x, 'f', -1, 64)
}

// textString encodes s as a PDF text string: a literal string when s is
// printable ASCII, else UTF-16BE with a byte-order mark, in hex.
func textString(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			ascii = false
			break
		}
	}
	if ascii {
		var b bytes.Buffer
		b.WriteByte('(')
		for i := 0; i < len(s); i++ {
			switch c := s[i]; c {
			case '(', ')', '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			default:
				b.WriteByte(c)
			}
		}
		b.WriteByte(')')
		return b.String()
	}
	return "<FEFF" + utf16Hex(s) + ">"
}

// utf16Hex returns s as UTF-16BE in upper-case hex, with surrogate pairs for
// characters above U+FFFF.
func utf16Hex(s string) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = fmt.Appendf(b, "%04X", u)
	}
	return string(b)
}

// name encodes s as a PDF name (with #xx escapes for delimiters and bytes
// outside printable ASCII).
func name(s string) string {
	var b bytes.Buffer
	b.WriteByte('/')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c >= 0x7f || bytes.IndexByte([]byte("#()<>[]{}/%"), c) >= 0 {
			fmt.Fprintf(&b, "#%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
