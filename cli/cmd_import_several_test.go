package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/store"
)

// TestImportSeveralDocumentsInOneFile: gazette import --issue with a .txt
// holding three corpus documents one after another (036, which carries a
// 请示 with its own title, in the middle) and a .docx holding two adds one
// article per document, in the order of the files, each with its title
// and 文号, in one save; the 请示 stays in its notice.
func TestImportSeveralDocumentsInOneFile(t *testing.T) {
	dir, db := importDB(t)
	var (
		parts  []string
		titles []string
	)
	for _, n := range []string{"035", "036", "037"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", "docs", n+".txt"))
		if err != nil {
			t.Fatal("the corpus (../shared/corpus beside the repository) is missing:", err)
		}
		js, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", "docs", n+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var truth struct {
			Title     string `json:"title"`
			DocNumber string `json:"doc_number"`
		}
		if err := json.Unmarshal(js, &truth); err != nil {
			t.Fatal(err)
		}
		parts = append(parts, string(data))
		titles = append(titles, truth.Title+"（"+truth.DocNumber+"）")
	}
	txt := put(t, dir, "三篇.txt", []byte(strings.Join(parts, "\n")))
	second := []string{"甲市财政局关于拨付救灾资金的通知", "甲财字〔2020〕6号 2020年7月24日", "各县（市、区）财政局：", "现拨付救灾资金，请及时下达。", "（此件主动公开）"}
	docx := put(t, dir, "两篇.docx", miniDocx(t, append(append([]string{}, importDocxParas...), second...), nil))
	titles = append(titles, "甲市财政局关于下达专项资金的通知（甲财字〔2020〕5号）", "甲市财政局关于拨付救灾资金的通知（甲财字〔2020〕6号）")

	code, out, errs := runCaptured(t, "import", "--db", db, "--issue", "2020-8", txt, docx)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "已把 5 篇文章加入") {
		t.Errorf("stdout does not say 5 articles:\n%s", out)
	}
	at := 0
	for _, w := range titles {
		k := strings.Index(out[at:], w)
		if k < 0 {
			t.Errorf("stdout lacks %q after byte %d:\n%s", w, at, out)
			continue
		}
		at += k + len(w)
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
	if n := is.ArticleCount(); n != 1+5 {
		t.Errorf("the issue holds %d articles, want 6", n)
	}
	for _, s := range is.Sections {
		for _, a := range s.Articles {
			if strings.Contains(a.Title, "请示") && !strings.Contains(a.Title, "通知") {
				t.Errorf("the 请示 036 carries became an article: %q", a.Title)
			}
		}
	}
}
