// Package digest hashes a Go value by its content: every field of every
// struct it reaches, followed by reflection, so that a field added to a type
// is in the hash without anyone listing it. Caches key on it (layout's set
// articles, preview's drawn pages): a cache keyed by a hand-kept field list
// serves stale content as soon as a field is forgotten.
//
// The hash is maphash with a seed made once per process: it is for keys
// kept in memory, never for anything stored or compared across runs. Each
// type is read through a plan made once from its reflect.Type (fixed-size
// runs of fields in one write), so hashing a page of thousands of glyphs
// costs about as much as a hand-written hash of it.
package digest

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"math"
	"reflect"
	"slices"
	"sync"
	"unsafe"
)

// seed is the process's hash seed.
var seed = maphash.MakeSeed()

// Hasher hashes values by content, with pointers of some types hashed by
// address. It keeps the plans of the types it has seen; it is safe for
// concurrent use.
type Hasher struct {
	byAddr []reflect.Type
	mu     sync.Mutex
	plans  map[reflect.Type]*plan
}

// New returns a Hasher that hashes pointers of the types in byAddress by
// address instead of by what they point at — for large immutable objects
// (a loaded font) whose identity stands for their content.
func New(byAddress ...reflect.Type) *Hasher {
	return &Hasher{byAddr: byAddress, plans: map[reflect.Type]*plan{}}
}

// plain is the Hasher of Of.
var plain = New()

// Of returns the content hash of v: two values of the same type that are
// equal field by field (pointers and slices followed, maps in any order)
// hash the same. Functions and channels cannot be hashed: Of panics on them,
// a programming error.
func Of(v any) uint64 { return plain.Of(v) }

// Of returns the content hash of v, as the package's Of does, with the
// Hasher's types hashed by address.
func (h *Hasher) Of(v any) uint64 {
	d := digester{h: h}
	d.hash.SetSeed(seed)
	rv := reflect.ValueOf(v)
	if rv.IsValid() {
		t := rv.Type()
		d.str(t.String())
		p := reflect.New(t)
		p.Elem().Set(rv)
		d.run(h.plan(t), p.UnsafePointer())
	}
	d.flush()
	return d.hash.Sum64()
}

// plan says how to write a value of one type, read from memory.
type plan struct {
	t    reflect.Type
	size uintptr
	raw  bool // the value's bytes are its content: no pointers, no padding
	kind reflect.Kind
	// fields of a struct that is not raw, each with its offset.
	fields  []fieldPlan
	elem    *plan // of a slice, array or pointer
	n       int   // an array's length
	address bool  // a pointer hashed by address
}

// fieldPlan is one field of a struct, or a run of fixed-size fields with
// no padding between them (span bytes, written at once).
type fieldPlan struct {
	off  uintptr
	p    *plan
	span uintptr
}

// plan returns the plan of t, making it (and its parts') once.
func (h *Hasher) plan(t reflect.Type) *plan {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.planLocked(t)
}

func (h *Hasher) planLocked(t reflect.Type) *plan {
	if p := h.plans[t]; p != nil {
		return p
	}
	p := &plan{t: t, size: t.Size(), kind: t.Kind()}
	h.plans[t] = p // before the parts: a type may contain itself
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		p.raw = true
	case reflect.Array:
		p.elem, p.n = h.planLocked(t.Elem()), t.Len()
		p.raw = p.elem.raw
	case reflect.Struct:
		raw, end := true, uintptr(0)
		for i := range t.NumField() {
			f := t.Field(i)
			fp := h.planLocked(f.Type)
			n := len(p.fields)
			switch {
			case fp.raw && f.Type.Size() == 0:
			case !fp.raw:
				p.fields = append(p.fields, fieldPlan{off: f.Offset, p: fp})
			case n > 0 && p.fields[n-1].span > 0 && p.fields[n-1].off+p.fields[n-1].span == f.Offset:
				p.fields[n-1].span += f.Type.Size()
			default:
				p.fields = append(p.fields, fieldPlan{off: f.Offset, span: f.Type.Size()})
			}
			raw = raw && fp.raw && f.Offset == end
			end = f.Offset + f.Type.Size()
		}
		p.raw = raw && end == t.Size()
	case reflect.Slice:
		p.elem = h.planLocked(t.Elem())
	case reflect.Pointer:
		if slices.Contains(h.byAddr, t) {
			p.address = true
		} else {
			p.elem = h.planLocked(t.Elem())
		}
	case reflect.String, reflect.Map, reflect.Interface:
	default:
		panic(fmt.Sprintf("digest: cannot hash a %s", t))
	}
	return p
}

// digester writes a value's content into a hash, through a small buffer.
type digester struct {
	h    *Hasher
	hash maphash.Hash
	buf  []byte
}

func (d *digester) flush() {
	d.hash.Write(d.buf)
	d.buf = d.buf[:0]
}

func (d *digester) u64(x uint64) {
	d.buf = binary.LittleEndian.AppendUint64(d.buf, x)
	if len(d.buf) >= 4096 {
		d.flush()
	}
}

// bytes writes the bytes (their length is the caller's to write): large
// data goes to the hash directly.
func (d *digester) bytes(b []byte) {
	if len(b) > 256 {
		d.flush()
		d.hash.Write(b)
		return
	}
	d.buf = append(d.buf, b...)
	if len(d.buf) >= 4096 {
		d.flush()
	}
}

func (d *digester) str(s string) {
	d.u64(uint64(len(s)))
	d.bytes(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// run writes the value of plan p at ptr, with the lengths and nil marks
// that keep two different values from writing the same bytes.
func (d *digester) run(p *plan, ptr unsafe.Pointer) {
	if p.raw {
		d.bytes(unsafe.Slice((*byte)(ptr), p.size))
		return
	}
	switch p.kind {
	case reflect.String:
		d.str(*(*string)(ptr))
	case reflect.Struct:
		for _, f := range p.fields {
			if f.span > 0 {
				d.bytes(unsafe.Slice((*byte)(unsafe.Add(ptr, f.off)), f.span))
			} else {
				d.run(f.p, unsafe.Add(ptr, f.off))
			}
		}
	case reflect.Array:
		for i := range p.n {
			d.run(p.elem, unsafe.Add(ptr, uintptr(i)*p.elem.size))
		}
	case reflect.Slice:
		s := *(*[]byte)(ptr) // any slice's header: data, length, capacity
		if s == nil {
			d.u64(math.MaxUint64)
			return
		}
		d.u64(uint64(len(s)))
		data := unsafe.Pointer(unsafe.SliceData(s))
		if p.elem.raw {
			d.bytes(unsafe.Slice((*byte)(data), uintptr(len(s))*p.elem.size))
			return
		}
		for i := range len(s) {
			d.run(p.elem, unsafe.Add(data, uintptr(i)*p.elem.size))
		}
	case reflect.Pointer:
		q := *(*unsafe.Pointer)(ptr)
		switch {
		case q == nil:
			d.u64(0)
		case p.address:
			d.u64(2)
			d.u64(uint64(uintptr(q)))
		default:
			d.u64(1)
			d.run(p.elem, q)
		}
	case reflect.Interface:
		v := reflect.NewAt(p.t, ptr).Elem()
		if v.IsNil() {
			d.u64(0)
			return
		}
		e := v.Elem()
		d.str(e.Type().String())
		q := reflect.New(e.Type())
		q.Elem().Set(e)
		d.run(d.h.plan(e.Type()), q.UnsafePointer())
	case reflect.Map:
		d.mapValue(reflect.NewAt(p.t, ptr).Elem())
	}
}

// mapValue writes a map's entries in an order that does not depend on the
// map's: each entry is hashed alone and the entries' hashes are sorted.
func (d *digester) mapValue(v reflect.Value) {
	if v.IsNil() {
		d.u64(math.MaxUint64)
		return
	}
	kp, vp := d.h.plan(v.Type().Key()), d.h.plan(v.Type().Elem())
	sums := make([]uint64, 0, v.Len())
	k, e := reflect.New(v.Type().Key()), reflect.New(v.Type().Elem())
	for it := v.MapRange(); it.Next(); {
		sub := digester{h: d.h}
		sub.hash.SetSeed(seed)
		k.Elem().SetIterKey(it)
		e.Elem().SetIterValue(it)
		sub.run(kp, k.UnsafePointer())
		sub.run(vp, e.UnsafePointer())
		sub.flush()
		sums = append(sums, sub.hash.Sum64())
	}
	slices.SortFunc(sums, cmp.Compare)
	d.u64(uint64(len(sums)))
	for _, s := range sums {
		d.u64(s)
	}
}
