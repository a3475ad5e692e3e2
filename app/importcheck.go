package app

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"

	"gazette/gazette"
	"gazette/importer"
	"gazette/proof"
	"gazette/store"
)

// The rules of the findings the import record gives (ImportFindings).
const (
	// RuleImportTOC: a 目录 entry that names no article, or an article no
	// entry names.
	RuleImportTOC = "import-toc"
	// RuleImportGuess: a weak guess of the import, until the editor marks
	// it 此处无误.
	RuleImportGuess = "import-guess"
)

// citeImport is where the import findings come from.
const citeImport = "导入记录：本期印出的目录、导入时的推测"

// ImportRecordOf is what the import of is learned, as store keeps it with
// the issue: the printed 目录's entries, each with the article it matched,
// the weak guesses (but the unmatched 目录 entries, which the entries give)
// each with the article it was made in, and the removed lines. It is made
// from the issue as read, before the editor's corrections; nil for an
// issue read without a report (an exchange archive).
func ImportRecordOf(is *gazette.Issue, rep *importer.Report) *store.ImportRecord {
	if rep == nil {
		return nil
	}
	rec := &store.ImportRecord{File: rep.File, TOC: []store.ImportTOCEntry{}, Weak: []store.ImportNote{}, Removed: []store.ImportRemoval{}}
	toc := rep.TOC()
	m := importer.MatchTOC(toc, is)
	for k, e := range toc {
		se := store.ImportTOCEntry{Section: e.Section, Title: e.Title, DocNumber: e.DocNumber, Text: e.Text}
		if a := m.Matched[k]; a != nil {
			se.ArticleID, se.ArticleTitle = a.ID, a.Title
		}
		rec.TOC = append(rec.TOC, se)
	}
	docs := reportArticles(is, rep)
	for _, w := range rep.Guesses() {
		n := store.ImportNote{Line: w.Line, Message: w.Message}
		if a := docAt(rep, docs, w.Line); a != nil {
			n.ArticleID, n.ArticleTitle = a.ID, a.Title
		}
		rec.Weak = append(rec.Weak, n)
	}
	for _, r := range rep.Removed {
		rec.Removed = append(rec.Removed, store.ImportRemoval{Line: r.Line, Text: r.Text, Reason: r.Reason})
	}
	return rec
}

// reportArticles gives each document of the report its article in is as
// read: the documents were filed in the text's order, each at the end of
// its section, so the k-th document of a section is its k-th article.
func reportArticles(is *gazette.Issue, rep *importer.Report) []*gazette.Article {
	out := make([]*gazette.Article, len(rep.Documents))
	seen := map[string]int{}
	for k, d := range rep.Documents {
		i := seen[d.Section]
		seen[d.Section] = i + 1
		if s := is.Section(d.Section); s != nil && i < len(s.Articles) {
			out[k] = &s.Articles[i]
		}
	}
	return out
}

// docAt is the article of the document in which line n of the input lies
// (the last document that begins at or before it), nil for none.
func docAt(rep *importer.Report, docs []*gazette.Article, n int) *gazette.Article {
	if n <= 0 {
		return nil
	}
	var at *gazette.Article
	best := 0
	for k, d := range rep.Documents {
		if d.Line > 0 && d.Line <= n && d.Line >= best {
			at, best = docs[k], d.Line
		}
	}
	return at
}

// ImportFindings matches the import record of is (nil when it has none)
// against is as it stands: each 目录 entry that names no article now (an
// article deleted or renamed since), each article no entry names, and each
// weak guess of the import made in an article still there. They are
// warnings; the editor clears a guess by marking it 此处无误.
func ImportFindings(is *gazette.Issue, rec *store.ImportRecord) []proof.Finding {
	if rec == nil {
		return nil
	}
	var fs []proof.Finding
	toc := make([]importer.TOCEntry, len(rec.TOC))
	for k, e := range rec.TOC {
		toc[k] = importer.TOCEntry{Section: e.Section, Title: e.Title, DocNumber: e.DocNumber, Text: e.Text}
	}
	m := importer.MatchTOC(toc, is)
	for _, e := range m.Unmatched {
		var se store.ImportTOCEntry
		for _, x := range rec.TOC {
			if x.Text == e.Text && x.Title == e.Title && x.DocNumber == e.DocNumber {
				se = x
				break
			}
		}
		f := importFinding(RuleImportTOC, is, "", "", fmt.Sprintf("目录所列“%s”在正文中未找到", e.EntryText()), e.Text, e.Text)
		if se.ArticleID != "" {
			if a, _ := is.Article(se.ArticleID); a != nil {
				f = importFinding(RuleImportTOC, is, a.ID, "title", fmt.Sprintf("目录所列“%s”在正文中未找到；导入时它对应的文章现在题为《%s》", e.EntryText(), a.Title), e.Text, e.Text)
			} else {
				f.Message += fmt.Sprintf("；导入时它对应的《%s》已删除", se.ArticleTitle)
			}
		}
		fs = append(fs, f)
	}
	for _, a := range m.Unlisted {
		fs = append(fs, importFinding(RuleImportTOC, is, a.ID, "title", fmt.Sprintf("《%s》在本期目录中没有对应的条目（标题、文号都不相符）", titleOr(a.Title)), "", a.Title))
	}
	for _, w := range rec.Weak {
		if w.ArticleID != "" {
			if a, _ := is.Article(w.ArticleID); a == nil {
				continue // the article the guess was about is gone
			}
		}
		msg := w.Message
		if w.Line > 0 {
			msg = fmt.Sprintf("导入时（%s 第%d行）：%s", filepath.Base(rec.File), w.Line, w.Message)
		}
		fs = append(fs, importFinding(RuleImportGuess, is, w.ArticleID, "", msg, "", fmt.Sprintf("%d\x00%s", w.Line, w.Message)))
	}
	return fs
}

// importFinding is a warning of rule about the article id of is ("" for
// the issue) and its head field ("" for the article as a whole), keyed by
// rule, the article and what (so that it stays marked 此处无误 across
// re-checks while its subject is unchanged).
func importFinding(rule string, is *gazette.Issue, id, field, msg, excerpt, what string) proof.Finding {
	f := proof.Finding{Rule: rule, Severity: gazette.Warning, Level: "warning", Message: msg, Excerpt: excerpt, Cite: citeImport,
		Loc: proof.Loc{Section: -1, Index: -1, Block: -1, Sub: -1, Row: -1, Cell: -1}}
	is.Articles(func(si, ai int, a *gazette.Article) bool {
		if id == "" || a.ID != id {
			return true
		}
		f.ArticleID, f.Article = a.ID, a.Title
		f.Section, f.Index, f.Field = si, ai, field
		if field == "title" {
			f.Length = len([]rune(a.Title))
		}
		return false
	})
	h := sha256.Sum256([]byte(rule + "\x00" + f.ArticleID + "\x00" + what))
	f.Key = hex.EncodeToString(h[:8])
	return f
}

func titleOr(t string) string {
	if strings.TrimSpace(t) == "" {
		return "（无标题）"
	}
	return t
}

// Proofread is the proofreading of is (saved or not) that `gazette proof`,
// `gazette check` and the workstation's 校对 screen show: proof.ReviewStored
// and the findings of its import record (ImportFindings), the ones the
// editor marked 此处无误 set apart.
func Proofread(st *store.Store, is *gazette.Issue) (proof.Report, error) {
	rep, err := proof.ReviewStored(st, is)
	if err != nil {
		return rep, err
	}
	rec, err := st.ImportRecord(is.ID)
	if err != nil {
		return rep, fmt.Errorf("读取《%s》%s的导入记录：%w", is.Title, is.Label(), err)
	}
	keys, err := st.SuppressedKeys(is.ID)
	if err != nil {
		return rep, fmt.Errorf("读取校对标记：%w", err)
	}
	open, intended := proof.Filter(ImportFindings(is, rec), keys)
	rep.Open = append(rep.Open, open...)
	rep.Intended = append(rep.Intended, intended...)
	return rep, nil
}

// articleIDs are the IDs of the articles of is, in order.
func articleIDs(is *gazette.Issue) []string {
	var ids []string
	is.Articles(func(_, _ int, a *gazette.Article) bool { ids = append(ids, a.ID); return true })
	return ids
}

// renamedIDs is a copy of rec whose article IDs old[k] read now[k] (the
// issue was given fresh IDs before it was saved).
func renamedIDs(rec *store.ImportRecord, old, now []string) *store.ImportRecord {
	if rec == nil {
		return nil
	}
	to := map[string]string{}
	for k := range old {
		to[old[k]] = now[k]
	}
	c := *rec
	c.TOC = append([]store.ImportTOCEntry(nil), rec.TOC...)
	for k := range c.TOC {
		if id, ok := to[c.TOC[k].ArticleID]; ok {
			c.TOC[k].ArticleID = id
		}
	}
	c.Weak = append([]store.ImportNote(nil), rec.Weak...)
	for k := range c.Weak {
		if id, ok := to[c.Weak[k].ArticleID]; ok {
			c.Weak[k].ArticleID = id
		}
	}
	return &c
}

// ImportFinding reports whether f is one of ImportFindings.
func ImportFinding(f proof.Finding) bool { return f.Rule == RuleImportTOC || f.Rule == RuleImportGuess }
