// Package store keeps the gazette's issues in one crash-safe bbolt file.
//
// Every save is one fsynced transaction. Before a file is handed to bbolt its
// two meta pages and the page tree they point at are checked with plain,
// bounds-checked reads (bbolt trusts its file and can panic or fault inside
// Open on a damaged one), and tx.Check runs on every open; a damaged file gives
// a *DamagedError (errors.Is(err, ErrDamaged)) that names the newest backup.
// A file held by another gazette process gives ErrLocked within about a second.
//
// Layout of the file (schema version 2):
//
//	meta/      schema → "2"; digest → count and CRC sum of the sealed records
//	issues/    issue ID → JSON of gazette.Issue (sections and articles included)
//	revisions/ issue ID / article ID / seq (8-byte big endian) → revision
//	           (time, then the DEFLATE stream of its JSON); "current" → stamp
//	signoffs/  issue ID / seq / {"snapshot", "pdf", "user", "signer"} → the
//	           issue as signed, its PDF, the OS user and the 签发人 typed
//	           ("signer" is absent from records made before it was asked for)
//	settings/  key → value
//	catalog/, search/  derived from issues/ in the same transactions (catalog.go, search.go)
//
// Every value of the last four buckets is a sealed record (record.go): a
// CRC-32C over its bucket path, key and value is stored with it and checked
// on every read, and meta/digest counts the records so that one dropped as a
// whole is found too. Every open (read-only ones included) checks the meta
// pages and page tree with plain reads, runs tx.Check and checks every
// record and the digest — what verify runs, but for decoding the JSON of
// records whose checksum matches — so a damaged file is never written to or
// backed up; a damaged record is an error naming the issue and article. One
// damaged meta page (bbolt would silently fall back to the older commit) is
// ErrLostCommit: the file is refused, naming the newest sound backup;
// Compact accepts the older commit. A schema-1 file is read as it is
// read-only and migrated on the first read-write open, after a backup.
//
// A new database is made whole in a temporary file (schema and demo issue)
// and only then takes its name; a read-write open removes the temporary
// files an interrupted write left (.NAME.tmp-*, .NAME.restore-*). Only
// regular files are opened as database or backup.
//
// Revisions are thinned on every save (thin.go): the newest 10, one an hour
// for a day, one a day for 30 days, one a week after that.
//
// Backups are compacted copies (no free pages, 1 KiB pages), checked before
// they take their name. The first read-write open of each day writes one
// into backups/ beside the database, named <name>-YYYYMMDD-HHMMSS.db, and
// keeps the newest 14; a delete, a replace (import --replace), a migration
// and a compaction write one named …-delete.db, -replace.db, -migrate.db,
// -compact.db first, and the newest 14 of those are kept together. "The
// newest backup" a message names is the newest that passes VerifyBackup.
package store
