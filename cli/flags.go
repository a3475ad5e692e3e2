package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// parseFlags parses args with fs, allowing options before or after the
// positional arguments (gazette render seed.txt -o x.pdf), and returns the
// positional arguments. "--" ends the options.
//
// A mistake in the options is an exitError with code 2 and a Chinese message
// naming the option and the command's usage; -h or --help prints the
// command's help on stdout and is an exitError with code 0.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	if err := precheckFlags(fs, args); err != nil {
		return nil, err
	}
	var pos []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				printCommandHelp(fs)
				return nil, exitError{0, ""}
			}
			msg, full := flagMessage(fs, err)
			if full {
				return nil, usageError(fs, msg)
			}
			return nil, valueError(fs, msg)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	return pos, nil
}

// precheckFlags catches what fs.Parse would take silently: an option that
// needs a value followed by another option (gazette render -o --web takes
// "--web" as the file name).
func precheckFlags(fs *flag.FlagSet, args []string) error {
	for i, a := range args {
		if a == "--" {
			return nil
		}
		name, ok := optionName(a)
		if !ok || strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil || isBoolFlag(f) || i+1 >= len(args) {
			continue
		}
		if next, ok := optionName(args[i+1]); ok && fs.Lookup(strings.SplitN(next, "=", 2)[0]) != nil {
			return valueError(fs, fmt.Sprintf("选项 %s 缺少值（后面紧跟的是选项 %s）", dashed(name), args[i+1]))
		}
	}
	return nil
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

// The messages of the flag package, to be said in Chinese.
var (
	reUndefined = regexp.MustCompile(`^flag provided but not defined: -+(.*)$`)
	reNoValue   = regexp.MustCompile(`^flag needs an argument: -+(.*)$`)
	reBadValue  = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?-+([^:]*): (.*)$`)
	reBadSyntax = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// flagMessage says a fs.Parse error in Chinese, naming the option; full
// is true when the synopsis should follow (an option the command lacks).
func flagMessage(fs *flag.FlagSet, err error) (msg string, full bool) {
	msg = err.Error()
	if m := reUndefined.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("没有选项 %s", dashed(m[1])), true
	}
	if m := reNoValue.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("选项 %s 缺少值", dashed(m[1])), false
	}
	if m := reBadValue.FindStringSubmatch(msg); m != nil {
		want := "值"
		if f := fs.Lookup(m[2]); f != nil {
			switch f.Value.(flag.Getter).Get().(type) {
			case bool:
				want = " true 或 false"
			case int:
				want = "整数"
			case float64:
				want = "数字"
			}
		}
		return fmt.Sprintf("选项 %s 的值“%s”无效：应为%s", dashed(m[2]), m[1], want), false
	}
	if m := reBadSyntax.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("“%s”不是有效的选项写法", m[1]), true
	}
	return "选项有误：" + msg, true
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
	return usageError(fs, fmt.Sprintf("多余的参数 %q", pos))
}

// usageError is exit code 2 with msg, the command's usage and where to find
// its help: for a command line that lacks something or has too much.
func usageError(fs *flag.FlagSet, msg string) error {
	if c := commands[fs.Name()]; c != nil {
		msg += fmt.Sprintf("（用法：%s；gazette %s --help 查看全部选项）", c.usage, c.name)
	}
	return exitError{2, msg}
}

// valueError is exit code 2 with msg and where to find the command's help:
// for an option whose value is wrong (the message says what it should be).
func valueError(fs *flag.FlagSet, msg string) error {
	return exitError{2, msg + fmt.Sprintf("（gazette %s --help 查看全部选项）", fs.Name())}
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
