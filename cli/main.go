// Package cli is gazette's command line: the headless subcommands (issues,
// import, export, render, check, verify, backup, restore) and the choice,
// with no arguments, to open the workstation.
package cli

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"gazette/app"
)

// command is one headless subcommand. Each lives in its own cmd_*.go file and
// registers itself in init.
type command struct {
	name    string
	summary string // one Chinese line for the help
	usage   string // the synopsis, e.g. "gazette backup [--db PATH] -o FILE"; "｜" between forms
	more    string // optional notes and examples for gazette CMD --help
	run     func(args []string) error
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

// Main runs the command line args (without the program name) and returns
// the process exit code.
func Main(args []string) int { return run(args) }

// run executes the command line and returns the process exit code.
func run(args []string) int {
	if len(args) == 0 {
		return openWorkstation("")
	}
	if db, ok := workstationDB(args); ok {
		return openWorkstation(db)
	}
	name := args[0]
	switch name {
	case "-h", "--help", "help":
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return run([]string{c.name, "--help"})
			}
			fmt.Fprintf(os.Stderr, "gazette help: 没有命令 %q（gazette help 列出所有命令）\n", args[1])
			return 2
		}
		printHelp()
		return 0
	case "-v", "--version", "version":
		fmt.Println("gazette", app.Version)
		return 0
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(os.Stderr, "gazette: 未知命令 %q（gazette help 列出所有命令）\n", name)
		return 2
	}
	if err := c.run(args[1:]); err != nil {
		if e, ok := err.(exitError); ok {
			if e.msg != "" {
				fmt.Fprintln(os.Stderr, "gazette "+name+": "+e.msg)
			}
			return e.code
		}
		fmt.Fprintln(os.Stderr, "gazette "+name+": "+err.Error())
		return 1
	}
	return 0
}

// workstationDB recognises "gazette --db PATH" (or --db=PATH): the
// workstation opened on that database.
func workstationDB(args []string) (string, bool) {
	switch {
	case len(args) == 2 && (args[0] == "--db" || args[0] == "-db"):
		return args[1], true
	case len(args) == 1 && (strings.HasPrefix(args[0], "--db=") || strings.HasPrefix(args[0], "-db=")):
		return args[0][strings.Index(args[0], "=")+1:], true
	}
	return "", false
}

// exitError ends a command with a given exit code (and an optional message).
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }

func printHelp() {
	fmt.Println("gazette — 政府公报编辑排版工作站")
	fmt.Println()
	fmt.Println("不带参数运行时打开工作站（gazette --db PATH 在指定的数据库上打开）。无界面子命令：")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := commands[n]
		fmt.Printf("  %-10s %s\n", n, c.summary)
		if c.usage != "" {
			fmt.Printf("             %s\n", c.usage)
		}
	}
	fmt.Printf("  %-10s %s\n", "version", "显示版本")
	fmt.Printf("  %-10s %s\n", "help", "显示本帮助")
	fmt.Println()
	fmt.Println("--db PATH 指定数据库文件（默认：环境变量 GAZETTE_DB，否则用户配置目录下的 gazette/gazette.db）。")
	fmt.Println("gazette help 命令 或 gazette 命令 --help 查看该命令的全部选项。")
	fmt.Println(exitCodesHelp)
}
