package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"runtime/debug"
	"sort"
	"strings"

	bolt "go.etcd.io/bbolt"

	"gazette/archive/ngram"
	"gazette/gazette"
)

// The search index lives in the bbolt file, not in a search library's own
// files (bleve was the alternative: github.com/blevesearch/bleve/v2 with its
// CJK analyser). Kept in the file, the index is written in the same fsynced
// transaction as the issue it describes, so a crash can never leave the two
// disagreeing; a backup, a restore and the sign-off snapshot carry it with
// no second set of files to copy and keep in step; and verify checks it
// with the records. bleve keeps a directory of segment files beside the
// database, written outside the bbolt transaction (a crash between the two
// commits leaves them apart and needs a repair pass), and brings some thirty
// modules for scoring, stemming and query parsing the editors do not use:
// what they ask ("which issue printed 景府字〔2019〕12号", "the last
// 仲裁委员会 批复") is substring search on a few thousand articles, which a
// character-bigram index answers exactly (package ngram).
//
//	search/docs   docno (4-byte big endian) → JSON Doc: one article's issue,
//	              place and head
//	search/text   docno → the article's searchable text (docText)
//	search/ids    issue ID, 0x00, article ID → docno
//	search/grams  bigram (UTF-8) → the docnos whose text holds it, ascending,
//	              as uvarint gaps
var (
	bSearch = []byte("search")
	bsDocs  = []byte("docs")
	bsText  = []byte("text")
	bsIDs   = []byte("ids")
	bsGrams = []byte("grams")
)

// Doc is one article as the search index knows it: where it was printed and
// its head. The body is in Found.Text.
type Doc struct {
	Issue       string             `json:"issue"`
	IssueTitle  string             `json:"issue_title"`
	Year        int                `json:"year"`
	Number      int                `json:"number"`
	TotalNumber int                `json:"total_number"`
	Unit        gazette.NumberUnit `json:"unit,omitempty"` // 期 (also when empty) or 号
	IssueDate   string             `json:"issue_date,omitempty"`
	Order       int                `json:"order"` // reading-order index in the issue
	Article     string             `json:"article"`
	Section     string             `json:"section"`
	Kind        gazette.Kind       `json:"kind"`
	Title       string             `json:"title"`
	DocNumber   string             `json:"doc_number,omitempty"`
	Issuers     []string           `json:"issuers,omitempty"`
	Date        string             `json:"date,omitempty"`
}

// Label returns the article's issue, e.g. "2020年第8期".
func (d *Doc) Label() string { return gazette.IssueLabel(d.Year, d.Number, d.Unit) }

// TotalLabel returns the article's issue's running number, e.g. "总第20期".
func (d *Doc) TotalLabel() string { return gazette.TotalLabel(d.TotalNumber, d.Unit) }

// Found is one article a search found, with its searchable text.
type Found struct {
	Doc
	Text string
}

// docText is what search reads of an article: its issuers on the first
// line, then every character of its head and body (Article.PlainText).
func docText(a *gazette.Article) string {
	return strings.Join(a.Issuers, "、") + "\n" + a.PlainText()
}

// docsOf returns the Doc of every article of is, in reading order.
func docsOf(is *gazette.Issue, fn func(d *Doc, a *gazette.Article)) {
	order := 0
	is.Articles(func(si, _ int, a *gazette.Article) bool {
		fn(&Doc{Issue: is.ID, IssueTitle: is.Title, Year: is.Year, Number: is.Number, TotalNumber: is.TotalNumber,
			Unit: is.Unit, IssueDate: is.Date, Order: order, Article: a.ID, Section: is.Sections[si].Name, Kind: a.Kind,
			Title: a.Title, DocNumber: a.DocNumber, Issuers: a.Issuers, Date: a.Date}, a)
		order++
		return true
	})
}

func docKey(no uint32) []byte { return binary.BigEndian.AppendUint32(nil, no) }

func idKey(issue, article string) []byte { return []byte(issue + "\x00" + article) }

// createSearchBuckets makes the search buckets where missing.
func createSearchBuckets(tx *bolt.Tx) error {
	sb, err := tx.CreateBucketIfNotExists(bSearch)
	if err != nil {
		return err
	}
	for _, n := range [][]byte{bsDocs, bsText, bsIDs, bsGrams} {
		if _, err := sb.CreateBucketIfNotExists(n); err != nil {
			return err
		}
	}
	return nil
}

// searchBuckets returns the search buckets; ok is false when any is missing.
func searchBuckets(tx *bolt.Tx) (docs, text, ids, grams *bolt.Bucket, ok bool) {
	sb := tx.Bucket(bSearch)
	if sb == nil {
		return nil, nil, nil, nil, false
	}
	docs, text, ids, grams = sb.Bucket(bsDocs), sb.Bucket(bsText), sb.Bucket(bsIDs), sb.Bucket(bsGrams)
	return docs, text, ids, grams, docs != nil && text != nil && ids != nil && grams != nil
}

// issueDocs returns the docnos of an issue's articles by article ID.
func issueDocs(ids *bolt.Bucket, issue string) map[string]uint32 {
	prefix := []byte(issue + "\x00")
	out := map[string]uint32{}
	c := ids.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if len(v) == 4 {
			out[string(k[len(prefix):])] = binary.BigEndian.Uint32(v)
		}
	}
	return out
}

// searchIndexTx brings the search index up to date with is: new articles
// get a docno, changed ones have only the bigrams that came or went
// updated (an edit of one paragraph touches a few posting lists), removed
// ones leave the index.
func searchIndexTx(tx *bolt.Tx, is *gazette.Issue) error {
	d := postingDeltas{}
	if err := searchIndexInto(tx, is, d); err != nil {
		return err
	}
	_, _, _, grams, _ := searchBuckets(tx)
	return d.apply(grams)
}

// searchIndexInto is searchIndexTx with the posting lists' changes
// gathered in d, for the caller to apply (RebuildIndex applies them once
// for all issues).
func searchIndexInto(tx *bolt.Tx, is *gazette.Issue, d postingDeltas) error {
	if err := createSearchBuckets(tx); err != nil {
		return err
	}
	docs, texts, ids, _, _ := searchBuckets(tx)
	old := issueDocs(ids, is.ID)
	var err error
	docsOf(is, func(doc *Doc, a *gazette.Article) {
		if err != nil {
			return
		}
		dj, _ := json.Marshal(doc)
		text := docText(a)
		no, had := old[a.ID]
		delete(old, a.ID)
		if !had {
			seq, e := docs.NextSequence()
			if e != nil || seq > 1<<32-1 {
				err = fmt.Errorf("检索索引的编号用尽：%v", e)
				return
			}
			no = uint32(seq)
			if err = ids.Put(idKey(is.ID, a.ID), docKey(no)); err != nil {
				return
			}
		}
		key := docKey(no)
		if prev := texts.Get(key); !had || string(prev) != text {
			d.change(no, ngram.Bigrams(string(prev)), ngram.Bigrams(text))
			if err = texts.Put(key, []byte(text)); err != nil {
				return
			}
		}
		if !bytes.Equal(docs.Get(key), dj) {
			err = docs.Put(key, dj)
		}
	})
	if err != nil {
		return err
	}
	for aid, no := range old {
		if err := dropDoc(docs, texts, ids, is.ID, aid, no, d); err != nil {
			return err
		}
	}
	return nil
}

// dropDoc takes one article out of the index.
func dropDoc(docs, texts, ids *bolt.Bucket, issue, article string, no uint32, d postingDeltas) error {
	key := docKey(no)
	d.change(no, ngram.Bigrams(string(texts.Get(key))), nil)
	for _, e := range []error{texts.Delete(key), docs.Delete(key), ids.Delete(idKey(issue, article))} {
		if e != nil {
			return e
		}
	}
	return nil
}

// searchUnindexTx takes every article of a deleted issue out of the index.
func searchUnindexTx(tx *bolt.Tx, issue string) error {
	docs, texts, ids, grams, ok := searchBuckets(tx)
	if !ok {
		return nil
	}
	d := postingDeltas{}
	for aid, no := range issueDocs(ids, issue) {
		if err := dropDoc(docs, texts, ids, issue, aid, no, d); err != nil {
			return err
		}
	}
	return d.apply(grams)
}

// postingDeltas gathers, per bigram, the docnos to add and to remove, so
// that each posting list is rewritten once per save.
type postingDeltas map[string]*delta

type delta struct{ add, del []uint32 }

// change records that document no's bigrams went from before to after.
func (pd postingDeltas) change(no uint32, before, after []string) {
	in := make(map[string]bool, len(after))
	for _, g := range after {
		in[g] = true
	}
	for _, g := range before {
		if in[g] {
			delete(in, g) // unchanged
			continue
		}
		pd.at(g).del = append(pd.at(g).del, no)
	}
	for _, g := range after {
		if in[g] {
			pd.at(g).add = append(pd.at(g).add, no)
		}
	}
}

func (pd postingDeltas) at(g string) *delta {
	d := pd[g]
	if d == nil {
		d = &delta{}
		pd[g] = d
	}
	return d
}

// apply rewrites each changed posting list, in key order.
func (pd postingDeltas) apply(grams *bolt.Bucket) error {
	keys := make([]string, 0, len(pd))
	for g := range pd {
		keys = append(keys, g)
	}
	sort.Strings(keys)
	for _, g := range keys {
		list := mergePostings(decodePostings(grams.Get([]byte(g))), pd[g])
		if len(list) == 0 {
			if err := grams.Delete([]byte(g)); err != nil {
				return err
			}
			continue
		}
		if err := grams.Put([]byte(g), encodePostings(list)); err != nil {
			return err
		}
	}
	return nil
}

// mergePostings returns the ascending list with d's docnos removed and
// added, in one pass.
func mergePostings(list []uint32, d *delta) []uint32 {
	less := func(s []uint32) func(i, j int) bool { return func(i, j int) bool { return s[i] < s[j] } }
	sort.Slice(d.add, less(d.add))
	sort.Slice(d.del, less(d.del))
	out := make([]uint32, 0, len(list)+len(d.add))
	add, del := d.add, d.del
	for _, n := range list {
		for len(add) > 0 && add[0] < n {
			out = appendNew(out, add[0])
			add = add[1:]
		}
		for len(del) > 0 && del[0] < n {
			del = del[1:]
		}
		if len(del) > 0 && del[0] == n {
			continue
		}
		out = appendNew(out, n)
	}
	for _, n := range add {
		out = appendNew(out, n)
	}
	return out
}

// appendNew appends n to an ascending list unless it ends with n already.
func appendNew(out []uint32, n uint32) []uint32 {
	if len(out) > 0 && out[len(out)-1] == n {
		return out
	}
	return append(out, n)
}

// encodePostings writes ascending docnos as uvarint gaps.
func encodePostings(list []uint32) []byte {
	b := make([]byte, 0, len(list)*2)
	prev := uint32(0)
	for _, n := range list {
		b = binary.AppendUvarint(b, uint64(n-prev))
		prev = n
	}
	return b
}

// decodePostings reads what encodePostings wrote; it stops at damage.
func decodePostings(b []byte) []uint32 {
	var out []uint32
	prev := uint64(0)
	for len(b) > 0 {
		gap, n := binary.Uvarint(b)
		if n <= 0 || prev+gap > 1<<32-1 {
			break
		}
		prev += gap
		out = append(out, uint32(prev))
		b = b[n:]
	}
	return out
}

// intersect returns the docnos in both ascending lists.
func intersect(a, b []uint32) []uint32 {
	var out []uint32
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// SearchDocs returns the articles whose searchable text holds every term
// (compared in search form: ngram.Fold) and that keep accepts (nil keeps
// all), ordered by year, number and reading order. Terms of two characters
// or more are looked up through their bigrams and confirmed in the text;
// with none (no terms, or only single characters) every article is read.
// A file without a current index (an earlier build's, opened read-only) is
// searched by reading every issue.
func (s *Store) SearchDocs(terms []string, keep func(*Doc) bool) (out []Found, err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	var ft, raw []string
	for _, t := range terms {
		if f := ngram.FoldString(t); f != "" {
			ft = append(ft, f)
			raw = append(raw, strings.Join(strings.Fields(t), ""))
		}
	}
	err = s.view(func(tx *bolt.Tx) error {
		if !indexCurrent(tx) {
			return s.searchRecords(tx, raw, ft, keep, &out)
		}
		docs, texts, _, grams, _ := searchBuckets(tx)
		var cand []uint32
		have := false
		for _, t := range ft {
			for _, g := range ngram.Bigrams(t) {
				list := decodePostings(grams.Get([]byte(g)))
				if !have {
					cand, have = list, true
				} else {
					cand = intersect(cand, list)
				}
			}
		}
		visit := func(key, dv []byte) error {
			var d Doc
			if err := json.Unmarshal(dv, &d); err != nil {
				return fmt.Errorf("检索索引的记录 %x 无法解读：%v", key, err)
			}
			if keep != nil && !keep(&d) {
				return nil
			}
			text := string(texts.Get(key))
			if holdsAll(text, raw, ft) {
				out = append(out, Found{Doc: d, Text: text})
			}
			return nil
		}
		if !have {
			return docs.ForEach(visit)
		}
		for _, no := range cand {
			key := docKey(no)
			if dv := docs.Get(key); dv != nil {
				if err := visit(key, dv); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, damaged(s.path, err)
	}
	sortFound(out)
	return out, nil
}

// searchRecords is SearchDocs without the index: every issue is read.
func (s *Store) searchRecords(tx *bolt.Tx, raw, ft []string, keep func(*Doc) bool, out *[]Found) error {
	return bucket(tx, bIssues).ForEach(func(k, _ []byte) error {
		is, err := s.loadTx(tx, string(k))
		if err != nil {
			return err
		}
		docsOf(is, func(d *Doc, a *gazette.Article) {
			if keep != nil && !keep(d) {
				return
			}
			if text := docText(a); holdsAll(text, raw, ft) {
				*out = append(*out, Found{Doc: *d, Text: text})
			}
		})
		return nil
	})
}

// holdsAll reports whether the search form of text holds every term:
// folded are the terms' search forms, raw the terms as given (spaces
// taken out). Folding works character by character, so a text that holds a
// term as given holds its search form too: the text is folded only when a
// term is not found as given.
func holdsAll(text string, raw, folded []string) bool {
	t := ""
	for i, f := range folded {
		if strings.Contains(text, raw[i]) {
			continue
		}
		if t == "" {
			t = ngram.FoldString(text)
		}
		if !strings.Contains(t, f) {
			return false
		}
	}
	return true
}

// sortFound orders hits by year, number, issue and reading order.
func sortFound(out []Found) {
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		switch {
		case a.Year != b.Year:
			return a.Year < b.Year
		case a.Number != b.Number:
			return a.Number < b.Number
		case a.Issue != b.Issue:
			return a.Issue < b.Issue
		}
		return a.Order < b.Order
	})
}

// searchChecker compares the search index with the issue records, one
// issue at a time (never all in memory): each article's Doc and text, and
// the posting lists as a whole through an order-free sum of a hash of every
// (bigram, docno) pair.
type searchChecker struct {
	add                     func(error)
	docs, texts, ids, grams *bolt.Bucket
	ok                      bool
	seen                    map[uint32]bool
	wantSum                 uint64
	wantPairs               int
}

func newSearchChecker(tx *bolt.Tx, add func(error)) *searchChecker {
	sc := &searchChecker{add: add, seen: map[uint32]bool{}}
	sc.docs, sc.texts, sc.ids, sc.grams, sc.ok = searchBuckets(tx)
	if !sc.ok {
		add(fmt.Errorf("缺少检索索引的桶（可用 reindex 命令重建）"))
	}
	return sc
}

// pairHash hashes one (bigram, docno) pair.
func pairHash(g string, no uint32) uint64 {
	h := fnv.New64a()
	h.Write([]byte(g))
	h.Write(docKey(no))
	return h.Sum64()
}

// issue checks the index entries of one issue.
func (sc *searchChecker) issue(is *gazette.Issue) {
	if !sc.ok {
		return
	}
	have := issueDocs(sc.ids, is.ID)
	docsOf(is, func(d *Doc, a *gazette.Article) {
		no, ok := have[a.ID]
		delete(have, a.ID)
		if !ok {
			sc.add(fmt.Errorf("%s《%s》不在检索索引中（可用 reindex 命令重建）", is.Label(), a.Title))
			return
		}
		sc.seen[no] = true
		dj, _ := json.Marshal(d)
		text := docText(a)
		if !bytes.Equal(sc.docs.Get(docKey(no)), dj) || string(sc.texts.Get(docKey(no))) != text {
			sc.add(fmt.Errorf("检索索引中%s《%s》的记录与刊期记录不符（可用 reindex 命令重建）", is.Label(), a.Title))
		}
		for _, g := range ngram.Bigrams(text) {
			sc.wantSum += pairHash(g, no)
			sc.wantPairs++
		}
	})
	for aid := range have {
		sc.add(fmt.Errorf("检索索引中有%s已不存在的文章 %s（可用 reindex 命令重建）", is.Label(), aid))
	}
}

// finish checks what no issue claimed and the posting lists.
func (sc *searchChecker) finish() {
	if !sc.ok {
		return
	}
	extra := 0
	_ = sc.docs.ForEach(func(k, _ []byte) error {
		if len(k) != 4 || !sc.seen[binary.BigEndian.Uint32(k)] {
			extra++
		}
		return nil
	})
	_ = sc.ids.ForEach(func(k, v []byte) error {
		if len(v) != 4 || !sc.seen[binary.BigEndian.Uint32(v)] {
			extra++
		}
		return nil
	})
	if extra > 0 {
		sc.add(fmt.Errorf("检索索引中有 %d 条记录不属于任何刊期（可用 reindex 命令重建）", extra))
	}
	var sum uint64
	pairs := 0
	_ = sc.grams.ForEach(func(k, v []byte) error {
		for _, no := range decodePostings(v) {
			sum += pairHash(string(k), no)
			pairs++
		}
		return nil
	})
	if sum != sc.wantSum || pairs != sc.wantPairs {
		sc.add(fmt.Errorf("检索索引的词表与刊期正文不符：应有 %d 项，实有 %d 项（可用 reindex 命令重建）", sc.wantPairs, pairs))
	}
}
