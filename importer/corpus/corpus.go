// Package corpus scores the importer on a corpus of real documents with
// hand-checked ground truth (shared/corpus, see its README.md): every
// document of docs/ read by importer.ParseDocument and compared field by
// field with its NNN.json, and every whole issue of issues/ read by
// importer.ParseIssue and compared, document by document, with its
// .expected.json. For each input it also counts the characters that are
// neither in the result nor in the import's list of removed page furniture
// (lost) and those in the result that the input does not have (added).
package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gazette/gazette"
	"gazette/importer"
)

// Tally counts one field over many documents.
type Tally struct {
	Right, Wrong, Missing int
}

func (t *Tally) add(want, got string) (ok bool) {
	switch {
	case got == want:
		t.Right++
		return true
	case got == "":
		t.Missing++
	default:
		t.Wrong++
	}
	return false
}

// Miss is one field the importer did not get right.
type Miss struct {
	Input, Field, Want, Got string
}

// Scoreboard is the result of scoring a corpus.
type Scoreboard struct {
	// Docs are the single documents' fields: title, issuers, doc_number,
	// date, addressee.
	Docs map[string]*Tally
	// Issue are the whole issues' documents' fields: section, title,
	// doc_number, date; "document" counts the expected documents found
	// (missing: not found) and Extra the articles no expected one matches
	// (with, for a single document, every article after its first: the
	// document read as several, importer.ParseDocuments cutting inside it).
	Issue map[string]*Tally
	Extra int
	// Lost and Added are characters (spaces and markup aside, compared
	// after Fold) by input file.
	Lost, Added map[string]int
	// LostChars lists, by input file, the characters lost (importer.Missing).
	LostChars map[string]string
	// Lines counts the source documents' body lines (docs/NNN.txt, the
	// document as published) that an issue's article holds as one unit — a
	// paragraph, a line of a list or signature, part of a heading (a title
	// the source broke over lines) — right, or not — wrong, whether a page
	// break cut it or a join glued it to another.
	Lines Tally
	// Furniture counts, by issue file, the lines of page furniture (the
	// issue's name or number alone, a folio) that reached a body.
	Furniture map[string]int
	Misses    []Miss
	// lineMisses are the first source lines Lines counts as wrong.
	lineMisses []Miss
}

// docTruth is a docs/NNN.json.
type docTruth struct {
	Title     string   `json:"title"`
	Issuers   []string `json:"issuers"`
	DocNumber string   `json:"doc_number"`
	Date      string   `json:"date"`
	Addressee string   `json:"addressee"`
}

// issueTruth is one entry of an issues/*.expected.json.
type issueTruth struct {
	Source    string `json:"source"`
	Section   string `json:"section"`
	Title     string `json:"title"`
	DocNumber string `json:"doc_number"`
	Date      string `json:"date"`
}

// DocFields and IssueFields are the fields scored, in print order.
var (
	DocFields   = []string{"title", "issuers", "doc_number", "date", "addressee"}
	IssueFields = []string{"document", "section", "title", "doc_number", "date"}
)

// Score imports every document and issue of the corpus in dir.
func Score(dir string) (*Scoreboard, error) {
	sb := &Scoreboard{Docs: map[string]*Tally{}, Issue: map[string]*Tally{},
		Lost: map[string]int{}, Added: map[string]int{}, LostChars: map[string]string{}, Furniture: map[string]int{}}
	for _, f := range DocFields {
		sb.Docs[f] = &Tally{}
	}
	for _, f := range IssueFields {
		sb.Issue[f] = &Tally{}
	}
	docs, err := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
	if err != nil {
		return nil, err
	}
	issues, err := filepath.Glob(filepath.Join(dir, "issues", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 || len(issues) == 0 {
		return nil, fmt.Errorf("%s：没有找到语料（docs/*.txt 与 issues/*.txt）", dir)
	}
	for _, path := range docs {
		if err := sb.doc(path); err != nil {
			return nil, err
		}
	}
	for _, path := range issues {
		if err := sb.issue(path); err != nil {
			return nil, err
		}
	}
	return sb, nil
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s：%w", path, err)
	}
	return nil
}

func (sb *Scoreboard) field(t *Tally, input, name, want, got string) {
	if !t.add(want, got) {
		sb.Misses = append(sb.Misses, Miss{Input: input, Field: name, Want: want, Got: got})
	}
}

// doc scores one corpus document as importer.ParseDocuments reads it (the
// reader of 导入 and 粘贴): its one article's head, and every article
// after the first as extra.
func (sb *Scoreboard) doc(path string) error {
	var want docTruth
	if err := readJSON(strings.TrimSuffix(path, ".txt")+".json", &want); err != nil {
		return err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	name := filepath.Base(path)
	arts, rep, err := importer.ParseDocuments(name, string(data))
	if err != nil {
		return err
	}
	sb.Extra += len(arts) - 1 // one document read as several: cut inside
	a := arts[0]
	var out strings.Builder
	for i := range arts {
		out.WriteString(importer.ArticleText(&arts[i]) + "\n")
	}
	sb.field(sb.Docs["title"], name, "title", want.Title, noSpace(a.Title))
	sb.field(sb.Docs["issuers"], name, "issuers", strings.Join(want.Issuers, "、"), strings.Join(a.Issuers, "、"))
	sb.field(sb.Docs["doc_number"], name, "doc_number", want.DocNumber, noSpace(a.DocNumber))
	sb.field(sb.Docs["date"], name, "date", want.Date, a.Date)
	sb.field(sb.Docs["addressee"], name, "addressee", want.Addressee, strings.TrimRight(a.Addressee, "：:"))
	sb.Lost[name], sb.Added[name] = importer.Balance(string(data), out.String(), rep.RemovedText())
	sb.LostChars[name] = importer.Missing(string(data), out.String(), rep.RemovedText())
	return nil
}

func (sb *Scoreboard) issue(path string) error {
	var want []issueTruth
	if err := readJSON(strings.TrimSuffix(path, ".txt")+".expected.json", &want); err != nil {
		return err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	name := filepath.Base(path)
	is, rep, err := importer.ParseIssueReport(name, string(data))
	if err != nil {
		return err
	}
	type placed struct {
		a       *gazette.Article
		section string
	}
	var got []placed
	for si := range is.Sections {
		for ai := range is.Sections[si].Articles {
			got = append(got, placed{&is.Sections[si].Articles[ai], is.Sections[si].Name})
		}
	}
	used := make([]bool, len(got))
	for _, w := range want {
		k := -1
		for j, g := range got {
			if !used[j] && (noSpace(g.a.DocNumber) == w.DocNumber || noSpace(g.a.Title) == w.Title) {
				k = j
				break
			}
		}
		label := name + " " + w.DocNumber
		if k < 0 {
			sb.Issue["document"].Missing++
			sb.Misses = append(sb.Misses, Miss{Input: label, Field: "document", Want: w.Title})
			for _, f := range IssueFields[1:] {
				sb.Issue[f].Missing++
			}
			continue
		}
		used[k] = true
		g := got[k]
		sb.Issue["document"].Right++
		sb.field(sb.Issue["section"], label, "section", w.Section, g.section)
		sb.field(sb.Issue["title"], label, "title", w.Title, noSpace(g.a.Title))
		sb.field(sb.Issue["doc_number"], label, "doc_number", w.DocNumber, noSpace(g.a.DocNumber))
		sb.field(sb.Issue["date"], label, "date", w.Date, g.a.Date)
		if w.Source != "" {
			sb.lines(label, filepath.Join(filepath.Dir(filepath.Dir(path)), w.Source), g.a, entities(rep))
		}
	}
	for j, g := range got {
		if !used[j] {
			sb.Extra++
			sb.Misses = append(sb.Misses, Miss{Input: name, Field: "extra", Got: g.section + "／" + g.a.Title})
		}
	}
	sb.Lost[name], sb.Added[name] = importer.Balance(string(data), importer.IssueText(is), rep.RemovedText())
	sb.LostChars[name] = importer.Missing(string(data), importer.IssueText(is), rep.RemovedText())
	sb.Furniture[name] = furnitureInBody(is)
	return nil
}

// entities returns the web entities the import removed from line ends
// (importer.ReasonEntity): they are no part of a source line's unit.
func entities(rep *importer.Report) []string {
	var out []string
	for _, r := range rep.Removed {
		if r.Reason == importer.ReasonEntity {
			out = append(out, r.Text)
		}
	}
	return out
}

// lines scores the body lines of the source document src against a's
// units: each line whose text (spaces aside, and a web entity the import
// listed as removed from its end) is a unit of a is right.
func (sb *Scoreboard) lines(label, src string, a *gazette.Article, ents []string) {
	data, err := os.ReadFile(src)
	if err != nil {
		sb.Misses = append(sb.Misses, Miss{Input: label, Field: "source", Want: src, Got: err.Error()})
		return
	}
	units := map[string]bool{}
	var headings []string // a title the source broke over lines is one heading
	gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) {
		if b.Type == gazette.BlockHeading || b.Type == gazette.BlockAttachment {
			headings = append(headings, folded(b.Text()))
		}
		units[folded(b.Text())] = true
		for _, l := range strings.Split(b.Text(), "\n") {
			units[folded(l)] = true
		}
	})
	head := noSpace(a.Title + a.DocNumber + a.Addressee)
	for _, l := range strings.Split(string(data), "\n") {
		for _, e := range ents {
			l = strings.TrimSuffix(strings.TrimSpace(l), e)
		}
		k := noSpace(l)
		if k == "" || strings.Contains(head, strings.TrimSuffix(k, "：")) || strings.Contains(l, "\t") ||
			k == gazette.DateLabel(a.Date) || (a.Disclosure != "" && k == "（此件"+a.Disclosure+"）") {
			continue // the head's lines, and table rows (their cells are compared apart)
		}
		f := folded(l)
		inHeading := false
		for _, h := range headings {
			inHeading = inHeading || strings.Contains(h, f)
		}
		if units[f] || units[strings.TrimSuffix(f, ":")] || inHeading {
			sb.Lines.Right++
			continue
		}
		sb.Lines.Wrong++
		if len(sb.lineMisses) < 400 {
			sb.lineMisses = append(sb.lineMisses, Miss{Input: label, Field: "line", Want: l})
		}
	}
}

// furnitureInBody counts the body blocks of is that hold its name or its
// number (2019年第2期) or are a bare folio: page furniture a page break
// left in the text.
func furnitureInBody(is *gazette.Issue) int {
	n := 0
	label := is.Label()
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) {
			t := noSpace(b.Text())
			if (is.Title != "" && strings.Contains(t, is.Title)) || (is.Year > 0 && strings.Contains(t, label)) || folioLike(t) {
				n++
			}
		})
		return true
	})
	return n
}

// folioLike reports whether t is a page number alone, with or without
// dashes or dots around it.
func folioLike(t string) bool {
	t = strings.Trim(t, "-—–·•－ 　")
	if t == "" || len(t) > 4 {
		return false
	}
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// String prints the scoreboard as a table, then the misses.
func (sb *Scoreboard) String() string {
	var b strings.Builder
	row := func(name string, t *Tally) {
		fmt.Fprintf(&b, "  %-11s %5d %5d %7d\n", name, t.Right, t.Wrong, t.Missing)
	}
	fmt.Fprintf(&b, "单篇文件 (docs)    right wrong missing\n")
	for _, f := range DocFields {
		row(f, sb.Docs[f])
	}
	fmt.Fprintf(&b, "整期 (issues)      right wrong missing\n")
	for _, f := range IssueFields {
		row(f, sb.Issue[f])
	}
	fmt.Fprintf(&b, "  extra articles: %d\n", sb.Extra)
	fmt.Fprintf(&b, "source lines kept as one unit: %d of %d\n", sb.Lines.Right, sb.Lines.Right+sb.Lines.Wrong)
	var names []string
	for n := range sb.Lost {
		names = append(names, n)
	}
	sort.Strings(names)
	lost, added := 0, 0
	for _, n := range names {
		lost += sb.Lost[n]
		added += sb.Added[n]
	}
	fmt.Fprintf(&b, "characters lost: %d, added: %d (all inputs)\n", lost, added)
	for _, n := range names {
		if sb.Lost[n] > 0 || sb.Added[n] > 0 {
			fmt.Fprintf(&b, "  %-26s lost %5d  added %5d  %s\n", n, sb.Lost[n], sb.Added[n], clip(sb.LostChars[n], 60))
		}
	}
	var fs []string
	for n := range sb.Furniture {
		fs = append(fs, n)
	}
	sort.Strings(fs)
	for _, n := range fs {
		fmt.Fprintf(&b, "page furniture in body, %s: %d\n", n, sb.Furniture[n])
	}
	if len(sb.Misses) > 0 {
		fmt.Fprintf(&b, "misses:\n")
		for _, m := range sb.Misses {
			fmt.Fprintf(&b, "  %s %s: want %q got %q\n", m.Input, m.Field, m.Want, m.Got)
		}
	}
	if Verbose {
		for _, m := range sb.lineMisses {
			fmt.Fprintf(&b, "  %s line not kept whole: %s\n", m.Input, clip(m.Want, 70))
		}
	}
	return b.String()
}

// Verbose makes String list the source lines not kept whole too.
var Verbose bool

func noSpace(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// clip shortens s to n characters.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// folded is s without spaces, its characters folded as importer.Fold does
// (a half-width mark the importer made full-width compares equal).
func folded(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f := importer.Fold(r); f >= 0 {
			b.WriteRune(f)
		}
	}
	return b.String()
}
