package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"gazette/gazette"
)

// findValue returns the offset of the first copy of needle in the file.
func findValue(t *testing.T, b []byte, needle string) int {
	t.Helper()
	i := bytes.Index(b, []byte(needle))
	if i < 0 {
		t.Fatalf("%q is not in the file", needle)
	}
	return i
}

// TestChangedTextNamesIssueArticleAndBackup: one character of an article's
// text changed on disk (习近平 → 乡近平, as a bit flip did) is an error that
// names the issue, the article and the newest sound backup — never the
// wrong text.
func TestChangedTextNamesIssueArticleAndBackup(t *testing.T) {
	s, path, is := withIssue(t)
	setText(&is.Sections[0].Articles[0], "深入学习习近平新时代中国特色社会主义思想")
	if err := s.Save(is); err != nil {
		t.Fatal(err)
	}
	bak, err := s.backupInto(time.Now(), kindDaily)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	b, _ := os.ReadFile(path)
	// The current text is in the issue record (the revision is compressed;
	// the search index may hold it too, and is changed alike so that only
	// the record's checksum can tell).
	findValue(t, b, "习近平新时代")
	b = bytes.ReplaceAll(b, []byte("习近平新时代"), []byte("乡近平新时代"))
	os.WriteFile(path, b, 0o600)

	for _, ro := range []bool{true, false} {
		_, err := OpenWith(path, Options{ReadOnly: ro})
		var de *DamagedError
		if !errors.As(err, &de) {
			t.Fatalf("open (read-only %v) of a file with changed text = %v, want a DamagedError", ro, err)
		}
		msg := err.Error()
		for _, want := range []string{"甲市人民政府公报", "2020年第8期", is.Sections[0].Articles[0].Title, is.Sections[0].Articles[0].ID, bak, "校验"} {
			if !strings.Contains(msg, want) {
				t.Errorf("the error does not name %q: %s", want, msg)
			}
		}
		if strings.Contains(msg, is.Sections[0].Articles[1].Title) {
			t.Errorf("the error names an article that did not change: %s", msg)
		}
	}
}

// TestDamagedBackupIsNotNewest: a newer backup that fails its check is never
// named as the one to restore; the newest sound one is.
func TestDamagedBackupIsNotNewest(t *testing.T) {
	s, path, _ := withIssue(t)
	older, err := s.backupInto(time.Now().Add(-time.Hour), kindDaily)
	if err != nil {
		t.Fatal(err)
	}
	newer, err := s.backupInto(time.Now(), kindDaily)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if got, _ := NewestBackup(path); got != newer {
		t.Fatalf("NewestBackup = %s, want %s", got, newer)
	}
	b, _ := os.ReadFile(newer)
	i := findValue(t, b, "各县（市、区）")
	b[i] ^= 0x01
	os.WriteFile(newer, b, 0o600)
	if err := VerifyBackup(newer); !errors.Is(err, ErrDamaged) {
		t.Fatalf("VerifyBackup of the spoiled backup = %v, want ErrDamaged", err)
	}
	if got, _ := NewestBackup(path); got != older {
		t.Errorf("NewestBackup = %s, want the older sound %s", got, older)
	}
	// Damaged database: the message offers the older, sound backup.
	db, _ := os.ReadFile(path)
	os.WriteFile(path, db[:len(db)/2], 0o600)
	_, err = Open(path)
	if err == nil || !strings.Contains(err.Error(), older) || strings.Contains(err.Error(), newer) {
		t.Errorf("the damaged database's error should name %s only: %v", older, err)
	}
}

// TestDailyBackupIsSoundCopy: the daily backup is a compacted copy that
// passes its check, and a spoiled one from today does not count (the next
// open writes another).
func TestDailyBackupIsSoundCopy(t *testing.T) {
	s, path, _ := withIssue(t)
	s.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	bs, _ := Backups(path)
	if len(bs) != 1 {
		t.Fatalf("backups after the first reopen: %v", bs)
	}
	if err := VerifyBackup(bs[0]); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(bs[0], []byte("坏了"), 0o600)
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	bs, _ = Backups(path)
	good := 0
	for _, b := range bs {
		if VerifyBackup(b) == nil {
			good++
		}
	}
	if good != 1 || len(bs) != 1 {
		t.Errorf("after today's backup was spoiled: %d backups, %d sound; want the spoiled one replaced by a new one", len(bs), good)
	}
}

// TestMetaDamageReported: every single-bit flip in the checked part of the
// newer meta page makes open (read-only and read-write) and Check say the
// last save is lost and name the backup; the file is untouched; Compact
// accepts the older commit and leaves a sound file.
func TestMetaDamageReported(t *testing.T) {
	s, path, is := withIssue(t)
	if _, err := s.backupInto(time.Now(), kindDaily); err != nil {
		t.Fatal(err)
	}
	is.AddArticle("部门文件", gazette.Article{Kind: gazette.KindDocument, Title: "最后一次保存加的文章"})
	if err := s.Save(is); err != nil {
		t.Fatal(err)
	}
	s.Close()
	good, _ := os.ReadFile(path)
	ff, err := checkFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ps := ff.pageSize
	newer := 0
	m0, _ := parseMeta(good[:ps])
	m1, _ := parseMeta(good[ps : 2*ps])
	if m1.txid > m0.txid {
		newer = 1
	}
	reported := 0
	for bit := 0; bit < (metaChecked+8)*8; bit++ {
		b := append([]byte(nil), good...)
		b[newer*ps+pageHeaderSize+bit/8] ^= 1 << (bit % 8)
		os.WriteFile(path, b, 0o600)
		for _, ro := range []bool{true, false} {
			_, err := OpenWith(path, Options{ReadOnly: ro})
			if !errors.Is(err, ErrLostCommit) || !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "最后一次保存已丢失") || !strings.Contains(err.Error(), "gazette restore") {
				t.Fatalf("bit %d of meta %d (read-only %v): open = %v, want ErrLostCommit naming the backup", bit, newer, ro, err)
			}
		}
		if !bytes.Equal(mustRead(t, path), b) {
			t.Fatalf("bit %d: the file was changed", bit)
		}
		reported++
	}
	t.Logf("meta damage: %d single-bit flips of the newer meta page, %d reported as a lost commit", (metaChecked+8)*8, reported)

	// Compact accepts the older commit: the last article is gone, the file sound.
	res, err := Compact(path)
	if err != nil {
		t.Fatal(err)
	}
	if VerifyBackup(res.Backup) != nil {
		t.Error("the backup written before compaction fails its check")
	}
	s, err = Open(path)
	if err != nil {
		t.Fatalf("open after compaction: %v", err)
	}
	defer s.Close()
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Get(is.ID)
	if got.ArticleCount() != is.ArticleCount()-1 {
		t.Errorf("after accepting the older commit the issue has %d articles, want %d", got.ArticleCount(), is.ArticleCount()-1)
	}
	// The compacted (trimmed) file takes new saves as before.
	for i := range 20 {
		setText(&got.Sections[0].Articles[0], strings.Repeat("压缩后再保存。", 100*i))
		if err := s.Save(got); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Check(); err != nil {
		t.Fatalf("Check after saves on the compacted file: %v", err)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAtomicCreation: a database is created whole or not at all: a crash
// just before the new file takes its name leaves no database (the next open
// creates it, seeded, and removes the leftover), never one without schema
// or demo issue.
func TestAtomicCreation(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gazette.db")
	seed := func() (*gazette.Issue, error) { return sampleIssue("甲市人民政府公报", 2020, 8), nil }
	old := createStep
	var leftover string
	createStep = func(tmp string) {
		// What a crash here leaves: the complete temporary file.
		leftover = tmp + "-crash"
		if err := os.Link(tmp, leftover); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("the database has its name before it is complete")
		}
		panic("simulated crash")
	}
	_, err := OpenWith(path, Options{Seed: seed})
	createStep = old
	if err == nil {
		t.Fatal("the simulated crash was not reported")
	}
	if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("a crash during creation left a database file")
	}
	if _, err := os.Lstat(leftover); err != nil {
		t.Fatal(err)
	}
	s, err := OpenWith(path, Options{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if l, _ := s.List(); len(l) != 1 {
		t.Errorf("the database made after the crash lists %d issues, want the seeded one", len(l))
	}
	if _, err := os.Lstat(leftover); !errors.Is(err, os.ErrNotExist) {
		t.Error("the crash's temporary file was not removed")
	}
}

// TestLeftoversCleaned: temporary files of interrupted writes beside the
// database and in backups/ are removed by the next read-write open, and
// nothing else is.
func TestLeftoversCleaned(t *testing.T) {
	s, path, _ := withIssue(t)
	s.Close()
	dir := filepath.Dir(path)
	os.MkdirAll(BackupDir(path), 0o700)
	junk := []string{
		filepath.Join(dir, ".gazette.db.tmp-12345"),
		filepath.Join(dir, ".gazette.db.restore-678"),
		filepath.Join(BackupDir(path), ".gazette-20200101-120000.db.tmp-999"),
	}
	keep := []string{filepath.Join(dir, "notes.txt"), filepath.Join(dir, ".other.db.tmp-1")}
	for _, p := range append(junk, keep...) {
		os.WriteFile(p, []byte("x"), 0o600)
	}
	r, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	if _, err := os.Lstat(junk[0]); err != nil {
		t.Error("a read-only open removed a leftover")
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, p := range junk {
		if _, err := os.Lstat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s is still there", p)
		}
	}
	for _, p := range keep {
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s was removed", p)
		}
	}
}

// schema1File writes a database as schema version 1 stored it: plain JSON
// values, no checksums, no digest.
func schema1File(t *testing.T, path string, is *gazette.Issue) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		for _, n := range [][]byte{bMeta, bIssues, bRevisions, bSignoffs, bSettings} {
			if _, err := tx.CreateBucket(n); err != nil {
				return err
			}
		}
		tx.Bucket(bMeta).Put(kSchema, []byte("1"))
		j, _ := json.Marshal(is)
		tx.Bucket(bIssues).Put([]byte(is.ID), j)
		a := is.Sections[0].Articles[0]
		ib, _ := tx.Bucket(bRevisions).CreateBucket([]byte(is.ID))
		ab, _ := ib.CreateBucket([]byte(a.ID))
		old := a
		setText(&old, "第一稿")
		rj, _ := json.Marshal(revisionJSON{ArticleID: a.ID, Section: is.Sections[0].Name, Time: time.Now().UTC(), User: "张三", Article: old})
		ab.Put(seqKey(1), rj)
		sj, _ := json.Marshal(stamp{Time: time.Now().UTC(), User: "李四"})
		ab.Put(kStamp, sj)
		tx.Bucket(bSettings).Put([]byte("k"), []byte("值"))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestMigrationToChecksums: a schema-1 database reads as it is read-only,
// and its first read-write open backs it up (the backup is the untouched
// schema-1 file), seals every record and keeps all content.
func TestMigrationToChecksums(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gazette.db")
	is := sampleIssue("甲市人民政府公报", 2020, 8)
	assignIDs(is)
	schema1File(t, path, is)
	before := mustRead(t, path)

	r, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	want, err := contents(r)
	r.Close()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mustRead(t, path), before) {
		t.Fatal("a read-only open changed a schema-1 file")
	}
	s, err := OpenWith(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	got, err := contents(s)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("migration changed the content:\n%s", firstDiff(want, got))
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.Setting("k"); v != "值" {
		t.Errorf("setting after migration = %q", v)
	}
	s.Close()
	bs, _ := Backups(path)
	if len(bs) != 1 || !strings.Contains(bs[0], "-migrate") {
		t.Fatalf("backups after migration: %v, want one -migrate", bs)
	}
	m, err := OpenReadOnly(bs[0])
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	var v int
	m.view(func(tx *bolt.Tx) (err error) { v, err = schemaVersion(tx); return err })
	if v != 1 {
		t.Errorf("the migration backup has schema %d, want the file as it was (1)", v)
	}
}

// TestRevisionsThinned: 40 days of saves every half hour keep the newest
// ten, one an hour for a day, one a day for 30 days, and the text of each
// kept revision is the save it claims to be.
func TestRevisionsThinned(t *testing.T) {
	clock := time.Date(2020, 7, 1, 0, 5, 0, 0, time.UTC)
	old := timeNow
	timeNow = func() time.Time { return clock }
	defer func() { timeNow = old }()
	s, _, is := withIssue(t)
	defer s.Close()
	s.db.NoSync = true
	a := &is.Sections[0].Articles[0]
	const saves = 2 * 24 * 40 // 40 days, every half hour
	for i := 1; i <= saves; i++ {
		clock = clock.Add(30 * time.Minute)
		setText(a, strconv.Itoa(i))
		if err := s.Save(is); err != nil {
			t.Fatal(err)
		}
	}
	revs, err := s.Revisions(is.ID, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	hours, days := map[string]bool{}, map[string]bool{}
	for i, r := range revs {
		n, _ := strconv.Atoi(bodyText(&r.Article))
		if i < KeepNewestRevisions && n != saves-1-i {
			t.Errorf("revision %d is save %d, want %d", i, n, saves-1-i)
		}
		// The revision's time is when that text was saved: save n at n×30 min.
		if n > 0 && !r.Time.Equal(time.Date(2020, 7, 1, 0, 5, 0, 0, time.UTC).Add(time.Duration(n)*30*time.Minute)) {
			t.Errorf("revision holding save %d is dated %v", n, r.Time)
		}
		age := clock.Sub(r.Time)
		switch {
		case age < hourlyFor:
			hours[r.Time.Format("15")] = true
		case age < dailyFor:
			days[r.Time.Local().Format("0102")] = true
		}
	}
	t.Logf("%d saves over 40 days keep %d revisions", saves, len(revs))
	if len(revs) > KeepNewestRevisions+24+30+3 || len(hours) < 23 || len(days) < 29 {
		t.Errorf("%d revisions kept (%d hours, %d days); want at most %d, every hour of the last day and every day of the last 30",
			len(revs), len(hours), len(days), KeepNewestRevisions+24+30+3)
	}
}

// TestWriterRefusesDamagedFile: a file with one changed record is refused
// by a read-write open before anything is written: no migration, no daily
// backup of the damage, the file untouched — and the message names the
// sound backup made before the damage.
func TestWriterRefusesDamagedFile(t *testing.T) {
	s, path, _ := withIssue(t)
	bak, err := s.backupInto(time.Now().Add(-24*time.Hour), kindDaily)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	b := mustRead(t, path)
	// The same bit of every copy of the 文号 (the search index holds one
	// too), so that the issue record's own is surely among them.
	findValue(t, b, "某府字〔2020〕31号")
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte("某府字〔2020〕31号"))
		if j < 0 {
			break
		}
		b[i+j+3] ^= 0x04
		i += j + 1
	}
	os.WriteFile(path, b, 0o600)
	_, err = Open(path)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), bak) {
		t.Fatalf("Open of a damaged file = %v, want ErrDamaged naming %s", err, bak)
	}
	if !bytes.Equal(mustRead(t, path), b) {
		t.Error("the damaged file was written to")
	}
	if bs, _ := Backups(path); len(bs) != 1 {
		t.Errorf("backups after refusing the damaged file: %v, want only %s", bs, bak)
	}
}
