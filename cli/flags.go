package cli

import (
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// The messages of option parsing, ours rather than the flag package's
// English ones: each names the option as it was typed.
const (
	msgUnknown     = "没有选项 %s"                          // an option the command lacks
	msgNoValue     = "选项 %s 缺少值"                        // the last argument needs a value
	msgValueIsFlag = "选项 %s 缺少值（后面紧跟的是选项 %s）"           // -o --web
	msgBadValue    = "选项 %s 的值“%s”无效：应为%s"              // --bleed abc
	msgBadSyntax   = "“%s”不是有效的选项写法"                    // ---x, -=x
	msgExtraArgs   = "多余的参数 %q"                         // files a command does not take
	msgSeeUsage    = "（用法：%s；gazette %s --help 查看全部选项）" // after a usage error
	msgSeeHelp     = "（gazette %s --help 查看全部选项）"       // after a bad value
	msgNoSigner    = "请用 --signer 写明签发人姓名（不能为空）"        // signoff without a 签发人
	wantBool       = " true 或 false"
	wantInt        = "整数"
	wantFloat      = "数字"
	wantOtherValue = "值"
)

// parseFlags parses args with fs's options, allowing options before or
// after the positional arguments (gazette render seed.txt -o x.pdf), and
// returns the positional arguments. "--" ends the options; "-" alone is an
// argument. An option is -name or --name, its value the next argument or
// after "=" (-o x.pdf, -o=x.pdf); a switch takes no value (--web) or one
// after "=" (--web=false).
//
// fs's own parser is not used: a mistake is an exitError with code 2 and a
// message from the table above, naming the option; -h or --help prints the
// command's help on stdout and is an exitError with code 0.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		name := strings.TrimPrefix(a[1:], "-")
		if name == "" || name[0] == '-' || name[0] == '=' {
			return nil, usageError(fs, fmt.Sprintf(msgBadSyntax, a))
		}
		value, hasValue := "", false
		if k := strings.IndexByte(name, '='); k >= 0 {
			name, value, hasValue = name[:k], name[k+1:], true
		}
		f := fs.Lookup(name)
		switch {
		case f == nil && (name == "h" || name == "help"):
			printCommandHelp(fs)
			return nil, exitError{0, ""}
		case f == nil:
			return nil, usageError(fs, fmt.Sprintf(msgUnknown, dashed(name)))
		case !hasValue && isBoolFlag(f):
			value = "true"
		case !hasValue && i+1 >= len(args):
			return nil, valueError(fs, fmt.Sprintf(msgNoValue, dashed(name)))
		case !hasValue:
			// gazette render -o --web would take "--web" as the file name.
			if next, ok := optionName(args[i+1]); ok && fs.Lookup(strings.SplitN(next, "=", 2)[0]) != nil {
				return nil, valueError(fs, fmt.Sprintf(msgValueIsFlag, dashed(name), args[i+1]))
			}
			i++
			value = args[i]
		}
		if err := fs.Set(name, value); err != nil {
			return nil, valueError(fs, fmt.Sprintf(msgBadValue, dashed(name), value, wanted(f)))
		}
	}
	return pos, nil
}

// wanted says what kind of value the option f takes.
func wanted(f *flag.Flag) string {
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return wantOtherValue
	}
	switch g.Get().(type) {
	case bool:
		return wantBool
	case int:
		return wantInt
	case float64:
		return wantFloat
	}
	return wantOtherValue
}

// optionName returns "o" for "-o" or "--o" (and "o=x" for "-o=x"); ok is
// false for a non-option ("x.pdf", "-", "-3").
func optionName(a string) (string, bool) {
	if len(a) < 2 || a[0] != '-' || a == "--" {
		return "", false
	}
	n := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
	if n == "" || (n[0] >= '0' && n[0] <= '9') || n[0] == '.' {
		return "", false
	}
	return n, true
}

// isBoolFlag reports whether f is a switch that takes no value.
func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// dashed writes an option as people type it: -o, --bleed.
func dashed(name string) string {
	if len([]rune(name)) == 1 {
		return "-" + name
	}
	return "--" + name
}

// parseNoArgs parses args with parseFlags for a command that takes options
// only: a file argument is a usage error.
func parseNoArgs(fs *flag.FlagSet, args []string) error {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return extraArgs(fs, pos)
	}
	return nil
}

// extraArgs is the usage error for the file arguments pos that a command
// does not take.
func extraArgs(fs *flag.FlagSet, pos []string) error {
	return usageError(fs, fmt.Sprintf(msgExtraArgs, pos))
}

// usageError is exit code 2 with msg, the command's usage and where to find
// its help: for a command line that lacks something or has too much.
func usageError(fs *flag.FlagSet, msg string) error {
	if c := commands[fs.Name()]; c != nil {
		msg += fmt.Sprintf(msgSeeUsage, c.usage, c.name)
	}
	return exitError{2, msg}
}

// valueError is exit code 2 with msg and where to find the command's help:
// for an option whose value is wrong (the message says what it should be).
func valueError(fs *flag.FlagSet, msg string) error {
	return exitError{2, msg + fmt.Sprintf(msgSeeHelp, fs.Name())}
}

// wasSet reports whether the option name was given on the command line.
func wasSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			set = true
		}
	})
	return set
}

// placeholder is how the synopsis names an option's value ("-o OUT.pdf" →
// "OUT.pdf"), or 值.
func placeholder(usage, name string) string {
	re := regexp.MustCompile(`(?:^|[\s\[(])-{1,2}` + regexp.QuoteMeta(name) + `[ =]([^\s\])｜]+)`)
	if m := re.FindStringSubmatch(usage); m != nil {
		return m[1]
	}
	return "值"
}

// width is how many columns s takes on a terminal (CJK characters two).
func width(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115F || (r >= 0x2E80 && r <= 0xA4CF) || (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0xF900 && r <= 0xFAFF) || (r >= 0xFE30 && r <= 0xFE4F) || (r >= 0xFF00 && r <= 0xFF60) || (r >= 0xFFE0 && r <= 0xFFE6) || r >= 0x20000) {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// exitCodesHelp documents the exit codes, the same for every subcommand.
const exitCodesHelp = "退出码：0 成功；1 失败（或检查发现错误）；2 用法错误（选项、参数或刊期写错）。"

// printCommandHelp prints a subcommand's help on stdout: what it does, its
// synopsis, every option with its default, and the exit codes.
func printCommandHelp(fs *flag.FlagSet) {
	c := commands[fs.Name()]
	if c == nil {
		return
	}
	fmt.Printf("gazette %s — %s\n\n用法：\n", c.name, c.summary)
	for _, u := range strings.Split(c.usage, "｜") {
		fmt.Printf("  %s\n", strings.TrimSpace(u))
	}
	fmt.Println("\n选项：")
	fs.VisitAll(func(f *flag.Flag) {
		_, usage := flag.UnquoteUsage(f)
		head := dashed(f.Name)
		if !isBoolFlag(f) {
			head += " " + placeholder(c.usage, f.Name)
		}
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			usage += "（默认 " + f.DefValue + "）"
		}
		fmt.Printf("  %s%s %s\n", head, strings.Repeat(" ", max(0, 22-width(head))), usage)
	})
	if c.more != "" {
		fmt.Println()
		fmt.Println(c.more)
	}
	fmt.Println()
	fmt.Println(exitCodesHelp)
}
