package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/gazette"
	"gazette/store"
)

// archiveCLIDB writes a database of three small issues over two years.
func archiveCLIDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "gazette.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	a, b, c := testIssue("甲市人民政府公报", 2019, 12, 11), testIssue("甲市人民政府公报", 2020, 1, 12), testIssue("甲市人民政府公报", 2020, 2, 13)
	b.AddArticle("部门文件", gazette.Article{Kind: gazette.KindDocument, Title: "甲市仲裁委员会关于某事的批复",
		Issuers: []string{"甲市仲裁委员会"}, DocNumber: "甲仲字〔2020〕3号", Date: "2020-01-15",
		Blocks: []gazette.Block{gazette.Paragraph("你委报来的请示收悉。经研究，同意所请。")}})
	if err := st.SaveMany(a, b, c); err != nil {
		t.Fatal(err)
	}
	st.Close()
	return db
}

func TestSearchCommand(t *testing.T) {
	db := archiveCLIDB(t)
	for _, c := range []struct {
		args []string
		code int
		want []string
		not  []string
	}{
		{[]string{"甲仲字[2020]3号"}, 0, []string{"2020年第1期（总第12期）", "部门文件｜甲市仲裁委员会关于某事的批复（甲仲字〔2020〕3号，2020年1月15日）", "文号：", "【甲仲字〔2020〕3号】", "共 1 篇，见于 1 期"}, nil},
		{[]string{"关于某事项的通知", "--year", "2020"}, 0, []string{"2020年第2期", "2020年第1期", "共 2 篇，见于 2 期"}, []string{"2019年"}},
		{[]string{"--issuer", "仲裁委员会"}, 0, []string{"批复"}, []string{"通知"}},
		{[]string{"请示 收悉"}, 0, []string{"正文：…", "【请示】"}, nil},
		{[]string{"通知", "--from", "2020-07-01", "--to", "2020-07-31"}, 0, []string{"共 3 篇"}, nil},
		{[]string{"没有的字"}, 0, nil, []string{"共"}},
		{[]string{}, 2, nil, nil},
		{[]string{"x", "--from", "2020-02-30"}, 2, nil, nil},
	} {
		code, out, errs := runCaptured(t, append([]string{"search", "--db", db}, c.args...)...)
		if code != c.code {
			t.Errorf("search %q: exit %d (stderr %q), want %d", c.args, code, errs, c.code)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("search %q: stdout lacks %q:\n%s", c.args, w, out)
			}
		}
		for _, w := range c.not {
			if strings.Contains(out, w) {
				t.Errorf("search %q: stdout has %q:\n%s", c.args, w, out)
			}
		}
	}
	if code, out, errs := runCaptured(t, "reindex", "--db", db); code != 0 || !strings.Contains(out, "3 期，4 篇") {
		t.Errorf("reindex: exit %d, %q %q", code, out, errs)
	}
	if code, _, errs := runCaptured(t, "verify", "--db", db); code != 0 {
		t.Errorf("verify after reindex: exit %d %q", code, errs)
	}
}

func TestIndexAndVolumeCommands(t *testing.T) {
	db := archiveCLIDB(t)
	dir := t.TempDir()
	idx, vol := filepath.Join(dir, "2020-index.pdf"), filepath.Join(dir, "2020.pdf")
	code, out, errs := runCaptured(t, "index", "--db", db, "--year", "2020", "-o", idx)
	if code != 0 || !strings.Contains(out, "甲市人民政府公报 2020年总目录，4 页") {
		t.Fatalf("index: exit %d, %q %q", code, out, errs)
	}
	code, out, errs = runCaptured(t, "volume", "--db", db, "--year", "2020", "-o", vol, "--folios", "continuous", "--marks")
	if code != 0 || !strings.Contains(out, "甲市人民政府公报 2020年合订本") {
		t.Fatalf("volume: exit %d, %q %q", code, out, errs)
	}
	for _, f := range []string{idx, vol} {
		if b, err := os.ReadFile(f); err != nil || !strings.HasPrefix(string(b), "%PDF-") {
			t.Errorf("%s: not a PDF (%v)", f, err)
		}
	}
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"index", "--db", db, "-o", idx}, 2, "--year"},
		{[]string{"index", "--db", db, "--year", "2020"}, 2, "-o"},
		{[]string{"index", "--db", db, "--year", "1999", "-o", idx}, 1, "没有1999年"},
		{[]string{"index", "--db", db, "--year", "20", "-o", idx}, 2, "四位年份"},
		{[]string{"index", "--db", db, "--year", "2020", "-o", db}, 2, "就是"},
		{[]string{"volume", "--db", db, "--year", "2020", "-o", vol, "--folios", "roman"}, 2, "--folios"},
		{[]string{"volume", "--db", db, "--year", "2020", "-o", vol, "--web", "--marks"}, 2, "裁切线"},
	} {
		code, _, errs := runCaptured(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.msg) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", c.args, code, errs, c.code, c.msg)
		}
	}
}

// TestImportFolder: gazette import --new FOLDER brings in each file as an
// issue of its own, skips issues the database (or an earlier file) holds,
// reports files it cannot read, and saves nothing of those.
func TestImportFolder(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "gazette.db")
	folder := filepath.Join(dir, "往期")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	corpus, err := os.ReadFile("../../shared/corpus/issues/corpus_issue_1.txt")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"01.txt": corpus, "02.txt": corpus, // the same issue twice
		"03.pdf":  []byte("%PDF-1.7 not an issue"),
		"04.txt":  []byte("只有一行字，不是整期文本"),
		".hidden": []byte("x"),
	} {
		if err := os.WriteFile(filepath.Join(folder, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(folder, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCaptured(t, "import", "--db", db, "--new", folder)
	if code != 1 {
		t.Errorf("exit %d, want 1 (a file failed); stderr %q", code, errs)
	}
	for _, w := range []string{"已导入 01.txt：《某省人民政府公报》2019年第2期", "跳过　02.txt：数据库中已有《某省人民政府公报》2019年第2期",
		"失败　03.pdf", "失败　04.txt", "共 4 个文件：导入 1 期，跳过 1 个（已有），失败 2 个"} {
		if !strings.Contains(out, w) {
			t.Errorf("summary lacks %q:\n%s", w, out)
		}
	}
	st, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	list, _ := st.List()
	st.Close()
	if len(list) != 2 { // the demo issue of the new database and the one imported
		t.Errorf("%d issues after the import, want 2: %v", len(list), list)
	}
	if code, _, errs := runCaptured(t, "import", "--db", db, "--new", "--replace", folder); code != 2 || !strings.Contains(errs, "--replace") {
		t.Errorf("--replace with a folder: exit %d %q", code, errs)
	}
}
