package cli

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"gazette/assets"
	"gazette/store"
)

// english catches a message of the flag package or of the system that was
// passed on untranslated.
var english = regexp.MustCompile(`flag provided|needs an argument|invalid value|no such file|permission denied|not a directory|help requested`)

// cliDB creates a database with two issues of different 刊名 that are both
// 2020年第8期, and one 2020年第9期; it returns the directory, the database
// and the IDs of the three.
func cliDB(t *testing.T) (dir, db string, ids []string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "gazette.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	a := testIssue("甲市人民政府公报", 2020, 8, 20)
	b := testIssue("乙县人民政府公报", 2020, 8, 31)
	c := testIssue("甲市人民政府公报", 2020, 9, 21)
	if err := st.SaveMany(a, b, c); err != nil {
		t.Fatal(err)
	}
	st.Close()
	return dir, db, []string{a.ID, b.ID, c.ID}
}

// TestHelp: gazette help, gazette help CMD, CMD --help and CMD -h print the
// command's synopsis, every option and the exit codes on stdout, exit 0.
func TestHelp(t *testing.T) {
	code, out, _ := runCaptured(t, "help")
	if code != 0 || !strings.Contains(out, "退出码") || !strings.Contains(out, "--help") {
		t.Errorf("help: exit %d, stdout %q", code, out)
	}
	for name, c := range commands {
		for _, args := range [][]string{{"help", name}, {name, "--help"}, {name, "-h"}} {
			code, out, errs := runCaptured(t, args...)
			if code != 0 || errs != "" {
				t.Errorf("%v: exit %d, stderr %q", args, code, errs)
				continue
			}
			for _, want := range []string{"gazette " + name, c.usage[:20], "选项：", "--db", "退出码：0 成功；1 失败", "2 用法错误"} {
				if !strings.Contains(out, want) {
					t.Errorf("%v: help lacks %q:\n%s", args, want, out)
				}
			}
		}
	}
	code, out, _ = runCaptured(t, "render", "--help")
	if code != 0 {
		t.Errorf("render --help: exit %d", code)
	}
	for _, opt := range []string{"-o OUT.pdf", "--bleed MM", "--preset 公报|公文", "--columns 1|2", "--marks", "--web", "--cover", "--body", "--force", "--issue REF", "--demo"} {
		if !strings.Contains(out, opt) {
			t.Errorf("render --help lacks %q", opt)
		}
	}
	if code, _, errs := runCaptured(t, "help", "nosuch"); code != 2 || !strings.Contains(errs, "nosuch") {
		t.Errorf("help nosuch: exit %d, stderr %q", code, errs)
	}
}

// TestOptionMistakes: every mistake on the command line exits 2 with a
// Chinese message naming the option, and changes nothing.
func TestOptionMistakes(t *testing.T) {
	dir, db, _ := cliDB(t)
	pdf := filepath.Join(dir, "x.pdf")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"render", "--issue", "2020-9", "-o"}, "-o 缺少值"},
		{[]string{"render", "--issue", "2020-9"}, "请用 -o 指定"},
		{[]string{"render", "--issue", "2020-9", "-o", "--web"}, "-o 缺少值"},
		{[]string{"render", "--issue", "-o", pdf}, "--issue 缺少值"},
		{[]string{"render", "--issue", "2020-9", "-o", pdf, "--frobnicate"}, "没有选项 --frobnicate"},
		{[]string{"render", "--issue", "2020-9", "-o", pdf, "--bleed"}, "--bleed 缺少值"},
		{[]string{"render", "--issue", "2020-9", "-o", pdf, "--bleed", "abc"}, "--bleed 的值“abc”无效：应为数字"},
		{[]string{"render", "--issue", "2020-9", "-o", pdf, "--bleed", "-3"}, "--bleed -3 无效"},
		{[]string{"render", "--issue", "2020-9", "-o", pdf, "--bleed", "-1"}, "--bleed -1 无效"},
		{[]string{"render", "--issue", "2020-9", "-o", pdf, "--bleed", "NaN"}, "--bleed NaN 无效"},
		{[]string{"render", "--issue", "2020-9", "-o", pdf, "--columns", "3"}, "--columns 3 无效"},
		{[]string{"render", "--issue", "2020-9", "-o", pdf, "--columns", "0"}, "--columns 0 无效"},
		{[]string{"render", "--issue", "2020-9", "-o", pdf, "--columns", "two"}, "--columns 的值“two”无效：应为整数"},
		{[]string{"render", "--issue", "2020-9", "-o", pdf, "--preset", "杂志"}, "--preset \"杂志\" 无效"},
		{[]string{"render", "--issue", "2020-9", "-o", pdf, "--web", "--marks"}, "--marks"},
		{[]string{"render", "--issue", "2020-9", "-o", pdf, "--web", "--bleed", "3"}, "--bleed 3"},
		{[]string{"render", "--issue", "2020-9", "-o", pdf, "--web=maybe"}, "--web 的值“maybe”无效"},
		{[]string{"render", "--issue", "2020-9", "--demo", "-o", pdf}, "只能选一个"},
		{[]string{"export", "--issue", "2020-9", "--format", "pdf", "-o", pdf}, "--format \"pdf\" 无效"},
		{[]string{"export", "-o", pdf}, "--issue"},
		{[]string{"backup"}, "-o"},
		{[]string{"restore"}, "备份文件"},
		{[]string{"issues", "extra"}, "多余的参数"},
		{[]string{"import", "--issue"}, "--issue 缺少值"},
	}
	for _, tt := range tests {
		hash := sha(t, db)
		args := append(append([]string(nil), tt.args...), "--db", db)
		if tt.args[len(tt.args)-1] == "-o" || tt.args[len(tt.args)-1] == "--bleed" {
			args = append([]string{tt.args[0], "--db", db}, tt.args[1:]...) // the value is really missing
		}
		code, out, errs := runCaptured(t, args...)
		if code != 2 || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tt.args, code, errs, tt.want)
		}
		if english.MatchString(errs) {
			t.Errorf("%v: English in %q", tt.args, errs)
		}
		if out != "" {
			t.Errorf("%v: printed %q on stdout", tt.args, out)
		}
		if sha(t, db) != hash {
			t.Errorf("%v changed the database", tt.args)
		}
		if _, err := os.Stat(pdf); err == nil {
			t.Fatalf("%v wrote %s", tt.args, pdf)
		}
	}
}

// TestIssueReference: --issue that matches nothing or two issues is a usage
// error naming the reference; two matches list both candidates.
func TestIssueReference(t *testing.T) {
	dir, db, ids := cliDB(t)
	pdf := filepath.Join(dir, "x.pdf")
	for _, cmd := range [][]string{{"render", "-o", pdf}, {"check"}, {"export", "-o", filepath.Join(dir, "x.json")}, {"import", filepath.Join(dir, "a.txt")}} {
		put(t, dir, "a.txt", []byte(importTxt))
		hash := sha(t, db)
		code, _, errs := runCaptured(t, append(cmd, "--db", db, "--issue", "2020-8")...)
		if code != 2 || !strings.Contains(errs, "有 2 期相符") || !strings.Contains(errs, ids[0]) || !strings.Contains(errs, ids[1]) ||
			!strings.Contains(errs, "乙县人民政府公报") {
			t.Errorf("%v --issue 2020-8: exit %d, stderr %q; want 2 and both candidates", cmd, code, errs)
		}
		code, _, errs = runCaptured(t, append(cmd, "--db", db, "--issue", "2019-3")...)
		if code != 2 || !strings.Contains(errs, "--issue 2019-3") || !strings.Contains(errs, "没有这一期") {
			t.Errorf("%v --issue 2019-3: exit %d, stderr %q", cmd, code, errs)
		}
		if sha(t, db) != hash {
			t.Errorf("%v changed the database", cmd)
		}
	}
	// The ID, or four of its first characters, picks one.
	code, out, errs := runCaptured(t, "check", "--db", db, "--issue", ids[1][:8])
	if code != 0 || !strings.Contains(out, "乙县人民政府公报") {
		t.Errorf("check by ID prefix: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestOutputGuards: the output never lands on the database, the input file,
// a folder or a file of another kind; a missing or closed folder is named;
// and nothing is changed.
func TestOutputGuards(t *testing.T) {
	dir, db, _ := cliDB(t)
	in := put(t, dir, "本期.txt", assets.DemoText)
	docx := put(t, dir, "文件.docx", miniDocx(t, importDocxParas, nil))
	plain := put(t, dir, "plain", []byte("x"))
	link := filepath.Join(dir, "link.db")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"render", "--db", db, "--issue", "2020-9", "-o", db}, 2, "就是 " + db + " 本身"},
		{[]string{"render", "--db", db, "--issue", "2020-9", "-o", link}, 2, "本身"},
		{[]string{"render", in, "-o", in}, 2, "就是 " + in + " 本身"},
		{[]string{"render", "--demo", "-o", docx}, 2, "已存在，而且不是PDF 文件，不覆盖"},
		{[]string{"render", "--demo", "-o", dir}, 2, "是一个文件夹"},
		{[]string{"render", "--demo", "-o", filepath.Join(dir, "无此文件夹", "x.pdf")}, 1, "文件夹 " + filepath.Join(dir, "无此文件夹") + " 不存在"},
		{[]string{"render", "--demo", "-o", filepath.Join(plain, "x.pdf")}, 1, "不是文件夹"},
		{[]string{"export", "--db", db, "--issue", "2020-9", "-o", db}, 2, "本身"},
		{[]string{"export", "--db", db, "--issue", "2020-9", "--format", "text", "-o", docx}, 2, "不是整期文本文件"},
		{[]string{"export", "--db", db, "--issue", "2020-9", "-o", filepath.Join(dir, "无此文件夹", "x.json")}, 1, "不存在"},
		{[]string{"backup", "--db", db, "-o", db}, 2, "已存在"},
		{[]string{"backup", "--db", db, "-o", filepath.Join(dir, "无此文件夹", "b.db")}, 1, "不存在"},
		{[]string{"render", "--demo", "-o", "-"}, 2, "不写到标准输出"},
		{[]string{"backup", "--db", db, "-o", "-"}, 2, "不写到标准输出"},
	}
	for _, tt := range tests {
		before := tree(t, dir)
		code, _, errs := runCaptured(t, tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, errs, tt.code, tt.want)
		}
		if english.MatchString(errs) {
			t.Errorf("%v: English in %q", tt.args, errs)
		}
		if tree(t, dir) != before {
			t.Errorf("%v changed files in %s", tt.args, dir)
		}
		if _, err := os.Lstat("-"); err == nil {
			os.Remove("-")
			t.Errorf("%v wrote a file named -", tt.args)
		}
	}

	// A folder that takes no new files (root writes anywhere).
	if os.Geteuid() != 0 {
		ro := filepath.Join(dir, "只读")
		os.Mkdir(ro, 0o555)
		code, _, errs := runCaptured(t, "render", "--demo", "-o", filepath.Join(ro, "x.pdf"))
		if code != 1 || !strings.Contains(errs, "不能在文件夹 "+ro+" 中写文件（没有权限）") {
			t.Errorf("read-only folder: exit %d, stderr %q", code, errs)
		}
	}

	// An earlier PDF, JSON, text or archive is replaced.
	pdf := filepath.Join(dir, "x.pdf")
	for i := 0; i < 2; i++ {
		if code, _, errs := runCaptured(t, "render", "--demo", "--cover", "-o", pdf); code != 0 {
			t.Fatalf("render #%d: exit %d, stderr %q", i+1, code, errs)
		}
	}
	for _, f := range []string{"json", "text", "archive"} {
		out := filepath.Join(dir, "x."+f)
		for i := 0; i < 2; i++ {
			if code, _, errs := runCaptured(t, "export", "--db", db, "--issue", "2020-9", "--format", f, "-o", out); code != 0 {
				t.Fatalf("export %s #%d: exit %d, stderr %q", f, i+1, code, errs)
			}
		}
	}
}

// TestExportIsReadable: an exported file is made like any other file the
// user writes (0644 less the umask), not private like a temporary file.
func TestExportIsReadable(t *testing.T) {
	dir, db, _ := cliDB(t)
	ref := put(t, dir, "ref", []byte("x"))
	out := filepath.Join(dir, "x.json")
	if code, _, errs := runCaptured(t, "export", "--db", db, "--issue", "2020-9", "-o", out); code != 0 {
		t.Fatalf("export: exit %d, stderr %q", code, errs)
	}
	a, _ := os.Stat(ref)
	b, _ := os.Stat(out)
	if a.Mode().Perm() != b.Mode().Perm() {
		t.Errorf("export made %v, os.WriteFile %v", b.Mode().Perm(), a.Mode().Perm())
	}
	if e, _ := filepath.Glob(filepath.Join(dir, ".*")); len(e) != 0 {
		t.Errorf("temporary files left: %v", e)
	}
}

// TestReadingNeverCreates: render, check, export, verify, backup and import
// into an issue, on a database that is not there, say so and create
// nothing; issues on a
// database in a missing folder names the folder.
func TestReadingNeverCreates(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{
		{"render", "--issue", "2020-8", "-o", filepath.Join(dir, "x.pdf")},
		{"check", "--issue", "2020-8"},
		{"export", "--issue", "2020-8", "-o", filepath.Join(dir, "x.json")},
		{"verify"},
		{"backup", "-o", filepath.Join(dir, "b.db")},
		{"import", "--issue", "2020-8", put(t, t.TempDir(), "a.txt", []byte(importTxt))},
	} {
		code, _, errs := runCaptured(t, append(args, "--db", db)...)
		if code != 1 || !strings.Contains(errs, "数据库 "+db+" 不存在") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
		if ents, _ := os.ReadDir(dir); len(ents) != 0 {
			t.Fatalf("%v created %v", args, ents)
		}
	}
	missing := filepath.Join(dir, "无此文件夹", "gazette.db")
	code, _, errs := runCaptured(t, "issues", "--db", missing)
	if code != 1 || !strings.Contains(errs, "文件夹 "+filepath.Dir(missing)+" 不存在") || english.MatchString(errs) {
		t.Errorf("issues in a missing folder: exit %d, stderr %q", code, errs)
	}
	// issues on a new path creates the database with the demo, and says so.
	code, out, errs := runCaptured(t, "issues", "--db", db)
	if code != 0 || !strings.Contains(out, "2020年第8期") || !strings.Contains(errs, "已新建数据库 "+db) {
		t.Errorf("issues on a new database: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestNotADatabase: a text file given as the database is named as not a
// gazette database by every command, and left as it was.
func TestNotADatabase(t *testing.T) {
	dir := t.TempDir()
	db := put(t, dir, "notes.db", []byte("这不是数据库\n"))
	for _, args := range [][]string{
		{"issues"}, {"verify"}, {"check", "--issue", "2020-8"},
		{"render", "--issue", "2020-8", "-o", filepath.Join(dir, "x.pdf")},
		{"import", "--issue", "2020-8", put(t, t.TempDir(), "a.txt", []byte(importTxt))},
		{"backup", "-o", filepath.Join(dir, "b.db")},
	} {
		before := tree(t, dir)
		code, _, errs := runCaptured(t, append(args, "--db", db)...)
		if code != 1 || !strings.Contains(errs, "文件 "+db+" 不是 gazette 数据库") || strings.Contains(errs, "已损坏") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
		if tree(t, dir) != before {
			t.Errorf("%v changed files", args)
		}
	}
}

// TestRestoreRefusesNonBackup: restoring a text file, a PDF or a missing
// file fails naming it and leaves the database as it was.
func TestRestoreRefusesNonBackup(t *testing.T) {
	dir, db, _ := cliDB(t)
	txt := put(t, t.TempDir(), "notes.txt", []byte("hello"))
	pdf := put(t, t.TempDir(), "x.pdf", []byte("%PDF-1.7\n"))
	for _, tt := range []struct{ file, want string }{
		{txt, txt + " 不是 gazette 的备份文件"},
		{pdf, pdf + " 不是 gazette 的备份文件"},
		{filepath.Join(dir, "nothere.db"), "备份文件 " + filepath.Join(dir, "nothere.db") + "：不存在"},
		{dir, "是一个文件夹"},
		{db, "就是数据库"},
	} {
		before := tree(t, dir)
		code, _, errs := runCaptured(t, "restore", tt.file, "--db", db)
		if code != 1 || !strings.Contains(errs, tt.want) || english.MatchString(errs) {
			t.Errorf("restore %s: exit %d, stderr %q; want %q", tt.file, code, errs, tt.want)
		}
		if tree(t, dir) != before {
			t.Errorf("restore %s changed files", tt.file)
		}
	}
}

// TestLockedDatabase: while another gazette process holds the database,
// every command fails fast saying so, and nothing is changed.
func TestLockedDatabase(t *testing.T) {
	dir, db, _ := cliDB(t)
	bak := filepath.Join(t.TempDir(), "bak.db")
	if code, _, errs := runCaptured(t, "backup", "--db", db, "-o", bak); code != 0 {
		t.Fatal(errs)
	}
	txt := put(t, t.TempDir(), "a.txt", []byte(importTxt))
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), envHold+"="+db)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); cmd.Wait() }()
	if line, err := bufio.NewReader(stdout).ReadString('\n'); err != nil || line != "ready\n" {
		t.Fatalf("the holding gazette did not start: %q %v", line, err)
	}
	before := tree(t, dir)
	for _, args := range [][]string{
		{"restore", bak}, {"import", "--issue", "2020-9", txt}, {"issues"}, {"verify"},
		{"render", "--issue", "2020-9", "-o", filepath.Join(dir, "x.pdf")},
		{"export", "--issue", "2020-9", "-o", filepath.Join(dir, "x.json")},
		{"backup", "-o", filepath.Join(dir, "b.db")},
	} {
		start := time.Now()
		code, _, errs := runCaptured(t, append(args, "--db", db)...)
		if code != 1 || !strings.Contains(errs, "数据库 "+db+" 正被另一个 gazette 进程使用") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%v took %v to give up", args, d)
		}
	}
	if tree(t, dir) != before {
		t.Error("commands changed files while the database was held")
	}
}

// TestRenderDeterministic: two renders of an issue from the database are
// byte-identical, and stay so after another issue is changed.
func TestRenderDeterministic(t *testing.T) {
	dir, db, _ := cliDB(t)
	render := func(name string, opts ...string) []byte {
		out := filepath.Join(dir, name)
		code, _, errs := runCaptured(t, append([]string{"render", "--db", db, "--issue", "2020-9", "-o", out}, opts...)...)
		if code != 0 {
			t.Fatalf("render: exit %d, stderr %q", code, errs)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	opts := []string{"--marks", "--bleed", "5", "--preset", "公文", "--columns", "2"}
	a, b := render("a.pdf"), render("b.pdf")
	oa := render("oa.pdf", opts...)
	if !bytes.Equal(a, b) {
		t.Error("two renders differ")
	}
	if bytes.Equal(a, oa) {
		t.Error("the options changed nothing")
	}
	txt := put(t, t.TempDir(), "a.txt", []byte(importTxt))
	code, _, errs := runCaptured(t, "import", "--db", db, "--issue", issueID(t, db, "乙县人民政府公报"), txt)
	if code != 0 {
		t.Fatalf("import into the other issue: exit %d, stderr %q", code, errs)
	}
	if c := render("c.pdf"); !bytes.Equal(a, c) {
		t.Error("a change to another issue changed this issue's PDF")
	}
	if oc := render("oc.pdf", opts...); !bytes.Equal(oa, oc) {
		t.Error("a change to another issue changed this issue's PDF (with options)")
	}
}

// TestDBFromEnvironment: without --db, GAZETTE_DB names the database, as
// for the workstation; gazette --db PATH opens the workstation on PATH.
func TestDBFromEnvironment(t *testing.T) {
	_, db, ids := cliDB(t)
	t.Setenv(dbEnv, db)
	code, out, errs := runCaptured(t, "issues")
	if code != 0 || !strings.Contains(out, ids[2]) {
		t.Errorf("issues with GAZETTE_DB: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	for _, tt := range []struct {
		args []string
		db   string
		ok   bool
	}{
		{[]string{"--db", db}, db, true},
		{[]string{"--db=" + db}, db, true},
		{[]string{"--db"}, "", false},
		{[]string{"issues", "--db"}, "", false},
	} {
		got, ok := workstationDB(tt.args)
		if ok != tt.ok || got != tt.db {
			t.Errorf("workstationDB(%q) = %q, %v", tt.args, got, ok)
		}
	}
}
