package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"gazette/archive/ngram"
	"gazette/gazette"
)

// archiveDB saves n issues (years from 2001, 12 a year) whose articles hold
// distinct 文号 and text, and returns the open store and its path.
func archiveDB(t *testing.T, n int) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "gazette.db")
	s, err := OpenWith(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	var batch []*gazette.Issue
	for i := range n {
		year, num := 2001+i/12, i%12+1
		is := sampleIssue("甲市人民政府公报", year, num)
		is.TotalNumber = i + 1
		a := &is.Sections[0].Articles[0]
		a.DocNumber = fmt.Sprintf("甲府字〔%d〕%d号", year, num)
		a.Issuers = []string{"甲市人民政府"}
		setText(a, fmt.Sprintf("第%d期正文：关于%d年第%d号仲裁委员会的批复。", i+1, year, num))
		if i%5 == 0 {
			is.AddArticle("部门文件", gazette.Article{Kind: gazette.KindDocument, Title: "甲市劳动人事争议仲裁委员会关于某事的批复",
				Issuers: []string{"甲市劳动人事争议仲裁委员会"}, DocNumber: fmt.Sprintf("甲仲字〔%d〕%d号", year, num), Date: fmt.Sprintf("%d-%02d-10", year, num)})
		}
		batch = append(batch, is)
	}
	if err := s.SaveMany(batch...); err != nil {
		t.Fatal(err)
	}
	return s, path
}

// listRecords is List read from the records, as before the catalog.
func listRecords(t *testing.T, s *Store) []Summary {
	t.Helper()
	var out []Summary
	err := s.view(func(tx *bolt.Tx) error {
		return bucket(tx, bIssues).ForEach(func(k, _ []byte) error {
			is, err := s.loadTx(tx, string(k))
			if err != nil {
				return err
			}
			out = append(out, Summary{ID: is.ID, Title: is.Title, Year: is.Year, Number: is.Number, TotalNumber: is.TotalNumber,
				Status: is.Status, Modified: is.Modified, Articles: is.ArticleCount()})
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	sortSummaries(out)
	return out
}

func TestCatalogMatchesRecords(t *testing.T) {
	s, _ := archiveDB(t, 30)
	got, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if want := listRecords(t, s); !reflect.DeepEqual(got, want) || len(got) != 30 {
		t.Fatalf("List from the catalog differs from the records:\n%v\n%v", got, want)
	}
	if err := s.Check(); err != nil {
		t.Fatalf("Check: %v", err)
	}
}

// TestFindReadsOneIssue: finding an issue by year and number or ID decodes
// that issue only — the others' records may even be unreadable.
func TestFindReadsOneIssue(t *testing.T) {
	s, _ := archiveDB(t, 24)
	list, _ := s.List()
	target := list[7]
	if err := s.db.Update(func(tx *bolt.Tx) error {
		for _, sum := range list {
			if sum.ID != target.ID {
				if err := tx.Bucket(bIssues).Put([]byte(sum.ID), []byte("{not json")); err != nil {
					return err
				}
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, ref := range []string{target.ID, target.ID[:8], fmt.Sprintf("%d-%d", target.Year, target.Number), target.Label()} {
		is, err := s.Find(ref)
		if err != nil || is.ID != target.ID {
			t.Errorf("Find(%q) = %v, %v; want issue %s", ref, is, err, target.ID)
		}
	}
	if err := s.Check(); !errors.Is(err, ErrDamaged) {
		t.Errorf("Check of the spoiled records = %v, want ErrDamaged", err)
	}
}

// searchBoth runs a query through the index and through the records.
func searchBoth(t *testing.T, s *Store, terms []string, keep func(*Doc) bool) (indexed, scanned []Found) {
	t.Helper()
	indexed, err := s.SearchDocs(terms, keep)
	if err != nil {
		t.Fatal(err)
	}
	var ft, raw []string
	for _, term := range terms {
		if f := ngram.FoldString(term); f != "" {
			ft = append(ft, f)
			raw = append(raw, strings.Join(strings.Fields(term), ""))
		}
	}
	if err := s.view(func(tx *bolt.Tx) error { return s.searchRecords(tx, raw, ft, keep, &scanned) }); err != nil {
		t.Fatal(err)
	}
	sortFound(scanned)
	return indexed, scanned
}

var searchQueries = [][]string{
	{"仲裁委员会"}, {"甲府字〔2003〕4号"}, {"甲府字[2003]4号"}, {"批复", "2002年"}, {"某某办法"}, {"各县"}, {"批"},
	{"没有这样的文字"}, {"第17期正文"}, {},
}

func TestSearchIndexMatchesScan(t *testing.T) {
	s, _ := archiveDB(t, 36)
	check := func(stage string) {
		t.Helper()
		for _, q := range searchQueries {
			got, want := searchBoth(t, s, q, nil)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: search %q: index gives %d hits, the records %d", stage, q, len(got), len(want))
			}
		}
		if err := s.Check(); err != nil {
			t.Errorf("%s: Check: %v", stage, err)
		}
	}
	check("after import")
	if got, _ := searchBoth(t, s, []string{"甲府字〔2003〕4号"}, nil); len(got) != 1 || got[0].Year != 2003 || got[0].Number != 4 {
		t.Fatalf("文号 search = %v, want the one article of 2003年第4期", got)
	}
	// Edits: a paragraph changed, an article added and one removed, an
	// issue renumbered, an issue deleted.
	list, _ := s.List()
	is, _ := s.Get(list[3].ID)
	setText(&is.Sections[0].Articles[0], "改写后的正文，提到仲裁委员会。")
	is.AddArticle("市政府文件", gazette.Article{Kind: gazette.KindDocument, Title: "新增的通知", DocNumber: "甲府字〔2099〕1号"})
	is.Sections[1].Articles = nil
	is.Year = 2030
	if err := s.Save(is); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(list[5].ID); err != nil {
		t.Fatal(err)
	}
	check("after edits")
	if got, _ := searchBoth(t, s, []string{"甲府字〔2099〕1号"}, nil); len(got) != 1 || got[0].Year != 2030 {
		t.Errorf("search for the new 文号 = %v", got)
	}
	if got, _ := searchBoth(t, s, []string{"第4期正文"}, nil); len(got) != 0 {
		t.Errorf("the replaced text is still found: %v", got)
	}
	// A filter on the head.
	byIssuer := func(d *Doc) bool { return len(d.Issuers) > 0 && strings.Contains(d.Issuers[0], "仲裁") }
	got, want := searchBoth(t, s, []string{"批复"}, byIssuer)
	if !reflect.DeepEqual(got, want) || len(got) == 0 {
		t.Errorf("issuer filter: %d hits, records %d", len(got), len(want))
	}
}

// TestSearchIndexAfterRefusedSave: a save refused half-way (a signed
// issue) leaves the index as it was.
func TestSearchIndexAfterRefusedSave(t *testing.T) {
	s, _ := archiveDB(t, 3)
	list, _ := s.List()
	a, _ := s.Get(list[0].ID)
	b, _ := s.Get(list[1].ID)
	if err := s.SignOff(b.ID, "", []byte("%PDF-1.7")); err != nil {
		t.Fatal(err)
	}
	b, _ = s.Get(b.ID)
	setText(&a.Sections[0].Articles[0], "不该留下的改动")
	setText(&b.Sections[0].Articles[0], "已签发不能改")
	if err := s.SaveMany(a, b); !errors.Is(err, ErrSigned) {
		t.Fatalf("SaveMany = %v, want ErrSigned", err)
	}
	if got, _ := s.SearchDocs([]string{"不该留下"}, nil); len(got) != 0 {
		t.Errorf("a refused save reached the index: %v", got)
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestCheckFindsIndexDamage(t *testing.T) {
	for _, c := range []struct {
		name  string
		spoil func(tx *bolt.Tx) error
	}{
		{"catalog entry", func(tx *bolt.Tx) error {
			k, _ := tx.Bucket(bCatalog).Cursor().First()
			return tx.Bucket(bCatalog).Put(k, []byte(`{"title":"乙"}`))
		}},
		{"posting list", func(tx *bolt.Tx) error {
			_, _, _, grams, _ := searchBuckets(tx)
			return grams.Put([]byte("仲裁"), encodePostings([]uint32{1}))
		}},
		{"document text", func(tx *bolt.Tx) error {
			_, texts, _, _, _ := searchBuckets(tx)
			return texts.Put(docKey(2), []byte("别的文字"))
		}},
		{"stray document", func(tx *bolt.Tx) error {
			docs, _, _, _, _ := searchBuckets(tx)
			return docs.Put(docKey(99999), []byte(`{}`))
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, _ := archiveDB(t, 6)
			if err := s.db.Update(c.spoil); err != nil {
				t.Fatal(err)
			}
			err := s.Check()
			if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "reindex") {
				t.Fatalf("Check = %v, want damage pointing at reindex", err)
			}
			if err := s.RebuildIndex(); err != nil {
				t.Fatal(err)
			}
			if err := s.Check(); err != nil {
				t.Fatalf("Check after RebuildIndex: %v", err)
			}
		})
	}
}

// TestIndexOfEarlierDatabase: a file without the catalog and index (as an
// earlier build wrote it) is read through the records when opened
// read-only, and gets them on its next read-write open.
func TestIndexOfEarlierDatabase(t *testing.T) {
	s, path := archiveDB(t, 12)
	want, _ := s.List()
	wantHits, _ := s.SearchDocs([]string{"仲裁委员会"}, nil)
	if err := s.db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bCatalog, bSearch} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		return tx.Bucket(bMeta).Delete(kIndex)
	}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ro.List()
	hits, err2 := ro.SearchDocs([]string{"仲裁委员会"}, nil)
	if err != nil || err2 != nil || !reflect.DeepEqual(got, want) || !reflect.DeepEqual(hits, wantHits) {
		t.Errorf("read-only without index: List %d (%v), search %d (%v); want %d, %d", len(got), err, len(hits), err2, len(want), len(wantHits))
	}
	if err := ro.Check(); err != nil {
		t.Errorf("Check without index: %v", err)
	}
	ro.Close()
	rw, err := OpenWith(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	var current bool
	_ = rw.view(func(tx *bolt.Tx) error { current = indexCurrent(tx); return nil })
	if !current {
		t.Fatal("a read-write open did not build the index")
	}
	if err := rw.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestPostingsRoundTrip(t *testing.T) {
	for _, list := range [][]uint32{nil, {1}, {1, 2, 3, 300, 70000, 1<<32 - 1}} {
		if got := decodePostings(encodePostings(list)); !reflect.DeepEqual(got, list) {
			t.Errorf("round trip %v = %v", list, got)
		}
	}
	if got := intersect([]uint32{1, 3, 5, 7}, []uint32{2, 3, 7, 9}); !reflect.DeepEqual(got, []uint32{3, 7}) {
		t.Errorf("intersect = %v", got)
	}
}

func TestMergePostings(t *testing.T) {
	for _, c := range []struct {
		list, add, del, want []uint32
	}{
		{nil, []uint32{3, 1}, nil, []uint32{1, 3}},
		{[]uint32{1, 5, 9}, []uint32{7, 12, 0}, []uint32{5}, []uint32{0, 1, 7, 9, 12}},
		{[]uint32{1, 5, 9}, []uint32{5}, nil, []uint32{1, 5, 9}},
		{[]uint32{1, 5, 9}, nil, []uint32{1, 9, 4}, []uint32{5}},
		{[]uint32{2}, nil, []uint32{2}, []uint32{}},
	} {
		got := mergePostings(c.list, &delta{add: c.add, del: c.del})
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("merge %v +%v -%v = %v, want %v", c.list, c.add, c.del, got, c.want)
		}
	}
}
