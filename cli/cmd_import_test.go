package cli

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/assets"
	"gazette/exchange"
	"gazette/store"
)

// importDB creates a database holding one issue (甲市人民政府公报 2020年第8期)
// in a fresh directory and returns the directory and the database path.
func importDB(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "gazette.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Save(testIssue("甲市人民政府公报", 2020, 8, 20)); err != nil {
		t.Fatal(err)
	}
	st.Close()
	return dir, db
}

func sha(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// tree lists every file under dir with its size and hash, so a test can
// tell that nothing was written anywhere.
func tree(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !fi.IsDir() {
			fmt.Fprintf(&b, "%s %d %s\n", p, fi.Size(), sha(t, p))
		} else {
			fmt.Fprintf(&b, "%s/\n", p)
		}
		return nil
	})
	return b.String()
}

func put(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// miniDocx builds a .docx holding the given paragraphs; extra parts are
// added as they are.
func miniDocx(t *testing.T, paras []string, extra map[string][]byte) []byte {
	t.Helper()
	var body strings.Builder
	for _, p := range paras {
		fmt.Fprintf(&body, `<w:p><w:r><w:t>%s</w:t></w:r></w:p>`, p)
	}
	parts := map[string][]byte{
		"[Content_Types].xml": []byte(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
		"word/document.xml": []byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			body.String() + `</w:body></w:document>`),
	}
	for k, v := range extra {
		parts[k] = v
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const importTxt = "甲市人民政府关于做好防汛工作的通知\n甲府字〔2020〕31号 2020年7月22日\n\n各县（市、区）人民政府，市政府各部门：\n\n现将有关事项通知如下。\n\n（此件主动公开）\n"

var importDocxParas = []string{"甲市财政局关于下达专项资金的通知", "甲财字〔2020〕5号 2020年7月23日", "各县（市、区）财政局：", "现下达专项资金，请按规定使用。"}

func TestImportDocuments(t *testing.T) {
	dir, db := importDB(t)
	a := put(t, dir, "防汛.txt", []byte(importTxt))
	b := put(t, dir, "资金.docx", miniDocx(t, importDocxParas, nil))
	code, out, errs := runCaptured(t, "import", "--db", db, "--issue", "2020-8", a, b)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, w := range []string{"已把 2 篇文章加入《甲市人民政府公报》2020年第8期",
		"市政府文件　甲市人民政府关于做好防汛工作的通知（甲府字〔2020〕31号）",
		"部门文件　甲市财政局关于下达专项资金的通知（甲财字〔2020〕5号）"} {
		if !strings.Contains(out, w) {
			t.Errorf("stdout lacks %q:\n%s", w, out)
		}
	}
	st, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	is, err := st.Find("2020-8")
	if err != nil {
		t.Fatal(err)
	}
	if n := is.ArticleCount(); n != 3 {
		t.Errorf("the issue holds %d articles, want 3", n)
	}
	if s := is.Section("部门文件"); s == nil || len(s.Articles) != 1 || s.Articles[0].DocNumber != "甲财字〔2020〕5号" {
		t.Errorf("the .docx did not land in 部门文件: %+v", s)
	}
}

// TestImportRefusesBadInput: every bad file is refused with an error that
// names it, the database stays byte-identical and nothing is written
// anywhere — also when the bad file comes with good ones.
func TestImportRefusesBadInput(t *testing.T) {
	dir, db := importDB(t)
	in := t.TempDir()
	good := put(t, in, "good.txt", []byte(importTxt))
	ole := append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 512)...)
	var bomb bytes.Buffer
	{
		zw := zip.NewWriter(&bomb)
		w, _ := zw.Create("word/document.xml")
		w.Write(bytes.Repeat([]byte(" "), 8<<20))
		zw.Close()
	}
	tests := []struct {
		name string
		data []byte // nil: not written
		want string
	}{
		{"bad_missing.txt", nil, "文件不存在"},
		{"bad_empty.txt", []byte{}, "空文件"},
		{"bad_binary.txt", []byte("\x00\x01\x02\x03binary"), "二进制"},
		{"bad_latin1.txt", []byte("caf\xe9 cr\xe8me \xe0 la carte"), "无法识别文字编码"},
		{"bad_old.doc", ole, "另存为 .docx"},
		{"bad_ole-renamed.docx", ole, "OLE"},
		{"bad_scan.pdf", []byte("%PDF-1.7"), "PDF"},
		{"bad_fake.docx", []byte("not a zip"), "不是有效的 Word 文档"},
		{"bad_bomb.docx", bomb.Bytes(), "压缩炸弹"},
		{"bad_slip.docx", miniDocx(t, []string{"正文"}, map[string][]byte{"../../evil": []byte("x")}), "指向包外"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(in, tc.name)
			if tc.data != nil {
				put(t, in, tc.name, tc.data)
			}
			for _, args := range [][]string{{p}, {good, p}} {
				hash, before := sha(t, db), tree(t, dir)
				code, out, errs := runCaptured(t, append([]string{"import", "--db", db, "--issue", "2020-8"}, args...)...)
				if code == 0 {
					t.Fatalf("%v accepted: %s", args, out)
				}
				if !strings.Contains(errs, tc.name) || !strings.Contains(errs, tc.want) {
					t.Errorf("%v: stderr %q does not name the file and %q", args, errs, tc.want)
				}
				if sha(t, db) != hash {
					t.Errorf("%v: the database changed", args)
				}
				if tree(t, dir) != before {
					t.Errorf("%v: files were written beside the database", args)
				}
			}
		})
	}
}

func TestImportNewIssue(t *testing.T) {
	dir, db := importDB(t)
	seed := put(t, t.TempDir(), "本期.txt", assets.DemoText)
	code, out, errs := runCaptured(t, "import", "--db", db, "--new", seed)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "已新建《景德镇市人民政府公报》2020年第8期") || !strings.Contains(out, "市政府文件（") {
		t.Errorf("stdout:\n%s", out)
	}
	first := issueID(t, db, "景德镇市人民政府公报")

	// Again: the same 刊名, year and number is an error naming it.
	hash, before := sha(t, db), tree(t, dir)
	code, _, errs = runCaptured(t, "import", "--db", db, "--new", seed)
	if code == 0 || !strings.Contains(errs, "已有《景德镇市人民政府公报》2020年第8期") || !strings.Contains(errs, "--replace") {
		t.Errorf("second --new: exit %d, stderr %q", code, errs)
	}
	if sha(t, db) != hash || tree(t, dir) != before {
		t.Error("the refused --new changed the database or wrote files")
	}

	// --replace: backed up first, then the same issue (same ID) replaced.
	code, out, errs = runCaptured(t, "import", "--db", db, "--new", "--replace", seed)
	if code != 0 || !strings.Contains(out, "已替换") {
		t.Fatalf("--replace: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	baks, _ := filepath.Glob(filepath.Join(store.BackupDir(db), "*-replace.db"))
	if len(baks) != 1 || !strings.Contains(out, baks[0]) {
		t.Errorf("replace backup: %v, stdout %q", baks, out)
	} else if err := store.VerifyBackup(baks[0]); err != nil {
		t.Errorf("replace backup is not a sound database: %v", err)
	}
	if id := issueID(t, db, "景德镇市人民政府公报"); id != first {
		t.Errorf("replaced issue has ID %s, want %s", id, first)
	}
	if n := countIssues(t, db); n != 2 {
		t.Errorf("%d issues after replace, want 2", n)
	}
}

func TestImportArchive(t *testing.T) {
	_, db := importDB(t)
	is, err := assets.DemoIssue()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := exchange.WriteArchive(&buf, is); err != nil {
		t.Fatal(err)
	}
	arc := put(t, t.TempDir(), "本期交换包.zip", buf.Bytes())
	code, out, errs := runCaptured(t, "import", "--db", db, arc)
	if code != 0 || !strings.Contains(out, "已新建《景德镇市人民政府公报》2020年第8期") {
		t.Fatalf("archive without --new: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if n := countIssues(t, db); n != 2 {
		t.Errorf("%d issues, want 2", n)
	}
}

func TestImportUsage(t *testing.T) {
	_, db := importDB(t)
	txt := put(t, t.TempDir(), "a.txt", []byte(importTxt))
	for _, args := range [][]string{
		{"import", "--db", db},
		{"import", "--db", db, "--new", "--issue", "2020-8", txt},
		{"import", "--db", db, "--new", txt, txt},
		{"import", "--db", db, "--replace", "--issue", "2020-8", txt},
		{"import", "--db", db, txt},
	} {
		hash := sha(t, db)
		if code, _, errs := runCaptured(t, args...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errs)
		}
		if sha(t, db) != hash {
			t.Errorf("%v changed the database", args)
		}
	}
}

func issueID(t *testing.T, db, title string) string {
	t.Helper()
	st, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	list, _ := st.List()
	for _, s := range list {
		if s.Title == title {
			return s.ID
		}
	}
	t.Fatalf("no issue %s", title)
	return ""
}

func countIssues(t *testing.T, db string) int {
	t.Helper()
	st, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	list, _ := st.List()
	return len(list)
}
