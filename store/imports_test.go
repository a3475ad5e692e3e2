package store

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// sampleRecord is an import record naming the first article of sampleIssue.
func sampleRecord(articleID string) *ImportRecord {
	return &ImportRecord{
		File: "甲市2020-8.txt",
		TOC: []ImportTOCEntry{
			{Section: "市政府文件", Title: "关于印发某某办法的通知", DocNumber: "某府字〔2020〕30号", Text: "关于印发某某办法的通知（某府字〔2020〕30号）", ArticleID: articleID, ArticleTitle: "关于印发某某办法的通知"},
			{Section: "市政府文件", Title: "关于某事的通知", Text: "关于某事的通知"},
		},
		Weak:    []ImportNote{{Line: 40, Message: "栏目“统计信息”是推测的，请核对", ArticleID: articleID}},
		Removed: []ImportRemoval{{Line: 3, Text: "— 2 —", Reason: "页码"}},
	}
}

// TestImportRecordLifecycle: the record is written with the issue in one
// transaction (a refused save writes neither), read back whole, sealed and
// counted (Check passes), replaced or dropped with the issue it belongs
// to, and deleted with the issue.
func TestImportRecordLifecycle(t *testing.T) {
	s, _, first := withIssue(t)
	defer s.Close()
	tests := []struct {
		name string
		run  func() (id string, err error)
		want func(id string) *ImportRecord // nil: no record
		fail string                        // the error expected, "" for none
	}{
		{"create writes the record", func() (string, error) {
			is := sampleIssue("甲市人民政府公报", 2020, 9)
			return is.ID, s.CreateImported(is, sampleRecord(is.Sections[0].Articles[0].ID))
		}, func(id string) *ImportRecord { r, _ := s.Get(id); return sampleRecord(r.Sections[0].Articles[0].ID) }, ""},
		{"a refused create writes no record", func() (string, error) {
			is := sampleIssue("甲市人民政府公报", 2020, 8) // 2020年第8期 is there
			return is.ID, s.CreateImported(is, sampleRecord("x"))
		}, nil, "已有"},
		{"replace puts the new record", func() (string, error) {
			is := sampleIssue("甲市人民政府公报", 2020, 8)
			rec := sampleRecord("y")
			rec.File = "新版.txt"
			_, err := s.ReplaceImported(is, first.ID, rec)
			return first.ID, err
		}, func(string) *ImportRecord { r := sampleRecord("y"); r.File = "新版.txt"; return r }, ""},
		{"replace without a record drops the old one", func() (string, error) {
			is := sampleIssue("甲市人民政府公报", 2020, 8)
			_, err := s.ReplaceImported(is, first.ID, nil)
			return first.ID, err
		}, nil, ""},
		{"Replace drops it too", func() (string, error) {
			if _, err := s.ReplaceImported(sampleIssue("甲市人民政府公报", 2020, 8), first.ID, sampleRecord("")); err != nil {
				return "", err
			}
			_, err := s.Replace(sampleIssue("甲市人民政府公报", 2020, 8), first.ID)
			return first.ID, err
		}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := tt.run()
			if tt.fail != "" {
				if err == nil || !strings.Contains(err.Error(), tt.fail) {
					t.Fatalf("err = %v, want %q", err, tt.fail)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			got, err := s.ImportRecord(id)
			if err != nil {
				t.Fatal(err)
			}
			var want *ImportRecord
			if tt.want != nil {
				want = tt.want(id)
			}
			if got != nil {
				if got.User == "" || got.Time.IsZero() {
					t.Errorf("record without user or time: %+v", got)
				}
				got.User, got.Time = "", time.Time{}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("record = %+v\nwant %+v", got, want)
			}
			if err := s.Check(); err != nil {
				t.Errorf("Check after %s: %v", tt.name, err)
			}
		})
	}
	is := sampleIssue("甲市人民政府公报", 2020, 10)
	if err := s.CreateImported(is, sampleRecord("z")); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(is.ID); err != nil {
		t.Fatal(err)
	}
	if rec, err := s.ImportRecord(is.ID); rec != nil || err != nil {
		t.Errorf("after Delete the record is %+v, %v", rec, err)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check after Delete: %v", err)
	}
}

// TestImportRecordBackupRestore: a backup carries the record, verifies,
// and the restored database gives it back unchanged.
func TestImportRecordBackupRestore(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gazette.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	is := sampleIssue("甲市人民政府公报", 2020, 8)
	if err := s.CreateImported(is, sampleRecord(is.Sections[0].Articles[0].ID)); err != nil {
		t.Fatal(err)
	}
	want, err := s.ImportRecord(is.ID)
	if err != nil || want == nil {
		t.Fatalf("record %v, %v", want, err)
	}
	bak := filepath.Join(dir, "bak.db")
	if err := s.BackupFile(bak); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(is.ID); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := VerifyBackup(bak); err != nil {
		t.Fatalf("VerifyBackup: %v", err)
	}
	if err := Restore(bak, path); err != nil {
		t.Fatal(err)
	}
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got, err := r.ImportRecord(is.ID)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("restored record = %+v, %v\nwant %+v", got, err, want)
	}
}

// TestImportRecordDamage: a byte changed in the stored record is found by
// the read and by Check, which names the issue's import record.
func TestImportRecordDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gazette.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	is := sampleIssue("甲市人民政府公报", 2020, 8)
	if err := s.CreateImported(is, sampleRecord("")); err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bImports)
		v := append([]byte(nil), b.Get([]byte(is.ID))...)
		v[len(v)-3] ^= 0x01
		return b.Put([]byte(is.ID), v)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	r, err := OpenReadOnly(path)
	if err != nil {
		if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "导入记录") {
			t.Fatalf("open: %v", err)
		}
		return
	}
	defer r.Close()
	if _, err := r.ImportRecord(is.ID); !errors.Is(err, ErrDamaged) {
		t.Errorf("ImportRecord of a changed record: %v", err)
	}
	if err := r.Check(); err == nil || !strings.Contains(err.Error(), "导入记录") {
		t.Errorf("Check = %v, want the import record named", err)
	}
}

// TestImportRecordCheck: Check decodes each import record and finds one
// that does not decode, or whose issue is gone, though its seal is sound.
func TestImportRecordCheck(t *testing.T) {
	tests := []struct {
		name, key, payload, want string
	}{
		{"not JSON", "", "{不是 JSON", "导入记录无法解读"},
		{"issue gone", "no-such-issue", `{"file":"x.txt"}`, "所属的刊期已不在数据库中"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _, is := withIssue(t)
			defer s.Close()
			key := tt.key
			if key == "" {
				key = is.ID
			}
			err := s.update(func(tx *bolt.Tx) error {
				b, err := tx.CreateBucketIfNotExists(bImports)
				if err != nil {
					return err
				}
				return s.putRec(tx, b, [][]byte{bImports}, []byte(key), []byte(tt.payload))
			})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Check(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Check = %v, want %q", err, tt.want)
			}
		})
	}
}
