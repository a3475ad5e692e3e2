package pdfcheck

// A small PDF reader, enough for the checks: the cross-reference (tables
// and streams, with /Prev chains), objects at the top level and in object
// streams, and Flate-compressed streams (with PNG predictors). It reads
// what it is given, as a print center's tool must: a damaged file gives an
// error, never a panic.

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// The PDF object types: nil (null), bool, float64 (every number), Name,
// String, Array, Dict, *Stream, Ref.
type (
	// Name is a PDF name without its slash.
	Name string
	// String is a PDF string's bytes.
	String []byte
	// Array is a PDF array.
	Array []any
	// Dict is a PDF dictionary.
	Dict map[Name]any
	// Ref is an indirect reference.
	Ref struct{ Num, Gen int }
	// Stream is a stream object: its dictionary and its bytes as stored.
	Stream struct {
		Dict Dict
		Raw  []byte
	}
)

// errSyntax marks a file the reader cannot follow.
var errSyntax = errors.New("PDF 语法错误")

// File is a parsed PDF file.
type File struct {
	data    []byte
	Version string // from the header, e.g. "1.6"
	Trailer Dict
	xref    map[int]xrefEntry
	cache   map[int]any
	depth   int
	// streamXref is set when the file has a cross-reference stream (and
	// so may pack objects in object streams): PDF 1.5 and later.
	streamXref bool
}

// xrefEntry locates an object: at an offset, or in an object stream.
type xrefEntry struct {
	offset   int
	stm, idx int
	inStream bool
}

// Open parses a PDF file's structure.
func Open(data []byte) (f *File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("%w：%v", errSyntax, r)
		}
	}()
	if !bytes.HasPrefix(data, []byte("%PDF-")) || len(data) < 16 {
		return nil, fmt.Errorf("不是 PDF 文件（没有 %%PDF- 文件头）")
	}
	f = &File{data: data, xref: map[int]xrefEntry{}, cache: map[int]any{}}
	v := data[5:]
	if i := bytes.IndexAny(v, "\r\n "); i > 0 && i < 8 {
		f.Version = string(v[:i])
	}
	tail := data[max(0, len(data)-1024):]
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return nil, fmt.Errorf("%w：没有 startxref", errSyntax)
	}
	lx := &lexer{b: tail, p: i + len("startxref")}
	off, ok := lx.next().(float64)
	if !ok {
		return nil, fmt.Errorf("%w：startxref 后没有位置", errSyntax)
	}
	seen := map[int]bool{}
	for pos := int(off); pos > 0 && !seen[pos]; {
		seen[pos] = true
		trailer, err := f.readXref(pos)
		if err != nil {
			return nil, err
		}
		if f.Trailer == nil {
			f.Trailer = trailer
		}
		prev, _ := trailer["Prev"].(float64)
		pos = int(prev)
	}
	if f.Trailer == nil {
		return nil, fmt.Errorf("%w：没有 trailer", errSyntax)
	}
	return f, nil
}

// readXref reads the cross-reference section at pos (a table or a
// stream), adding entries not yet known (a later section wins), and
// returns its trailer.
func (f *File) readXref(pos int) (Dict, error) {
	if pos >= len(f.data) {
		return nil, fmt.Errorf("%w：交叉引用位置 %d 超出文件", errSyntax, pos)
	}
	lx := &lexer{b: f.data, p: pos}
	if bytes.HasPrefix(f.data[pos:], []byte("xref")) {
		lx.p += 4
		for {
			t := lx.next()
			if k, ok := t.(keyword); ok && k == "trailer" {
				d, ok := lx.object().(Dict)
				if !ok {
					return nil, fmt.Errorf("%w：trailer 不是字典", errSyntax)
				}
				return d, nil
			}
			start, ok1 := t.(float64)
			count, ok2 := lx.next().(float64)
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("%w：交叉引用表损坏", errSyntax)
			}
			// Each entry takes 20 bytes: a count beyond the file is damage.
			if count < 0 || int(count) > (len(f.data)-lx.p)/18+1 {
				return nil, fmt.Errorf("%w：交叉引用表的条目数 %v 超出文件", errSyntax, count)
			}
			for i := 0; i < int(count); i++ {
				o, _ := lx.next().(float64)
				lx.next()
				kind, _ := lx.next().(keyword)
				n := int(start) + i
				if _, known := f.xref[n]; !known && kind == "n" {
					f.xref[n] = xrefEntry{offset: int(o)}
				} else if !known {
					f.xref[n] = xrefEntry{offset: -1}
				}
			}
		}
	}
	obj, err := f.objectAt(pos)
	if err != nil {
		return nil, err
	}
	s, ok := obj.(*Stream)
	if !ok || s.Dict["Type"] != Name("XRef") {
		return nil, fmt.Errorf("%w：位置 %d 不是交叉引用", errSyntax, pos)
	}
	f.streamXref = true
	data, err := f.Decode(s)
	if err != nil {
		return nil, err
	}
	w, _ := s.Dict["W"].(Array)
	if len(w) != 3 {
		return nil, fmt.Errorf("%w：交叉引用流的 /W 不对", errSyntax)
	}
	ws := [3]int{}
	for i := range ws {
		v, _ := w[i].(float64)
		ws[i] = int(v)
	}
	size, _ := s.Dict["Size"].(float64)
	index := Array{0.0, size}
	if ix, ok := s.Dict["Index"].(Array); ok {
		index = ix
	}
	field := func(b []byte) int {
		v := 0
		for _, c := range b {
			v = v<<8 | int(c)
		}
		return v
	}
	row := ws[0] + ws[1] + ws[2]
	if row <= 0 || ws[0] < 0 || ws[1] < 0 || ws[2] < 0 || row > 32 {
		return nil, fmt.Errorf("%w：交叉引用流的 /W 不对", errSyntax)
	}
	p := 0
	for k := 0; k+1 < len(index); k += 2 {
		start, _ := index[k].(float64)
		count, _ := index[k+1].(float64)
		for i := 0; i < int(count) && p+row <= len(data); i++ {
			typ := 1
			if ws[0] > 0 {
				typ = field(data[p : p+ws[0]])
			}
			f2 := field(data[p+ws[0] : p+ws[0]+ws[1]])
			f3 := field(data[p+ws[0]+ws[1] : p+row])
			p += row
			n := int(start) + i
			if _, known := f.xref[n]; known {
				continue
			}
			switch typ {
			case 1:
				f.xref[n] = xrefEntry{offset: f2}
			case 2:
				f.xref[n] = xrefEntry{inStream: true, stm: f2, idx: f3}
			default:
				f.xref[n] = xrefEntry{offset: -1}
			}
		}
	}
	return s.Dict, nil
}

// objectAt parses the indirect object at pos ("n g obj … endobj").
func (f *File) objectAt(pos int) (any, error) {
	if pos < 0 || pos >= len(f.data) {
		return nil, fmt.Errorf("%w：对象位置 %d 超出文件", errSyntax, pos)
	}
	lx := &lexer{b: f.data, p: pos, f: f}
	lx.next()
	lx.next()
	if k, _ := lx.next().(keyword); k != "obj" {
		return nil, fmt.Errorf("%w：位置 %d 没有对象", errSyntax, pos)
	}
	return lx.object(), nil
}

// Get returns the object n, reading it on first use (nil for a free or
// missing object).
func (f *File) Get(n int) any {
	if v, ok := f.cache[n]; ok {
		return v
	}
	if f.depth > 32 {
		panic("indirect objects nested too deep")
	}
	f.depth++
	defer func() { f.depth-- }()
	e, ok := f.xref[n]
	var v any
	switch {
	case !ok || e.offset < 0 && !e.inStream:
	case e.inStream:
		v = f.fromStream(e.stm, e.idx)
	default:
		v, _ = f.objectAt(e.offset)
	}
	f.cache[n] = v
	return v
}

// fromStream returns the idx'th object of object stream stm.
func (f *File) fromStream(stm, idx int) any {
	s, ok := f.Get(stm).(*Stream)
	if !ok {
		return nil
	}
	data, err := f.Decode(s)
	if err != nil {
		return nil
	}
	n, _ := s.Dict["N"].(float64)
	first, _ := s.Dict["First"].(float64)
	lx := &lexer{b: data, f: f}
	var off float64
	for i := 0; i <= idx && i < int(n); i++ {
		lx.next()
		off, _ = lx.next().(float64)
	}
	if int(first)+int(off) >= len(data) {
		return nil
	}
	lx = &lexer{b: data, p: int(first) + int(off), f: f}
	return lx.object()
}

// Resolve follows a reference to its object.
func (f *File) Resolve(v any) any {
	for i := 0; i < 32; i++ {
		r, ok := v.(Ref)
		if !ok {
			return v
		}
		v = f.Get(r.Num)
	}
	return nil
}

// Dict returns v resolved as a dictionary (a stream's dictionary too), or nil.
func (f *File) Dict(v any) Dict {
	switch x := f.Resolve(v).(type) {
	case Dict:
		return x
	case *Stream:
		return x.Dict
	}
	return nil
}

// Array returns v resolved as an array, or nil.
func (f *File) Array(v any) Array {
	a, _ := f.Resolve(v).(Array)
	return a
}

// Num returns v resolved as a number.
func (f *File) Num(v any) (float64, bool) {
	n, ok := f.Resolve(v).(float64)
	return n, ok
}

// Decode returns a stream's data with its filters undone; only
// FlateDecode (with PNG or TIFF-less predictors) is undone, any other
// filter is an error.
func (f *File) Decode(s *Stream) ([]byte, error) {
	var filters []any
	switch fl := f.Resolve(s.Dict["Filter"]).(type) {
	case nil:
	case Name:
		filters = []any{fl}
	case Array:
		filters = fl
	}
	data := s.Raw
	parms := f.Dict(s.Dict["DecodeParms"])
	for _, fl := range filters {
		if f.Resolve(fl) != Name("FlateDecode") {
			return nil, fmt.Errorf("不支持的过滤器 %v", fl)
		}
		r, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("压缩数据（Flate）损坏：%w", err)
		}
		out, err := io.ReadAll(r)
		if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("压缩数据（Flate）损坏：%w", err)
		}
		data = out
		if pred, _ := f.Num(parms["Predictor"]); pred >= 10 {
			cols, _ := f.Num(parms["Columns"])
			data = unpredict(data, max(1, int(cols)))
		}
	}
	return data, nil
}

// unpredict undoes PNG predictors (one filter byte per row) on rows of
// cols bytes.
func unpredict(b []byte, cols int) []byte {
	var out, prev []byte
	prev = make([]byte, cols)
	for p := 0; p+cols+1 <= len(b); p += cols + 1 {
		ft, row := b[p], append([]byte(nil), b[p+1:p+1+cols]...)
		for i := range row {
			var left, up, ul byte
			if i > 0 {
				left, ul = row[i-1], prev[i-1]
			}
			up = prev[i]
			switch ft {
			case 1:
				row[i] += left
			case 2:
				row[i] += up
			case 3:
				row[i] += byte((int(left) + int(up)) / 2)
			case 4:
				row[i] += paeth(left, up, ul)
			}
		}
		out = append(out, row...)
		prev = row
	}
	return out
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// keyword is a bare word of the syntax: obj, R, true, an operator.
type keyword string

// lexer reads PDF tokens and objects from b.
type lexer struct {
	b []byte
	p int
	f *File // for stream lengths given by reference
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool { return bytes.IndexByte([]byte("()<>[]{}/%"), c) >= 0 }

// next returns the next token: a number, Name, String, keyword, or one of
// the delimiters "<<", ">>", "[", "]" as keywords; nil at the end.
func (lx *lexer) next() any {
	b := lx.b
	for lx.p < len(b) {
		if isSpace(b[lx.p]) {
			lx.p++
			continue
		}
		if b[lx.p] == '%' {
			for lx.p < len(b) && b[lx.p] != '\n' && b[lx.p] != '\r' {
				lx.p++
			}
			continue
		}
		break
	}
	if lx.p >= len(b) {
		return nil
	}
	c := b[lx.p]
	switch {
	case c == '<' && lx.p+1 < len(b) && b[lx.p+1] == '<':
		lx.p += 2
		return keyword("<<")
	case c == '>' && lx.p+1 < len(b) && b[lx.p+1] == '>':
		lx.p += 2
		return keyword(">>")
	case c == '[' || c == ']' || c == '{' || c == '}':
		lx.p++
		return keyword(string(c))
	case c == '/':
		lx.p++
		s := lx.p
		for lx.p < len(b) && !isSpace(b[lx.p]) && !isDelim(b[lx.p]) {
			lx.p++
		}
		return Name(unescapeName(b[s:lx.p]))
	case c == '(':
		return lx.literal()
	case c == '<':
		lx.p++
		var hex []byte
		for lx.p < len(b) && b[lx.p] != '>' {
			if !isSpace(b[lx.p]) {
				hex = append(hex, b[lx.p])
			}
			lx.p++
		}
		lx.p++
		if len(hex)%2 == 1 {
			hex = append(hex, '0')
		}
		out := make([]byte, len(hex)/2)
		for i := range out {
			v, _ := strconv.ParseUint(string(hex[2*i:2*i+2]), 16, 8)
			out[i] = byte(v)
		}
		return String(out)
	}
	s := lx.p
	for lx.p < len(b) && !isSpace(b[lx.p]) && !isDelim(b[lx.p]) {
		lx.p++
	}
	if lx.p == s {
		lx.p++ // a stray delimiter
		return keyword(string(c))
	}
	w := string(b[s:lx.p])
	if v, err := strconv.ParseFloat(w, 64); err == nil && (w[0] == '-' || w[0] == '+' || w[0] == '.' || w[0] >= '0' && w[0] <= '9') {
		return v
	}
	return keyword(w)
}

// unescapeName undoes #xx escapes.
func unescapeName(b []byte) string {
	if bytes.IndexByte(b, '#') < 0 {
		return string(b)
	}
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			if v, err := strconv.ParseUint(string(b[i+1:i+3]), 16, 8); err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}

// literal reads a literal string.
func (lx *lexer) literal() String {
	b := lx.b
	lx.p++
	var out []byte
	depth := 1
	for lx.p < len(b) {
		c := b[lx.p]
		lx.p++
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return String(out)
			}
		case '\\':
			if lx.p >= len(b) {
				return String(out)
			}
			e := b[lx.p]
			lx.p++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r', '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && lx.p < len(b) && b[lx.p] >= '0' && b[lx.p] <= '7'; k++ {
						v = v*8 + int(b[lx.p]-'0')
						lx.p++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return String(out)
}

// object reads one object, following "n g R" and a dictionary's stream.
func (lx *lexer) object() any {
	t := lx.next()
	return lx.objectFrom(t)
}

func (lx *lexer) objectFrom(t any) any {
	switch v := t.(type) {
	case float64:
		// n g R?
		save := lx.p
		if g, ok := lx.next().(float64); ok {
			if k, ok := lx.next().(keyword); ok && k == "R" {
				return Ref{int(v), int(g)}
			}
		}
		lx.p = save
		return v
	case keyword:
		switch v {
		case "true":
			return true
		case "false":
			return false
		case "null":
			return nil
		case "[":
			var a Array
			for {
				t := lx.next()
				if t == nil || t == keyword("]") {
					return a
				}
				a = append(a, lx.objectFrom(t))
			}
		case "<<":
			d := Dict{}
			for {
				t := lx.next()
				if t == nil || t == keyword(">>") {
					break
				}
				k, ok := t.(Name)
				if !ok {
					continue
				}
				d[k] = lx.object()
			}
			return lx.maybeStream(d)
		}
		return v
	}
	return t
}

// maybeStream reads the stream that follows dictionary d, if one does.
func (lx *lexer) maybeStream(d Dict) any {
	save := lx.p
	if k, ok := lx.next().(keyword); !ok || k != "stream" {
		lx.p = save
		return d
	}
	b := lx.b
	if lx.p < len(b) && b[lx.p] == '\r' {
		lx.p++
	}
	if lx.p < len(b) && b[lx.p] == '\n' {
		lx.p++
	}
	n := -1
	switch l := d["Length"].(type) {
	case float64:
		n = int(l)
	case Ref:
		if lx.f != nil {
			if v, ok := lx.f.Get(l.Num).(float64); ok {
				n = int(v)
			}
		}
	}
	if n < 0 || lx.p+n > len(b) {
		e := bytes.Index(b[lx.p:], []byte("endstream"))
		if e < 0 {
			e = len(b) - lx.p
		}
		n = e
	}
	s := &Stream{Dict: d, Raw: b[lx.p : lx.p+n]}
	lx.p += n
	return s
}
