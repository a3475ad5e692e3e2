package store

import (
	"path/filepath"
	"strconv"
	"testing"
)

// BenchmarkSave measures one fsynced save of a changed article.
func BenchmarkSave(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "gazette.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	is := sampleIssue("甲市人民政府公报", 2020, 8)
	b.ResetTimer()
	for i := range b.N {
		setText(&is.Sections[0].Articles[0], strconv.Itoa(i))
		if err := s.Save(is); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpen measures opening a database of 24 issues (page pre-check,
// bbolt open, tx.Check, schema read).
func BenchmarkOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "gazette.db")
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	for i := range 24 {
		if err := s.Save(sampleIssue("甲市人民政府公报", 2000+i/12, i%12+1)); err != nil {
			b.Fatal(err)
		}
	}
	s.Close()
	b.ResetTimer()
	for range b.N {
		s, err := OpenWith(path, Options{NoAutoBackup: true})
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkOpenGrown measures a read-write open — page pre-check, tx.Check,
// every record's checksum and the record count — of the database 1,000
// saves and 10 replaces of the demo issue leave (about 2 MB, 500
// revisions).
func BenchmarkOpenGrown(b *testing.B) {
	path := simulateWorkPath(b, 1000, 10)
	b.ResetTimer()
	for range b.N {
		s, err := OpenWith(path, Options{NoAutoBackup: true})
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
