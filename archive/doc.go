// Package archive works on every issue of a database at once: search across
// all issues (Search), the year's 年度总目录 (Index) and the bound volume
// (Volume). The store keeps what it reads from — the catalog and the
// search index (store/catalog.go, store/search.go) — consistent with the
// issues in the same transactions; layout sets the index pages
// (layout/yearindex.go).
package archive
