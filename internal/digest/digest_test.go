package digest

import (
	"reflect"
	"testing"
)

type inner struct {
	S string
	B []byte
}

type outer struct {
	_  struct{}
	N  int
	F  float64
	T  bool
	P  *inner
	L  []inner
	M  map[string]string
	I  any
	A  [2]uint16
	in inner // unexported fields count too
	g  padded
	r  *outer // a type that holds itself
}

// padded has padding after B and after C.
type padded struct {
	B bool
	N int64
	C uint8
}

func sample() outer {
	return outer{N: 1, F: 2.5, T: true, P: &inner{"p", []byte{1}}, L: []inner{{"a", nil}, {"b", []byte{}}},
		M: map[string]string{"x": "1", "y": "2"}, I: inner{"i", nil}, A: [2]uint16{3, 4}, in: inner{"u", nil},
		g: padded{true, 5, 6}, r: &outer{N: 7}}
}

// TestOfEveryField: changing any one field, at any depth, changes the hash;
// equal values hash the same whatever their pointers and map order.
func TestOfEveryField(t *testing.T) {
	base := Of(sample())
	if again := Of(sample()); again != base {
		t.Fatalf("equal values hash differently: %x %x", base, again)
	}
	changes := map[string]func(o *outer){
		"N":          func(o *outer) { o.N++ },
		"F":          func(o *outer) { o.F = -o.F },
		"T":          func(o *outer) { o.T = false },
		"P nil":      func(o *outer) { o.P = nil },
		"P.S":        func(o *outer) { o.P.S = "q" },
		"P.B":        func(o *outer) { o.P.B[0] = 2 },
		"L len":      func(o *outer) { o.L = o.L[:1] },
		"L[1].S":     func(o *outer) { o.L[1].S = "c" },
		"L nil≠{}":   func(o *outer) { o.L[1].B = nil },
		"L[0].B":     func(o *outer) { o.L[0].B = []byte{} },
		"M value":    func(o *outer) { o.M["x"] = "3" },
		"M key":      func(o *outer) { delete(o.M, "y"); o.M["z"] = "2" },
		"I type":     func(o *outer) { o.I = &inner{"i", nil} },
		"I value":    func(o *outer) { o.I = inner{"j", nil} },
		"A":          func(o *outer) { o.A[1] = 5 },
		"unexported": func(o *outer) { o.in.S = "v" },
		"string cut": func(o *outer) { o.L[0].S, o.L[1].S = "ab", "" },
		"padded.B":   func(o *outer) { o.g.B = false },
		"padded.C":   func(o *outer) { o.g.C = 0 },
		"r.N":        func(o *outer) { o.r.N = 8 },
		"r.r":        func(o *outer) { o.r.r = &outer{} },
	}
	for name, change := range changes {
		o := sample()
		change(&o)
		if Of(o) == base {
			t.Errorf("%s: the change does not change the hash", name)
		}
	}
}

// TestOfByAddress: a pointer named by address hashes by identity, not by
// what it points at.
func TestOfByAddress(t *testing.T) {
	a, b := &inner{S: "same"}, &inner{S: "same"}
	pt := reflect.TypeFor[*inner]()
	if Of(a) != Of(b) {
		t.Error("equal pointees hash differently by content")
	}
	h := New(pt)
	if h.Of(a) == h.Of(b) {
		t.Error("two pointers hash the same by address")
	}
	before := h.Of(a)
	a.S = "changed"
	if h.Of(a) != before {
		t.Error("a pointer by address hashed what it points at")
	}
}

// TestOfPanicsOnFunc: a func cannot be hashed by content.
func TestOfPanicsOnFunc(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic on a func")
		}
	}()
	Of(struct{ F func() }{func() {}})
}
