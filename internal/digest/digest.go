// Package digest hashes a Go value by its content: every field of every
// struct it reaches, followed by reflection, so that a field added to a type
// is in the hash without anyone listing it. Caches key on it (layout's set
// articles, preview's drawn pages): a cache keyed by a hand-kept field list
// serves stale content as soon as a field is forgotten.
//
// The hash is maphash with a seed made once per process: it is for keys
// kept in memory, never for anything stored or compared across runs.
package digest

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"math"
	"reflect"
	"slices"
)

// seed is the process's hash seed.
var seed = maphash.MakeSeed()

// Of returns the content hash of v: two values of the same type that are
// equal field by field (pointers and slices followed, maps in any order)
// hash the same. Pointers of the types in byAddress are hashed by address
// instead — for large immutable objects (a loaded font) whose identity
// stands for their content. Functions and channels cannot be hashed: Of
// panics on them, a programming error.
func Of(v any, byAddress ...reflect.Type) uint64 {
	d := digester{byAddr: byAddress}
	d.h.SetSeed(seed)
	rv := reflect.ValueOf(v)
	if rv.IsValid() {
		d.str(rv.Type().String())
		d.value(rv)
	}
	d.flush()
	return d.h.Sum64()
}

// digester writes a value's content into a hash, through a small buffer.
type digester struct {
	h      maphash.Hash
	buf    []byte
	byAddr []reflect.Type
}

func (d *digester) flush() {
	d.h.Write(d.buf)
	d.buf = d.buf[:0]
}

func (d *digester) u64(x uint64) {
	d.buf = binary.LittleEndian.AppendUint64(d.buf, x)
	if len(d.buf) >= 4096 {
		d.flush()
	}
}

// bytes writes a length and the bytes: large data goes to the hash directly.
func (d *digester) bytes(b []byte) {
	d.u64(uint64(len(b)))
	if len(b) > 256 {
		d.flush()
		d.h.Write(b)
		return
	}
	d.buf = append(d.buf, b...)
}

func (d *digester) str(s string) {
	d.u64(uint64(len(s)))
	if len(s) > 256 {
		d.flush()
		d.h.WriteString(s)
		return
	}
	d.buf = append(d.buf, s...)
}

// value writes v, each kind with the lengths and nil marks that keep two
// different values from writing the same bytes.
func (d *digester) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			d.u64(1)
		} else {
			d.u64(0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		d.u64(uint64(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		d.u64(v.Uint())
	case reflect.Float32, reflect.Float64:
		d.u64(math.Float64bits(v.Float()))
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		d.u64(math.Float64bits(real(c)))
		d.u64(math.Float64bits(imag(c)))
	case reflect.String:
		d.str(v.String())
	case reflect.Array:
		for i := range v.Len() {
			d.value(v.Index(i))
		}
	case reflect.Slice:
		if v.IsNil() {
			d.u64(math.MaxUint64)
			return
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			d.bytes(v.Bytes())
			return
		}
		d.u64(uint64(v.Len()))
		for i := range v.Len() {
			d.value(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			d.value(v.Field(i))
		}
	case reflect.Pointer:
		if v.IsNil() {
			d.u64(0)
			return
		}
		if slices.Contains(d.byAddr, v.Type()) {
			d.u64(2)
			d.u64(uint64(v.Pointer()))
			return
		}
		d.u64(1)
		d.value(v.Elem())
	case reflect.Interface:
		if v.IsNil() {
			d.u64(0)
			return
		}
		d.str(v.Elem().Type().String())
		d.value(v.Elem())
	case reflect.Map:
		d.mapValue(v)
	default:
		panic(fmt.Sprintf("digest: cannot hash a %s", v.Type()))
	}
}

// mapValue writes a map's entries in an order that does not depend on the
// map's: each entry is hashed alone and the entries' hashes are sorted.
func (d *digester) mapValue(v reflect.Value) {
	if v.IsNil() {
		d.u64(math.MaxUint64)
		return
	}
	sums := make([]uint64, 0, v.Len())
	for it := v.MapRange(); it.Next(); {
		e := digester{byAddr: d.byAddr}
		e.h.SetSeed(seed)
		e.value(it.Key())
		e.value(it.Value())
		e.flush()
		sums = append(sums, e.h.Sum64())
	}
	slices.SortFunc(sums, cmp.Compare)
	d.u64(uint64(len(sums)))
	for _, s := range sums {
		d.u64(s)
	}
}
