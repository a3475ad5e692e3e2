package cli

import (
	"flag"
	"reflect"
	"strings"
	"testing"
)

// TestParseFlagsMessages: every mistake is said from our own message table,
// naming the option (-o, --web), with exit code 2; -h and --help are exit 0.
func TestParseFlagsMessages(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string // the start of the message
	}{
		{[]string{"--nope"}, 2, "没有选项 --nope"},
		{[]string{"x.txt", "-q"}, 2, "没有选项 -q"},
		{[]string{"-3"}, 2, "没有选项 -3"},
		{[]string{"-o"}, 2, "选项 -o 缺少值"},
		{[]string{"-o", "--web"}, 2, "选项 -o 缺少值（后面紧跟的是选项 --web）"},
		{[]string{"--n", "two"}, 2, "选项 -n 的值“two”无效：应为整数"},
		{[]string{"--mm=abc"}, 2, "选项 --mm 的值“abc”无效：应为数字"},
		{[]string{"--web=maybe"}, 2, "选项 --web 的值“maybe”无效：应为 true 或 false"},
		{[]string{"---web"}, 2, "“---web”不是有效的选项写法"},
		{[]string{"-=x"}, 2, "“-=x”不是有效的选项写法"},
		{[]string{"-h"}, 0, ""},
		{[]string{"x.txt", "--help"}, 0, ""},
	}
	for _, tt := range tests {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.String("o", "", "")
		fs.Bool("web", false, "")
		fs.Int("n", 0, "")
		fs.Float64("mm", 0, "")
		_, err := parseFlags(fs, tt.args)
		e, ok := err.(exitError)
		if !ok || e.code != tt.code || !strings.HasPrefix(e.msg, tt.msg) {
			t.Errorf("%q: got %#v, want exit %d with %q", tt.args, err, tt.code, tt.msg)
		}
		if english.MatchString(e.msg) {
			t.Errorf("%q: English in %q", tt.args, e.msg)
		}
	}
}

// TestParseFlagsValues: values after "=" or as the next argument (even one
// that looks like a negative number), switches with and without a value.
func TestParseFlagsValues(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	out := fs.String("o", "", "")
	web := fs.Bool("web", true, "")
	mm := fs.Float64("mm", 0, "")
	pos, err := parseFlags(fs, []string{"-", "--mm", "-3", "--web=false", "-o=", "a.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(pos, []string{"-", "a.txt"}) || *out != "" || *web || *mm != -3 || !wasSet(fs, "o") {
		t.Errorf("pos %q o %q (set %v) web %v mm %v", pos, *out, wasSet(fs, "o"), *web, *mm)
	}
}

// FuzzParseFlags: any command line parses or is refused with exit 0 (help)
// or 2 and a Chinese message; no panic, no English.
func FuzzParseFlags(f *testing.F) {
	for _, s := range []string{"seed.txt\x00-o\x00x.pdf", "-o\x00--web", "--web=maybe", "---x", "-=x", "--\x00-o", "--bleed\x00-3", "-h", "--n=0x10", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Split(line, "\x00")
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.String("o", "", "")
		fs.Bool("web", false, "")
		fs.Int("n", 0, "")
		fs.Float64("bleed", 0, "")
		pos, err := parseFlags(fs, args)
		if err == nil {
			if len(pos) > len(args) {
				t.Fatalf("%q: %d arguments from %d", args, len(pos), len(args))
			}
			return
		}
		e, ok := err.(exitError)
		if !ok || (e.code != 0 && e.code != 2) || (e.code == 2 && e.msg == "") || english.MatchString(e.msg) {
			t.Fatalf("%q: %#v", args, err)
		}
	})
}
