package cli

import (
	"flag"
	"reflect"
	"testing"
)

func TestParseFlagsInterspersed(t *testing.T) {
	tests := []struct {
		args []string
		pos  []string
		out  string
		web  bool
	}{
		{[]string{"seed.txt", "-o", "x.pdf"}, []string{"seed.txt"}, "x.pdf", false},
		{[]string{"-o", "x.pdf", "seed.txt", "--web"}, []string{"seed.txt"}, "x.pdf", true},
		{[]string{"a.txt", "--web", "b.txt", "-o=y.pdf"}, []string{"a.txt", "b.txt"}, "y.pdf", true},
		{[]string{"--", "-odd.txt"}, []string{"-odd.txt"}, "", false},
		{nil, nil, "", false},
	}
	for _, tt := range tests {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		out := fs.String("o", "", "")
		web := fs.Bool("web", false, "")
		pos, err := parseFlags(fs, tt.args)
		if err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		if !reflect.DeepEqual(pos, tt.pos) || *out != tt.out || *web != tt.web {
			t.Errorf("%v: pos %v out %q web %v", tt.args, pos, *out, *web)
		}
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	if _, err := parseFlags(fs, []string{"x", "--nope"}); err == nil {
		t.Error("unknown flag accepted")
	}
}
