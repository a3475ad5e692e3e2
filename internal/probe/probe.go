// Package probe is for tests of caches keyed by content: it makes one change
// to every field of a value in turn — found by reflection, so that a field
// added to the model is changed without anyone listing it — and reports
// the fields of a type that no change reached. It is for tests only.
package probe

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Change is one change to one field of a value, made on a copy.
type Change struct {
	// Path names the place changed, e.g. Sections[0].Articles[0].Blocks[2].Runs[0].Bold.
	Path string
	// Field is the struct field changed, by its owner's type, e.g. Run.Bold
	// (a slice's length is Field#len, a pointer set to nil Field#nil).
	Field string
	steps []step
	apply func(v reflect.Value)
}

// Apply makes the change in root, which must have the shape (type, and
// lengths along the path) of the value the change was found in.
func (c Change) Apply(root any) {
	v := reflect.ValueOf(root)
	for _, s := range c.steps {
		v = s.follow(v)
	}
	c.apply(v)
}

// step is one move from a value to a part of it.
type step struct {
	kind byte // 'f' field, 'i' index, 'e' pointer elem
	n    int
}

func (s step) follow(v reflect.Value) reflect.Value {
	switch s.kind {
	case 'f':
		return v.Field(s.n)
	case 'i':
		return v.Index(s.n)
	default:
		return v.Elem()
	}
}

// Rules choose the changes of fields whose values are a closed set or need
// a valid form: keyed by field (Owner.Field).
type Rules struct {
	// Alternatives lists other values for a string field (an enumeration):
	// the change takes the first one that differs from the value.
	Alternatives map[string][]string
	// Special changes a field its own way (e.g. image bytes for another
	// decodable image, a map of font files).
	Special map[string]func(v reflect.Value)
}

// Changes returns one change for every field of every struct reachable from
// root (a pointer), every element of every slice included, and one that
// drops the last element of every non-empty slice. Only the parts under
// the given paths from root (field names joined by dots, e.g.
// "Sections.Articles") are walked when paths are given.
func Changes(root any, r Rules, paths ...string) []Change {
	w := &walker{rules: r}
	v := reflect.ValueOf(root)
	if len(paths) == 0 {
		w.walk(v, nil, "")
	}
	for _, p := range paths {
		w.under(v, strings.Split(p, "."), nil, "")
	}
	return w.out
}

type walker struct {
	rules Rules
	out   []Change
}

// under walks down root along the named fields, then walks what it reaches.
func (w *walker) under(v reflect.Value, names []string, steps []step, path string) {
	if len(names) == 0 {
		w.walk(v, steps, path)
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			w.under(v.Elem(), names, append(steps, step{'e', 0}), path)
		}
	case reflect.Slice:
		for i := range v.Len() {
			w.under(v.Index(i), names, append(slices.Clip(steps), step{'i', i}), path+"["+strconv.Itoa(i)+"]")
		}
	case reflect.Struct:
		f, ok := v.Type().FieldByName(names[0])
		if !ok || len(f.Index) != 1 {
			panic("probe: no field " + names[0] + " in " + v.Type().String())
		}
		w.under(v.Field(f.Index[0]), names[1:], append(slices.Clip(steps), step{'f', f.Index[0]}), join(path, f.Name))
	}
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// walk adds the changes of v and of everything under it.
func (w *walker) walk(v reflect.Value, steps []step, path string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			w.walk(v.Elem(), append(slices.Clip(steps), step{'e', 0}), path)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			fs := append(slices.Clip(steps), step{'f', i})
			fp := join(path, f.Name)
			field := t.Name() + "." + f.Name
			if sp := w.rules.Special[field]; sp != nil {
				w.add(fp, field, fs, sp)
				continue
			}
			if alt := w.rules.Alternatives[field]; alt != nil && f.Type.Kind() == reflect.String {
				w.add(fp, field, fs, func(v reflect.Value) {
					for _, a := range alt {
						if a != v.String() {
							v.SetString(a)
							return
						}
					}
				})
				continue
			}
			if ch := leafChange(f.Type); ch != nil {
				w.add(fp, field, fs, ch)
				continue
			}
			if f.Type.Kind() == reflect.Slice && v.Field(i).Len() > 0 {
				w.add(fp, field+"#len", fs, func(v reflect.Value) { v.Set(v.Slice(0, v.Len()-1)) })
			}
			if f.Type.Kind() == reflect.Pointer && !v.Field(i).IsNil() {
				w.add(fp, field+"#nil", fs, func(v reflect.Value) { v.Set(reflect.Zero(v.Type())) })
			}
			w.walk(v.Field(i), fs, fp)
		}
	case reflect.Slice:
		for i := range v.Len() {
			is := append(slices.Clip(steps), step{'i', i})
			ip := path + "[" + strconv.Itoa(i) + "]"
			if ch := leafChange(v.Type().Elem()); ch != nil {
				w.add(ip, v.Type().Elem().Name(), is, ch)
				continue
			}
			w.walk(v.Index(i), is, ip)
		}
	case reflect.Map:
		panic(fmt.Sprintf("probe: %s: a map needs a Special rule", path))
	}
}

func (w *walker) add(path, field string, steps []step, apply func(reflect.Value)) {
	w.out = append(w.out, Change{Path: path, Field: field, steps: steps, apply: apply})
}

// leafChange returns the change of a value of type t that holds no parts,
// or nil for a composite type.
func leafChange(t reflect.Type) func(v reflect.Value) {
	if t == reflect.TypeFor[time.Time]() {
		return func(v reflect.Value) { v.Set(reflect.ValueOf(v.Interface().(time.Time).Add(time.Hour))) }
	}
	switch t.Kind() {
	case reflect.Bool:
		return func(v reflect.Value) { v.SetBool(!v.Bool()) }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(v reflect.Value) { v.SetInt(v.Int() + 1) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return func(v reflect.Value) { v.SetUint(v.Uint() + 1) }
	case reflect.Float32, reflect.Float64:
		// Values are lengths, sizes or percentages: stay in range.
		return func(v reflect.Value) {
			switch f := v.Float(); {
			case f == 0:
				v.SetFloat(1)
			case f >= 100:
				v.SetFloat(f - 10)
			default:
				v.SetFloat(f * 1.1)
			}
		}
	case reflect.String:
		return func(v reflect.Value) { v.SetString(v.String() + "改") }
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return func(v reflect.Value) { v.SetBytes(append(slices.Clone(v.Bytes()), 0)) }
		}
	}
	return nil
}

// Fields returns every exported field (Owner.Field) of every struct type
// reachable from t through fields, pointers and slices, sorted; a field
// that holds a struct is left out for the struct's own fields.
func Fields(t reflect.Type) []string {
	seen := map[reflect.Type]bool{}
	var out []string
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
				return
			}
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			f := t.Field(i)
			if f.IsExported() {
				// A struct field is reached through its own fields.
				if f.Type.Kind() != reflect.Struct || f.Type == reflect.TypeFor[time.Time]() {
					out = append(out, t.Name()+"."+f.Name)
				}
				visit(f.Type)
			}
		}
	}
	visit(t)
	slices.Sort(out)
	return out
}

// Unreached returns the fields of want (as Fields gives them) that no
// change reached: the value the changes were found in lacks them (a nil
// pointer, an empty slice).
func Unreached(want []string, changes []Change) []string {
	got := map[string]bool{}
	for _, c := range changes {
		f, _, _ := strings.Cut(c.Field, "#")
		got[f] = true
	}
	var out []string
	for _, f := range want {
		if !got[f] {
			out = append(out, f)
		}
	}
	return out
}

// Copy returns a deep copy of v: pointers, slices and maps are new.
func Copy[T any](v T) T {
	src := reflect.ValueOf(&v).Elem()
	dst := reflect.New(src.Type()).Elem()
	deepCopy(dst, src)
	return dst.Interface().(T)
}

func deepCopy(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		p := reflect.New(src.Type().Elem())
		deepCopy(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			deepCopy(s.Index(i), src.Index(i))
		}
		dst.Set(s)
	case reflect.Map:
		if src.IsNil() {
			return
		}
		m := reflect.MakeMapWithSize(src.Type(), src.Len())
		for it := src.MapRange(); it.Next(); {
			val := reflect.New(src.Type().Elem()).Elem()
			deepCopy(val, it.Value())
			m.SetMapIndex(it.Key(), val)
		}
		dst.Set(m)
	case reflect.Struct:
		if !allExported(src.Type()) {
			dst.Set(src) // e.g. time.Time: a value type
			return
		}
		for i := range src.NumField() {
			deepCopy(dst.Field(i), src.Field(i))
		}
	case reflect.Array:
		for i := range src.Len() {
			deepCopy(dst.Index(i), src.Index(i))
		}
	default:
		dst.Set(src)
	}
}

func allExported(t reflect.Type) bool {
	for i := range t.NumField() {
		if !t.Field(i).IsExported() {
			return false
		}
	}
	return true
}
