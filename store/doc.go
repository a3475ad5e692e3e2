// Package store keeps the gazette's issues in one crash-safe bbolt file.
//
// Every save is one fsynced transaction. Before a file is handed to bbolt its
// two meta pages and the page tree they point at are checked with plain,
// bounds-checked reads (bbolt trusts its file and can panic or fault inside
// Open on a damaged one), and tx.Check runs on every open; a damaged file gives
// a *DamagedError (errors.Is(err, ErrDamaged)) that names the newest backup.
// A file held by another gazette process gives ErrLocked within about a second.
//
// Layout of the file (schema version 1):
//
//	meta/      schema → "1"
//	issues/    issue ID → JSON of gazette.Issue (sections and articles included)
//	revisions/ issue ID / article ID / seq (8-byte big endian) → JSON revision
//	signoffs/  issue ID / seq / {"snapshot", "pdf"} → the issue as signed and its PDF
//	settings/  key → value
//	catalog/, search/  derived from issues/ in the same transactions (catalog.go, search.go)
//
// A zero-length file is what an interrupted first creation leaves behind: it
// is treated as a new empty database when no backup lies beside it, and as
// damage (pointing at the newest backup, file untouched) when one does.
//
// Backups are plain copies of the file (tx.WriteTo). The first read-write open
// of each day writes one into backups/ beside the database, named
// <name>-YYYYMMDD-HHMMSS.db, and keeps the newest 14; Delete writes one named
// <name>-YYYYMMDD-HHMMSS-delete.db first (the newest 14 of those are kept too).
package store
