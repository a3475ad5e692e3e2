package archive

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"gazette/archive/ngram"
	"gazette/gazette"
	"gazette/store"
)

// Query is what an editor searches for. Every part given must match.
type Query struct {
	// Text is words separated by spaces; each must occur in the article
	// (issuers, title, 文号, head and body), compared in search form:
	// full- and half-width alike, 〔〕[]【】 alike, spaces ignored.
	Text string
	// Title and DocNumber must occur in the article's title and 文号.
	Title, DocNumber string
	// Issuer must occur in one of the article's issuers (in the title when
	// the article names none).
	Issuer string
	// Year, when not 0, is the issue's year.
	Year int
	// From and To (YYYY-MM-DD, inclusive, either may be empty) bound the
	// article's date (成文日期), or the issue's date when it has none.
	From, To string
}

// Check reports a query that cannot be answered: a bad date or an empty
// query.
func (q Query) Check() error {
	for _, d := range []struct{ name, v string }{{"起始日期", q.From}, {"截止日期", q.To}} {
		if d.v != "" && !gazette.ValidDate(d.v) {
			return fmt.Errorf("%s“%s”无效：应写作 YYYY-MM-DD，如 2020-07-21", d.name, d.v)
		}
	}
	if q.From != "" && q.To != "" && q.From > q.To {
		return fmt.Errorf("起始日期 %s 晚于截止日期 %s", q.From, q.To)
	}
	if strings.TrimSpace(q.Text+q.Title+q.DocNumber+q.Issuer) == "" && q.Year == 0 && q.From == "" && q.To == "" {
		return fmt.Errorf("没有要查找的内容：请给出文字，或标题、文号、发文机关、年份、日期之一")
	}
	return nil
}

// Hit is one article found, with where the first word was found and the
// text around it.
type Hit struct {
	store.Doc
	Where   string // 标题, 文号, 发文机关 or 正文
	Snippet string // the text around the match, the match in 【】
}

// IssueHits is the articles found in one issue, in reading order.
type IssueHits struct {
	Issue       string
	Title       string
	Year        int
	Number      int
	TotalNumber int
	Unit        gazette.NumberUnit // 期 (also when empty) or 号
	Hits        []Hit
}

// Label returns the issue's place in its series, e.g. "2020年第8期".
func (ih IssueHits) Label() string { return gazette.IssueLabel(ih.Year, ih.Number, ih.Unit) }

// TotalLabel returns the issue's running number, e.g. "总第20期".
func (ih IssueHits) TotalLabel() string { return gazette.TotalLabel(ih.TotalNumber, ih.Unit) }

// Count returns how many articles were found in all issues.
func Count(res []IssueHits) int {
	n := 0
	for _, ih := range res {
		n += len(ih.Hits)
	}
	return n
}

// Search finds the articles that match q in every issue of st, grouped by
// issue, the newest issue first.
func Search(st *store.Store, q Query) ([]IssueHits, error) {
	if err := q.Check(); err != nil {
		return nil, err
	}
	terms := strings.Fields(q.Text)
	for _, t := range []string{q.Title, q.DocNumber, q.Issuer} {
		if t = strings.TrimSpace(t); t != "" {
			terms = append(terms, t) // narrows the candidates through the index
		}
	}
	found, err := st.SearchDocs(terms, q.keep)
	if err != nil {
		return nil, err
	}
	var out []IssueHits
	for i := range found {
		f := &found[i]
		if n := len(out); n == 0 || out[n-1].Issue != f.Issue {
			out = append(out, IssueHits{Issue: f.Issue, Title: f.IssueTitle, Year: f.Year, Number: f.Number, TotalNumber: f.TotalNumber, Unit: f.Unit})
		}
		where, snip := snippet(f, strings.Fields(q.Text))
		out[len(out)-1].Hits = append(out[len(out)-1].Hits, Hit{Doc: f.Doc, Where: where, Snippet: snip})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Year != out[j].Year {
			return out[i].Year > out[j].Year
		}
		return out[i].Number > out[j].Number
	})
	return out, nil
}

// keep applies the head filters of q to one article.
func (q Query) keep(d *store.Doc) bool {
	has := func(s, sub string) bool {
		sub = ngram.FoldString(sub)
		return sub == "" || strings.Contains(ngram.FoldString(s), sub)
	}
	if q.Year != 0 && d.Year != q.Year {
		return false
	}
	if !has(d.Title, q.Title) || !has(d.DocNumber, q.DocNumber) {
		return false
	}
	if strings.TrimSpace(q.Issuer) != "" {
		ok := len(d.Issuers) == 0 && has(d.Title, q.Issuer)
		for _, is := range d.Issuers {
			ok = ok || has(is, q.Issuer)
		}
		if !ok {
			return false
		}
	}
	if q.From != "" || q.To != "" {
		date := d.Date
		if !gazette.ValidDate(date) {
			date = d.IssueDate
		}
		if !gazette.ValidDate(date) || (q.From != "" && date < q.From) || (q.To != "" && date > q.To) {
			return false
		}
	}
	return true
}

// Snippet sizes, in characters before and after the match.
const (
	snippetBefore = 18
	snippetAfter  = 36
)

// snippet says where the first of words occurs in the article and returns
// the text around it with the match in 【】; with no words, the start of
// the body.
func snippet(f *store.Found, words []string) (where, snip string) {
	if len(words) == 0 {
		// No word to show: the body's first line after the head.
		n := snippetBefore + snippetAfter
		body := f.Text[strings.IndexByte(f.Text, '\n')+1:]
		return "", clip([]rune(oneLine(prefixRunes(body, 2*n))), n)
	}
	start, end := matchAt(f.Text, words[0])
	if start < 0 {
		return "", ""
	}
	switch {
	case contains(f.Title, words[0]):
		where = "标题"
	case contains(f.DocNumber, words[0]):
		where = "文号"
	case start < len(strings.Join(f.Issuers, "、")):
		where = "发文机关"
	default:
		where = "正文"
	}
	lo, hi := start, end
	for n := 0; n < snippetBefore && lo > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(f.Text[:lo])
		lo -= size
	}
	for n := 0; n < snippetAfter && hi < len(f.Text); n++ {
		_, size := utf8.DecodeRuneInString(f.Text[hi:])
		hi += size
	}
	snip = oneLine(f.Text[lo:start]) + "【" + oneLine(f.Text[start:end]) + "】" + oneLine(f.Text[end:hi])
	if lo > 0 {
		snip = "…" + snip
	}
	if hi < len(f.Text) {
		snip += "…"
	}
	return where, snip
}

// matchAt returns the byte span of the first occurrence of word in text,
// compared in search form (found as typed without folding when it can
// be), or -1, -1.
func matchAt(text, word string) (start, end int) {
	raw := strings.Join(strings.Fields(word), "")
	if i := strings.Index(text, raw); i >= 0 && raw != "" {
		return i, i + len(raw)
	}
	folded, from := ngram.Fold(text)
	w := []rune(ngram.FoldString(word))
	i := runeIndex(folded, w)
	if i < 0 {
		return -1, -1
	}
	// from gives rune indexes; turn them into byte offsets.
	first, last := from[i], from[i+len(w)-1]
	start, end = -1, len(text)
	n := 0
	for b := range text {
		if n == first {
			start = b
		}
		if n == last+1 {
			end = b
			break
		}
		n++
	}
	return start, end
}

// prefixRunes returns at most the first n runes of s.
func prefixRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// clip returns the first n runes of r, with … when there were more.
func clip(r []rune, n int) string {
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}

// oneLine joins the lines of s with a space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

// contains reports whether s holds word, in search form.
func contains(s, word string) bool {
	w := ngram.FoldString(word)
	return w != "" && strings.Contains(ngram.FoldString(s), w)
}

// runeIndex returns the index of the first occurrence of w in r, or -1.
func runeIndex(r, w []rune) int {
	if len(w) == 0 {
		return -1
	}
outer:
	for i := 0; i+len(w) <= len(r); i++ {
		for j := range w {
			if r[i+j] != w[j] {
				continue outer
			}
		}
		return i
	}
	return -1
}
