package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"gazette/gazette"
)

func TestSaveGetListRoundTrip(t *testing.T) {
	s := openTemp(t)
	a := sampleIssue("甲市人民政府公报", 2020, 8)
	b := sampleIssue("甲市人民政府公报", 2019, 12)
	c := sampleIssue("乙县人民政府公报", 2020, 2)
	for _, is := range []*gazette.Issue{a, b, c} {
		if err := s.Save(is); err != nil {
			t.Fatalf("Save %s: %v", is.Label(), err)
		}
		if is.Modified.IsZero() {
			t.Errorf("Save %s did not set Modified", is.Label())
		}
	}
	got, err := s.Get(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, a) {
		t.Errorf("Get returned a different issue:\n got %+v\nwant %+v", got, a)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, sum := range list {
		order = append(order, sum.Label())
		if sum.Articles != 3 {
			t.Errorf("%s: Articles = %d, want 3", sum.Label(), sum.Articles)
		}
	}
	if want := []string{"2019年第12期", "2020年第2期", "2020年第8期"}; !reflect.DeepEqual(order, want) {
		t.Errorf("List order = %v, want %v", order, want)
	}
	if _, err := s.Get("no-such-id"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get(missing) = %v, want ErrNotFound", err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gazette.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	is := sampleIssue("甲市人民政府公报", 2020, 8)
	if err := s.Save(is); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSetting("preset", "公报"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Get(is.ID)
	if err != nil || !reflect.DeepEqual(got, is) {
		t.Fatalf("after reopen Get = %v, %v", got, err)
	}
	if v, err := s.Setting("preset"); v != "公报" || err != nil {
		t.Errorf("Setting = %q, %v", v, err)
	}
	if v, err := s.Setting("missing"); v != "" || err != nil {
		t.Errorf("Setting(missing) = %q, %v", v, err)
	}
	if err := s.Save(is); err == nil {
		t.Error("Save on a read-only store succeeded")
	}
}

func TestSaveManyAllOrNothing(t *testing.T) {
	s := openTemp(t)
	good := sampleIssue("甲市人民政府公报", 2020, 1)
	bad := sampleIssue("甲市人民政府公报", 2020, 2)
	bad.Sections[0].Articles[1].ID = bad.Sections[0].Articles[0].ID // duplicate article ID
	if err := s.SaveMany(good, bad); err == nil {
		t.Fatal("SaveMany with a bad issue succeeded")
	}
	if list, _ := s.List(); len(list) != 0 {
		t.Fatalf("after a failed SaveMany the store holds %d issues", len(list))
	}
	bad.Sections[0].Articles[1].ID = gazette.NewID()
	if err := s.SaveMany(good, bad); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.List(); len(list) != 2 {
		t.Fatalf("after SaveMany the store holds %d issues, want 2", len(list))
	}
}

func TestFind(t *testing.T) {
	s := openTemp(t)
	a := sampleIssue("甲市人民政府公报", 2020, 8)
	b := sampleIssue("乙县人民政府公报", 2020, 8)
	c := sampleIssue("甲市人民政府公报", 2021, 1)
	if err := s.SaveMany(a, b, c); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		ref    string
		wantID string
		want   error
	}{
		{a.ID, a.ID, nil},
		{"2021-1", c.ID, nil},
		{"2021年第1期", c.ID, nil},
		{c.ID[:8], c.ID, nil},
		{"2020-8", "", ErrAmbiguous},
		{"2019-3", "", ErrNotFound},
		{"", "", ErrNotFound},
	}
	for _, tt := range tests {
		got, err := s.Find(tt.ref)
		if tt.want != nil {
			if !errors.Is(err, tt.want) {
				t.Errorf("Find(%q) error = %v, want %v", tt.ref, err, tt.want)
			}
			continue
		}
		if err != nil || got.ID != tt.wantID {
			t.Errorf("Find(%q) = %v, %v; want %s", tt.ref, got, err, tt.wantID)
		}
	}
	_, err := s.Find("2020-8")
	for _, id := range []string{a.ID, b.ID} {
		if err == nil || !strings.Contains(err.Error(), id) {
			t.Errorf("ambiguous Find error %q does not list candidate %s", err, id)
		}
	}
}

func TestRevisions(t *testing.T) {
	s := openTemp(t)
	is := sampleIssue("甲市人民政府公报", 2020, 8)
	art := &is.Sections[0].Articles[0]
	setText(art, "第一稿")
	if err := s.Save(is); err != nil {
		t.Fatal(err)
	}
	artID := art.ID
	for _, text := range []string{"第二稿", "第三稿"} {
		setText(&is.Sections[0].Articles[0], text)
		if err := s.Save(is); err != nil {
			t.Fatal(err)
		}
	}
	// Saving with nothing changed adds no revision and keeps Modified.
	modified := is.Modified
	if err := s.Save(is.Clone()); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Get(is.ID); !got.Modified.Equal(modified) {
		t.Errorf("an unchanged save moved Modified from %v to %v", modified, got.Modified)
	}
	revs, err := s.Revisions(is.ID, artID)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, r := range revs {
		texts = append(texts, bodyText(&r.Article))
		if r.User == "" || r.Time.IsZero() || r.ArticleID != artID || r.Section != "市政府文件" {
			t.Errorf("revision %d lacks user, time, article or section: %+v", r.Seq, r)
		}
	}
	if want := []string{"第二稿", "第一稿"}; !reflect.DeepEqual(texts, want) {
		t.Fatalf("revisions = %v, want %v (newest first)", texts, want)
	}
	other, _ := s.Revisions(is.ID, is.Sections[0].Articles[1].ID)
	if len(other) != 0 {
		t.Errorf("an unchanged article has %d revisions", len(other))
	}

	// Restoring the oldest makes the current one a revision.
	if err := s.RestoreRevision(is.ID, artID, revs[1].Seq); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Get(is.ID)
	if a, _ := got.Article(artID); a == nil || bodyText(a) != "第一稿" {
		t.Fatalf("after RestoreRevision the article reads %v", a)
	}
	revs, _ = s.Revisions(is.ID, artID)
	if len(revs) != 3 || bodyText(&revs[0].Article) != "第三稿" {
		t.Fatalf("after RestoreRevision newest revision is %v of %d", bodyText(&revs[0].Article), len(revs))
	}
	if err := s.RestoreRevision(is.ID, artID, 99); !errors.Is(err, ErrNotFound) {
		t.Errorf("RestoreRevision(99) = %v, want ErrNotFound", err)
	}

	// A deleted article is kept as a revision and can come back.
	got.Sections[1].Articles = nil
	statID := is.Sections[1].Articles[0].ID
	if err := s.Save(got); err != nil {
		t.Fatal(err)
	}
	revs, _ = s.Revisions(is.ID, statID)
	if len(revs) != 1 {
		t.Fatalf("deleted article has %d revisions, want 1", len(revs))
	}
	if err := s.RestoreRevision(is.ID, statID, revs[0].Seq); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Get(is.ID)
	if a, sec := got.Article(statID); a == nil || sec.Name != "统计信息" {
		t.Errorf("restored deleted article: %v in %v", a, sec)
	}
}

func TestSignOffAndUnlock(t *testing.T) {
	s := openTemp(t)
	is := sampleIssue("甲市人民政府公报", 2020, 8)
	if err := s.Save(is); err != nil {
		t.Fatal(err)
	}
	pdf := []byte("%PDF-1.7 test")
	sum := sha256.Sum256(pdf)
	if err := s.SignOff(is.ID, "00"+hex.EncodeToString(sum[:])[2:], pdf); err == nil {
		t.Error("SignOff with a wrong SHA-256 succeeded")
	}
	if err := s.SignOff(is.ID, hex.EncodeToString(sum[:]), pdf); err != nil {
		t.Fatal(err)
	}
	signed, _ := s.Get(is.ID)
	if signed.Status != gazette.StatusSigned || signed.SignedAt.IsZero() || signed.SignedPDFSHA256 != hex.EncodeToString(sum[:]) {
		t.Fatalf("after SignOff: status %s, signed at %v, sha %q", signed.Status, signed.SignedAt, signed.SignedPDFSHA256)
	}
	if got, err := s.SignedPDF(is.ID); err != nil || !bytes.Equal(got, pdf) {
		t.Errorf("SignedPDF = %q, %v", got, err)
	}
	if snap, err := s.SignedSnapshot(is.ID); err != nil || !reflect.DeepEqual(snap, signed) {
		t.Errorf("SignedSnapshot differs from the signed issue: %v", err)
	}

	// Edits, re-signing and deletion are refused; an unchanged save is not.
	if err := s.Save(signed.Clone()); err != nil {
		t.Errorf("saving an unchanged signed issue: %v", err)
	}
	edit := signed.Clone()
	setText(&edit.Sections[0].Articles[0], "签发后改动")
	if err := s.Save(edit); !errors.Is(err, ErrSigned) {
		t.Errorf("Save of an edited signed issue = %v, want ErrSigned", err)
	}
	if err := s.SignOff(is.ID, "", pdf); !errors.Is(err, ErrSigned) {
		t.Errorf("second SignOff = %v, want ErrSigned", err)
	}
	if err := s.Delete(is.ID); !errors.Is(err, ErrSigned) {
		t.Errorf("Delete of a signed issue = %v, want ErrSigned", err)
	}
	draft := edit.Clone()
	draft.Status = gazette.StatusDraft
	if err := s.Save(draft); !errors.Is(err, ErrSigned) {
		t.Errorf("Save setting a signed issue back to draft = %v, want ErrSigned", err)
	}

	// Unlock needs a reason, records it, and allows edits again.
	if err := s.Unlock(is.ID, "  "); err == nil {
		t.Error("Unlock without a reason succeeded")
	}
	if err := s.Unlock(is.ID, "更正第3页文号"); err != nil {
		t.Fatal(err)
	}
	un, _ := s.Get(is.ID)
	if un.Status == gazette.StatusSigned || len(un.Unlocks) != 1 || un.Unlocks[0].Reason != "更正第3页文号" || un.Unlocks[0].User == "" {
		t.Fatalf("after Unlock: status %s, unlocks %+v", un.Status, un.Unlocks)
	}
	setText(&un.Sections[0].Articles[0], "解锁后改动")
	un.Unlocks = nil // the store keeps its own record
	if err := s.Save(un); err != nil {
		t.Fatalf("Save after Unlock: %v", err)
	}
	if len(un.Unlocks) != 1 {
		t.Errorf("Save dropped the unlock record: %+v", un.Unlocks)
	}
	if err := s.Unlock(is.ID, "再次"); err == nil {
		t.Error("Unlock of an unsigned issue succeeded")
	}
	if got, err := s.SignedPDF(is.ID); err != nil || !bytes.Equal(got, pdf) {
		t.Errorf("SignedPDF after unlock = %q, %v", got, err)
	}
	bad := sampleIssue("", 2020, 9)
	_ = s.Save(bad)
	if err := s.SignOff(bad.ID, "", pdf); err == nil {
		t.Error("SignOff of an issue with validation errors succeeded")
	}
}

func TestSaveRefusesStatusSigned(t *testing.T) {
	s := openTemp(t)
	is := sampleIssue("甲市人民政府公报", 2020, 8)
	is.Status = gazette.StatusSigned
	if err := s.Save(is); err == nil {
		t.Error("Save with status signed succeeded")
	}
}

func TestBackupAndRestore(t *testing.T) {
	s, path, is := withIssue(t)
	dir := filepath.Dir(path)
	bak := filepath.Join(dir, "copy.db")
	if err := s.BackupFile(bak); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Backup(&buf); err != nil {
		t.Fatal(err)
	}
	streamed := filepath.Join(dir, "streamed.db")
	os.WriteFile(streamed, buf.Bytes(), 0o600)
	for _, p := range []string{bak, streamed} {
		if err := VerifyBackup(p); err != nil {
			t.Errorf("the backup %s fails its check: %v", p, err)
		}
	}
	later := sampleIssue("甲市人民政府公报", 2020, 9)
	if err := s.Save(later); err != nil {
		t.Fatal(err)
	}
	if err := Restore(bak, path); !errors.Is(err, ErrLocked) {
		t.Errorf("Restore over an open database = %v, want ErrLocked", err)
	}
	s.Close()

	aside, err := RestoreFile(bak, path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(filepath.Base(aside), "gazette.db.before-restore-") {
		t.Errorf("old file kept at %s", aside)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, _ := s.List()
	if len(list) != 1 || list[0].ID != is.ID {
		t.Errorf("after Restore the store lists %+v, want only %s", list, is.ID)
	}
	old, err := OpenReadOnly(aside)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if l, _ := old.List(); len(l) != 2 {
		t.Errorf("the file kept aside holds %d issues, want 2", len(l))
	}

	// A damaged backup is refused and nothing is moved.
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, bytes.Repeat([]byte("坏"), 5000), 0o600)
	if err := Restore(junk, filepath.Join(dir, "other.db")); !errors.Is(err, ErrDamaged) {
		t.Errorf("Restore of junk = %v, want ErrDamaged", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "other.db")); !errors.Is(err, os.ErrNotExist) {
		t.Error("a refused Restore created the database file")
	}
}

func TestDailyBackupAndDelete(t *testing.T) {
	s, path, is := withIssue(t)
	s.Close()
	if bs, _ := Backups(path); len(bs) != 0 {
		t.Fatalf("creating the database made backups %v", bs)
	}
	for range 2 {
		var err error
		s, err = Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.AutoBackupError(); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	bs, _ := Backups(path)
	if len(bs) != 1 || !backupPattern("gazette").MatchString(filepath.Base(bs[0])) {
		t.Fatalf("two opens on one day made backups %v, want one", bs)
	}
	// Days of backups are pruned to KeepBackups.
	s, _ = Open(path)
	defer s.Close()
	day := time.Date(2020, 1, 1, 9, 0, 0, 0, time.Local)
	for i := range KeepBackups + 3 {
		if err := s.dailyBackup(day.AddDate(0, 0, i)); err != nil {
			t.Fatal(err)
		}
	}
	es, _ := listBackups(path)
	if len(es) != KeepBackups {
		t.Errorf("after %d daily backups %d are kept, want %d", KeepBackups+4, len(es), KeepBackups)
	}
	if err := s.Delete(is.ID); err != nil {
		t.Fatal(err)
	}
	newest, _ := NewestBackup(path)
	if !strings.HasSuffix(newest, "-delete.db") {
		t.Fatalf("newest backup after Delete is %s", newest)
	}
	if _, err := s.Get(is.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get after Delete = %v", err)
	}
	b, err := OpenReadOnly(newest)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := b.Get(is.ID); err != nil {
		t.Errorf("the before-delete backup lacks the issue: %v", err)
	}
}

func TestSeedAndSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gazette.db")
	seeded := 0
	opt := Options{Seed: func() (*gazette.Issue, error) { seeded++; return sampleIssue("示例公报", 2020, 8), nil }}
	for range 2 {
		s, err := OpenWith(path, opt)
		if err != nil {
			t.Fatal(err)
		}
		if l, _ := s.List(); len(l) != 1 {
			t.Errorf("seeded database lists %d issues", len(l))
		}
		s.Close()
	}
	if seeded != 1 {
		t.Errorf("Seed ran %d times, want once (only for a new file)", seeded)
	}
	// A file from a newer schema is refused.
	s, _ := Open(path)
	s.db.Update(func(tx *bbTx) error { return tx.Bucket(bMeta).Put(kSchema, []byte("99")) })
	s.Close()
	if _, err := Open(path); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("Open of a schema-99 file = %v, want ErrNewerSchema", err)
	}
}

func TestCheckFindsUndecodableIssue(t *testing.T) {
	s := openTemp(t)
	if err := s.Check(); err != nil {
		t.Fatalf("Check of a new database: %v", err)
	}
	s.db.Update(func(tx *bbTx) error { return tx.Bucket(bIssues).Put([]byte("x"), []byte("{not json")) })
	err := s.Check()
	var de *DamagedError
	if !errors.As(err, &de) || !strings.Contains(err.Error(), "x") {
		t.Errorf("Check = %v, want a DamagedError naming issue x", err)
	}
	if _, err := s.List(); !errors.Is(err, ErrDamaged) {
		t.Errorf("List = %v, want ErrDamaged", err)
	}
}
